// The panels' colours for each theme as plain numbers (no ImGui), read by the theme and by the contrast test.
#pragma once
#include <array>
#include <string_view>

#include "scene/frame.hpp"
#include "scene/scene.hpp"

namespace ui {

/// Every colour the panels use, by meaning (sRGB 0..1, straight alpha).
struct PanelColors {
    scene::Rgba text;
    scene::Rgba text_disabled;  ///< secondary text, axis labels
    scene::Rgba window_bg;
    scene::Rgba popup_bg;
    scene::Rgba menu_bar_bg;
    scene::Rgba title_bg_active;
    scene::Rgba frame_bg;  ///< inputs, sliders, the plots' background
    scene::Rgba border;    ///< window and control outlines
    scene::Rgba button;
    scene::Rgba button_active;
    scene::Rgba header;  ///< selected and hovered rows
    scene::Rgba check_mark;
    scene::Rgba slider_grab;
    scene::Rgba plot_histogram;  ///< progress fills
    scene::Rgba plot_cursor;     ///< the plots' time cursor
    scene::Rgba link;            ///< glossary links in a text
    scene::Rgba highlight;       ///< behind the quoted words of a source
    std::array<scene::Rgba, 4> series;  ///< plot lines, in order (also their names written in colour)
    scene::Rgba right;         ///< "right" written after an answer
    scene::Rgba wrong;         ///< "not quite", errors
    scene::Rgba caution;       ///< a warning written in colour
    scene::Rgba choice_right;  ///< the right answer's button, behind `text`
    scene::Rgba choice_wrong;  ///< the other answers' buttons once revealed, behind `text`
};

PanelColors panel_colors(scene::Theme theme);

/// The fact-check verdicts that have a colour of their own (any other is drawn as "unverified").
inline constexpr std::array<std::string_view, 6> kVerdicts{"wrong",      "misleading",  "overstated",
                                                           "incomplete", "unsupported", "unverified"};

/// A verdict's badge, with white text on it (the same in both themes).
scene::Rgba verdict_badge(std::string_view verdict);
/// A verdict written in colour on the window's background.
scene::Rgba verdict_text(scene::Theme theme, std::string_view verdict);

}  // namespace ui
