// The one rectangle type of the program: layout, picture area, clips, backdrops and overlays all use it.
#pragma once
#include <algorithm>

namespace scene {

/// An axis-aligned rectangle: its top left corner (x, y; y grows downwards) and its size, in pixels unless the
/// user says otherwise (ImGui's display units for the panel layout).
struct Rect {
    float x = 0.0f, y = 0.0f, w = 0.0f, h = 0.0f;

    bool empty() const { return !(w > 0.0f && h > 0.0f); }
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    /// The part this rectangle shares with `other` (empty when they do not overlap).
    Rect intersect(const Rect& other) const {
        const float x0 = std::max(x, other.x), y0 = std::max(y, other.y);
        return {x0, y0, std::max(0.0f, std::min(right(), other.right()) - x0),
                std::max(0.0f, std::min(bottom(), other.bottom()) - y0)};
    }
    Rect scaled(float factor) const { return {x * factor, y * factor, w * factor, h * factor}; }
    bool operator==(const Rect&) const = default;
};

}  // namespace scene
