// Work that is never lost: undo/redo of scenario changes, unsaved-change checks, the state a lesson replaces
// (restored when leaving it) and repeated courses that the pinned comparison follows.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "sim/scenario.hpp"

namespace session {

struct Session;

/// Undo and redo stacks of whole scenarios. A change becomes one undo step when it is committed: once no
/// control is being edited any more (a slider drag is one step, not one per frame).
struct ScenarioHistory {
    std::vector<sim::Scenario> undo_stack;   ///< oldest first
    std::vector<sim::Scenario> redo_stack;   ///< the most recently undone last
    std::optional<sim::Scenario> committed;  ///< the scenario as of the last commit (none before the first note)
};

/// The most undo steps kept; older ones are dropped.
inline constexpr std::size_t kMaxUndoSteps = 200;

/// Called once a frame: when the scenario differs from the last committed one and `editing` is false (no
/// slider is being dragged, no value typed), the previous scenario becomes an undo step and redo is cleared.
void note_scenario(Session& session, bool editing);
/// Back to the scenario before the last change (an uncommitted change counts as one). False when none.
bool undo_scenario(Session& session);
/// Re-applies the change last undone. False when none.
bool redo_scenario(Session& session);
bool can_undo(const Session& session);
bool can_redo(const Session& session);

/// The scenario differs from the preset or file it came from ("(modified)" beside the preset's name).
bool scenario_modified(const Session& session);
/// The scenario has changes that were neither loaded nor saved: starting a lesson would replace them.
bool has_unsaved_changes(const Session& session);

/// `count` doses like the first, every `every_h` hours; the span covers three weeks after the last dose.
void set_course(sim::Scenario& scenario, int count, double every_h);
/// The simulated span never ends before three weeks after the last dose (clamped to the model's limits).
void fit_span_to_doses(sim::Scenario& scenario);
/// A repeated course for the scenario and, with the same timing, for the pinned comparison run (which keeps
/// its own drug, amounts and experiments), so a comparison stays like with like.
void apply_course(Session& session, int count, double every_h);
/// The pinned comparison run was given on another schedule (dose times or count) than the current run.
bool pinned_schedule_differs(const Session& session);

}  // namespace session
