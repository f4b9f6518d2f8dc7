// SDL2 input shared by the desktop window and the web page: events to ImGui or to the global shortcuts, and
// ImGui's SDL frame start in drawable pixels.
#pragma once
#include "session/session.hpp"

namespace app {

/// Polls every pending SDL event. Key presses that are global shortcuts (session::key_action) act on the
/// session (session::apply_action) and do not reach ImGui, so that, e.g., Space does not also press a focused
/// button; everything else goes to ImGui's SDL backend. Returns what the shortcuts (and closing the window) asked.
session::Requests poll_events(session::Session& session);

/// ImGui_ImplSDL2_NewFrame, then the display size, the mouse and a framebuffer scale of 1 in drawable pixels: the
/// panels are laid out in the pixels they are drawn in, at the scale the compositor chose (on a HiDPI screen the
/// window's logical size is smaller than its drawable size).
void sdl_new_frame();

}  // namespace app
