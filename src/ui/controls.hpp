// The scenario controls panel: presets, dose schedule, patient, drug, the studied-range note, virtual
// experiments, hypotheses, the dose-response view, advanced.
#pragma once
#include "session/view/dose_response_view.hpp"
#include "session/session.hpp"

namespace ui {

/// Draws the controls into the current window; any change recomputes the trajectory at once.
/// Returns true when the scenario changed this frame. `dose_response` caches the dose-response view.
bool draw_scenario_controls(session::Session& session, session::DoseResponseView& dose_response);

/// Resets every control to the scenario the session started from (the chosen preset).
void reset_all(session::Session& session);

}  // namespace ui
