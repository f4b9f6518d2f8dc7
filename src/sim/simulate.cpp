// The model's main loop: dose inputs -> pharmacokinetics -> NMDA block -> cascade -> State samples.
#include "sim/simulate.hpp"

#include <algorithm>
#include <cmath>

#include "sim/cascade.hpp"
#include "sim/constants.hpp"
#include "sim/effects.hpp"
#include "sim/limits.hpp"
#include "sim/pk.hpp"
#include "sim/receptor.hpp"

namespace sim {
namespace {

/// Everything fixed for one run.
struct Model {
    const Scenario* scenario = nullptr;
    double step_min = 1.0;
    PkModel pk;
    NmdaReceptors receptors;
    CascadeParams cascade;
    CascadeDecay decay{};
    double ng_per_ml_per_mg_central = 1.0;  ///< plasma ng/mL per mg in the central compartment (1000 / V1)
    double relative_potency = 1.0;          ///< NMDA potency of the drug relative to the racemate
    double mg_occupancy_interneuron = 0.0;  ///< Mg2+ share of free interneuron channels, Mg / (Mg + K_Mg)
    double mg_occupancy_pyramidal = 0.0;    ///< the same for pyramidal channels
    std::vector<Infusion> infusions;        ///< IV infusions with precomputed rates
};

/// Everything that evolves.
struct Running {
    PkState pk{};
    double block_interneuron = 0.0;  ///< fraction
    double block_pyramidal = 0.0;    ///< fraction
    Stage front = Stage::baseline;   ///< latest story stage reached since the last dose began
    double front_since_h = 0.0;      ///< when the front reached that stage, hours
    CascadeState cascade;
};

double sanitized_step_min(double step_min) {
    return std::isfinite(step_min) ? std::clamp(step_min, kMinStepMin, kMaxStepMin) : 1.0;
}

std::size_t sample_count(double duration_days, double step_h) {
    const double days = std::isfinite(duration_days) ? std::clamp(duration_days, 0.0, kMaxDurationDays) : 21.0;
    return std::min(kMaxSamples, static_cast<std::size_t>(std::floor(days * 24.0 / step_h + 1e-9)) + 1);
}

double body_weight_kg(const Scenario& scenario) {
    const double w = scenario.body_weight_kg;
    return std::isfinite(w) ? std::clamp(w, limits::kBodyWeightMin_kg, limits::kBodyWeightMax_kg) : 70.0;
}

Model make_model(const Scenario& scenario, double step_min) {
    Model m;
    m.scenario = &scenario;
    m.step_min = step_min;
    m.pk = make_pk_model(body_weight_kg(scenario), step_min);
    m.receptors = make_nmda_receptors(scenario.drug, scenario.params.magnesium_mM);
    m.cascade = make_cascade_params(scenario);
    m.decay = make_cascade_decay(m.cascade, step_min);
    m.ng_per_ml_per_mg_central = 1000.0 / m.pk.central_volume_L;
    m.relative_potency = relative_potency(scenario.drug);
    m.mg_occupancy_interneuron = mg_blocked_fraction(0.0, scenario.params.magnesium_mM, k::kKMg_interneuron_mM);
    m.mg_occupancy_pyramidal = mg_blocked_fraction(0.0, scenario.params.magnesium_mM, k::kKMg_pyramidal_mM);
    m.infusions = make_infusions(scenario.doses, body_weight_kg(scenario));
    return m;
}

/// Mean Mg2+-blocked share of both populations: their free channels times Mg / (Mg + K_Mg).
double mean_mg_blocked(const Model& m, const Running& r) {
    return 0.5 * ((1.0 - r.block_interneuron) * m.mg_occupancy_interneuron +
                  (1.0 - r.block_pyramidal) * m.mg_occupancy_pyramidal);
}

State observe(const Model& m, const Running& r, double t_h) {
    constexpr double ng_per_ml_per_uM = k::kMolarMass_g_per_mol;
    State s;
    s.time_h = t_h;
    constexpr double kUM_per_ng_per_ml = 1.0 / ng_per_ml_per_uM;
    s.plasma_ng_per_ml = std::max(0.0, r.pk[kCentral] * m.ng_per_ml_per_mg_central);
    s.plasma_uM = s.plasma_ng_per_ml * kUM_per_ng_per_ml;
    const double effect_ng_per_ml = std::max(0.0, 1000.0 * r.pk[kEffectSite]);  // mg/L -> ng/mL
    s.effect_site_uM = effect_ng_per_ml * kUM_per_ng_per_ml;
    s.nmda_block_interneuron = r.block_interneuron;
    s.nmda_block_pyramidal = r.block_pyramidal;
    const double po_int = open_probability(m.receptors.interneuron, interneuron_rate_rel(r.block_interneuron));
    const double po_pyr = open_probability(m.receptors.pyramidal, r.cascade.pyramidal_rate_rel);
    s.nmda_trapped =
        0.5 * (trapped_fraction(r.block_interneuron, po_int) + trapped_fraction(r.block_pyramidal, po_pyr));
    s.nmda_mg_blocked = mean_mg_blocked(m, r);
    s.interneuron_rate_rel = interneuron_rate_rel(r.block_interneuron);
    s.pyramidal_rate_rel = r.cascade.pyramidal_rate_rel;
    s.glutamate_rel = r.cascade.glutamate_rel;
    s.ampa_activation_rel = ampa_activation_rel(m.cascade, r.cascade.glutamate_rel);
    s.bdnf_rel = r.cascade.bdnf_rel;
    s.mtor_phospho_rel = r.cascade.mtor_rel;
    s.synaptic_protein_rel = r.cascade.protein_rel;
    s.spine_density_rel = r.cascade.spine_rel;
    s.clinical_effect = std::clamp(r.cascade.clinical, 0.0, 1.0);
    s.dissociation = dissociation_fraction(effect_ng_per_ml * m.relative_potency);
    s.bp_change_mmHg = bp_change_mmHg(effect_ng_per_ml * m.relative_potency);
    s.stage = most_active_stage(s, {r.cascade.spine_signal, r.front, (t_h - r.front_since_h) * 60.0});
    return s;
}

bool dose_starts(const std::vector<Dose>& doses, double after_h, double up_to_h) {
    for (const Dose& d : doses)
        if (d.start_h > after_h && d.start_h <= up_to_h) return true;
    return false;
}

// One step t -> t + h: block from the effect site at t (use-dependent: open probability follows each
// population's firing), then the cascade from the new block, then the exact PK step.
void advance(const Model& m, Running& r, double t_h) {
    const double ce_uM = r.pk[kEffectSite] * (1000.0 / k::kMolarMass_g_per_mol);
    const NmdaPopulation& in = m.receptors.interneuron;
    const NmdaPopulation& py = m.receptors.pyramidal;
    const double po_int = open_probability(in, interneuron_rate_rel(r.block_interneuron));
    const double po_pyr = open_probability(py, r.cascade.pyramidal_rate_rel);
    r.block_interneuron = step_block(r.block_interneuron, ce_uM, in, po_int, m.step_min);
    r.block_pyramidal = step_block(r.block_pyramidal, ce_uM, py, po_pyr, m.step_min);
    step_cascade(m.cascade, m.decay, {r.block_interneuron, r.block_pyramidal, ce_uM}, r.cascade);
    pk_step(m.pk, r.pk, infusion_rate_mg_per_min(m.infusions, t_h, m.step_min / 60.0));
}

}  // namespace

Trajectory simulate(const Scenario& scenario, const SimulateOptions& options) {
    return simulate(scenario, Trajectory{}, options);
}

Trajectory simulate(const Scenario& scenario, Trajectory&& previous, const SimulateOptions& options) {
    const double step_min = sanitized_step_min(options.step_min);
    const double step_h = step_min / 60.0;
    const std::size_t n = sample_count(scenario.duration_days, step_h);
    const Model model = make_model(scenario, step_min);
    Running run;
    run.cascade = initial_cascade(model.cascade);
    std::vector<State> samples = std::move(previous).take_storage();
    samples.reserve(n);
    double previous_t_h = -1.0;  // instant doses with start in (previous_t_h, t_h] enter at t_h
    for (std::size_t i = 0; i < n; ++i) {
        const double t_h = static_cast<double>(i) * step_h;
        give_instant_doses(run.pk, scenario.doses, scenario.drug, body_weight_kg(scenario), previous_t_h, t_h);
        if (dose_starts(scenario.doses, previous_t_h, t_h)) {
            run.front = Stage::baseline;
            run.front_since_h = t_h;
        }
        samples.push_back(observe(model, run, t_h));
        if (samples.back().stage != run.front && samples.back().stage != Stage::baseline) {  // keep the story's place
            run.front = samples.back().stage;
            run.front_since_h = t_h;
        }
        advance(model, run, t_h);
        previous_t_h = t_h;
    }
    return Trajectory(step_h, std::move(samples));
}

}  // namespace sim
