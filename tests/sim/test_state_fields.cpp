// The table of State's quantities: every double once, names with units, and every row interpolated as it says.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "sim/csv.hpp"
#include "sim/evidence.hpp"
#include "sim/population.hpp"
#include "sim/state_fields.hpp"
#include "sim/trajectory.hpp"

namespace {

/// Byte offset of a member within State.
std::size_t offset_of(double sim::State::*member) {
    const sim::State s;
    return static_cast<std::size_t>(reinterpret_cast<const char*>(&(s.*member)) - reinterpret_cast<const char*>(&s));
}

bool ends_with(std::string_view s, std::string_view tail) { return s.ends_with(tail); }

}  // namespace

TEST_CASE("Every double of State has exactly one row, in declaration order") {
    // The doubles come first, the stage last: their offsets are 0, 8, 16, ... up to the stage's.
    std::vector<std::size_t> offsets;
    for (const sim::StateField& f : sim::kStateFields) offsets.push_back(offset_of(f.member));
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        INFO(sim::kStateFields[i].name);
        CHECK(offsets[i] == i * sizeof(double));
    }
    const sim::State s;
    const auto stage_offset =
        static_cast<std::size_t>(reinterpret_cast<const char*>(&s.stage) - reinterpret_cast<const char*>(&s));
    CHECK(stage_offset == sim::kStateFields.size() * sizeof(double));
    CHECK(sizeof(sim::State) == stage_offset + sizeof(double));  // nothing after the stage but its padding
    CHECK(&sim::state_field(&sim::State::bdnf_rel) == &sim::kStateFields[12]);
}

TEST_CASE("Each row's name is unique and carries its unit") {
    std::set<std::string_view> names;
    for (const sim::StateField& f : sim::kStateFields) {
        INFO(f.name);
        CHECK(names.insert(f.name).second);
        REQUIRE_FALSE(f.unit.empty());
        CHECK(f.name.find_first_of(" ,\"") == std::string_view::npos);  // a CSV header as it stands
        // The name's suffix says the unit in short; a dimensionless index or signal has none.
        if (f.unit.starts_with("fraction")) {
            CHECK(ends_with(f.name, "_frac"));
        } else if (f.unit.starts_with("x ")) {
            CHECK(ends_with(f.name, "_rel"));
        } else if (f.unit == "µM") {
            CHECK(ends_with(f.name, "_uM"));
        } else if (f.unit == "ng/mL") {
            CHECK(ends_with(f.name, "_ng_per_ml"));
        } else if (f.unit == "h" || f.unit == "mmHg") {
            CHECK(ends_with(f.name, "_" + std::string(f.unit)));
        } else {
            CHECK((f.unit.starts_with("index") || f.unit.starts_with("dimensionless")));
        }
    }
}

TEST_CASE("Each row's evidence stage is a mechanism stage with a species, or the side effects topic") {
    for (const sim::StateField& f : sim::kStateFields) {
        INFO(f.name);
        if (f.member == &sim::State::time_h) {
            CHECK(f.stage == sim::Stage::baseline);
        } else if (f.stage == sim::Stage::side_effects) {
            CHECK((f.member == &sim::State::dissociation || f.member == &sim::State::bp_change_mmHg));
        } else {
            CHECK(std::find(sim::kMechanismStages.begin(), sim::kMechanismStages.end(), f.stage) !=
                  sim::kMechanismStages.end());
            CHECK_FALSE(sim::stage_evidence(f.stage).species.empty());
        }
    }
    CHECK(sim::stage_evidence(sim::state_field(&sim::State::glutamate_rel).stage).species == "rat");
    CHECK(sim::stage_evidence(sim::state_field(&sim::State::plasma_ng_per_ml).stage).species == "human");
}

TEST_CASE("Trajectory::at interpolates every row as the row says, and holds the stage") {
    sim::State a, b;
    for (std::size_t i = 0; i < sim::kStateFields.size(); ++i) {
        a.*sim::kStateFields[i].member = 1.0 + static_cast<double>(i);
        b.*sim::kStateFields[i].member = 100.0 + 3.0 * static_cast<double>(i);
    }
    a.time_h = 0.0;
    b.time_h = 1.0;
    a.stage = sim::Stage::dose;
    b.stage = sim::Stage::clinical;
    const sim::Trajectory t(1.0, {a, b});
    const sim::State mid = t.at(0.25);
    std::size_t linear = 0, held = 0;
    for (const sim::StateField& f : sim::kStateFields) {
        INFO(f.name);
        const double from = a.*f.member, to = b.*f.member;
        if (f.interpolation == sim::Interpolation::linear) {
            CHECK(mid.*f.member == Approx(from + 0.25 * (to - from)));
            ++linear;
        } else {
            CHECK(mid.*f.member == from);
            ++held;
        }
        CHECK(t.at(1.0).*f.member == to);
    }
    CHECK(mid.stage == sim::Stage::dose);
    CHECK(linear + held == sim::kStateFields.size());
    CHECK(held == 1);  // spine_formation, as before the table
    CHECK(sim::state_field(&sim::State::spine_formation).interpolation == sim::Interpolation::held);
}

TEST_CASE("The CSV headers are the rows' names, in order, as they always were") {
    CHECK(sim::csv_header() ==
          "time_h,plasma_ng_per_ml,plasma_uM,effect_site_uM,nmda_block_interneuron_frac,nmda_block_pyramidal_frac,"
          "nmda_trapped_frac,nmda_mg_blocked_frac,interneuron_rate_rel,pyramidal_rate_rel,glutamate_rel,"
          "ampa_activation_rel,bdnf_rel,mtor_phospho_rel,synaptic_protein_rel,spine_density_rel,clinical_effect,"
          "dissociation_frac,bp_change_mmHg,stage");
    std::string expected = sim::csv_header();
    std::size_t banded = 0;
    for (const sim::StateField& f : sim::kStateFields) {
        if (!f.in_csv || !f.bands) continue;
        ++banded;
        for (sim::Percentile p : sim::kPercentiles)
            expected.append(",").append(f.name).append("_").append(sim::percentile_name(p));
    }
    CHECK(banded == 18);  // every column but the time
    CHECK(sim::population_csv_header() == expected + ",responding_frac,remitting_frac");
}

TEST_CASE("The population bands exactly the rows with bands") {
    sim::PopulationRun run;
    sim::PopulationSpec spec;
    spec.people = 5;
    sim::run_population(run, sim::Scenario{}, spec);
    REQUIRE(run.done());
    const sim::State p5 = run.band(sim::Percentile::p5).at(1.0), p95 = run.band(sim::Percentile::p95).at(1.0);
    const sim::State typical{};
    for (const sim::StateField& f : sim::kStateFields) {
        INFO(f.name);
        if (f.member == &sim::State::time_h) continue;
        if (f.bands) {
            CHECK(p5.*f.member <= p95.*f.member);
        } else {
            CHECK(p5.*f.member == typical.*f.member);  // not banded: State's default
        }
    }
    CHECK(p5.plasma_ng_per_ml < p95.plasma_ng_per_ml);  // the people differ at 1 h
}
