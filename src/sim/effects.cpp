// Transient side-effect proxies and the choice of the most active mechanism stage.
#include "sim/effects.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>

#include "sim/constants.hpp"
#include "sim/receptor.hpp"

namespace sim {

double relative_potency(Drug drug) { return drug_kd_uM(Drug::racemic) / drug_kd_uM(drug); }

namespace {
double positive(double x) { return std::max(0.0, x); }

constexpr bool story_stages_lead_the_enum() {
    for (std::size_t i = 0; i < kMechanismStages.size(); ++i)
        if (static_cast<std::size_t>(kMechanismStages[i]) != i) return false;
    return true;
}

}  // namespace

/// Score of a story stage (dose .. clinical): its activity over its reference activity.
double stage_score(Stage stage, const State& s) {
    switch (stage) {
        case Stage::dose: {  // drug in plasma that has not yet reached the receptor (plasma - effect site, ng/mL)
            const double plasma_lead_ng_per_ml = s.plasma_ng_per_ml - s.effect_site_uM * k::kMolarMass_g_per_mol;
            return plasma_lead_ng_per_ml * (1.0 / k::kStageRefPlasmaLead_ng_per_ml);
        }
        case Stage::nmda_block: return s.nmda_block_interneuron * (1.0 / k::kStageRefBlock);
        case Stage::disinhibition: return positive(s.pyramidal_rate_rel - 1.0) * (1.0 / k::kStageRefPyramidalExcess);
        case Stage::glutamate_surge: return positive(s.glutamate_rel - 1.0) * (1.0 / k::kStageRefGlutamateExcess);
        case Stage::ampa_bdnf: return positive(s.bdnf_rel - 1.0) * (1.0 / k::kStageRefBdnfExcess);
        case Stage::mtor:
            return std::max(positive(s.mtor_phospho_rel - 1.0) * (1.0 / k::kStageRefMtorExcess),
                            positive(s.synaptic_protein_rel - 1.0) * (1.0 / k::kStageRefProteinExcess));
        case Stage::synaptogenesis: return positive(s.spine_formation) * (1.0 / k::kStageRefSpineFormation);
        default: return s.clinical_effect * (1.0 / k::kStageRefClinical);
    }
}

namespace {

/// The story stage after `stage`.
Stage after(Stage stage) { return static_cast<Stage>(static_cast<int>(stage) + 1); }

}  // namespace

bool stage_blocked(Stage stage, const Experiments& experiments, const Hypotheses& hypotheses) {
    switch (stage) {
        case Stage::disinhibition:
        case Stage::glutamate_surge: return !hypotheses.disinhibition;  // no surge without it (Homayoun 2007)
        case Stage::ampa_bdnf:
            return experiments.nbqx;  // AMPA receptors antagonised (Maeng 2008)
        // mTORC1 inhibited (Li 2010), or not switched on without AMPA throughput (Maeng 2008): the model leaves NBQX
        // 5 % of the throughput (kNbqxAmpaFraction), a residual of at most about a quarter of the standard activity.
        case Stage::mtor:
        case Stage::synaptogenesis: return experiments.rapamycin || experiments.nbqx;
        default: return false;
    }
}

std::array<StageActivity, 8> stage_activities(const State& state, const Experiments& experiments,
                                              const Hypotheses& hypotheses) {
    std::array<StageActivity, 8> strip;
    for (std::size_t i = 0; i < strip.size(); ++i) {
        const Stage stage = kMechanismStages[i + 1];
        strip[i] = {stage, stage_score(stage, state), stage_blocked(stage, experiments, hypotheses)};
    }
    return strip;
}

Stage most_active_stage(const State& s, const StageInputs& in) {
    // The story front moves on (never back) when it has been shown for the minimum dwell and a later
    // stage is more active than the current one, or the current one has faded below the hand-over
    // score. It moves to the next stage that is active (at least kStageMinScore): a step that does not
    // happen in this run (blocked by an experiment, a hypothesis switched off) is skipped, never shown
    // as now. It falls to baseline when nothing is active. Stages before the front do not matter, so
    // their scores are not computed.
    static_assert(story_stages_lead_the_enum(), "the story stages must be Stage(0) .. Stage(8), in order");
    Stage cur = std::clamp(in.front, Stage::dose, Stage::clinical);
    const double current = stage_score(cur, s);
    double leader = current;           // the highest score from the front on
    std::optional<Stage> next_active;  // the first stage after the front that is active and not blocked
    std::optional<Stage> next;         // the first stage after the front that is not blocked
    bool later_leads = false;          // a later stage scores strictly higher than the front
    for (Stage later = after(cur); later <= Stage::clinical; later = after(later)) {
        if (stage_blocked(later, in.experiments, in.hypotheses)) continue;
        const double score = stage_score(later, s);
        if (!next) next = later;
        if (!next_active && score >= k::kStageMinScore) next_active = later;
        if (score > leader) {
            leader = score;
            later_leads = true;
        }
    }
    // While the front is still active, only its successor may take over (it is not skipped for being late).
    if (current >= k::kStageMinScore && next_active != next) next_active.reset();
    const bool dwelt = in.front_age_min >= k::kStageMinDwell_min;
    if (dwelt && next_active) {
        const bool hand_over = current < k::kStageHandOverScore;
        if (later_leads || hand_over) cur = *next_active;
    }
    // A slowly absorbed dose (oral) stays at the dose stage until something downstream is active.
    const bool absorbing = in.front == Stage::dose && cur == Stage::dose;
    if (!absorbing && leader < k::kStageMinScore) return Stage::baseline;
    return cur;
}

}  // namespace sim
