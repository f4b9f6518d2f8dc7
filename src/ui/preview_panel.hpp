// The "Video" tab: choose a recording script or lesson, play / pause / scrub its preview, copy the render command.
#pragma once
#include "session/session.hpp"
#include "ui/panels.hpp"

namespace ui {

/// Draws the video tab into the current window (a file asked for from the browser's picker: a request in `out`).
void draw_preview_panel(session::Session& session, Panels& panels, FrameOutput& out);

/// Shows the video tab (File > Preview recording script...): the left panel opens on it.
void show_preview_tab(session::Session& session, Panels& panels);

}  // namespace ui
