// The cascade against the published time courses (science.md sections 4-5) and the virtual experiments.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "sim/constants.hpp"
#include "sim/effects.hpp"
#include "sim/evidence.hpp"
#include "sim/population.hpp"
#include "sim/scenario_io.hpp"
#include "sim_helpers.hpp"

using namespace simtest;
using sim::State;
namespace k = sim::k;

namespace {
double excess(double rel) { return rel - 1.0; }

/// The first sample time at or after from_h where the clinical index is below `line` (1e9 when none).
double first_below(const sim::Trajectory& t, double line, double from_h) {
    for (const State& s : t.samples())
        if (s.time_h >= from_h && s.clinical_effect < line) return s.time_h;
    return 1e9;
}
}  // namespace

TEST_CASE("Glutamate surge: roughly a doubling within 20-40 min, back toward baseline within 1-2 h") {
    const sim::Trajectory t = sim::simulate(standard());
    const Peak g = peak(t, &State::glutamate_rel);
    CHECK(g.value > 1.5);  // "roughly a doubling" [GK]: accept 1.5-2.5
    CHECK(g.value < 2.5);
    CHECK(g.time_h > 15.0 / 60);
    CHECK(g.time_h < 50.0 / 60);
    CHECK(excess(t.at(2.0).glutamate_rel) < 0.25 * excess(g.value));
    CHECK(std::abs(excess(t.at(3.0).glutamate_rel)) < 0.15 * excess(g.value));  // Abdallah 2018: none at 3 h
}

TEST_CASE("The surge is an inverted U of dose") {
    // Moghaddam 1997 measured 20-min dialysate samples; compare the largest and smallest 20-min means
    // over the first 6 h.
    auto bins = [](const sim::Scenario& s) { return bin_means(sim::simulate(s), &State::glutamate_rel, 1.0 / 3, 6.0); };
    const auto low = bins(single_dose(sim::Route::iv_bolus, 0.1));
    const auto mid = bins(standard());
    const auto anaesthetic = bins(single_dose(sim::Route::iv_bolus, 2.0));
    const auto deep = bins(single_dose(sim::Route::iv_bolus, 4.0));
    CHECK(max_of(mid) > 1.4);                  // sub-anaesthetic: a surge
    CHECK(max_of(low) < max_of(mid));          // rising limb
    CHECK(max_of(anaesthetic) < max_of(mid));  // falling limb
    CHECK(max_of(deep) < 1.2);                 // deep anaesthesia: no surge ...
    // ... glutamate falls, modestly, and is not abolished (Moghaddam 1997, rats, 200 mg/kg; Langsjo 2005, people:
    // cortical metabolism unchanged under anaesthetic S-ketamine). Issue 28: it fell to 0.2 here before.
    CHECK(min_of(deep) < 1.0);
    CHECK(min_of(deep) > 0.7);
    CHECK(min_of(anaesthetic) < 0.9);
    CHECK(min_of(mid) > 0.9);
}

TEST_CASE("During anaesthesia glutamate does not surge: only a smaller rise as the level falls back") {
    const sim::Trajectory mid = sim::simulate(standard());
    const sim::Trajectory anaesthetic = sim::simulate(single_dose(sim::Route::iv_bolus, 2.0));
    // The whole curve, not only 20-min means: in the first hour (effect site in the anaesthetic range)
    // at most a brief blip while the block of the pyramidal neurons catches up.
    CHECK(peak(anaesthetic, &State::glutamate_rel, 0.0, 1.0).value < 1.2);
    // Later, passing back through the sub-anaesthetic range, a rise smaller than the standard surge.
    CHECK(peak(anaesthetic, &State::glutamate_rel).value < 1.0 + 0.5 * excess(peak(mid, &State::glutamate_rel).value));
}

TEST_CASE("Anaesthetic doses do not switch the cortex off: firing and glutamate stay near baseline") {
    // Langsjo 2005 (people, PET): anaesthetic S-ketamine (about 2,000 ng/mL) left whole-brain oxygen and glucose
    // use unchanged and raised frontal oxygen use about 16 %. Moghaddam 1997 (rats): prefrontal glutamate falls at
    // 200 mg/kg but is not abolished. The model takes a modest fall: accept 0.7-1.2 of baseline at the trough
    // (before issue 28: glutamate 0.16 and firing 0.13 at 4.5 mg/kg, glutamate 0.02 at 10 mg/kg).
    for (const double mg_per_kg : {4.5, 10.0}) {
        const sim::Trajectory t = sim::simulate(single_dose(sim::Route::iv_bolus, mg_per_kg));
        double glutamate_min = 1e9, firing_min = 1e9;
        for (const State& s : t.samples())
            if (s.time_h <= 12.0) {
                glutamate_min = std::min(glutamate_min, s.glutamate_rel);
                firing_min = std::min(firing_min, s.pyramidal_rate_rel);
            }
        INFO(mg_per_kg << " mg/kg bolus: glutamate min " << glutamate_min << ", firing min " << firing_min);
        CHECK(glutamate_min > 0.7);
        CHECK(glutamate_min < 1.2);
        CHECK(firing_min > 0.7);
        // At the anaesthetic level itself (10 min after the bolus, effect site above 5 uM) firing is near baseline.
        CHECK(t.at(10.0 / 60).effect_site_uM > 5.0);
        CHECK(t.at(10.0 / 60).pyramidal_rate_rel > 0.7);
        CHECK(t.at(10.0 / 60).pyramidal_rate_rel < 1.2);
        // No surge either (the inverted U): at most the standard surge's first part on the way in or out.
        CHECK(peak(t, &State::glutamate_rel, 0.0, 1.0).value < 1.2);
    }
}

TEST_CASE("Disinhibition fades with the drug: pyramidal firing near baseline by 6 h") {
    const sim::Trajectory t = sim::simulate(standard());
    CHECK(peak(t, &State::pyramidal_rate_rel).value > 1.8);
    CHECK(std::abs(excess(t.at(6.0).pyramidal_rate_rel)) < 0.1 * excess(peak(t, &State::pyramidal_rate_rel).value));
}

TEST_CASE("mTORC1 phosphorylation up within 30-60 min, back by about 2 h") {
    const sim::Trajectory t = sim::simulate(standard());
    const Peak m = peak(t, &State::mtor_phospho_rel);
    CHECK(m.value > 1.3);
    CHECK(m.time_h >= 0.5);  // Li 2010: within 30-60 min [GK for the times]; allow 30-75 min
    CHECK(m.time_h <= 1.25);
    CHECK(std::abs(excess(t.at(2.5).mtor_phospho_rel)) < 0.2 * excess(m.value));
    // BDNF and AMPA lead mTORC1.
    CHECK(peak(t, &State::bdnf_rel).value > 1.2);
    CHECK(peak(t, &State::ampa_activation_rel).time_h < m.time_h);
}

TEST_CASE("Synaptic proteins are up from about 2 h to about 72 h") {
    const sim::Trajectory t = sim::simulate(standard());
    CHECK(t.at(2.0).synaptic_protein_rel > 1.05);
    CHECK(t.at(1.0).synaptic_protein_rel < t.at(2.0).synaptic_protein_rel);
    CHECK(t.at(72.0).synaptic_protein_rel > 1.02);
    CHECK(t.at(7 * 24.0).synaptic_protein_rel < 1.01);
}

TEST_CASE("Spines: not yet at 3-6 h, up at 24 h, still up at 7 days, back toward baseline after 2 weeks") {
    const sim::Trajectory t = sim::simulate(standard());
    const double at24 = excess(t.at(24.0).spine_density_rel);
    CHECK(at24 > 0.05);                                        // Li 2010: more spines at 24 h
    CHECK(excess(t.at(6.0).spine_density_rel) < 0.25 * at24);  // Phoumthipphavong 2016: not at 3-6 h
    CHECK(excess(t.at(7 * 24.0).spine_density_rel) > 0.05);    // Moda-Sava 2019: up to 2 weeks
    const Peak d = peak(t, &State::spine_density_rel);
    CHECK(excess(t.at(21 * 24.0).spine_density_rel) < 0.4 * excess(d.value));
}

TEST_CASE("Clinical effect: within hours, peak near day 1, lost by days 10-12") {
    const sim::Trajectory t = sim::simulate(standard());
    const Peak c = peak(t, &State::clinical_effect);
    CHECK(c.value > 0.2);
    CHECK(c.time_h > 12.0);  // Kishimoto 2016: peak at day 1 (accept 12-36 h)
    CHECK(c.time_h < 36.0);
    CHECK(t.at(4.0).clinical_effect > 0.6 * c.value);  // large by 2-4 h
    CHECK(t.at(2.0).clinical_effect > 0.3 * c.value);
    CHECK(t.at(0.67).clinical_effect > 0.0);  // better than placebo from 40 min
    const double week = t.at(7 * 24.0).clinical_effect / c.value;
    // About a third still respond at 1 week (Zarate 2006): the population pins that (test_population.cpp); the
    // typical person is then near the response line, below the peak. (Issue 28: the bound was 0.7 of the peak
    // when the model lost the effect within four days of one infusion.)
    CHECK(week > 0.15);
    CHECK(week < 0.8);
    CHECK(t.at(12 * 24.0).clinical_effect < 0.1 * c.value);  // lost by days 10-12
}

TEST_CASE("Relief comes first: large at 40 min and 2 h, before any new spine (Kishimoto 2016, Murrough 2013)") {
    const sim::Trajectory t = sim::simulate(standard());
    const double peak_index = peak(t, &State::clinical_effect).value;
    // Better than placebo from 40 min (the end of the infusion): a good part of the peak already.
    CHECK(t.at(40.0 / 60).clinical_effect > 0.3 * peak_index);
    CHECK(t.at(40.0 / 60).clinical_effect < 0.7 * peak_index);  // still rising: the peak is near day 1
    // MADRS about -19 points at 2 h (Murrough 2013): more than the halving that defines response from the trials'
    // baselines of about 30-36, so the typical person is at or above the response line (tolerance 0.02).
    CHECK(t.at(2.0).clinical_effect > sim::kResponseClinicalIndex - 0.02);
    CHECK(t.at(2.0).clinical_effect > 0.65 * peak_index);
    CHECK(t.at(4.0).clinical_effect > 0.65 * peak_index);
    // ... while the spines have not begun: under 2 % of their gain at 24 h (Phoumthipphavong 2016; Li 2010).
    const double spines_24h = t.at(24.0).spine_density_rel - 1.0;
    CHECK(t.at(2.0).spine_density_rel - 1.0 < 0.02 * spines_24h);
    CHECK(t.at(4.0).spine_density_rel - 1.0 < 0.05 * spines_24h);
}

TEST_CASE("A repeated course sustains the effect longer") {
    sim::Scenario six = standard();
    six.duration_days = 35.0;
    six.doses.clear();
    for (double day : {0, 2, 4, 7, 9, 11})
        six.doses.push_back(sim::Dose{day * 24.0, sim::Route::iv_infusion, 0.5, 0.0, 40.0});
    const sim::Trajectory course = sim::simulate(six);
    const sim::Trajectory single = sim::simulate(standard());
    const double last_h = 11 * 24.0;
    // Murrough 2013: median relapse 18 days after the last of six infusions; one infusion is lost by day 10-12.
    // (Issue 28: the model lost a course within about 4 days of the last infusion; its old bound, the index 7 days
    // after the last infusion 1.2 x what one infusion leaves at 7 days, is replaced by the relapse day itself.)
    const double relapse_d = (first_below(course, sim::kResponseClinicalIndex, last_h + 24.0) - last_h) / 24.0;
    CHECK(relapse_d == Approx(18.0).margin(3.0));
    CHECK(course.at(last_h + 14 * 24.0).clinical_effect > 10.0 * single.at(14 * 24.0).clinical_effect + 0.1);
    CHECK(peak(course, &State::spine_density_rel).value > peak(single, &State::spine_density_rel).value);
    // One infusion builds no durability: its spines come a day after its signalling.
    const double single_below_d = first_below(single, sim::kResponseClinicalIndex, 24.0) / 24.0;
    CHECK(single_below_d < 9.0);
}

TEST_CASE("Esketamine maintenance every one or two weeks holds the response for months (Daly 2019)") {
    sim::Scenario s = sim::load_preset(std::string(SYNAPSE_SOURCE_DIR) + "/assets", "esketamine-84mg");
    const std::vector<sim::Dose> session = s.doses;
    s.doses.clear();
    s.duration_days = 90.0;
    // Induction twice a week for four weeks, then every other week (the slower of SUSTAIN-1's schedules) to day 70.
    std::vector<double> days;
    for (int week = 0; week < 4; ++week)
        for (double d : {0.0, 3.5}) days.push_back(week * 7.0 + d);
    for (int week = 4; week <= 10; week += 2) days.push_back(week * 7.0);
    for (double day : days)
        for (sim::Dose d : session) {
            d.start_h += day * 24.0;
            s.doses.push_back(d);
        }
    const sim::Trajectory t = sim::simulate(s);
    // Just before each every-other-week session the typical person still responds ...
    for (double day : {41.9, 55.9, 69.9}) {
        CAPTURE(day);
        CHECK(t.at(day * 24.0).clinical_effect >= sim::kResponseClinicalIndex);
    }
    // ... and without them relapses: far sooner after one session alone.
    const double after_last_d = (first_below(t, sim::kResponseClinicalIndex, 71.0 * 24.0) - 70.0 * 24.0) / 24.0;
    CHECK(after_last_d > 10.0);
}

TEST_CASE("Dissociation and blood pressure peak at the end of the infusion and are gone by about 2 h") {
    const sim::Trajectory t = sim::simulate(standard());
    const Peak dis = peak(t, &State::dissociation);
    CHECK(dis.time_h == Approx(40.0 / 60).margin(10.0 / 60));  // Luckenbaugh 2014
    CHECK(dis.value > 0.5);
    CHECK(t.at(2.0).dissociation < 0.1);
    const Peak bp = peak(t, &State::bp_change_mmHg);
    CHECK(bp.time_h > 0.5);  // Riva-Posse 2018: peak at 30-40 min, +3 to +7 mmHg, back by 1.5 h
    CHECK(bp.time_h < 0.8);
    CHECK(bp.value > 3.0);
    CHECK(bp.value < 7.0);
    CHECK(t.at(1.5).bp_change_mmHg < 0.3 * bp.value);
}

TEST_CASE("Rapamycin, two species: rats lose the spines (Li 2010), people keep the 24-h relief (Abdallah 2020)") {
    const sim::Trajectory control = sim::simulate(standard());
    const sim::Trajectory t = sim::simulate(with_experiment(&sim::Experiments::rapamycin));
    // Rat arm, in the mechanism stages (species "rat"): mTORC1 blocked, no new spines.
    CHECK(peak(t, &State::mtor_phospho_rel).value < 1.01);
    CHECK(excess(t.at(24.0).spine_density_rel) < 0.01);  // Li 2010
    CHECK(peak(t, &State::glutamate_rel).value == Approx(peak(control, &State::glutamate_rel).value));
    // Human arm, on the clinical index (species "human"): 6 mg oral rapamycin did not block the 24-h effect
    // (issue 28: the index was 0.001 at 24 h, the rat result drawn on the human axis) ...
    CHECK(t.at(24.0).clinical_effect == Approx(control.at(24.0).clinical_effect).epsilon(0.1));
    CHECK(t.at(2.0).clinical_effect == Approx(control.at(2.0).clinical_effect).epsilon(0.1));
    // ... and prolonged it (41 % vs 13 % responding at 2 weeks; the population pins the fractions).
    CHECK(t.at(14 * 24.0).clinical_effect > control.at(14 * 24.0).clinical_effect + 0.1);
    CHECK(sim::stage_evidence(sim::Stage::mtor).species == "rat");
    CHECK(sim::stage_evidence(sim::Stage::clinical).species == "human");
}

TEST_CASE("NBQX: no BDNF/mTOR response") {
    const sim::Trajectory control = sim::simulate(standard());
    const sim::Trajectory t = sim::simulate(with_experiment(&sim::Experiments::nbqx));
    CHECK(excess(peak(t, &State::bdnf_rel).value) < 0.25 * excess(peak(control, &State::bdnf_rel).value));
    CHECK(excess(peak(t, &State::mtor_phospho_rel).value) <
          0.25 * excess(peak(control, &State::mtor_phospho_rel).value));
    CHECK(t.at(24.0).clinical_effect < 0.3 * control.at(24.0).clinical_effect);  // Maeng 2008
}

TEST_CASE("BDNF Val66Met blunts synaptogenesis") {
    const sim::Trajectory control = sim::simulate(standard());
    const sim::Trajectory t = sim::simulate(with_experiment(&sim::Experiments::val66met));
    for (double h : {24.0, 72.0, 168.0}) {
        const double ratio = excess(t.at(h).spine_density_rel) / excess(control.at(h).spine_density_rel);
        CHECK(ratio < 0.7);  // Liu 2012: blunted ...
        CHECK(ratio > 0.1);  // ... not abolished
    }
}

TEST_CASE("An mGluR2/3 agonist blunts the surge") {
    const sim::Trajectory control = sim::simulate(standard());
    const sim::Trajectory t = sim::simulate(with_experiment(&sim::Experiments::mglur23_agonist));
    CHECK(excess(peak(t, &State::glutamate_rel).value) < 0.3 * excess(peak(control, &State::glutamate_rel).value));
}

TEST_CASE("Chronic stress lowers the spine baseline, ketamine restores spines") {
    const sim::Trajectory t = sim::simulate(with_experiment(&sim::Experiments::chronic_stress));
    CHECK(t.at(0.0).spine_density_rel < 0.9);
    CHECK(t.at(72.0).spine_density_rel > t.at(0.0).spine_density_rel + 0.05);
    CHECK(t.at(21 * 24.0).spine_density_rel < 1.0);
}

TEST_CASE("Hypotheses: each path alone does less than both, no disinhibition, no surge") {
    sim::Scenario only_rest = standard(), only_disinhibition = standard();
    only_rest.hypotheses.disinhibition = false;
    only_disinhibition.hypotheses.blockade_at_rest = false;
    const double both = peak(sim::simulate(standard()), &State::clinical_effect).value;
    const sim::Trajectory rest = sim::simulate(only_rest);
    CHECK(peak(rest, &State::glutamate_rel).value < 1.05);
    CHECK(peak(rest, &State::bdnf_rel).value > 1.05);  // Autry 2011: BDNF translation without a surge
    CHECK(peak(rest, &State::clinical_effect).value < both);
    CHECK(peak(sim::simulate(only_disinhibition), &State::clinical_effect).value < both);
    sim::Scenario none = standard();
    none.hypotheses = {false, false};
    CHECK(peak(sim::simulate(none), &State::clinical_effect).value < 0.05 * both);
}

TEST_CASE("The mechanism stage follows the story after the standard infusion") {
    const sim::Trajectory t = sim::simulate(standard());
    CHECK(t.at(0.0).stage == sim::Stage::baseline);
    CHECK(t.at(5.0 / 60).stage == sim::Stage::dose);
    CHECK(t.at(12 * 24.0).stage == sim::Stage::baseline);
    // Stages only move forward in story order after a dose, and visit the key steps.
    int last = 0;
    std::vector<sim::Stage> visited;
    for (const State& s : t.samples()) {
        const int index = static_cast<int>(s.stage);
        if (s.stage == sim::Stage::baseline) continue;
        CHECK(index >= last);
        if (visited.empty() || visited.back() != s.stage) visited.push_back(s.stage);
        last = index;
    }
    // Every step of the story is shown, in order, none skipped.
    const std::vector<sim::Stage> story(sim::kMechanismStages.begin() + 1, sim::kMechanismStages.end());
    CHECK(visited == story);
    // The early steps come while the drug is in (within the first hour), the structural ones later.
    for (const State& s : t.samples()) {
        if (s.stage == sim::Stage::glutamate_surge) CHECK(s.time_h < 1.0);
        if (s.stage == sim::Stage::synaptogenesis) CHECK(s.time_h > 6.0);
    }
}

namespace {

/// The stages a run shows as "now", in order, without repeats.
std::vector<sim::Stage> shown_stages(const sim::Scenario& scenario) {
    std::vector<sim::Stage> shown;
    const sim::Trajectory run = sim::simulate(scenario);
    for (const State& s : run.samples())
        if (std::find(shown.begin(), shown.end(), s.stage) == shown.end()) shown.push_back(s.stage);
    return shown;
}

bool shows(const std::vector<sim::Stage>& shown, sim::Stage stage) {
    return std::find(shown.begin(), shown.end(), stage) != shown.end();
}

}  // namespace

TEST_CASE("A blocked step is never shown as now: rapamycin, NBQX and the hypotheses switched off") {
    const auto rapamycin = shown_stages(with_experiment(&sim::Experiments::rapamycin));
    CHECK(shows(rapamycin, sim::Stage::ampa_bdnf));  // the surge and BDNF release happen as before (Li 2010)
    CHECK_FALSE(shows(rapamycin, sim::Stage::mtor));
    CHECK_FALSE(shows(rapamycin, sim::Stage::synaptogenesis));
    const auto nbqx = shown_stages(with_experiment(&sim::Experiments::nbqx));
    CHECK(shows(nbqx, sim::Stage::glutamate_surge));  // upstream of AMPA receptors (Maeng 2008)
    CHECK_FALSE(shows(nbqx, sim::Stage::ampa_bdnf));
    CHECK_FALSE(shows(nbqx, sim::Stage::synaptogenesis));
    sim::Scenario no_disinhibition;
    no_disinhibition.hypotheses.disinhibition = false;
    const auto rest_only = shown_stages(no_disinhibition);
    CHECK_FALSE(shows(rest_only, sim::Stage::glutamate_surge));
}

TEST_CASE("Every stage shown as now in the presets is active at that moment") {
    for (const char* name : {"standard-infusion", "rapamycin", "nbqx", "mglur23-agonist", "val66met", "chronic-stress",
                             "anaesthetic-bolus", "six-infusions", "esketamine-84mg", "intramuscular", "oral"}) {
        CAPTURE(name);
        const sim::Scenario scenario = sim::load_preset(std::string(SYNAPSE_SOURCE_DIR) + "/assets", name);
        const sim::Trajectory run = sim::simulate(scenario);
        for (const State& s : run.samples()) {
            if (s.stage == sim::Stage::baseline) continue;
            // The instant a dose starts is the dose stage, before any drug is in the blood.
            const bool dose_starts = std::any_of(scenario.doses.begin(), scenario.doses.end(), [&](const sim::Dose& d) {
                return std::abs(d.start_h - s.time_h) < 1e-9;
            });
            if (s.stage == sim::Stage::dose && dose_starts) continue;
            CAPTURE(s.time_h, sim::stage_id(s.stage));
            CHECK(sim::stage_score(s.stage, s) >= k::kStageMinScore);
        }
    }
}

TEST_CASE("The stage strip: a stage the scenario blocks stays (nearly) inactive and is never now, in every preset") {
    std::vector<sim::Scenario> scenarios;
    for (const char* name : {"standard-infusion", "rapamycin", "nbqx", "mglur23-agonist", "val66met", "chronic-stress"})
        scenarios.push_back(sim::load_preset(std::string(SYNAPSE_SOURCE_DIR) + "/assets", name));
    sim::Scenario rest_only;
    rest_only.hypotheses.disinhibition = false;
    scenarios.push_back(rest_only);
    for (const sim::Scenario& scenario : scenarios) {
        CAPTURE(scenario.name, scenario.hypotheses.disinhibition);
        int blocked_count = 0;
        const sim::Trajectory run = sim::simulate(scenario);
        for (const State& s : run.samples()) {
            const auto strip = sim::stage_activities(s, scenario.experiments, scenario.hypotheses);
            for (std::size_t i = 0; i < strip.size(); ++i) {
                CHECK(strip[i].score == sim::stage_score(strip[i].stage, s));  // the model's own activity
                if (!strip[i].blocked) continue;
                ++blocked_count;
                // NBQX leaves 5 % of the AMPA throughput (kNbqxAmpaFraction): a small residual downstream of it.
                const bool residual = scenario.experiments.nbqx && strip[i].stage != sim::Stage::ampa_bdnf;
                CHECK(strip[i].score < (residual ? 0.3 : k::kStageMinScore));
                CHECK(s.stage != strip[i].stage);
            }
        }
        const bool blocks =
            scenario.experiments.rapamycin || scenario.experiments.nbqx || !scenario.hypotheses.disinhibition;
        CHECK((blocked_count > 0) == blocks);  // only these switches stop a step outright
    }
}

TEST_CASE("The stage walk waits for a slow step that has not begun instead of skipping it (Val66Met)") {
    // With the Met allele BDNF release is reduced, not blocked (Liu 2012): mTORC1 and the spines still rise, later
    // and less. An hour after the dose the spines have not begun; the walk must not jump past them to the clinical
    // index while the drug is still in and mTORC1 is still active.
    const sim::Trajectory run =
        sim::simulate(sim::load_preset(std::string(SYNAPSE_SOURCE_DIR) + "/assets", "val66met"));
    CHECK(run.at(1.05).stage != sim::Stage::clinical);
    CHECK(run.at(2.0).stage == sim::Stage::mtor);
    const auto shown = shown_stages(sim::load_preset(std::string(SYNAPSE_SOURCE_DIR) + "/assets", "val66met"));
    CHECK(shows(shown, sim::Stage::synaptogenesis));
}
