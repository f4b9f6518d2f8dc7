// Recording-script preview state: loading, play/pause/scrub over video time, and applying a frame to Session.
#include "session/recording/script_preview.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include "session/session.hpp"
#include "session/words.hpp"

namespace session {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> json_files(const fs::path& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

bool shell_safe(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '/' || c == '.' || c == '_' || c == '-' || c == '+' || c == ',' || c == ':';
    });
}

std::string shell_quoted(const std::string& s) {
    if (shell_safe(s)) return s;
    std::string quoted = "'";
    for (char c : s) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string describe_loaded(const Session& session, const ScriptPreview& p) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f s", p.source->script.duration_s());
    return words(session, "video.previewing", {{"file", fs::path(p.path).filename().string()}, {"seconds", seconds}});
}

}  // namespace

bool previewing(const Session& session) { return session.preview.source.has_value(); }

bool open_script_preview(Session& session, const std::string& path) {
    ScriptPreview& p = session.preview;
    try {
        p.source = load_script_source(path, session.assets_dir);
    } catch (const std::exception& e) {
        p.error = e.what();
        session.status = e.what();
        return false;
    }
    if (!p.restore)
        p.restore = PreviewRestore{session.model.scenario, session.time_h,           session.view,
                                   session.seed,           session.population.shown, session.population.person};
    p.path = path;
    p.error.clear();
    p.video_time_s = 0.0;
    p.playing = false;
    p.params_version = -1;
    session.seed = p.source->script.seed;
    session.view.theme = p.source->script.theme;
    apply_preview_frame(session);
    session.status = describe_loaded(session, p);
    return true;
}

void close_script_preview(Session& session) {
    ScriptPreview& p = session.preview;
    if (p.restore) {
        session.model.scenario = p.restore->scenario;
        session.time_h = std::clamp(p.restore->time_h, 0.0, trajectory(session).duration_h());
        session.view = p.restore->view;
        session.seed = p.restore->seed;
        session.population.shown = p.restore->population_shown;
        session.population.person = p.restore->person;
        session.shown_view = session.view.view;
    }
    p.source.reset();
    p.restore.reset();
    p.playing = false;
    p.params_version = -1;
}

void seek_preview(Session& session, double video_time_s) {
    if (!previewing(session)) return;
    session.preview.video_time_s = std::clamp(video_time_s, 0.0, session.preview.source->script.duration_s());
    apply_preview_frame(session);
}

void toggle_preview_play(Session& session) {
    ScriptPreview& p = session.preview;
    if (!previewing(session)) return;
    if (!p.playing && p.video_time_s >= p.source->script.duration_s()) p.video_time_s = 0.0;
    p.playing = !p.playing;
}

void advance_preview(Session& session, double dt_s) {
    ScriptPreview& p = session.preview;
    if (!previewing(session)) return;
    if (p.playing) {
        const double end_s = p.source->script.duration_s();
        p.video_time_s = std::min(p.video_time_s + dt_s, end_s);
        if (p.video_time_s >= end_s) p.playing = false;
    }
    apply_preview_frame(session);
}

void apply_script_state(Session& session, const ScriptSource& source, const ScriptFrame& f, double video_time_s,
                        int& params_version) {
    if (f.params_version != params_version) {
        session.model.scenario = scenario_at_version(source.script, source.base_scenario, f.params_version);
        params_version = f.params_version;
    }
    session.time_h = std::clamp(f.sim_time_h, 0.0, trajectory(session).duration_h());
    session.anim_time_s = video_time_s;  // the molecules move on the video's clock
    session.playing = false;
    session.play_until_h.reset();
    session.view.view = f.view;
    session.view.receptor_split = f.receptor_split;
    session.view.from_view = f.from_view;
    session.view.transition = f.from_view ? scene::transition_progress(f.view_transition, 1.0) : 1.0f;
    session.view.labels = f.labels;
    session.population.shown = f.population;
    session.population.person = f.person;
    // The scene's own caption line would sit under the lower third: it stays hidden for as long as a caption or
    // title segment lasts, including the frames where that fades through opacity 0 (no one-frame flash).
    const bool overlay_text = f.caption != nullptr || !f.title.empty();
    session.view.caption = !overlay_text && source.script.overlays.caption;  // "overlays": {"caption": false} hides it
    session.shown_view = f.view;  // the script runs the view changes, not the window's camera move
    session.from_view.reset();
}

void apply_preview_frame(Session& session) {
    const std::optional<ScriptFrame> f = preview_frame(session);
    if (f) apply_script_state(session, *session.preview.source, *f, session.preview.video_time_s, session.preview.params_version);
}

std::optional<ScriptFrame> preview_frame(const Session& session) {
    if (!previewing(session)) return std::nullopt;
    return script_state_at(session.preview.source->script, session.preview.video_time_s);
}

std::vector<std::string> preview_script_files(const std::string& assets_dir) {
    std::vector<std::string> files = json_files(fs::path(assets_dir) / "scripts");
    const std::vector<std::string> lessons = json_files(fs::path(assets_dir) / "lessons");
    files.insert(files.end(), lessons.begin(), lessons.end());
    return files;
}

std::string display_script_path(const std::string& path) {
    std::error_code ec;
    const fs::path relative = fs::proximate(path, ec);
    if (ec || relative.empty() || *relative.begin() == "..") return path;
    return relative.string();
}

std::string render_command_path(const std::string& script_path) { return shell_quoted(script_path); }

std::string render_command(const std::string& script_path, bool narrated) {
    return "synapse-lab --record out.mp4 --script " + render_command_path(script_path) + " --size 1920x1080 --fps 30" +
           (narrated ? " --voice flite" : "");
}

std::string narration_line(const Session& session, const Script& script, const ScriptFrame& frame) {
    if (frame.segment_index < 0 || frame.segment_index >= static_cast<int>(script.segments.size())) return "";
    double start_s = 0.0;
    for (int i = 0; i < frame.segment_index; ++i) start_s += script.segments[static_cast<std::size_t>(i)].duration_s;
    const Segment& s = script.segments[static_cast<std::size_t>(frame.segment_index)];
    if (s.narration.say.empty() && s.narration.audio_path.empty()) return "";
    char when[96];
    std::snprintf(when, sizeof when, "%.1f-%.1f s%s", start_s, start_s + s.duration_s,
                  s.fit && s.narration.audio_path.empty() ? session::words(session, "video.says.timed") : "");
    const std::string said =
        s.narration.say.empty()
            ? words(session, "video.says.recorded", {{"file", std::filesystem::path(s.narration.audio_path).filename().string()}})
            : s.narration.say;
    return words(session, "video.says", {{"when", when}, {"words", said}});
}

scene::Rect fit_video_aspect(const scene::Rect& rect) {
    const float w = std::min(rect.w, rect.h * kVideoAspect), h = w / kVideoAspect;
    return {rect.x + 0.5f * (rect.w - w), rect.y + 0.5f * (rect.h - h), w, h};
}

scene::Rect video_picture_rect(const scene::Rect& video_rect) {
    const float w = kVideoPictureWidthFraction * video_rect.w;
    return {video_rect.x + 0.5f * (video_rect.w - w), video_rect.y, w, video_rect.h};
}

}  // namespace session
