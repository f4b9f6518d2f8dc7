// Colours for both themes (dark projector and light), chosen for contrast: plot series, badges, links,
// highlights.
#pragma once
#include <imgui.h>

#include <cstddef>
#include <string_view>

#include "scene/scene.hpp"

namespace ui {

/// Applies the colour theme and sizes for the scale (ImGui's style, adjusted for contrast).
void apply_theme(scene::Theme theme, float scale);

/// Colour of the i-th series of a plot (cycles through a palette readable on the theme).
ImU32 series_color(scene::Theme theme, std::size_t index);

/// Badge colour for a fact-check verdict (wrong, misleading, overstated, incomplete, unsupported,
/// unverified), with white text on it.
ImVec4 verdict_color(std::string_view verdict);
/// The verdict's colour for text written on the window's background.
ImVec4 verdict_text_color(scene::Theme theme, std::string_view verdict);

/// Colours for links to glossary terms and the highlighted quote in a source text.
ImVec4 link_color(scene::Theme theme);
ImU32 highlight_color(scene::Theme theme);

/// What a coloured answer or warning says; choice_* are the presenter's answer buttons (text on them).
enum class Status { right, wrong, caution, choice_right, choice_wrong };
ImVec4 status_color(scene::Theme theme, Status status);

}  // namespace ui
