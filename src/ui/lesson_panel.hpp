// The lesson panel: choose a lesson, read the step, answer the "predict, then run" question, move between
// steps.
#pragma once
#include "session/session.hpp"
#include "ui/panels.hpp"

namespace ui {

/// Draws the lesson tab into the current window.
void draw_lesson_panel(session::Session& session, Panels& panels);

/// Starts the lesson at `path`, or first asks (a dialog) when the scenario has unsaved changes.
void ask_to_start_lesson(session::Session& session, Panels& panels, const std::string& path);
/// The question asked by ask_to_start_lesson, while one is pending.
void draw_lesson_confirm(session::Session& session, Panels& panels);
/// The welcome (first start, Help > Getting started): what the program is, the lessons, the notice.
void draw_welcome(session::Session& session, Panels& panels);

}  // namespace ui
