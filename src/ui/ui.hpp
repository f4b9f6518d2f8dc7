// The ImGui interface: fonts, theme and the panels drawn each frame over the scene (no GL calls).
#pragma once
#include <string>

#include "ui/app_state.hpp"

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

/// Draws every panel for this frame; call between ImGui::NewFrame() and ImGui::Render().
void draw(AppState& app);

}  // namespace ui
