// Transient side-effect proxies and the choice of the most active mechanism stage.
#include "sim/effects.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

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

Stage most_active_stage(const State& s, const StageInputs& in) {
    // Dose: drug in plasma that has not yet reached the receptor (plasma - effect site, ng/mL).
    const double plasma_lead_ng_per_ml = s.plasma_ng_per_ml - s.effect_site_uM * k::kMolarMass_g_per_mol;
    const std::array<double, 8> score = {
        plasma_lead_ng_per_ml * (1.0 / k::kStageRefPlasmaLead_ng_per_ml),
        s.nmda_block_interneuron * (1.0 / k::kStageRefBlock),
        positive(s.pyramidal_rate_rel - 1.0) * (1.0 / k::kStageRefPyramidalExcess),
        positive(s.glutamate_rel - 1.0) * (1.0 / k::kStageRefGlutamateExcess),
        positive(s.bdnf_rel - 1.0) * (1.0 / k::kStageRefBdnfExcess),
        std::max(positive(s.mtor_phospho_rel - 1.0) * (1.0 / k::kStageRefMtorExcess),
                 positive(s.synaptic_protein_rel - 1.0) * (1.0 / k::kStageRefProteinExcess)),
        positive(in.spine_formation) * (1.0 / k::kStageRefSpineFormation),
        s.clinical_effect * (1.0 / k::kStageRefClinical),
    };
    // The story front moves one stage on (never back) when it has been shown for the minimum dwell
    // and a later stage is more active than the current one, or the current one has faded below
    // the hand-over score; it falls to baseline when nothing is active.
    // kMechanismStages[0] is baseline, so story stage i (1..8) has score[i - 1].
    static_assert(story_stages_lead_the_enum(), "story stage i must be Stage(i)");
    std::size_t cur = std::min(score.size() - 1, static_cast<std::size_t>(std::max(1, static_cast<int>(in.front))) - 1);
    const auto first = score.begin() + static_cast<std::ptrdiff_t>(cur);
    const auto leader = std::max_element(first, score.end());
    const bool dwelt = in.front_age_min >= k::kStageMinDwell_min;
    if (dwelt && cur + 1 < score.size()) {
        const bool later_leads = leader != first && *leader >= k::kStageMinScore;
        const bool hand_over = score[cur] < k::kStageHandOverScore && score[cur + 1] >= k::kStageMinScore;
        if (later_leads || hand_over) ++cur;
    }
    // A slowly absorbed dose (oral) stays at the dose stage until something downstream is active.
    const bool absorbing = in.front == Stage::dose && cur == 0;
    if (!absorbing && *leader < k::kStageMinScore) return Stage::baseline;
    return kMechanismStages[cur + 1];
}

}  // namespace sim
