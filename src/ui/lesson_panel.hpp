// The lesson panel: choose a lesson, read the step, answer the "predict, then run" question, move between
// steps.
#pragma once
#include "session/session.hpp"
#include "ui/panels.hpp"

namespace ui {

/// Draws the lesson tab into the current window.
void draw_lesson_panel(session::Session& app, Panels& panels);

}  // namespace ui
