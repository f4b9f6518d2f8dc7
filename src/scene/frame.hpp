// SceneFrame: one frame of the picture as plain data (shapes, lines, labels), built without any GL.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

namespace scene {

using Rgba = glm::vec4;  ///< sRGB 0..1 colour (written to the 8-bit target as is) with straight alpha

/// Signed-distance shapes the renderer draws in one instanced pass.
enum class Shape : std::uint32_t {
    circle = 0,    ///< radius half_size.x
    ring = 1,      ///< radius half_size.x, half thickness half_size.y
    box = 2,       ///< rounded by corner_radius
    capsule = 3,   ///< a stadium along local x: half length half_size.x, radius half_size.y
    triangle = 4,  ///< isosceles, apex at local +y: half base half_size.x, half height half_size.y
    glow = 5,      ///< soft radial falloff of the fill, radius half_size.x (no outline)
    ellipse = 6,   ///< semi-axes half_size
};

/// What an instance depicts: ignored by the renderer, read by tests (and hit-testing, if ever).
enum class Tag : std::uint16_t {
    none = 0,
    glutamate,    ///< one glutamate molecule
    ketamine,     ///< one free ketamine molecule
    nmda_closed,  ///< NMDA receptor body, one per receptor, by state
    nmda_open,
    nmda_mg_blocked,
    nmda_ketamine_blocked,  ///< ketamine in the open channel
    nmda_trapped,           ///< ketamine trapped in a closed channel
    ampa_idle,              ///< AMPA receptor body, one per receptor
    ampa_active,
    bdnf,       ///< one BDNF dimer
    trkb_idle,  ///< TrkB receptor, one per receptor
    trkb_active,
    mtor,     ///< the mTORC1 node (its glow's alpha follows phospho-mTOR)
    protein,  ///< one newly made synaptic protein
    vesicle,
    spike_interneuron,  ///< one travelling action potential on the interneuron's axon
    spike_pyramidal,    ///< one travelling action potential on the pyramidal axon
    soma_interneuron,
    soma_pyramidal,
    spine,                         ///< a spine head, grown fully
    spine_new,                     ///< a spine head above the scenario's baseline density (grown fully)
    spine_growing,                 ///< the spine now growing (partly grown)
    spine_lost,                    ///< the ghost of a spine lost below the healthy density
    receptor_interneuron_free,     ///< NMDA receptor on the interneuron (circuit view), unblocked
    receptor_interneuron_blocked,  ///< NMDA receptor on the interneuron, ketamine-blocked
    legend,                        ///< legend swatches and panels
    ion,                           ///< a Na+ or Ca2+ ion passing the open pore (receptor view)
    magnesium,                     ///< the Mg2+ ion in or leaving the pore (receptor view)
    glycine,                       ///< the co-agonist glycine on its site or near it (receptor view)
    bound_ketamine,                ///< the ketamine molecule in, entering or leaving the pore (receptor view)
    voltage_marker,                ///< the membrane-potential marker (receptor view)
    flux,                          ///< one particle of flux along a pathway arrow (signalling view)
    experiment_cut,                ///< the bar a virtual experiment puts across its step (signalling view)
    enantiomer_s,                  ///< the side group that marks a ketamine molecule as S (receptor view)
    enantiomer_r,                  ///< the side group that marks a ketamine molecule as R (receptor view)
    stage_strip,                   ///< the HUD's stage strip: a step's activity bar, its track and cut
};

/// One SDF shape. Positions and sizes are in world units (the camera maps them to pixels);
/// outline widths are in screen pixels so lines stay crisp at any resolution.
struct Instance {
    glm::vec2 center{0.0f};
    glm::vec2 half_size{1.0f};  ///< see Shape for the meaning per shape
    float rotation_rad = 0.0f;
    float corner_radius = 0.0f;   ///< rounded boxes and triangles, world units
    float outline_px = 0.0f;      ///< outline width, screen pixels (0 = none)
    float dash_period_px = 0.0f;  ///< > 0 draws the outline (or, with no outline, the fill) dashed
    float dash_offset_px = 0.0f;  ///< phase of the dash pattern, screen pixels
    Rgba fill{1.0f};
    Rgba outline{0.0f, 0.0f, 0.0f, 1.0f};
    Shape shape = Shape::circle;
    Tag tag = Tag::none;
};

/// A polyline with a width in screen pixels (membranes, axons, arrows' shafts).
struct Polyline {
    std::vector<glm::vec2> points;  ///< world units
    float width_px = 2.0f;
    float dash_period_px = 0.0f;  ///< > 0 for dashed lines
    Rgba color{1.0f};
};

enum class Align : std::uint8_t { left, center, right };

/// Text placed in the scene, sized in screen pixels (scaled with the output resolution by the builder).
/// The anchor is the vertical centre of the text block; lines are separated by '\n'.
struct Label {
    glm::vec2 anchor{0.0f};  ///< world units, or pixels from the top-left corner when screen_space
    std::string text;        ///< UTF-8
    float size_px = 18.0f;
    Rgba color{1.0f};
    Align align = Align::center;
    bool screen_space = false;
    bool bold = false;
    Rgba halo{0.0f, 0.0f, 0.0f, 0.0f};  ///< a soft outline behind the glyphs (alpha 0 = none)
};

/// The camera: which world rectangle maps onto the output image.
struct Camera {
    glm::vec2 center{0.0f};     ///< world units
    float half_height = 10.0f;  ///< world units visible above (and below) the centre
};

/// Draw order: backdrop, backdrop_overlay, backdrop_labels, then lines, instances, overlay, labels.
/// The backdrop layers hold what depends only on the view and the options (cells, membranes, legend),
/// never on the model state or the animation clock, so the renderer may cache them between frames.
struct SceneFrame {
    Rgba background{0.08f, 0.09f, 0.12f, 1.0f};  ///< alpha 0 for a transparent export
    Camera camera;
    std::vector<Instance> backdrop;          ///< static world-space shapes
    std::vector<Instance> backdrop_overlay;  ///< static screen-space shapes (pixels, y down)
    std::vector<Label> backdrop_labels;      ///< static labels
    std::vector<Instance> instances;         ///< drawn in order (back to front)
    std::vector<Polyline> lines;             ///< drawn before instances
    std::vector<Instance> overlay;           ///< screen-space shapes (pixels, y down), drawn after instances
    std::vector<Label> labels;               ///< drawn last
};

}  // namespace scene
