// Opaque rectangles behind the panels, cleared by the compositor instead of blended by ImGui (cheap on
// software GL).
#pragma once
#include <vector>

#include "scene/rect.hpp"

namespace ui {

/// An opaque rectangle behind the panels, in ImGui's display coordinates, with its colour (0..1).
/// The panels draw no background of their own: the compositor clears these rectangles first, which
/// costs almost nothing even on a software renderer (blended full-panel fills cost milliseconds).
struct Backdrop {
    scene::Rect rect;
    float r = 0.0f, g = 0.0f, b = 0.0f;
    bool panel = false;  ///< a docked panel's whole window (not a plot's background inside one)
};

using Backdrops = std::vector<Backdrop>;

}  // namespace ui
