// The one-at-a-time sensitivity table: directions where the effect is known, no-effect rows, text and CSV.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "sim/sensitivity.hpp"
#include "sim/simulate.hpp"
#include "sim_helpers.hpp"

namespace {
const sim::SensitivityRow& row(const sim::SensitivityResult& r, std::string_view id) {
    for (const sim::SensitivityRow& x : r.rows)
        if (x.parameter->id == id) return x;
    FAIL("no row " << id);
    return r.rows.front();
}
}  // namespace

TEST_CASE("Sensitivity directions are right where the effect is known") {
    const sim::SensitivityResult r = sim::sensitivity(simtest::standard());
    REQUIRE(r.rows.size() == sim::parameter_table().size());
    const auto& k10 = row(r, "k10_per_min");  // higher clearance: lower plasma peak
    CHECK(k10.high.peak_plasma_ng_per_ml < r.typical.peak_plasma_ng_per_ml);
    CHECK(k10.low.peak_plasma_ng_per_ml > r.typical.peak_plasma_ng_per_ml);
    const auto& v1 = row(r, "v1_L_per_kg");  // a larger central volume: lower plasma peak
    CHECK(v1.high.peak_plasma_ng_per_ml < r.typical.peak_plasma_ng_per_ml);
    for (std::string_view kd : {"kd_esketamine_uM", "kd_arketamine_uM"}) {  // higher Kd (Ki): less block
        CHECK(row(r, kd).high.peak_block_interneuron < r.typical.peak_block_interneuron);
        CHECK(row(r, kd).low.peak_block_interneuron > r.typical.peak_block_interneuron);
        CHECK(row(r, kd).high.peak_plasma_ng_per_ml == r.typical.peak_plasma_ng_per_ml);  // PK untouched
    }
    // Downstream only: the spine formation rate moves spines, not the surge; rapamycin-like knobs likewise.
    const auto& spines = row(r, "spine_formation_per_h");
    CHECK(spines.high.glutamate_surge_rel == r.typical.glutamate_surge_rel);
    CHECK(spines.high.spine_gain_24h_rel > r.typical.spine_gain_24h_rel);
    CHECK(row(r, "mtor_per_bdnf").high.mtor_peak_rel > r.typical.mtor_peak_rel);
    CHECK(row(r, "disinhibition_max").high.glutamate_surge_rel > r.typical.glutamate_surge_rel);
    // An IV run does not see the oral route's constants.
    CHECK(row(r, "f_oral_racemic").no_effect);
    CHECK_FALSE(row(r, "k10_per_min").no_effect);
    // A fraction's rise is capped at 1.
    CHECK(row(r, "f_intramuscular").high_value == 1.0);
}

TEST_CASE("The typical run's headline outputs match the model's documented figures") {
    const sim::HeadlineOutputs o = sim::headline_outputs(sim::simulate(simtest::standard()));
    CHECK(o.peak_plasma_ng_per_ml == Approx(178.0).margin(2.0));  // docs/model.md: 178 ng/mL
    CHECK(o.glutamate_surge_rel == Approx(0.73).margin(0.01));    // peak 1.73
    CHECK(o.spine_gain_24h_rel == Approx(0.21).margin(0.01));     // +21 % at 24 h
    CHECK(o.spine_gain_7d_rel == Approx(0.28).margin(0.01));      // +28 % at 7 d
    CHECK(o.clinical_peak == Approx(0.412).margin(0.002));  // issue 28: relief within hours and kept for a week
}

TEST_CASE("The sensitivity table prints as text and CSV with one row per constant and direction") {
    const sim::SensitivityResult r = sim::sensitivity(simtest::standard());
    const std::string text = sim::sensitivity_text(r);
    CHECK(text.find("elimination rate k10 (clearance)") != std::string::npos);
    CHECK(text.find("No effect in this scenario: f_intramuscular") != std::string::npos);
    std::ostringstream csv;
    sim::write_sensitivity_csv(r, csv);
    std::istringstream lines(csv.str());
    std::string line;
    int count = 0;
    std::getline(lines, line);
    CHECK(line.rfind("parameter,basis,direction,value,peak_plasma_ng_per_ml", 0) == 0);
    while (std::getline(lines, line)) ++count;
    CHECK(count == 1 + 2 * static_cast<int>(sim::parameter_table().size()));
    const auto short_form = sim::sensitivity_short_form(r);
    REQUIRE(short_form.size() == 8);
    CHECK(short_form[0].rfind("peak plasma: central volume V1", 0) == 0);
}
