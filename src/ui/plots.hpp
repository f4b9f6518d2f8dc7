// The model's plots: which quantities each shows (with units and sources), and the strip that draws them.
#pragma once
#include <string>

#include "session/view/plot_defs.hpp"
#include "session/session.hpp"
#include "ui/panels.hpp"

namespace ui {

/// Draws the chosen plots in a grid filling the current window's remaining space (scrolls when
/// they do not fit), their backgrounds into the frame's backdrops. Clicking or dragging a plot moves the time cursor.
void draw_plot_grid(session::Session& session, Panels& panels, FrameOutput& out);

/// One plot (by id) of the first span_h hours filling the current window's remaining space, in the current font:
/// presenter mode's large key plot of a lesson step. Clicking or dragging it moves the time cursor.
void draw_single_plot(session::Session& session, Panels& panels, FrameOutput& out, const std::string& id, double span_h);

/// The plot chooser (checkboxes), for a menu or popup.
void draw_plot_chooser(session::Session& session);

}  // namespace ui
