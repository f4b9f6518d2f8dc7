// The window's recording-script preview: a script (or a lesson played as one) played and scrubbed over video
// time, driving the session exactly as the recorder does (pure state changes; the panel is preview_panel.*).
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scene/scene.hpp"
#include "session/population/population_view.hpp"
#include "session/recording/script.hpp"
#include "session/recording/script_source.hpp"
#include "sim/scenario.hpp"

namespace session {

struct Session;

/// The session as it was before a preview took it over (restored when the preview closes).
struct PreviewRestore {
    sim::Scenario scenario;
    double time_h = 0.0;
    scene::ViewOptions view;
    std::uint64_t seed = 1;
    bool population_shown = false;  ///< the differences between people, which a script may switch on
    PersonChoice person;
};

struct ScriptPreview {
    std::optional<ScriptSource> source;  ///< the script being previewed; nullopt = no preview
    std::string path;                    ///< its file
    double video_time_s = 0.0;           ///< the preview's position in the video
    bool playing = false;
    int params_version = -1;  ///< the scenario version the session holds (-1: none applied yet)
    std::optional<PreviewRestore> restore;
    std::string error;  ///< the last loading error (one line)
};

/// The aspect ratio of the rendered video (--size 1920x1080) that the preview's picture keeps.
inline constexpr float kVideoAspect = 16.0f / 9.0f;

/// A script is loaded and drives the session.
bool previewing(const Session& session);
/// Loads `path` (script or lesson) and shows its first frame; false with session.preview.error set on failure.
bool open_script_preview(Session& session, const std::string& path);
/// Ends the preview and restores the scenario, time, view and seed the session had before it.
void close_script_preview(Session& session);
/// Moves the preview to `video_time_s` (clamped to the script) and applies that frame.
void seek_preview(Session& session, double video_time_s);
/// Play / pause; playing at the very end starts over.
void toggle_preview_play(Session& session);
/// While playing, video time advances by exactly dt_s (stopping at the end); then the frame is applied.
void advance_preview(Session& session, double dt_s);
/// Sets the session to a script's state `f` at `video_time_s`, as the recorder and the preview both do: the
/// simulated and animation clocks, view and its transition, labels, the scene's own caption line; the
/// scenario is switched (and the model re-run) only when f.params_version differs from `params_version`.
void apply_script_state(Session& session, const ScriptSource& source, const ScriptFrame& f, double video_time_s,
                        int& params_version);
/// apply_script_state at the preview's video time.
void apply_preview_frame(Session& session);
/// The script's state at the preview's video time (its caption points into session.preview); nullopt when idle.
std::optional<ScriptFrame> preview_frame(const Session& session);

/// Recording scripts (assets/scripts) then lessons (assets/lessons), sorted by name within each.
std::vector<std::string> preview_script_files(const std::string& assets_dir);
/// `path` relative to the working directory when it lies below it (as typed at a shell), else as given.
std::string display_script_path(const std::string& path);
/// The command line that renders the script: synapse-lab --record out.mp4 --script PATH --size 1920x1080 --fps 30
/// (PATH quoted for a POSIX shell where needed), then --voice flite for a narrated script (Script::narrated).
std::string render_command(const std::string& script_path, bool narrated = false);

/// What the preview's panel says about the narration at its video time: the segment's words and when it plays,
/// e.g. "Says (7.9-18.7 s): Dose: half a milligram ..."; "" when the segment says nothing.
std::string narration_line(const Session& session, const Script& script, const ScriptFrame& frame);
/// The script path as render_command writes it (quoted for a POSIX shell where needed).
std::string render_command_path(const std::string& script_path);
/// The largest rectangle of aspect kVideoAspect centred in `rect`: where the window shows the previewed video
/// inside the area the panels leave free.
scene::Rect fit_video_aspect(const scene::Rect& rect);

/// The share of a recording's width that its picture fills, centred (scene::ViewOptions: with no picture
/// rectangle the picture takes "the central 62 %" and leaves the sides to the legend and title).
inline constexpr float kVideoPictureWidthFraction = 0.62f;
/// The picture within a video box, placed as a recording places it: the central 62 %, full height.
scene::Rect video_picture_rect(const scene::Rect& video_rect);

}  // namespace session
