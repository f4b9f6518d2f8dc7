// The ImGui interface: fonts, theme and the panels drawn each frame over the scene (no GL calls).
#pragma once
#include <string>

#include "session/view/layout.hpp"
#include "session/session.hpp"
#include "ui/panels.hpp"

namespace ui {

struct FontPaths {
    std::string regular;  ///< TrueType/OpenType file; empty = ImGui's built-in font
    std::string bold;
};

/// (Re)builds the font atlas for the given total scale (UI scale x DPI scale): regular, bold, large
/// and caption fonts. The caller uploads it.
void load_fonts(const FontPaths& fonts, float scale);

/// Applies the colour theme and sizes for the scale.
void apply_style(scene::Theme theme, float scale);

/// Sets ImGui's IO options the UI relies on (keyboard navigation, no ini file). Call once after
/// CreateContext.
void configure_io();

/// True while the panels are driven by the keyboard (entered with Ctrl+Tab, ImGui's window switcher):
/// arrows, Space and Esc then belong to the panel. A mouse click anywhere ends it.
bool keyboard_navigating();

/// Draws every panel for this frame into `layout` (session::compute_layout for this frame's display size and
/// panel scale: the compositor computes it before the scene, so both agree from the first frame); call between
/// ImGui::NewFrame() and ImGui::Render(). Returns the panels' backdrops and requests.
FrameOutput draw(session::Session& session, Panels& panels, const session::Layout& layout);

}  // namespace ui
