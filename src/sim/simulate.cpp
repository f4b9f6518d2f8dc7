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
    double step_min = 1.0;
    double body_weight_kg = 70.0;  ///< clamped to the model's range
    PkModel pk;
    NmdaReceptors receptors;
    CascadeParams cascade;
    CascadeDecay decay{};
    double ng_per_ml_per_mg_central = 1.0;  ///< plasma ng/mL per mg in the central compartment (1000 / V1)
    double relative_potency = 1.0;          ///< NMDA potency of the drug relative to the racemate
    double mg_occupancy_interneuron = 0.0;  ///< Mg2+ share of free interneuron channels, Mg / (Mg + K_Mg)
    double mg_occupancy_pyramidal = 0.0;    ///< the same for pyramidal channels
    double interneuron_nmda_drive = 0.0;    ///< NMDAR share of interneuron drive (this person)
    std::vector<Infusion> infusions;        ///< IV infusions with precomputed rates
    State drug_free;                        ///< the pharmacology part of every State with no drug anywhere
    Experiments experiments;                ///< which stages the scenario blocks (for the stage walk)
    Hypotheses hypotheses;
};

/// Everything that evolves.
struct Running {
    PkState pk{};
    double block_interneuron = 0.0;    ///< fraction
    double block_pyramidal = 0.0;      ///< fraction
    bool drug_free = true;             ///< no drug in any compartment and no receptor blocked
    bool fast_stages_settled = false;  ///< drug-free, and circuit and signalling back at baseline
    Stage front = Stage::baseline;     ///< latest story stage reached since the last dose began
    double front_since_h = 0.0;        ///< when the front reached that stage, hours
    CascadeState cascade;
};

/// When the doses act, so that the loop can skip all dose handling between them. Its queries
/// must come with times that only move forward.
class DoseClock {
public:
    /// Starts over for a new schedule (its storage reused).
    void reset(const std::vector<Dose>& doses, std::vector<Infusion> infusions) {
        starts_h_.clear();
        spans_.clear();
        next_start_ = 0;
        next_span_ = 0;
        for (const Dose& d : doses)
            if (std::isfinite(d.start_h)) starts_h_.push_back(d.start_h);  // a NaN start is never given
        std::sort(starts_h_.begin(), starts_h_.end());
        std::sort(infusions.begin(), infusions.end(),
                  [](const Infusion& a, const Infusion& b) { return a.start_h < b.start_h; });
        for (const Infusion& f : infusions) {  // merged into disjoint spans (their rates are not used here)
            if (!std::isfinite(f.start_h) || !std::isfinite(f.end_h)) continue;  // never given either
            if (!spans_.empty() && f.start_h <= spans_.back().end_h)
                spans_.back().end_h = std::max(spans_.back().end_h, f.end_h);
            else
                spans_.push_back(f);
        }
    }

    /// True when a dose starts in (after_h, up_to_h].
    bool dose_starts(double after_h, double up_to_h) {
        while (next_start_ < starts_h_.size() && starts_h_[next_start_] <= after_h) ++next_start_;
        return next_start_ < starts_h_.size() && starts_h_[next_start_] <= up_to_h;
    }

    /// True when an infusion runs during [t0_h, t0_h + step_h).
    bool infusing(double t0_h, double step_h) {
        while (next_span_ < spans_.size() && spans_[next_span_].end_h <= t0_h) ++next_span_;
        return next_span_ < spans_.size() && spans_[next_span_].start_h < t0_h + step_h;
    }

private:
    std::vector<double> starts_h_;
    std::vector<Infusion> spans_;
    std::size_t next_start_ = 0;
    std::size_t next_span_ = 0;
};

double sanitized_step_min(double step_min) {
    return std::isfinite(step_min) ? std::clamp(step_min, kMinStepMin, kMaxStepMin) : 1.0;
}

std::size_t grid_sample_count(double duration_days, double step_h) {
    const double days = std::isfinite(duration_days) ? std::clamp(duration_days, 0.0, limits::kDurationMax_days)
                                                     : limits::kDurationMin_days;
    return std::min(kMaxSamples, static_cast<std::size_t>(std::floor(days * 24.0 / step_h + 1e-9)) + 1);
}

double body_weight_kg(const Scenario& scenario) {
    const double w = scenario.body_weight_kg;
    return std::isfinite(w) ? std::clamp(w, limits::kBodyWeightMin_kg, limits::kBodyWeightMax_kg) : 70.0;
}

/// Mean Mg2+-blocked share of both populations: their free channels times Mg / (Mg + K_Mg).
double mean_mg_blocked(const Model& m, const Running& r) {
    return 0.5 * ((1.0 - r.block_interneuron) * m.mg_occupancy_interneuron +
                  (1.0 - r.block_pyramidal) * m.mg_occupancy_pyramidal);
}

/// The pharmacology part of the state: concentrations, block and the side effects they cause.
State observe_pharmacology(const Model& m, const Running& r) {
    constexpr double kUM_per_ng_per_ml = 1.0 / k::kMolarMass_g_per_mol;
    State s;
    s.plasma_ng_per_ml = std::max(0.0, r.pk[kCentral] * m.ng_per_ml_per_mg_central);
    s.plasma_uM = s.plasma_ng_per_ml * kUM_per_ng_per_ml;
    const double effect_ng_per_ml = std::max(0.0, 1000.0 * r.pk[kEffectSite]);  // mg/L -> ng/mL
    s.effect_site_uM = effect_ng_per_ml * kUM_per_ng_per_ml;
    s.nmda_block_interneuron = r.block_interneuron;
    s.nmda_block_pyramidal = r.block_pyramidal;
    // Trapping is the block in excess of equilibrium with the effect site (issue 16: the share of blocked
    // channels that are closed is most of the block at any time, by construction, and no measure of it).
    const double ce_uM = s.effect_site_uM;
    s.nmda_trapped = 0.5 * (trapped_excess(r.block_interneuron, ce_uM, m.receptors.interneuron) +
                            trapped_excess(r.block_pyramidal, ce_uM, m.receptors.pyramidal));
    s.nmda_mg_blocked = mean_mg_blocked(m, r);
    s.interneuron_rate_rel = interneuron_rate_rel(r.block_interneuron, m.interneuron_nmda_drive);
    s.dissociation = dissociation_fraction(effect_ng_per_ml * m.relative_potency);
    s.bp_change_mmHg = bp_change_mmHg(effect_ng_per_ml * m.relative_potency);
    return s;
}

Model make_model(const Scenario& scenario, double step_min, const Parameters& p) {
    Model m;
    m.step_min = step_min;
    m.body_weight_kg = body_weight_kg(scenario);
    m.pk = make_pk_model(m.body_weight_kg, step_min, p);
    m.receptors = make_nmda_receptors(scenario.drug, scenario.params.magnesium_mM, p);
    m.cascade = make_cascade_params(scenario, p);
    m.decay = make_cascade_decay(m.cascade, step_min);
    m.ng_per_ml_per_mg_central = 1000.0 / m.pk.central_volume_L;
    m.relative_potency = relative_potency(scenario.drug);
    m.interneuron_nmda_drive = p.interneuron_nmda_drive;
    m.mg_occupancy_interneuron = mg_blocked_fraction(0.0, scenario.params.magnesium_mM, p.kmg_interneuron_mM);
    m.mg_occupancy_pyramidal = mg_blocked_fraction(0.0, scenario.params.magnesium_mM, k::kKMg_pyramidal_mM);
    m.infusions = make_infusions(scenario.doses, m.body_weight_kg);
    m.drug_free = observe_pharmacology(m, Running{});
    m.experiments = scenario.experiments;
    m.hypotheses = scenario.hypotheses;
    return m;
}

State observe(const Model& m, const Running& r, double t_h) {
    // Drug-free (most of a run), the pharmacology part is the same at every step.
    State s = r.drug_free ? m.drug_free : observe_pharmacology(m, r);
    s.time_h = t_h;
    s.pyramidal_rate_rel = r.cascade.pyramidal_rate_rel;
    s.glutamate_rel = r.cascade.glutamate_rel;
    s.ampa_activation_rel = ampa_activation_rel(m.cascade, r.cascade.glutamate_rel);
    s.bdnf_rel = r.cascade.bdnf_rel;
    s.mtor_phospho_rel = r.cascade.plasticity.mtor_rel;
    s.synaptic_protein_rel = r.cascade.plasticity.protein_rel;
    s.spine_density_rel = r.cascade.plasticity.spine_rel;
    s.spine_formation = r.cascade.plasticity.spine_signal;
    s.clinical_effect = std::clamp(r.cascade.clinical, 0.0, 1.0);
    s.stage = most_active_stage(s, {r.front, m.experiments, m.hypotheses, (t_h - r.front_since_h) * 60.0});
    return s;
}

bool pk_drug_free(const PkState& x) {
    return std::all_of(x.begin(), x.begin() + kEliminated, [](double v) { return v == 0.0; });
}

// One step t -> t + h: block from the effect site at t (use-dependent: open probability follows each
// population's firing), then the cascade from the new block, then the exact PK step.
// Drug-free with nothing infused, block and PK would stay exactly zero: only the cascade moves.
void advance(const Model& m, Running& r, double t_h, bool infusing) {
    if (r.drug_free && !infusing) {
        r.fast_stages_settled = r.fast_stages_settled || fast_stages_settle(r.cascade);
        if (r.fast_stages_settled)
            step_slow_stages(m.cascade, m.decay, r.cascade);
        else
            step_cascade(m.cascade, m.decay, CascadeInput{}, r.cascade);
        return;
    }
    r.fast_stages_settled = false;
    const double ce_uM = r.pk[kEffectSite] * (1000.0 / k::kMolarMass_g_per_mol);
    const NmdaPopulation& in = m.receptors.interneuron;
    const NmdaPopulation& py = m.receptors.pyramidal;
    const double po_int = open_probability(in, interneuron_rate_rel(r.block_interneuron, m.interneuron_nmda_drive));
    const double po_pyr = open_probability(py, r.cascade.pyramidal_rate_rel);
    r.block_interneuron = step_block(r.block_interneuron, ce_uM, in, po_int, m.step_min);
    r.block_pyramidal = step_block(r.block_pyramidal, ce_uM, py, po_pyr, m.step_min);
    step_cascade(m.cascade, m.decay, {r.block_interneuron, r.block_pyramidal, ce_uM}, r.cascade);
    const double rate = infusing ? infusion_rate_mg_per_min(m.infusions, t_h, m.step_min / 60.0) : 0.0;
    pk_step(m.pk, r.pk, rate);
    r.drug_free = pk_drug_free(r.pk) && r.block_interneuron == 0.0 && r.block_pyramidal == 0.0;
}

}  // namespace

struct Stepper::Impl {
    std::vector<Dose> doses;
    Drug drug = Drug::racemic;
    Parameters parameters;
    Model model;
    DoseClock clock;
    Running run;
    double step_h = 0.0;
    std::size_t count = 0;       ///< samples the whole run gives
    std::size_t taken = 0;       ///< samples given so far
    double previous_t_h = -1.0;  ///< instant doses with start in (previous_t_h, t_h] enter at t_h
};

Stepper::Stepper() : impl_(std::make_unique<Impl>()) {}
Stepper::~Stepper() = default;
Stepper::Stepper(Stepper&&) noexcept = default;
Stepper& Stepper::operator=(Stepper&&) noexcept = default;

void Stepper::start(const Scenario& scenario, const SimulateOptions& options) {
    Impl& s = *impl_;
    const double step_min = sanitized_step_min(options.step_min);
    s.step_h = step_min / 60.0;
    s.count = grid_sample_count(scenario.duration_days, s.step_h);
    s.taken = 0;
    s.previous_t_h = -1.0;
    s.doses = scenario.doses;
    s.drug = scenario.drug;
    s.parameters = with_drug_disposition(sanitized(options.parameters), scenario.drug);
    s.model = make_model(scenario, step_min, s.parameters);
    s.clock.reset(scenario.doses, s.model.infusions);
    s.run = Running{};
    s.run.cascade = initial_cascade(s.model.cascade);
}

std::size_t Stepper::sample_count() const { return impl_->count; }
std::size_t Stepper::samples_taken() const { return impl_->taken; }
double Stepper::step_h() const { return impl_->step_h; }
bool Stepper::done() const { return impl_->taken >= impl_->count; }

State Stepper::next() {
    Impl& s = *impl_;
    Running& run = s.run;
    const double t_h = static_cast<double>(s.taken) * s.step_h;
    if (s.clock.dose_starts(s.previous_t_h, t_h)) {
        if (give_instant_doses(run.pk, s.doses, s.drug, s.model.body_weight_kg, s.previous_t_h, t_h, s.parameters) >
            0.0)
            run.drug_free = false;
        run.front = Stage::baseline;
        run.front_since_h = t_h;
    }
    const State state = observe(s.model, run, t_h);
    if (state.stage != run.front && state.stage != Stage::baseline) {  // keep the story's place
        run.front = state.stage;
        run.front_since_h = t_h;
    }
    advance(s.model, run, t_h, s.clock.infusing(t_h, s.step_h));
    s.previous_t_h = t_h;
    ++s.taken;
    return state;
}

Trajectory simulate(const Scenario& scenario, const SimulateOptions& options) {
    return simulate(scenario, Trajectory{}, options);
}

Trajectory simulate(const Scenario& scenario, Trajectory&& previous, const SimulateOptions& options) {
    Stepper stepper;
    stepper.start(scenario, options);
    std::vector<State> samples = std::move(previous).take_storage();
    samples.reserve(stepper.sample_count());
    while (!stepper.done()) samples.push_back(stepper.next());
    return Trajectory(stepper.step_h(), std::move(samples));
}

}  // namespace sim
