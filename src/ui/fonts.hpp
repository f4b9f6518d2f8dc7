// The UI's fonts: regular, bold, large and caption sizes, with the glyph ranges the content uses.
#pragma once
#include <imgui.h>

#include "session/view/layout.hpp"

namespace ui {

enum class FontRole { regular = 0, bold = 1, large = 2, caption = 3 };

/// The font for a role (ImGui's default font when the atlas has fewer fonts).
ImFont* font(FontRole role);

/// Glyph ranges: Latin, Latin-1 and Extended-A, Greek, punctuation, super/subscripts, arrows, maths, shapes.
const ImWchar* glyph_ranges();

}  // namespace ui
