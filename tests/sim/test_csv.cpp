// CSV export: unit-carrying header, one row per step, stage ids last.
#include <catch2/catch.hpp>
#include <sstream>

#include "sim/csv.hpp"
#include "sim/simulate.hpp"

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
