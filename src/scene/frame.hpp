// SceneFrame: one frame of the picture as plain data (shapes, lines, labels), built without any GL.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

namespace scene {

using Rgba = glm::vec4;  ///< linear 0..1 colour with alpha

/// Signed-distance shapes the renderer draws in one instanced pass.
enum class Shape : std::uint32_t { circle = 0, ring = 1, box = 2, capsule = 3 };

/// One SDF shape. Positions and sizes are in world units (the camera maps them to pixels);
/// outline widths are in screen pixels so lines stay crisp at any resolution.
struct Instance {
    glm::vec2 center{0.0f};
    glm::vec2 half_size{1.0f};     ///< radius for circles/rings (x), half extents for boxes/capsules
    float rotation_rad = 0.0f;
    float corner_radius = 0.0f;    ///< rounded boxes, world units
    float outline_px = 0.0f;       ///< outline width, screen pixels (0 = none)
    float dash_period_px = 0.0f;   ///< > 0 draws the outline dashed (contested steps), screen pixels
    Rgba fill{1.0f};
    Rgba outline{0.0f, 0.0f, 0.0f, 1.0f};
    Shape shape = Shape::circle;
};

/// A polyline with a width in screen pixels (membranes, axons, arrows' shafts).
struct Polyline {
    std::vector<glm::vec2> points;  ///< world units
    float width_px = 2.0f;
    float dash_period_px = 0.0f;    ///< > 0 for dashed lines
    Rgba color{1.0f};
};

enum class Align : std::uint8_t { left, center, right };

/// Text placed in the scene, sized in screen pixels (scaled with the output resolution by the builder).
struct Label {
    glm::vec2 anchor{0.0f};  ///< world units, or pixels when screen_space
    std::string text;
    float size_px = 18.0f;
    Rgba color{1.0f};
    Align align = Align::center;
    bool screen_space = false;
};

/// The camera: which world rectangle maps onto the output image.
struct Camera {
    glm::vec2 center{0.0f};  ///< world units
    float half_height = 10.0f;  ///< world units visible above (and below) the centre
};

struct SceneFrame {
    Rgba background{0.08f, 0.09f, 0.12f, 1.0f};
    Camera camera;
    std::vector<Instance> instances;  ///< drawn in order (back to front)
    std::vector<Polyline> lines;      ///< drawn before instances
    std::vector<Label> labels;        ///< drawn last
};

}  // namespace scene
