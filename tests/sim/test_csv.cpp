// CSV export: unit-carrying header, one row per step, stage ids last.
#include <catch2/catch.hpp>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "sim/csv.hpp"
#include "sim/simulate.hpp"
#include "support/wiring_state.hpp"

TEST_CASE("CSV has a unit-carrying header and one row per step") {
    const sim::Trajectory t = sim::simulate(sim::Scenario{});
    std::ostringstream out;
    sim::write_csv(t, out, 2.0, 10.0);
    std::istringstream in(out.str());
    std::string header;
    std::getline(in, header);
    CHECK(header.rfind("time_h,plasma_ng_per_ml,", 0) == 0);
    CHECK(header.find("spine_density_rel,clinical_effect,") != std::string::npos);
    CHECK(header.size() > 6);
    CHECK(header.substr(header.size() - 6) == ",stage");
    std::vector<std::string> rows;
    for (std::string line; std::getline(in, line);) rows.push_back(line);
    REQUIRE(rows.size() == 13);  // 0, 10, ..., 120 min
    CHECK(rows[0].rfind("0,0,", 0) == 0);
    CHECK(rows[0].substr(rows[0].size() - 9) == ",baseline");
    CHECK(rows[4].rfind("0.6666667,", 0) == 0);
    const auto commas = [](const std::string& s) { return std::count(s.begin(), s.end(), ','); };
    for (const std::string& r : rows) CHECK(commas(r) == commas(header));
    CHECK_THROWS_AS(sim::write_csv(t, out, 2.0, 0.0), std::invalid_argument);
}

TEST_CASE("Each CSV column holds its own State field") {
    const sim::State s = simtest::distinct_state();
    const sim::Trajectory t(1.0, {s, simtest::distinct_state(1.0)});
    std::ostringstream out;
    sim::write_csv(t, out, 0.0, 60.0);
    std::istringstream in(out.str());
    std::string header, row;
    std::getline(in, header);
    std::getline(in, row);
    std::vector<std::string> names, values;
    for (std::istringstream h(header); std::getline(h, names.emplace_back(), ',');) {
    }
    for (std::istringstream r(row); std::getline(r, values.emplace_back(), ',');) {
    }
    names.pop_back();
    values.pop_back();
    REQUIRE(names.size() == values.size());
    int checked = 0;
    for (const simtest::FieldValue& f : simtest::kDistinctFields) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i].rfind(f.name, 0) != 0) continue;  // "nmda_trapped_frac" holds nmda_trapped
            const std::string unit = names[i].substr(std::string(f.name).size());
            if (!unit.empty() && unit[0] != '_') continue;  // "plasma_uM" is not "plasma_ng_per_ml"
            INFO(names[i] << " = " << values[i]);
            CHECK(std::stod(values[i]) == Approx(f.value).epsilon(1e-6));
            ++checked;
        }
    }
    CHECK(checked == static_cast<int>(std::size(simtest::kDistinctFields)));
}
