// Painter: small helpers that append shapes, curves, arrows and labels to a SceneFrame in one style.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "scene/frame.hpp"
#include "scene/palette.hpp"
#include "scene/scene.hpp"

namespace scene {

/// What every view builder needs: the frame being filled, the palette and the pixel scales.
struct Painter {
    SceneFrame& frame;
    Palette pal;
    ViewOptions options;
    std::uint64_t seed = 0;
    double anim_s = 0.0;
    float px_per_world = 1.0f;  ///< output pixels per world unit
    float stroke = 1.0f;        ///< multiplies line widths (1 at 1080 lines)
    float text = 1.0f;          ///< multiplies text sizes (ViewOptions::text_scale)
    float world_text = 1.0f;    ///< scales labels in the picture to its size (see the constructor)
    float min_text_px = 0.0f;   ///< no label smaller than this, pixels (ViewOptions::min_text_px x text_scale)

    Painter(SceneFrame& f, const ViewOptions& o, std::uint64_t s, double t);

    /// The pixel size of screen text laid out at size_px at text scale 1 (never below min_text_px).
    float screen_text_px(float size_px) const;
    /// The pixel size of a label in the picture laid out at size_px (scaled with the picture, never below
    /// min_text_px).
    float picture_text_px(float size_px) const;

    /// Where shapes, screen shapes and labels go: the cached backdrop (true) or the per-frame layers.
    void use_backdrop(bool on);
    std::vector<Instance>& shapes() { return *shapes_; }

    // World-space shapes (appended to frame.instances).
    Instance& circle(glm::vec2 c, float r, Rgba fill, Tag tag = Tag::none);
    Instance& ellipse(glm::vec2 c, glm::vec2 radii, float rotation_rad, Rgba fill, Tag tag = Tag::none);
    Instance& box(glm::vec2 c, glm::vec2 half, float corner, Rgba fill, Tag tag = Tag::none);
    Instance& glow(glm::vec2 c, float r, Rgba color);
    /// A diamond (the ketamine molecule glyph).
    Instance& diamond(glm::vec2 c, float half_diagonal, Rgba fill, Rgba edge, Tag tag = Tag::none);
    /// A straight stroke from a to b, width in (unscaled) screen pixels; dash_px > 0 dashes it.
    Instance& segment(glm::vec2 a, glm::vec2 b, float width_px, Rgba color, float dash_px = 0.0f);
    /// A fat rod from a to b with a world-unit radius (neurites, spine necks).
    Instance& rod(glm::vec2 a, glm::vec2 b, float radius, Rgba fill, float outline_px = 0.0f, Rgba edge = {});
    /// A polyline of strokes; dash phase continues from segment to segment.
    void curve(const std::vector<glm::vec2>& points, float width_px, Rgba color, float dash_px = 0.0f);
    /// An arrow from a to b with a triangular head; dashed arrows mark contested steps.
    void arrow(glm::vec2 a, glm::vec2 b, float width_px, Rgba color, bool dashed = false);
    /// A rounded node box sized to its text, with the text inside; dashed outline when contested.
    void node(glm::vec2 c, const std::string& text, Rgba edge, Rgba fill, bool dashed, float size_px = 14.0f);

    // Labels.
    /// A world-anchored label (size in unscaled px), with a halo so it reads over the picture.
    Label& label(glm::vec2 at, const std::string& text, float size_px, Align align = Align::center, bool bold = false);
    /// A label at `at` with a thin leader line to `target` (stops short of the text).
    void callout(glm::vec2 at, glm::vec2 target, const std::string& text, Align align, float size_px = 15.0f);
    /// A screen-space label: pixels from the top left (size in unscaled px).
    Label& screen_label(glm::vec2 at_px, const std::string& text, float size_px, Rgba color, Align align = Align::left,
                        bool bold = false);

    // Screen-space shapes (appended to frame.overlay; pixels, y down).
    Instance& overlay_box(glm::vec2 min_px, glm::vec2 max_px, float corner_px, Rgba fill, float outline_px = 0.0f,
                          Rgba edge = {});
    Instance& overlay(Instance shape);

    /// The estimated width of `text` at `size_px` in pixels (the renderer measures exactly; layout
    /// only needs a close upper bound).
    static float text_width_px(const std::string& text, float size_px);
    float world(float px) const { return px / px_per_world; }

private:
    std::vector<Instance>* shapes_;
    std::vector<Instance>* screen_;
    std::vector<Label>* texts_;
};

/// Points of a cubic Bezier curve from p0 to p3, `segments` + 1 of them.
std::vector<glm::vec2> bezier(glm::vec2 p0, glm::vec2 p1, glm::vec2 p2, glm::vec2 p3, int segments = 16);
/// The point at fraction u (0..1) of the polyline's length, and the direction there.
glm::vec2 along(const std::vector<glm::vec2>& points, float u, glm::vec2* direction = nullptr);

/// `text` on two lines, broken at the space nearest its middle.
std::string two_lines(std::string text);

}  // namespace scene
