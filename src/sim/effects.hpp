// Transient side-effect proxies (dissociation, blood pressure) and the most-active mechanism stage.
#pragma once
#include <algorithm>

#include "sim/constants.hpp"
#include "sim/scenario.hpp"
#include "sim/stage.hpp"
#include "sim/state.hpp"

namespace sim {

/// Potency of the drug relative to racemic ketamine at the NMDA receptor (Kd_racemic / Kd_drug).
double relative_potency(Drug drug);

/// Dissociation 0..1 from the racemic-equivalent effect-site concentration (effect site ng/mL x relative
/// potency): psychedelic/dissociative effects rise linearly from 50 to 200 ng/mL racemic (Bowdle 1998).
inline double dissociation_fraction(double racemic_equivalent_ng_per_ml) {
    constexpr double kInvSpan = 1.0 / (k::kDissociationFull_ng_per_ml - k::kDissociationStart_ng_per_ml);
    return std::clamp((racemic_equivalent_ng_per_ml - k::kDissociationStart_ng_per_ml) * kInvSpan, 0.0, 1.0);
}

/// Change of mean arterial pressure (mmHg) from the racemic-equivalent effect-site concentration (ng/mL):
/// a sympathomimetic rise with Hill coefficient 2, dBP = Emax c^2 / (c^2 + EC50^2).
inline double bp_change_mmHg(double racemic_equivalent_ng_per_ml) {
    const double c = std::max(0.0, racemic_equivalent_ng_per_ml);
    constexpr double kEc50Squared = k::kBpEc50_ng_per_ml * k::kBpEc50_ng_per_ml;
    return k::kBpMax_mmHg * c * c / (c * c + kEc50Squared);
}

/// What the stage choice needs beyond the State.
struct StageInputs {
    double spine_formation = 0.0;   ///< spine formation signal (dimensionless)
    Stage front = Stage::baseline;  ///< the latest stage reached since the last dose started
    double front_age_min = 0.0;     ///< how long the story front has been at `front`, minutes
};

/// How active a story stage (dose .. clinical) is in this state: its activity over its reference activity
/// (about 1 at its peak after the standard infusion). Below kStageMinScore the stage is not happening.
double stage_score(Stage stage, const State& state, const StageInputs& inputs);

/// The mechanism step most active in this state. Each stage's activity is divided by its reference
/// activity (about its peak after the standard infusion); the story front moves on one stage at a
/// time, after at least kStageMinDwell_min, once a later stage is more active or the current
/// one has faded, to the next stage that is active: after each dose the stages that happen are shown in
/// story order, and a stage that does not happen (blocked) is never shown; baseline when nothing is active.
Stage most_active_stage(const State& state, const StageInputs& inputs);

}  // namespace sim
