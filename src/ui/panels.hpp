// The panels' own widget state, and what a frame of panels hands back: transient, never saved (the session
// holds what a save or a link restores).
#pragma once
#include <map>
#include <optional>
#include <string>

#include "session/view/dose_response_view.hpp"
#include "session/session.hpp"
#include "sim/stage.hpp"
#include "ui/backdrop.hpp"

namespace ui {

enum class LeftTab { scenario, lesson, video };
enum class RightTab { sources, glossary, about };

/// The "what the sources say" side: the quote opened in its source, the glossary term shown.
struct SourcesView {
    RightTab tab = RightTab::sources;
    bool tab_requested = false;    ///< select `tab` on the next frame (a link was followed)
    std::string open_quote_id;     ///< quote shown highlighted in its full source text; empty = none
    bool scroll_to_quote = false;  ///< scroll the source window to the quote on its next frame
    std::string glossary_term;     ///< term shown in the glossary (a followed link); empty = none
    bool scroll_to_term = false;   ///< scroll the glossary to glossary_term on its next frame
    std::string glossary_filter;
    std::string open_factcheck_id;           ///< fact-check whose note is expanded; empty = none
    std::optional<sim::Stage> pinned_stage;  ///< stage chosen by hand; nullopt = follow the time cursor
};

/// Dialog windows opened by menus or keys.
struct Dialogs {
    bool open_scenario = false;
    bool save_scenario = false;
    bool help = false;
    bool welcome = false;             ///< first start and Help > Getting started
    std::string confirm_lesson_path;  ///< a lesson asked for while the scenario has unsaved changes
};

/// What one frame of panels leaves for the compositor and the window: returned by ui::draw, filled by the panels
/// drawn in that frame (never kept from one frame to the next).
struct FrameOutput {
    Backdrops backdrop;          ///< opaque rectangles behind the panels, in drawing order
    session::Requests requests;  ///< quit, screenshot, fullscreen asked for from a menu or a button
};

/// A plot's y scale as last drawn: a change is announced on the plot for kScaleNoteShown_s.
struct PlotScale {
    double y_max = 0.0;
    double was_y_max = 0.0;
    double changed_at_s = -1e9;  ///< ImGui time of the last change
};
inline constexpr double kScaleNoteShown_s = 6.0;

struct Panels {
    LeftTab left_tab = LeftTab::scenario;
    bool left_tab_requested = false;  ///< select left_tab on the next frame
    SourcesView sources;
    Dialogs dialogs;
    std::string script_path_input;  ///< the Video tab's file field
    std::string seen_lesson_path;   ///< the lesson last shown: another one selects the Lesson tab
    bool records_video = true;      ///< this program renders videos (the desktop's --record); the web page does not
    bool picks_files = false;       ///< files are opened through the browser's file picker, not typed paths (the page)
    bool quits = true;              ///< File > Quit ends the program; a web page cannot close its own tab
    std::map<std::string, PlotScale> plot_scales;  ///< by plot id
    /// Whether presenter mode's legend window was folded last frame (ImGui tells only after Begin): a folded legend
    /// is a compact title bar, not one as wide as the open legend. (The docked legend's state is the session's: the
    /// layout depends on it.)
    bool presenter_legend_folded = true;
    session::DoseResponseView dose_response;       ///< the Scenario tab's dose-response view, computed when shown
};

/// Applies the requests that concern the panels: the dialogs, the Video tab, the glossary and About, Esc closing
/// the source text and the dialogs, the clipboard.
void take_requests(session::Session& session, Panels& panels, const session::Requests& requests);

}  // namespace ui
