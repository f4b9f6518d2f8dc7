// One NMDA receptor channel as a stochastic process whose long-run time fractions follow the model (receptor view).
#pragma once
#include <array>
#include <cstdint>

#include "scene/glyphs.hpp"
#include "sim/state.hpp"

namespace scene::channel {

/// Mean rate (per second of animation) of each allowed step of the channel when the two states are
/// equally likely; rarer states are left faster and entered more slowly (see transition_rate_hz()).
inline constexpr double kStepRate_hz = 0.45;
/// The animation restarts the chain from the model's fractions every epoch, so a frame costs a few
/// dozen steps however long the clock has run (starting from the stationary fractions keeps them exact).
inline constexpr double kEpoch_s = 30.0;

inline constexpr int kStates = 5;
/// Index order of the fractions: closed, open, Mg2+-blocked, ketamine in the open channel, trapped.
constexpr int index_of(NmdaState s) { return static_cast<int>(s); }

/// Whose receptor: the split receptor view draws an interneuron's beside a pyramidal neuron's.
enum class Population { interneuron, pyramidal };

/// The model's long-run fractions of time one receptor of `population` spends in each state at the
/// state's time (they add up to 1), at extracellular Mg2+ `magnesium_mM`:
/// - blocked = that population's NMDA block, of which trapped = closed in the model's share (1 - open
///   probability, sim/receptor.hpp closed_blocked_fraction);
/// - Mg2+ = the model's Mg2+-blocked share of that population's free receptors (sim::mg_blocked_fraction);
/// - open: pyramidal as the synapse view's ten receptors (one free receptor in ten at baseline glutamate
///   and firing); interneuron the model's open probability at its firing (kPopen_interneuron = 0.5 at
///   baseline: tonically active, a teaching assumption, see sim/constants.hpp).
std::array<double, kStates> model_fractions(const sim::State& state, Population population, double magnesium_mM);

/// The rate (per second) of the step from state a to b: zero for steps the receptor cannot take
/// (ketamine enters and leaves only the open channel; it is trapped only by the channel closing on
/// it), sqrt(pi_b / pi_a) x kStepRate_hz otherwise, so that detailed balance holds with the fractions.
double transition_rate_hz(const std::array<double, kStates>& fractions, NmdaState a, NmdaState b);

/// The channel at one moment: its state, the state before the last step and how long ago that was.
struct Moment {
    NmdaState state = NmdaState::closed;
    NmdaState previous = NmdaState::closed;
    double since_s = 1e9;  ///< animation seconds since the last step (large at an epoch's start)
    /// Differs from one binding of a ketamine molecule to the next (the same while that molecule stays in the
    /// pore): the view picks the molecule's enantiomer from it.
    std::uint64_t ketamine_entry = 0;
};

/// The channel at animation time `anim_s` following the long-run `fractions` (model_fractions()):
/// deterministic from (fractions, seed, anim_s).
Moment channel_at(const std::array<double, kStates>& fractions, std::uint64_t seed, double anim_s);

/// True in the states where Na+ and Ca2+ flow through the pore (open and not blocked).
constexpr bool conducts(NmdaState s) { return s == NmdaState::open; }
/// True in the states with ketamine in the pore.
constexpr bool ketamine_inside(NmdaState s) { return s == NmdaState::ketamine_open || s == NmdaState::trapped; }

}  // namespace scene::channel
