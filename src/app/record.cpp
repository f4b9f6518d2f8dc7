// --record: renders a script headless, frame by frame (both clocks advance exactly 1/fps), into ffmpeg or PNGs.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "app/clips.hpp"
#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/session_setup.hpp"
#include "export/audio.hpp"
#include "export/sink.hpp"
#include "export/srt.hpp"
#include "export/temp_folder.hpp"
#include "render/gl_context.hpp"
#include "session/recording/narration.hpp"
#include "session/recording/recording_layout.hpp"
#include "session/recording/script_overlay.hpp"
#include "session/recording/script_preview.hpp"
#include "session/recording/script_source.hpp"

namespace app {
namespace {

/// The signal that interrupted the recording (SIGINT, SIGTERM), 0 while none has. Set by the handler only.
volatile std::sig_atomic_t g_interrupt_signal = 0;

/// Async-signal-safe: only records the signal.
void on_interrupt(int signal_number) { g_interrupt_signal = signal_number; }

bool interrupted() { return g_interrupt_signal != 0; }

/// Ctrl-C and SIGTERM stop the render loop (and a waiting ffmpeg), which then cleans up as on any failure; a
/// second one ends the process at once (the handler is reset), should cleaning up hang.
void install_interrupt_handlers() {
    struct sigaction action = {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;  // other system calls carry on; the loop polls the flag
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

/// "frames done, fps, time left" on stderr, redrawn in place at most 4 times a second; silent when stderr
/// is not a terminal. The wall clock is read here only, never for frame content. An unfinished line is ended
/// when the progress goes away, so that an error prints on a line of its own.
class Progress {
public:
    Progress(std::string name, long total) : name_(std::move(name)), total_(total), tty_(isatty(2) == 1) {}
    ~Progress() {
        if (line_open_) std::fputc('\n', stderr);
    }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void update(long done) {
        if (!tty_) return;
        const auto now = Clock::now();
        if (done < total_ && now - last_ < std::chrono::milliseconds(250)) return;
        last_ = now;
        const double elapsed_s = std::chrono::duration<double>(now - start_).count();
        const double fps = elapsed_s > 0.0 ? static_cast<double>(done) / elapsed_s : 0.0;
        const long left_s = fps > 0.0 ? std::lround(static_cast<double>(total_ - done) / fps) : 0;
        std::fprintf(stderr, "\r%s: %ld/%ld frames (%ld%%), %.1f fps, %ld:%02ld left  ", name_.c_str(), done, total_,
                     total_ > 0 ? done * 100 / total_ : 100, fps, left_s / 60, left_s % 60);
        line_open_ = done != total_;
        if (!line_open_) std::fputc('\n', stderr);
    }

    /// "narration: 3/14 lines" while the voice speaks (a terminal only, like the frames).
    void update_lines(int done, int total) {
        if (!tty_) return;
        std::fprintf(stderr, "\r%s: %d/%d lines  ", name_.c_str(), done, total);
        line_open_ = done != total;
        if (!line_open_) std::fputc('\n', stderr);
    }

private:
    using Clock = std::chrono::steady_clock;
    std::string name_;
    long total_;
    bool tty_;
    bool line_open_ = false;
    Clock::time_point start_ = Clock::now(), last_{};
};

/// The session a script starts from: its scenario, theme, seed and the user's UI scale.
session::Session make_record_session(const Options& options, const session::ScriptSource& rs, bool with_ui) {
    session::Session session;
    session.assets_dir = options.assets_dir;
    session.model.scenario = rs.base_scenario;
    session.default_scenario = rs.base_scenario;
    session.seed = rs.script.seed;
    session.view.theme = rs.script.theme;
    if (options.ui_scale > 0.0f) session::set_ui_scale(session, options.ui_scale);
    if (with_ui) load_content(session);  // the side panels' content, as the window loads it
    return session;
}

exporter::OutputOptions output_options(const Options& options, const session::ScriptSource& rs, long frames) {
    exporter::OutputOptions out = encoder_options(options, options.record_path);
    out.srt = exporter::srt_text(session::subtitles(rs.script.captions), options.fps, frames);
    out.title = rs.script.title;
    out.description = rs.script.description;
    out.cancelled = interrupted;
    return out;
}

/// Without panels: the overlays the script shows, laid out beside the picture (see session::recording_layout);
/// a size too small for the overlays a script asks for is an error; the default ones that do not fit are left out
/// (with a note on a terminal).
session::ScriptOverlays apply_recording_layout(session::Session& session, Compositor& compositor,
                                               const session::Script& script, int w, int h) {
    const bool captioned = !script.captions.empty() && script.overlays.caption;
    const session::RecordingLayout layout =
        session::recording_layout(w, h, script.overlays, script.overlays_given, captioned);
    compositor.set_scene_text_scale(layout.text_scale);
    session.view.picture_rect_px = layout.picture;
    session.view.title = layout.shown.title;
    session.view.readout = layout.shown.readout;
    session.view.legend = layout.shown.legend;
    if (!layout.left_out.empty() && isatty(2) == 1)  // on a terminal only: a script's output stays one line
        std::fprintf(stderr, "note: %dx%d leaves out the %s (too small beside the picture; see docs/recording.md)\n", w,
                     h, layout.left_out.c_str());
    return layout.shown;
}

void render_frames(const Options& options, const session::ScriptSource& rs, long total, exporter::FrameSink& sink) {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    if (!context) throw std::runtime_error(error);
    const int w = options.output_size().width_px, h = options.output_size().height_px, fps = options.fps;
    auto compositor = Compositor::create(default_fonts(), session::headless_display_scale(h), error);
    if (!compositor) throw std::runtime_error(error);
    const bool with_ui = options.with_ui && !options.no_ui;
    session::Session session = make_record_session(options, rs, with_ui);
    session.view.transparent = options.transparent;
    ui::Panels panels;
    const session::ScriptOverlays shown =
        with_ui ? rs.script.overlays : apply_recording_layout(session, *compositor, rs.script, w, h);
    const std::string& out_path = options.clips_dir.empty() ? options.record_path : options.clips_dir;
    Progress progress(std::filesystem::path(out_path).filename().string(), total);
    std::vector<std::uint8_t> rgba;
    int params_version = 0;
    auto frame_at = [&](long i) {
        const double t_s = session::frame_time_s(i, fps);
        session::ScriptFrame state = session::script_state_at(rs.script, t_s);
        state.labels = state.labels && shown.labels;  // left out when too small to read
        session::apply_script_state(session, rs, state, t_s, params_version);
        session::complete_population(session);  // every frame the finished bands: a recording does not depend on speed
        // The script's caption and title go in the area the panels leave free (the whole frame without them).
        const auto overlay = [&](scene::SceneFrame& frame, int fw, int fh, const std::optional<scene::Rect>& free) {
            session::overlay_script_frame(frame, state, fw, fh, free.value_or(whole_frame(fw, fh)),
                                          options.transparent);
        };
        compositor->compose(session, with_ui ? &panels : nullptr, w, h, 1.0 / fps, nullptr, overlay);
    };
    for (long i = 0; i < total; ++i) {
        if (interrupted()) throw exporter::Cancelled("interrupted");
        frame_at(i);
        compositor->renderer().read_raw_rgba(rgba);
        sink.write(rgba);
        progress.update(i + 1);
    }
}

/// Speaks or reads the narration (fitting the script to it) and writes it as one WAV; "" when there is none.
std::string prepare_narration(const Options& options, session::Script& script, const exporter::TempFolder& work) {
    Progress progress("narration", 0);
    session::NarrationOptions narration{options.voice, options.audio_path, work.path().string(), interrupted,
                                        [&](int done, int total) { progress.update_lines(done, total); }};
    const auto track = session::build_narration(script, narration, options.fps);
    if (!track) return "";
    const std::string wav = work / "narration.wav";
    exporter::write_wav(wav, *track);
    return wav;
}

/// Loads, renders and commits the recording; everything it made is removed when it throws.
void record(const Options& options) {
    session::ScriptSource rs = session::load_script_source(options.script_path, options.assets_dir);
    if (options.captions_file_only) rs.script.overlays.caption = false;  // the .srt and .vtt files still have them
    warn_if_extrapolating(rs.base_scenario);
    const exporter::TempFolder work("synapse-narration");  // the narration's files, removed however it ends
    const std::string audio_wav = prepare_narration(options, rs.script, work);
    const long frames = session::frame_count(rs.script, options.fps);
    if (frames < 1)
        throw std::runtime_error(rs.script.where + ": the script is shorter than one frame at " +
                                 std::to_string(options.fps) + " fps");
    if (!options.clips_dir.empty()) {
        auto clips = exporter::make_async(open_clips_sink(options, rs.script, frames, audio_wav, work.path().string()));
        render_frames(options, rs, frames, *clips);
        clips->finish();
        return;
    }
    exporter::OutputOptions out = output_options(options, rs, frames);
    out.audio_path = audio_wav;
    if (!audio_wav.empty() && exporter::is_png_sequence_path(out.path))
        throw std::runtime_error(out.path +
                                 ": a PNG sequence has no sound track; record the narration to .mp4, "
                                 ".webm or .mov");
    auto sink = exporter::make_async(exporter::open_sink(out));
    render_frames(options, rs, frames, *sink);
    sink->finish();
}

}  // namespace

int run_record(const Options& options) {
    const char* flag = options.clips_dir.empty() ? "--record" : "--clips";
    if (options.script_path.empty())
        throw std::runtime_error(std::string(flag) + " needs --script FILE (see assets/scripts)");
    std::signal(SIGPIPE, SIG_IGN);  // a dying ffmpeg becomes a write error
    std::signal(SIGXFSZ, SIG_IGN);  // a file size limit becomes a write error (like a full disk)
    install_interrupt_handlers();
    try {
        record(options);
    } catch (const std::exception&) {
        if (!interrupted()) throw;  // any error that follows an interrupt is the interrupt's doing
        std::fprintf(stderr, "synapse-lab: interrupted; nothing written\n");
        return 128 + static_cast<int>(g_interrupt_signal);
    }
    return 0;
}

}  // namespace app
