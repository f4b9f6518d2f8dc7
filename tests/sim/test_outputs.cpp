// Outputs that had no test of their own: the enantiomers' potency in the side effects, the Mg2+-blocked share,
// the stage between two samples, and the stage walk's minimum dwell.
#include <catch2/catch.hpp>

#include <algorithm>

#include "sim/constants.hpp"
#include "sim/effects.hpp"
#include "sim/receptor.hpp"
#include "sim_helpers.hpp"

using namespace simtest;
using sim::State;
namespace k = sim::k;

TEST_CASE("S-ketamine's dissociation and blood pressure follow its NMDA potency at equal mg/kg") {
    const double kd_racemic = 1.0 / (0.5 / k::kKd_esketamine_uM + 0.5 / k::kKd_arketamine_uM);
    CHECK(sim::relative_potency(sim::Drug::racemic) == Approx(1.0));
    CHECK(sim::relative_potency(sim::Drug::esketamine) == Approx(kd_racemic / k::kKd_esketamine_uM));
    CHECK(sim::relative_potency(sim::Drug::arketamine) == Approx(kd_racemic / k::kKd_arketamine_uM));
    const sim::Trajectory rac = sim::simulate(single_dose(sim::Route::iv_infusion, 0.5, sim::Drug::racemic));
    const sim::Trajectory esk = sim::simulate(single_dose(sim::Route::iv_infusion, 0.5, sim::Drug::esketamine));
    const sim::Trajectory ark = sim::simulate(single_dose(sim::Route::iv_infusion, 0.5, sim::Drug::arketamine));
    for (const double t_h : {0.2, 0.67, 1.0, 1.5}) {
        INFO("t = " << t_h << " h");
        // Issue 28: esketamine has its own disposition now (the label's 7-12 h half-life), so each drug's effects
        // are read at its own effect-site level (before, the two levels were required to be equal).
        const double ce_ng_per_ml = esk.at(t_h).effect_site_uM * k::kMolarMass_g_per_mol;
        const double ce_racemic_ng_per_ml = rac.at(t_h).effect_site_uM * k::kMolarMass_g_per_mol;
        const double potency = sim::relative_potency(sim::Drug::esketamine);
        CHECK(esk.at(t_h).dissociation == Approx(sim::dissociation_fraction(ce_ng_per_ml * potency)).margin(1e-9));
        CHECK(esk.at(t_h).bp_change_mmHg == Approx(sim::bp_change_mmHg(ce_ng_per_ml * potency)).margin(1e-9));
        CHECK(rac.at(t_h).bp_change_mmHg == Approx(sim::bp_change_mmHg(ce_racemic_ng_per_ml)).margin(1e-9));
        // Higher with the more potent enantiomer while the levels are alike (to 1 h); later esketamine's faster
        // distribution (label: rapid decline over 2-4 h) leaves it lower (issue 28).
        if (t_h <= 1.0) CHECK(esk.at(t_h).bp_change_mmHg > rac.at(t_h).bp_change_mmHg);
        CHECK(ark.at(t_h).bp_change_mmHg < rac.at(t_h).bp_change_mmHg);
    }
    CHECK(peak(esk, &State::dissociation).value > peak(rac, &State::dissociation).value);
}

TEST_CASE("The Mg2+-blocked share is the free channels times Mg / (Mg + K_Mg), at rest and under block") {
    for (const double mg_mM : {1.0, 2.0}) {
        sim::Scenario s = standard();
        s.params.magnesium_mM = mg_mM;
        const sim::Trajectory t = sim::simulate(s);
        const double occ_int = mg_mM / (mg_mM + k::kKMg_interneuron_mM);
        const double occ_pyr = mg_mM / (mg_mM + k::kKMg_pyramidal_mM);
        CHECK(t.at(0.0).nmda_mg_blocked == Approx(0.5 * (occ_int + occ_pyr)));  // 0.433 at 1 mM
        for (const double t_h : {0.33, 0.67, 2.0}) {
            const State x = t.at(t_h);
            CHECK(x.nmda_mg_blocked ==
                  Approx(0.5 * ((1.0 - x.nmda_block_interneuron) * occ_int + (1.0 - x.nmda_block_pyramidal) * occ_pyr))
                      .epsilon(1e-6));
            CHECK(x.nmda_mg_blocked < t.at(0.0).nmda_mg_blocked);  // ketamine in the pore displaces Mg2+'s share
        }
    }
}

TEST_CASE("Between two samples of different stages, the state keeps the earlier sample's stage") {
    State a, b;
    a.time_h = 1.0;
    a.stage = sim::Stage::glutamate_surge;
    b.time_h = 2.0;
    b.stage = sim::Stage::ampa_bdnf;
    const sim::Trajectory t(1.0, {a, b});
    CHECK(t.at(1.0).stage == sim::Stage::glutamate_surge);
    CHECK(t.at(1.5).stage == sim::Stage::glutamate_surge);
    CHECK(t.at(1.999).stage == sim::Stage::glutamate_surge);
    CHECK(t.at(2.0).stage == sim::Stage::ampa_bdnf);
}

TEST_CASE("The stage walk dwells at least the minimum before it moves on, and moves one stage at a time") {
    State busy;  // everything downstream strongly active: the front would jump at once without the dwell
    busy.plasma_ng_per_ml = 1000.0;
    busy.nmda_block_interneuron = 1.0;
    busy.pyramidal_rate_rel = 3.0;
    busy.glutamate_rel = 3.0;
    busy.bdnf_rel = 3.0;
    busy.mtor_phospho_rel = 3.0;
    busy.clinical_effect = 1.0;
    busy.spine_formation = 1.0;
    sim::StageInputs in{.front = sim::Stage::nmda_block, .experiments = {}, .hypotheses = {}, .front_age_min = 0.0};
    CHECK(sim::most_active_stage(busy, in) == sim::Stage::nmda_block);
    in.front_age_min = k::kStageMinDwell_min - 0.01;
    CHECK(sim::most_active_stage(busy, in) == sim::Stage::nmda_block);
    in.front_age_min = k::kStageMinDwell_min;
    CHECK(sim::most_active_stage(busy, in) == sim::Stage::disinhibition);  // one stage on, not to the leader
    in.front = sim::Stage::clinical;
    CHECK(sim::most_active_stage(busy, in) == sim::Stage::clinical);  // the last stage stays
    const State quiet;
    in.front = sim::Stage::mtor;
    CHECK(sim::most_active_stage(quiet, in) == sim::Stage::baseline);  // nothing active: baseline
}

TEST_CASE("Dissociation rises linearly from 50 to 200 ng/mL of racemic ketamine at the effect site (Bowdle 1998)") {
    CHECK(sim::dissociation_fraction(0.0) == 0.0);
    CHECK(sim::dissociation_fraction(50.0) == Approx(0.0).margin(1e-12));
    CHECK(sim::dissociation_fraction(80.0) == Approx(0.2));
    CHECK(sim::dissociation_fraction(125.0) == Approx(0.5));
    CHECK(sim::dissociation_fraction(200.0) == Approx(1.0));
    CHECK(sim::dissociation_fraction(400.0) == 1.0);
    const sim::Trajectory t = sim::simulate(standard());
    for (const double t_h : {0.33, 0.67, 1.0}) {
        const double ce_ng_per_ml = t.at(t_h).effect_site_uM * k::kMolarMass_g_per_mol;
        CHECK(t.at(t_h).dissociation == Approx(std::clamp((ce_ng_per_ml - 50.0) / 150.0, 0.0, 1.0)).margin(1e-9));
    }
}

TEST_CASE("Chronic stress starts the dendrite 15 % below a healthy spine density (Moda-Sava 2019, calibrated)") {
    const sim::Trajectory stressed = sim::simulate(with_experiment(&sim::Experiments::chronic_stress));
    CHECK(stressed.at(0.0).spine_density_rel == Approx(0.85).margin(1e-9));
    CHECK(sim::simulate(standard()).at(0.0).spine_density_rel == Approx(1.0).margin(1e-9));
}

TEST_CASE("The stage walk skips a blocked stage: it moves to the next stage that is active") {
    State busy;  // everything active except mTORC1 (as under rapamycin)
    busy.plasma_ng_per_ml = 1000.0;
    busy.nmda_block_interneuron = 1.0;
    busy.bdnf_rel = 3.0;
    busy.clinical_effect = 1.0;
    sim::StageInputs in{.front = sim::Stage::ampa_bdnf,
                        .experiments = {.rapamycin = true},
                        .hypotheses = {},
                        .front_age_min = k::kStageMinDwell_min};
    CHECK(sim::stage_score(sim::Stage::mtor, busy) < k::kStageMinScore);
    CHECK(sim::most_active_stage(busy, in) == sim::Stage::ampa_bdnf);  // BDNF still leads: it stays
    busy.bdnf_rel = 1.2;                                               // BDNF fades below the hand-over score
    CHECK(sim::most_active_stage(busy, in) == sim::Stage::clinical);   // neither mTORC1 nor the spines
    // Without the inhibitor mTORC1 is only late, not blocked: while BDNF is still active the walk waits for it.
    in.experiments.rapamycin = false;
    CHECK(sim::most_active_stage(busy, in) == sim::Stage::ampa_bdnf);
    busy.bdnf_rel = 1.0;  // once BDNF is over, the next active stage takes over
    CHECK(sim::most_active_stage(busy, in) == sim::Stage::clinical);
    busy.bdnf_rel = 1.2;
    in.experiments.rapamycin = true;
    busy.clinical_effect = 0.0;
    busy.bdnf_rel = 1.0;
    CHECK(sim::most_active_stage(busy, in) == sim::Stage::baseline);  // nothing after the front is active
}
