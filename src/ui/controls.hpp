// The scenario controls panel: presets, dose schedule, patient, drug, virtual experiments, hypotheses,
// advanced.
#pragma once
#include "session/session.hpp"

namespace ui {

/// Draws the controls into the current window; any change recomputes the trajectory at once.
/// Returns true when the scenario changed this frame.
bool draw_scenario_controls(session::Session& app);

/// Resets every control to the scenario the session started from (the chosen preset).
void reset_all(session::Session& app);

}  // namespace ui
