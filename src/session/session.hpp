// The teaching session (no ImGui, SDL or GL): the model, the clocks, what is shown, the lesson and the script
// preview - everything a panel reads and changes, and nothing that only a widget or a window needs.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/catalogue.hpp"
#include "content/content.hpp"
#include "scene/scene.hpp"
#include "session/history/edits.hpp"
#include "session/lesson/lesson.hpp"
#include "session/model.hpp"
#include "session/view/plot_defs.hpp"
#include "session/population/population_view.hpp"
#include "session/recording/script_preview.hpp"

namespace session {

/// The content library (quotes, caveats, glossary, references): shared, read-only, may be empty.
using ContentRef = std::shared_ptr<const content::Library>;

/// A run pinned for comparison: plots draw it dashed under the current run.
struct PinnedRun {
    std::string label;  ///< "without rapamycin"
    Model model;        ///< its scenario and run (a change of the scenario, e.g. a new course, is re-run on reading)
};

/// Which panels are shown (each collapsible so the scene gets room).
struct PanelVisibility {
    bool left = true;        ///< scenario controls / lesson
    bool right = true;       ///< what the sources say, glossary, about
    bool bottom = true;      ///< timeline and plots
    bool all_plots = false;  ///< the bottom strip grows to show every plot
    /// The scene's readout and legend windows open (the UI notes each fold); unset: open where the scene is wide
    /// enough (layout.hpp).
    std::optional<bool> readout_open;
    std::optional<bool> legend_open;
};

/// Where the learner is in a guided lesson.
struct LessonProgress {
    std::optional<Lesson> lesson;
    int step = -1;
    int chosen = -1;        ///< the answer picked for this step's question; -1 = none yet
    bool ran = false;       ///< "Run" pressed: playing towards the answering moment (question.hpp)
    bool reached = false;   ///< the run reached the answering moment
    bool revealed = false;  ///< the teacher revealed the answer without a choice
    bool finished = false;  ///< past the last step: the end-of-lesson screen
    std::string error;      ///< the last lesson loading error (one line)
};

/// What a file chosen in the browser's file picker is opened as (the web page has no file paths to type).
enum class FileUse { none, scenario, lesson, script };
/// What a lesson replaces when it starts, given back when the learner leaves it.
struct WorkBeforeLesson {
    sim::Scenario scenario;
    sim::Scenario default_scenario;
    std::optional<PinnedRun> pinned;
    PlotsShown plots;
    double time_h = 0.0;
    scene::View view = scene::View::synapse;
    ScenarioHistory history;
    bool receptor_split = false;
};

/// What the session asks of the program around it (the window and the panels): set by key actions, taken by
/// the front end.
struct Requests {
    bool quit = false;
    bool screenshot = false;
    bool toggle_fullscreen = false;
    bool open_scenario_dialog = false;
    bool help_dialog = false;
    bool close_dialogs = false;         ///< Esc: close the source text and the dialogs
    bool save_as_dialog = false;
    bool welcome_dialog = false;        ///< Help > Getting started
    bool preview_tab = false;           ///< the Video tab, to preview a recording script
    bool glossary = false;              ///< the Sources panel's glossary
    bool about = false;                 ///< the Sources panel's "About the science"
    std::optional<std::string> clipboard_text;  ///< put this on the clipboard (Copy link)
    FileUse pick_file = FileUse::none;  ///< the web page: ask the browser's file picker for a file to open as this
    Requests& operator|=(const Requests& other);
};

struct Session {
    Session();  ///< out of line: GCC 12 warns falsely about Scenario's default dose list when inlined

    std::string assets_dir;
    std::shared_ptr<const content::Catalogue> catalogue;  ///< the words shown, in the language in use (words.hpp)
    std::string language = "en";  ///< the language of `catalogue`: "en" or "es" (session/language.hpp)
    ContentRef content;                             ///< quotes, caveats, glossary, references (may be empty)
    Model model;                                    ///< the scenario and its run (current by construction)
    sim::Scenario default_scenario;                 ///< what "reset" returns to (the preset the session started from)
    std::optional<PinnedRun> pinned;                ///< baseline run overlaid on the plots
    std::optional<sim::Scenario> saved_scenario;    ///< the scenario as last saved to a file (unsaved-change checks)
    ScenarioHistory history;                        ///< undo/redo of scenario changes
    std::optional<WorkBeforeLesson> before_lesson;  ///< restored when the lesson is left

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
    bool reduced_motion = false;  ///< the viewer asked for less motion: view changes cut, molecules move slower
    bool motion_paused = false;   ///< the animation clock stands still (WCAG 2.2.2); simulated time still plays
    float ui_scale = 1.0f;        ///< user's UI scale (kMinUiScale-kMaxUiScale), multiplied by the display's DPI scale
    bool show_ui = true;          ///< panels drawn (false: scene only)
    bool presenter = false;       ///< presenter mode: scene, timeline and a large caption only
    bool fullscreen = false;      ///< the window reports its state here
    PanelVisibility panels;
    PlotsShown plots;
    Population population;  ///< "Show differences between people": the bands, the person picker
    LessonProgress lesson;
    ScriptPreview preview;  ///< a recording script previewed in the window (drives the clocks while loaded)

    std::string page_address;  ///< the web page's address without its query (links); empty on the desktop
    std::string scenario_path = "my-scenario.json";  ///< last save/load path
    std::string status;                              ///< one line of feedback ("Saved my-scenario.json")
};

/// The trajectory of the session's scenario (shorthand for session.model.trajectory()).
inline const sim::Trajectory& trajectory(const Session& session) { return session.model.trajectory(); }

/// Pins the current run (or `scenario`) as the comparison baseline.
void pin_baseline(Session& session, const std::string& label);
void pin_baseline(Session& session, const sim::Scenario& scenario, const std::string& label);

/// With reduced_motion, the animation clock runs at this fraction of real time: the molecules, vesicles and spikes
/// move at a quarter of their speed (the simulated time, which the viewer controls, is not slowed).
inline constexpr double kReducedMotionPace = 0.25;

/// Advances both clocks by dt_s seconds of wall/recording time (fixed steps, no clock reads), and the virtual
/// population, when shown, by one frame's budget (update_population). While a
/// recording script is previewed, its video time advances instead and sets both clocks. With reduced_motion the
/// animation clock advances by kReducedMotionPace x dt_s, and a view change cuts to the new view (no camera move).
/// With motion_paused the animation clock does not advance at all (whatever reduced_motion says) and a view change
/// cuts too; the simulated time plays on.
void advance(Session& session, double dt_s);

/// Play / pause. Playing resumes from the cursor; only at the very end does it rewind to the start.
/// On a lesson step whose question has not been run yet, play runs it (run_question); once the run reached the
/// answering moment with nothing chosen, it reveals the answer. While a recording script is previewed, it plays
/// or pauses the preview.
void toggle_play(Session& session);
/// A lesson step with a "predict, then run" question that has not been run yet.
bool lesson_question_pending(const Session& session);
/// One step forward or back on the time bar (pauses playback).
void step(Session& session, bool backward);
/// Moves the cursor (scrubbing, markers, jumps): clamps, keeps play state. While a lesson question hides its
/// answer, the cursor cannot move ahead of where it is (the run shows what comes next).
void set_time(Session& session, double t_h);

/// Moves the cursor as a hand does (a plot, the time bar, a stage jump): set_time, and playback pauses.
void scrub_to(Session& session, double t_h);
/// Picks one of speed_choices() (an index out of range is ignored).
void set_speed(Session& session, int speed_index);

/// A panel shown on request (a quote or the glossary opened, a tab asked for); the left one also leaves presenter
/// mode, which hides it.
enum class Panel { left, right, bottom };
void show_panel(Session& session, Panel panel);
/// "Show differences between people" on or off (the bands are computed over the next frames).
void show_population(Session& session, bool shown);
/// The rapamycin experiment against its control: the run without rapamycin pinned, rapamycin switched on.
void compare_with_rapamycin(Session& session, const std::string& pinned_label);

/// One line of feedback in the status line ("Saved my-scenario.json").
void report(Session& session, std::string line);

/// The user's UI scale range (the window's +/- keys, --ui-scale, the View menu's slider).
inline constexpr float kMinUiScale = 1.0f;
inline constexpr float kMaxUiScale = 3.0f;
/// Sets the UI scale, clamped to kMinUiScale-kMaxUiScale.
void set_ui_scale(Session& session, float scale);
/// The one UI-scale rule: the panels' scale is the user's ui_scale times the display's scale, which is the
/// window's DPI scale or, for a headless output (screenshot, recording), this: 1 up to 1080 lines, then in
/// proportion (2 at 2160 lines), at most kMaxUiScale.
float headless_display_scale(int height_px);

}  // namespace session
