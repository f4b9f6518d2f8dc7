// Transient side-effect proxies (dissociation, blood pressure) and the most-active mechanism stage.
#pragma once
#include <algorithm>
#include <array>

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
    Stage front = Stage::baseline;  ///< the latest stage reached since the last dose started
    Experiments experiments;        ///< the scenario's experiments: a stage they block is skipped
    Hypotheses hypotheses;          ///< the scenario's hypotheses: a stage switched off is skipped
    double front_age_min = 0.0;     ///< how long the story front has been at `front`, minutes
};

/// How active a story stage (dose .. clinical) is in this state: its activity over its reference activity
/// (about 1 at its peak after the standard infusion). Below kStageMinScore the stage is not happening.
double stage_score(Stage stage, const State& state);

/// True when the scenario's experiments or hypotheses stop `stage` (it is greyed in the stage strip and never the
/// most active stage): rapamycin stops mTORC1 and the new spines, NBQX the AMPA/BDNF step, mTORC1 and the spines
/// (the model keeps a residual below a third of their standard activity), the disinhibition hypothesis switched off
/// the disinhibition and the glutamate surge. The others stay below kStageMinScore.
bool stage_blocked(Stage stage, const Experiments& experiments, const Hypotheses& hypotheses);

/// One story stage's activity now, as the stage strip shows it.
struct StageActivity {
    Stage stage = Stage::dose;
    double score = 0.0;    ///< stage_score(): about 1 at its peak after the standard infusion
    bool blocked = false;  ///< stage_blocked(): greyed, never now
};
/// Every story stage (dose .. clinical) in story order with its activity in `state`.
std::array<StageActivity, 8> stage_activities(const State& state, const Experiments& experiments,
                                              const Hypotheses& hypotheses);

/// The mechanism step most active in this state. Each stage's activity is divided by its reference
/// activity (about its peak after the standard infusion); the story front moves on one stage at a
/// time, after at least kStageMinDwell_min, once a later stage is more active or the current
/// one has faded. While the current stage is still active it hands over only to the next stage that is not
/// blocked (a slow step that has not begun yet, such as the spines an hour after the dose, is waited for, not
/// skipped); once it is inactive, to the next stage that is active. After each dose the stages that happen are
/// shown in story order, a blocked stage (stage_blocked()) is never shown; baseline when nothing is active.
Stage most_active_stage(const State& state, const StageInputs& inputs);

}  // namespace sim
