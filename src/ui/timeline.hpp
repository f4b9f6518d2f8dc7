// The timeline: play/pause/step controls, speed, a scrubbable segmented time bar with event markers,
// jump-to-stage.
#pragma once
#include <optional>
#include <vector>

#include "session/session.hpp"
#include "session/view/timeline_axis.hpp"

namespace ui {

/// Draws the transport row and the time bar into the current window (compact: presenter mode's short
/// version).
void draw_timeline(session::Session& session, bool compact);

/// The event nearest to bar position `frac` within `tolerance_frac`, for snapping a click onto a marker.
std::optional<double> snap_to_event(const std::vector<session::TimelineEvent>& events, const session::TimeAxis& axis,
                                    double frac, double tolerance_frac);

/// Height of the time bar widget for the current font, pixels.
float time_bar_height();

}  // namespace ui
