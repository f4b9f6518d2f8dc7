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
double stage_score(Stage stage, const State& s, const StageInputs& in) {
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
        case Stage::synaptogenesis: return positive(in.spine_formation) * (1.0 / k::kStageRefSpineFormation);
        default: return s.clinical_effect * (1.0 / k::kStageRefClinical);
    }
}

namespace {

/// The story stage after `stage`.
Stage after(Stage stage) { return static_cast<Stage>(static_cast<int>(stage) + 1); }

}  // namespace

Stage most_active_stage(const State& s, const StageInputs& in) {
    // The story front moves on (never back) when it has been shown for the minimum dwell and a later
    // stage is more active than the current one, or the current one has faded below the hand-over
    // score. It moves to the next stage that is active (at least kStageMinScore): a step that does not
    // happen in this run (blocked by an experiment, a hypothesis switched off) is skipped, never shown
    // as now. It falls to baseline when nothing is active. Stages before the front do not matter, so
    // their scores are not computed.
    static_assert(story_stages_lead_the_enum(), "the story stages must be Stage(0) .. Stage(8), in order");
    Stage cur = std::clamp(in.front, Stage::dose, Stage::clinical);
    const double current = stage_score(cur, s, in);
    double leader = current;           // the highest score from the front on
    std::optional<Stage> next_active;  // the first stage after the front that is active
    bool later_leads = false;          // a later stage scores strictly higher than the front
    for (Stage later = after(cur); later <= Stage::clinical; later = after(later)) {
        const double score = stage_score(later, s, in);
        if (!next_active && score >= k::kStageMinScore) next_active = later;
        if (score > leader) {
            leader = score;
            later_leads = true;
        }
    }
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
