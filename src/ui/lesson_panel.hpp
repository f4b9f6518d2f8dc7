// The lesson panel: choose a lesson, read the step, answer the "predict, then run" question, move between
// steps.
#pragma once
#include "ui/app_state.hpp"

namespace ui {

/// Draws the lesson tab into the current window.
void draw_lesson_panel(AppState& app);

/// Loads the lesson file at `path` and starts it; on error the one-line message goes to app.lesson.error.
bool open_lesson_file(AppState& app, const std::string& path);

}  // namespace ui
