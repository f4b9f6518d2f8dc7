// The teaching session's state that panels read and change: scenario, trajectory, clocks, view, display
// options.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scene/scene.hpp"
#include "sim/scenario.hpp"
#include "sim/simulate.hpp"
#include "sim/trajectory.hpp"
#include "ui/backdrop.hpp"
#include "ui/content_link.hpp"
#include "ui/events.hpp"
#include "ui/lesson.hpp"
#include "ui/script_preview.hpp"

namespace ui {

/// A run pinned for comparison: plots draw it dashed under the current run.
struct PinnedRun {
    std::string label;  ///< "without rapamycin"
    sim::Scenario scenario;
    sim::Trajectory trajectory;
};

/// Which panels are shown (each collapsible so the scene gets room).
struct PanelVisibility {
    bool left = true;        ///< scenario controls / lesson
    bool right = true;       ///< what the sources say, glossary, about
    bool bottom = true;      ///< timeline and plots
    bool all_plots = false;  ///< the bottom strip grows to show every plot
};

enum class LeftTab { scenario, lesson, video };
enum class RightTab { sources, glossary, about };

/// State of the "what the sources say" side: the quote opened in its source, the glossary term shown.
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

/// Where the learner is in a guided lesson.
struct LessonProgress {
    std::optional<Lesson> lesson;
    int step = -1;
    int chosen = -1;    ///< the answer picked for this step's question; -1 = none yet
    bool ran = false;   ///< "Run" pressed: the explanation is shown
    std::string error;  ///< the last lesson loading error (one line)
};

/// Dialog windows requested by menus or keys.
struct Dialogs {
    bool open_scenario = false;
    bool save_scenario = false;
    bool help = false;
};

/// Number of plot kinds (see plots.hpp).
inline constexpr std::size_t kPlotCount = 10;

struct AppState {
    AppState();  ///< out of line: GCC 12 warns falsely about Scenario's default dose list when inlined

    std::string assets_dir;
    sim::Scenario scenario;
    sim::Scenario default_scenario;     ///< what "reset" returns to (the preset the session started from)
    sim::Trajectory trajectory;         ///< recomputed whenever the scenario changes
    std::vector<TimelineEvent> events;  ///< doses and stage onsets of the trajectory
    std::optional<PinnedRun> pinned;    ///< baseline run overlaid on the plots
    ContentRef content;                 ///< quotes, caveats, glossary, references (may be empty)

    double time_h = 0.0;       ///< simulated time at the cursor, hours
    double anim_time_s = 0.0;  ///< animation clock, seconds of on-screen motion
    bool playing = false;
    std::optional<double> play_until_h;  ///< playback pauses here (a lesson's "Run")
    int speed_index = 0;                 ///< into speed_choices(); 0 = follow the time bar
    double speed_h_per_s = 0.25;         ///< used when speed_index is out of range (scripts)
    bool axis_segmented = true;          ///< time bar and plots: segmented (minutes, hours, days) or linear

    scene::ViewOptions view;
    scene::View shown_view = scene::View::synapse;  ///< the view the camera last settled on
    std::optional<scene::View> from_view;           ///< the view the camera is moving away from
    double view_switch_anim_s = 0.0;                ///< animation time when the view last changed
    std::uint64_t seed = 1;
    float ui_scale = 1.0f;   ///< user's UI scale (1-3x), multiplied by the display's DPI scale
    bool show_ui = true;     ///< panels drawn (false: scene only)
    bool presenter = false;  ///< presenter mode: scene, timeline and a large caption only
    PanelVisibility panels;
    LeftTab left_tab = LeftTab::scenario;
    bool left_tab_requested = false;
    std::array<bool, kPlotCount> plot_shown{true, true, true, false, false, false, true, false, false, false};
    SourcesView sources;
    LessonProgress lesson;
    ScriptPreview preview;  ///< a recording script previewed in the window (drives the clocks while loaded)
    Dialogs dialogs;

    std::string scenario_path = "my-scenario.json";  ///< last save/load path
    std::string status;                              ///< one line of feedback ("Saved my-scenario.json")
    int recompute_count = 0;  ///< how many times the trajectory was recomputed (tests, diagnostics)

    std::vector<Backdrop> backdrop;  ///< written by ui::draw each frame, in drawing order
    /// The area the panels leave for the scene, framebuffer pixels (x, y, width, height from the top
    /// left), written by ui::draw each frame; the next frame's picture is fitted into it. 0 = unknown.
    float scene_rect_px[4] = {0.0f, 0.0f, 0.0f, 0.0f};

    // Requests performed by the window (which owns SDL and GL).
    bool fonts_dirty = false;  ///< set when ui_scale changed and the font atlas must be rebuilt
    bool quit_requested = false;
    bool screenshot_requested = false;
    bool fullscreen_toggle_requested = false;
    bool fullscreen = false;  ///< the window reports its state here
};

/// Recomputes the trajectory and events from the scenario (keeps the cursor time within the new span).
void recompute(AppState& app);

/// Pins the current run (or `scenario`) as the comparison baseline.
void pin_baseline(AppState& app, const std::string& label);
void pin_baseline(AppState& app, const sim::Scenario& scenario, const std::string& label);

/// Advances both clocks by dt_s seconds of wall/recording time (fixed steps, no clock reads). While a
/// recording script is previewed, its video time advances instead and sets both clocks.
void advance(AppState& app, double dt_s);

/// Play / pause. Playing resumes from the cursor; only at the very end does it rewind to the start.
/// On a lesson step whose question has not been run yet, play runs it (run_lesson_step). While a recording
/// script is previewed, it plays or pauses the preview.
void toggle_play(AppState& app);
/// A lesson step with a "predict, then run" question that has not been run yet.
bool lesson_question_pending(const AppState& app);
/// One step forward or back on the time bar (pauses playback).
void step(AppState& app, bool backward);
/// Moves the cursor (scrubbing, markers, jumps): clamps, keeps play state.
void set_time(AppState& app, double t_h);
/// Sets the UI scale (clamped to 1-3) and marks the fonts for rebuilding.
void set_ui_scale(AppState& app, float scale);

}  // namespace ui
