// Keeps unchanged docked panels in the frame between frames: only panels whose ImGui draw lists changed are redrawn.
#pragma once
#include <cstdint>
#include <vector>

#include "render/renderer.hpp"
#include "scene/frame.hpp"
#include "scene/rect.hpp"
#include "ui/backdrop.hpp"

struct ImDrawData;

namespace app {

/// On a software renderer every panel costs about a millisecond to draw, mostly for its text. The
/// docked panels (each an opaque backdrop rectangle with its windows inside) rarely change from one
/// frame to the next, so the frame keeps last frame's pixels for those whose draw lists are the same
/// and that no floating window (a tooltip, a menu, a dialog) covers now or covered last frame.
class PanelCache {
public:
    /// True when the target still holds last frame's panels for this layout (size, scene area, scale and
    /// theme folded into one key): the scene may then leave everything outside its area alone.
    bool keeps(std::uint64_t layout_key) const { return valid_ && layout_key == layout_key_; }

    /// Forgets the panels (the target was drawn without them, or resized).
    void invalidate() { valid_ = false; }

    /// Draws this frame's panels over the scene, which covers `scene_area_px` (framebuffer pixels): all of
    /// them (after clearing their backdrops; those of the colour `cleared` are skipped when given) unless
    /// keeps(layout_key), else only those that changed or lie under a floating window; floating windows last.
    void draw(render::Renderer& target, ImDrawData& data, const ui::Backdrops& backdrops,
              const scene::Rect& scene_area_px, std::uint64_t layout_key, const scene::Rgba* cleared);

    /// How many panels the last draw() drew (all of them when nothing was kept).
    int panels_drawn() const { return panels_drawn_; }

    /// A docked panel the target holds: its root window's name and what it drew, as hashes.
    struct Panel {
        std::uint64_t name_hash = 0;
        std::uint64_t content_hash = 0;
    };

private:
    std::vector<Panel> panels_;          ///< the docked panels the target holds, in draw order
    std::vector<scene::Rect> floating_;  ///< where last frame's floating windows drew, ImGui coordinates
    std::uint64_t layout_key_ = 0;
    bool valid_ = false;
    int panels_drawn_ = 0;
};

}  // namespace app
