// Panel placement computed from the viewport size every frame (no saved layout): always on-screen at any size
// or scale.
#pragma once
#include <optional>

#include "scene/rect.hpp"

namespace session {

struct Session;
using scene::Rect;

/// Base size of the regular font at scale 1, pixels (projector-readable).
inline constexpr float kBaseFontPx = 17.0f;
/// Padding inside a window at scale 1, pixels (ImGui's default).
inline constexpr float kWindowPadding_px = 8.0f;
/// Vertical padding inside a frame (buttons, the menu bar) at scale 1, pixels.
inline constexpr float kFramePaddingY_px = 4.0f;

/// Presenter mode: the share of the width a lesson step's key plot takes beside the picture (the picture keeps room
/// for its readout column and labels at presenter text sizes).
inline constexpr float kKeyPlotWidthShare = 0.38f;
/// Presenter mode: the least width, in font sizes, the picture keeps beside a lesson step's key plot.
inline constexpr float kPictureBesidePlotEm = 40.0f;

/// The scene's readout (top left) and legend (top right) windows in the docked layout: their widths in font sizes,
/// fixed so that the picture can keep clear of them, and the scene widths below which each starts folded.
inline constexpr float kReadoutWidth_em = 19.5f;
inline constexpr float kReadoutMinSceneWidth_em = 28.0f;
inline constexpr float kLegendWidth_em = 23.0f;
inline constexpr float kLegendMinSceneWidth_em = 84.0f;  // room for both columns and the picture

struct LayoutInput {
    float width_px = 1280.0f;
    float height_px = 720.0f;
    float font_px = 17.0f;  ///< current font size (grows with the UI scale)
    float bar_h = 25.0f;    ///< height of the menu bar and of the status line (a frame's height)
    bool left = true;
    bool right = true;
    bool bottom = true;
    bool all_plots = false;
    bool presenter = false;
    bool tall_caption = false;  ///< presenter mode: the caption holds a question's choices or the end screen
    bool key_plot = false;      ///< presenter mode: a lesson step's key plot is drawn large beside the picture
    bool readout = false;       ///< docked layout: the readout window over the scene (the scenario panel hides the
                                ///< scene's own)
    bool legend = false;        ///< docked layout: the legend window over the scene (the sources panel hides the
                                ///< scene's own)
    std::optional<bool> readout_open, legend_open;  ///< as PanelVisibility's
};

struct Layout {
    Rect menu;     ///< main menu bar (empty in presenter mode)
    Rect left;     ///< scenario controls / lesson (empty when hidden)
    Rect right;    ///< what the sources say, glossary, about (empty when hidden)
    Rect bottom;   ///< timeline and plots (presenter: the compact timeline)
    Rect caption;  ///< presenter mode's large caption above the timeline (empty otherwise)
    Rect plot;     ///< presenter mode's large key plot beside the picture (empty otherwise)
    Rect status;   ///< one-line status with the teaching notice
    Rect scene;    ///< what is left for the scene
    Rect readout;  ///< the readout window's column over the scene's left (empty when it is not shown open)
    Rect legend;   ///< the legend window's column over the scene's right (empty when it is not shown open)
};

/// The UI scale actually used: the requested one (user scale x display DPI), reduced where the window
/// is too small for it, so that the panels keep at least about 1100 x 620 scaled pixels and no text is
/// cut off. Never below 1.
float effective_scale(float requested, float width_px, float height_px);

/// The layout's input for a session drawn at `scale` on a width_px x height_px display: the font and bar sizes
/// the panels will have at that scale (ImGui's frame height: the font plus twice the padding, which ImGui's
/// ScaleAllSizes rounds down to whole pixels).
LayoutInput layout_input(const Session& session, float width_px, float height_px, float scale);

/// Places the panels: side panels take at most about 20 % of the width each (so the scene keeps its
/// central 60 %), the bottom strip at most 45 % of the height; every rectangle lies inside the display.
Layout compute_layout(const LayoutInput& in);

}  // namespace session
