// Issue 16's corrected behaviours: the dose ceiling, bounded spines, stress rescue, the studied range,
// species tags on every stage and esketamine's decline.
#include <catch2/catch.hpp>

#include "sim/constants.hpp"
#include "sim/dose_response.hpp"
#include "sim/evidence.hpp"
#include "sim/scenario_io.hpp"
#include "sim/studied_range.hpp"
#include "sim_helpers.hpp"

using namespace simtest;
using sim::State;

namespace {
const std::string kAssets = std::string(SYNAPSE_SOURCE_DIR) + "/assets";

sim::Scenario infusion(double mg_per_kg, double minutes = 40.0) {
    sim::Scenario s;
    s.doses = {sim::Dose{0.0, sim::Route::iv_infusion, mg_per_kg, 0.0, minutes}};
    return s;
}

sim::Scenario daily_infusions(int days) {
    sim::Scenario s;
    s.duration_days = days + 21.0;
    s.doses.clear();
    for (int d = 0; d < days; ++d) s.doses.push_back(sim::Dose{24.0 * d, sim::Route::iv_infusion, 0.5, 0.0, 40.0});
    return s;
}
}  // namespace

TEST_CASE("Dose-response: 0.1-0.2 mg/kg weaker, 0.5 and 1.0 similar, nothing higher better (Fava 2018)") {
    const sim::DoseResponsePoint standard_point = sim::dose_response_point(standard(), sim::Route::iv_infusion, 0.5);
    const double top = standard_point.peak_effect;
    INFO("standard infusion: peak " << top << ", duration " << standard_point.duration_h << " h");
    // Rising limb: the lowest doses are weaker.
    CHECK(sim::dose_response_point(standard(), sim::Route::iv_infusion, 0.1).peak_effect < 0.7 * top);
    CHECK(sim::dose_response_point(standard(), sim::Route::iv_infusion, 0.2).peak_effect < 0.9 * top);
    // Plateau: 1.0 mg/kg within 10 % of 0.5 mg/kg.
    CHECK(sim::dose_response_point(standard(), sim::Route::iv_infusion, 1.0).peak_effect == Approx(top).epsilon(0.1));
    // Ceiling: neither anaesthetic nor absurd doses, infused or as a bolus, score better, nor last longer.
    for (const sim::Route route : {sim::Route::iv_infusion, sim::Route::iv_bolus})
        for (const double dose : {1.0, 1.5, 2.0, 3.0, 4.5, 10.0, 20.0}) {
            const sim::DoseResponsePoint p = sim::dose_response_point(standard(), route, dose);
            INFO(sim::route_id(route) << " " << dose << " mg/kg: peak " << p.peak_effect << ", duration "
                                      << p.duration_h << " h, spines " << p.spine_peak_rel);
            CHECK(p.peak_effect <= top * 1.0001);
            CHECK(p.duration_h <= standard_point.duration_h * 1.05);
            CHECK(p.spine_peak_rel <= standard_point.spine_peak_rel * 1.0001);
        }
    // A bolus at anaesthetic doses is below the standard (nothing supports anaesthetic doses being better, Fava 2018;
    // the effect comes from the hours of emergence through the sub-anaesthetic range). Issue 28: this was 0.95 and
    // cited Lii 2023, which says nothing about anaesthetic ketamine levels; with the cortex no longer switched off
    // during anaesthesia (Langsjo 2005) the 20 mg/kg bolus scores 0.951 of the standard, so the margin is 0.96.
    CHECK(sim::dose_response_point(standard(), sim::Route::iv_bolus, 20.0).peak_effect < 0.96 * top);
}

TEST_CASE("The dose-response view covers 0.1 to 4.5 mg/kg for infusion and bolus and writes one CSV row each") {
    const std::vector<double> doses = sim::dose_response_doses();
    REQUIRE(doses.front() == Approx(0.1));
    REQUIRE(doses.back() == Approx(4.5));
    const auto points = sim::dose_response(standard(), doses);
    REQUIRE(points.size() == 2 * doses.size());
    CHECK(points.front().route == sim::Route::iv_infusion);
    CHECK(points.back().route == sim::Route::iv_bolus);
    for (const auto& p : points) CHECK(p.extrapolated == (p.dose_mg_per_kg > 1.0 + 1e-9 || p.dose_mg_per_kg < 0.1));
    std::ostringstream out;
    sim::write_dose_response_csv(points, out);
    const std::string text = out.str();
    CHECK(text.rfind("dose_mg_per_kg,route,peak_effect,peak_time_h,duration_h,spine_peak_rel,extrapolated\n", 0) == 0);
    CHECK(std::count(text.begin(), text.end(), '\n') == static_cast<long>(points.size()) + 1);
    CHECK(text.find("\n4.5,iv_bolus,") != std::string::npos);
}

TEST_CASE("Chronic stress: ketamine rescues spines toward healthy, without overshoot (Moda-Sava 2019)") {
    const sim::Trajectory one = sim::simulate(with_experiment(&sim::Experiments::chronic_stress));
    CHECK(peak(one, &State::spine_density_rel).value <= 1.0);
    CHECK(peak(one, &State::spine_density_rel).value > sim::k::kStressedSpineDensityRel + 0.1);  // most of it back
    sim::Scenario course = daily_infusions(21);
    course.experiments.chronic_stress = true;
    CHECK(peak(sim::simulate(course), &State::spine_density_rel).value <= 1.0);
}

TEST_CASE("Repeated dosing saturates spines below the published bound") {
    const double bound = 1.0 + sim::k::kSpineMaxGainRel;
    const double single = peak(sim::simulate(standard()), &State::spine_density_rel).value;
    const double six = peak(sim::simulate(sim::load_preset(kAssets, "six-infusions")), &State::spine_density_rel).value;
    const double three_weeks = peak(sim::simulate(daily_infusions(21)), &State::spine_density_rel).value;
    CHECK(six > single);
    CHECK(six <= bound);
    CHECK(three_weeks <= bound);
    CHECK(three_weeks - six < 0.5 * (six - single));  // saturating: 15 more infusions add less than the first five
}

TEST_CASE("Outside the studied range the model says it extrapolates") {
    // None for the presets in the studied range; the anaesthetic bolus is outside it by design.
    for (const std::string& name : sim::list_presets(kAssets)) {
        INFO(name);
        const std::string line = sim::extrapolation_line(sim::load_preset(kAssets, name));
        if (name == "anaesthetic-bolus")
            CHECK(line.find("outside the studied range: the model extrapolates") == 0);
        else
            CHECK(line.empty());
    }
    sim::Scenario tiny = standard();
    tiny.body_weight_kg = 3.0;
    tiny.doses = {sim::Dose{0.0, sim::Route::iv_infusion, 0.0, 35.0, 40.0}};  // 35 mg at 3 kg
    const auto reasons = sim::extrapolation_reasons(tiny);
    REQUIRE(reasons.size() == 2);
    CHECK(reasons[0].find("40-150 kg") != std::string::npos);
    CHECK(reasons[1].find("anaesthetic induction") != std::string::npos);
    CHECK(!sim::extrapolation_reasons(infusion(3.0)).empty());
    CHECK(!sim::extrapolation_reasons(infusion(0.05)).empty());
    CHECK(sim::extrapolation_reasons(infusion(1.0)).empty());
    CHECK(sim::extrapolation_line(daily_infusions(21)).find("sessions within 14 days") != std::string::npos);
    sim::Scenario twice_a_day = daily_infusions(2);
    twice_a_day.doses[1].start_h = 6.0;
    CHECK(sim::extrapolation_line(twice_a_day).find("h apart") != std::string::npos);
}

TEST_CASE("The studied-range check knows the drug, the route and the physiological magnesium (issue 28)") {
    // IV esketamine: 0.2 and 0.4 mg/kg studied (Singh 2016); 1.0 mg/kg passed the racemic range before.
    CHECK(sim::extrapolation_reasons(single_dose(sim::Route::iv_infusion, 0.4, sim::Drug::esketamine)).empty());
    const auto esketamine =
        sim::extrapolation_reasons(single_dose(sim::Route::iv_infusion, 1.0, sim::Drug::esketamine));
    REQUIRE(esketamine.size() == 1);
    CHECK(esketamine[0].find("Singh 2016") != std::string::npos);
    CHECK(sim::extrapolation_reasons(single_dose(sim::Route::iv_infusion, 1.0)).empty());  // racemic: Fava 2018
    // Oral 5 mg/kg (350 mg at 70 kg, IV equivalent 0.85): mostly norketamine (Fanta 2015).
    const auto oral = sim::extrapolation_reasons(single_dose(sim::Route::oral, 5.0));
    REQUIRE(oral.size() == 1);
    CHECK(oral[0].find("norketamine") != std::string::npos);
    CHECK(sim::extrapolation_reasons(single_dose(sim::Route::oral, 1.0)).empty());
    // Magnesium: CSF about 1 mM, tightly regulated; 10 mM is not survivable.
    for (const double mg : {0.0, 0.2, 3.0, 10.0}) {
        sim::Scenario s = standard();
        s.params.magnesium_mM = mg;
        CAPTURE(mg);
        const auto reasons = sim::extrapolation_reasons(s);
        REQUIRE(reasons.size() == 1);
        CHECK(reasons[0].find("physiological range") != std::string::npos);
    }
    sim::Scenario normal = standard();
    normal.params.magnesium_mM = 1.2;
    CHECK(sim::extrapolation_reasons(normal).empty());
}

TEST_CASE("Every mechanism stage is tagged with the species of its evidence") {
    for (const sim::Stage stage : sim::kMechanismStages) {
        if (stage == sim::Stage::baseline) continue;
        INFO(sim::stage_id(stage));
        const sim::StageEvidence e = sim::stage_evidence(stage);
        CHECK(!e.species.empty());
        CHECK(!e.human_figure.empty());
    }
    CHECK(sim::stage_evidence(sim::Stage::glutamate_surge).species == "rat");
    CHECK(sim::stage_evidence(sim::Stage::glutamate_surge).human_figure.find("+13 %") != std::string_view::npos);
    CHECK(sim::stage_evidence(sim::Stage::clinical).species == "human");
}

TEST_CASE("Esketamine as labelled: three devices, a rapid decline over 2-4 h") {
    const sim::Scenario s = sim::load_preset(kAssets, "esketamine-84mg");
    const sim::Trajectory t = sim::simulate(s);
    const Peak p = peak(t, &State::plasma_ng_per_ml);
    CHECK(p.time_h > 20.0 / 60);  // the label: peak 20-40 min after the (last) device
    CHECK(p.time_h < 50.0 / 60);
    CHECK(t.at(2.0).plasma_ng_per_ml < 0.6 * p.value);  // rapid decline over 2-4 h
    CHECK(t.at(4.0).plasma_ng_per_ml < 0.35 * p.value);
    // One disposition for all three drugs (docs/model.md): the label's dissociation resolves within about
    // 2 h and blood pressure stays up for about 4 h; the model's dissociation lasts about 4 h (S-ketamine's
    // potency on a racemic disposition) and its pressure is back by 4 h. Pinned so a change is noticed.
    CHECK(t.at(4.5).dissociation < 0.1);
    CHECK(t.at(2.0).dissociation > 0.1);
    CHECK(t.at(4.0).bp_change_mmHg < 0.2 * peak(t, &State::bp_change_mmHg).value);
}
