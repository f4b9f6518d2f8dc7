// Builds the picture of the mechanism for a model state: scene::build(state, anim time, seed, view).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec4.hpp>

#include "scene/frame.hpp"
#include "scene/rect.hpp"
#include "sim/scenario.hpp"
#include "sim/state.hpp"

namespace scene {

enum class View { circuit, synapse, spine, receptor, signalling };
enum class Theme { dark, light };

std::string_view view_id(View view);
std::optional<View> view_from_id(std::string_view id);

/// A view as the command line, links, scripts and lessons name it: one of view_id()'s names, or
/// "receptor-split" for the receptor close-up with the interneuron's receptor beside the pyramidal neuron's.
struct ViewChoice {
    View view = View::synapse;
    bool receptor_split = false;
    bool operator==(const ViewChoice&) const = default;
};
std::optional<ViewChoice> view_choice_from_id(std::string_view id);
/// The name of the view `options` show ("receptor-split" for the split receptor close-up).
std::string view_choice_id(View view, bool receptor_split);
/// The accepted names, for error messages: "circuit, synapse, spine, receptor, receptor-split or signalling".
inline constexpr std::string_view kViewChoiceNames = "circuit, synapse, spine, receptor, receptor-split or signalling";

/// How to draw: output size, which view, which layers.
struct ViewOptions {
    View view = View::synapse;
    Theme theme = Theme::dark;
    int width_px = 1280;
    int height_px = 720;
    bool labels = true;
    float text_scale = 1.0f;   ///< multiplies label sizes and line widths (presenter mode, UI scale)
    float min_text_px = 0.0f;  ///< at text scale 1, no label smaller than this, pixels (presenter mode: readable
                               ///< from the back of the room); 0 = the labels' own sizes

    bool legend = true;        ///< legend and "not to scale" note on the right (hide under UI panels)
    bool title = true;         ///< the view's name and subtitle, top left
    bool readout = true;       ///< the time / concentration readout and "Now:", top left (under the title)
    bool caption = true;       ///< one line at the bottom saying what is happening now
    bool transparent = false;  ///< background alpha 0 (video export over other material)
    /// Lines under the readout (the differences between people: whose run is shown, how many respond).
    std::vector<std::string> readout_extra;

    /// Camera transition: while `from_view` is set and transition < 1, the old view zooms away and
    /// fades out as the new one zooms in (0 = all old view, 1 = all new view). See transition_progress().
    std::optional<View> from_view;
    float transition = 1.0f;

    /// The scenario's spine density at t = 0: spines above it are drawn as new ones. 1 = healthy.
    float baseline_spine_density_rel = 1.0f;

    /// The scenario's virtual experiments and hypotheses: the signalling close-up cuts the step each
    /// experiment blocks and greys the hypotheses switched off.
    sim::Experiments experiments;
    sim::Hypotheses hypotheses;
    /// The stage strip greys the steps the experiments and hypotheses block; false while a lesson question hides
    /// its answer (which steps still happen is often the answer).
    bool mark_blocked_stages = true;

    /// The receptor close-up: an interneuron's receptor beside a pyramidal neuron's ("receptor-split").
    bool receptor_split = false;
    /// The scenario's drug: which ketamine enantiomers the receptor close-up draws (racemic: S and R).
    sim::Drug drug = sim::Drug::racemic;
    /// The scenario's extracellular Mg2+, mM: each population's Mg2+ share in the receptor close-up.
    double magnesium_mM = 1.0;

    /// The part of the output the picture should fill, in pixels: the window area the UI's panels leave
    /// free. Empty = the central 62 % of the width, full height (room for the legend and title on either side).
    Rect picture_rect_px;
    /// The part of the output the title, readout and legend are placed in (presenter mode: the area beside the key
    /// plot, so that the legend is not under it). Empty = the whole output.
    Rect overlay_rect_px;
    /// The right edge, in pixels, of a window over the picture's left (the UI's readout; 0 = none), and the left edge
    /// of one over its right (the legend; 0 = none): the picture keeps between them where centring would put it under
    /// one, shrinking to at most kPictureMinShareBesideWindows of its size.
    float keep_right_of_px = 0.0f;
    float keep_left_of_px = 0.0f;
};

/// The part of the output the title, readout and legend are placed in: options.overlay_rect_px, or the whole output.
Rect overlay_area_px(const ViewOptions& options);

/// The camera that fits every view's content (x in [-11, 11], y in [-10, 10] world units) into the
/// options' picture rectangle.
Camera camera_for(const ViewOptions& options);

/// Eased 0..1 progress of a view change `elapsed_s` seconds (animation clock) after it began.
float transition_progress(double elapsed_s, double duration_s = 0.9);

/// The frame for `state` at animation time `anim_time_s` (seconds of on-screen motion). Pure and
/// deterministic: the same arguments always give the same frame.
SceneFrame build(const sim::State& state, double anim_time_s, std::uint64_t seed, const ViewOptions& options);

/// The rectangle, in pixels from the top left, that the view's content (x in [-11, 11], y in [-10, 10] world units)
/// fills on a width_px x height_px output through `camera`: the picture's subject.
Rect content_box_px(const Camera& camera, int width_px, int height_px);

/// The box of each thing the frame draws in screen space (overlay shapes and screen-space labels, cached or not),
/// in pixels from the top left: the HUD, the legend, captions. Labels are measured with Painter's text width
/// estimate (an upper bound).
std::vector<Rect> screen_space_boxes(const SceneFrame& frame);
/// One label of a frame as it lands on a width_px x height_px output: its text and its box in pixels from the top left
/// (a label in the picture projected through the frame's camera; measured with Painter's text width estimate).
struct LabelBox {
    std::string text;
    Rect box;
    bool screen_space = false;  ///< the HUD (title, readout, stage strip, legend) rather than the picture
};
/// Every label the frame draws (cached or not), with its box on the output.
std::vector<LabelBox> label_boxes_px(const SceneFrame& frame, int width_px, int height_px);
/// The smallest rectangle holding every box (empty when there is none).
Rect bounding_box(const std::vector<Rect>& boxes);

/// One legend entry as the panels draw it: its text and its swatch's shapes, in pixels at text scale 1 about the
/// swatch's centre (y down), with the theme's colours.
struct LegendSwatch {
    std::string text;
    std::vector<Instance> shapes;
};
/// The legend of `view`, the same entries and swatches as the scene's own legend.
std::vector<LegendSwatch> legend_swatches(View view, Theme theme);
/// The scene's readout for `state` in `view`: "t = 40 min", the plasma level, "Now: ..." and the view's figures.
std::vector<std::string> readout_text(const sim::State& state, View view);

/// One row of the stage strip: every step of the mechanism with how active it is now, so that steps that overlap
/// are seen to overlap. The step the story is at (sim::State::stage) is marked `now`; a step the scenario's
/// experiments or hypotheses block is greyed and never now.
struct StageStripRow {
    sim::Stage stage = sim::Stage::dose;
    std::string title;      ///< the short title ("NMDA block")
    float activity = 0.0f;  ///< 0..1: the model's activity over its peak in the standard run (clamped), 0 when
                            ///< below the least activity that counts as happening (sim::k::kStageMinScore)
    bool now = false;
    bool blocked = false;
};
/// The strip for `state` under the scenario's experiments and hypotheses, dose .. clinical in story order.
std::vector<StageStripRow> stage_strip(const sim::State& state, const sim::Experiments& experiments,
                                       const sim::Hypotheses& hypotheses);

/// A 64-bit FNV-1a hash of every field of the frame (instances, lines, overlay, labels, camera): the
/// golden-hash determinism tests compare it.
std::uint64_t frame_hash(const SceneFrame& frame);

/// A hash of what the backdrop layers draw (with the background and camera): equal hashes mean the
/// renderer's cached backdrop can be reused.
std::uint64_t backdrop_hash(const SceneFrame& frame);

}  // namespace scene
