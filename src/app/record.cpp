// --record: renders a script headless, frame by frame (both clocks advance exactly 1/fps), into ffmpeg or PNGs.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include <glad/gl.h>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/record_script.hpp"
#include "app/session.hpp"
#include "export/overlay.hpp"
#include "export/sink.hpp"
#include "export/srt.hpp"
#include "render/gl_context.hpp"
#include "ui/script_preview.hpp"

namespace app {
namespace {

/// "frames done, fps, time left" on stderr, redrawn in place at most 4 times a second; silent when stderr
/// is not a terminal. The wall clock is read here only, never for frame content.
class Progress {
public:
    Progress(std::string name, long total) : name_(std::move(name)), total_(total), tty_(isatty(2) == 1) {}

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
        if (done == total_) std::fputc('\n', stderr);
    }

private:
    using Clock = std::chrono::steady_clock;
    std::string name_;
    long total_;
    bool tty_;
    Clock::time_point start_ = Clock::now(), last_{};
};

/// The session a script starts from: its scenario, theme, seed and a text scale for the output height.
ui::AppState make_record_session(const Options& options, const RecordScript& rs) {
    ui::AppState app;
    app.assets_dir = options.assets_dir;
    app.scenario = rs.base_scenario;
    app.default_scenario = rs.base_scenario;
    app.seed = rs.script.seed;
    app.view.theme = rs.script.theme;
    app.show_ui = true;
    app.ui_scale = options.ui_scale > 0.0f
                       ? options.ui_scale
                       : std::clamp(static_cast<float>(options.size.height_px) / 1080.0f, 0.5f, 4.0f);
    ui::recompute(app);
    return app;
}

/// Reads the frame back in OpenGL's row order (bottom up); the sink flips it where it is cheapest.
void read_bottom_up(const render::Renderer& renderer, std::vector<std::uint8_t>& rgba) {
    rgba.resize(static_cast<std::size_t>(renderer.width_px()) * static_cast<std::size_t>(renderer.height_px()) * 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, renderer.framebuffer());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, renderer.width_px(), renderer.height_px(), GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
}

exporter::OutputOptions output_options(const Options& options, const RecordScript& rs) {
    exporter::OutputOptions out;
    out.path = options.record_path;
    out.width_px = options.size.width_px;
    out.height_px = options.size.height_px;
    out.fps = options.fps;
    out.crf = options.crf;
    out.transparent = options.transparent;
    out.bottom_up = true;
    out.srt = exporter::srt_text(rs.script.captions, options.fps);
    return out;
}

void render_frames(const Options& options, const RecordScript& rs, exporter::FrameSink& sink) {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    if (!context) throw std::runtime_error(error);
    auto compositor = Compositor::create(default_fonts(), 1.0f, error);
    if (!compositor) throw std::runtime_error(error);
    ui::AppState app = make_record_session(options, rs);
    app.view.transparent = options.transparent;
    const int w = options.size.width_px, h = options.size.height_px, fps = options.fps;
    const bool with_ui = options.with_ui && !options.no_ui;
    const long total = exporter::frame_count(rs.script, fps);
    Progress progress(std::filesystem::path(options.record_path).filename().string(), total);
    std::vector<std::uint8_t> rgba;
    int params_version = 0;
    for (long i = 0; i < total; ++i) {
        const double t_s = exporter::frame_time_s(i, fps);
        const exporter::ScriptFrame state = exporter::script_state_at(rs.script, t_s);
        ui::apply_script_frame(app, rs, state, t_s, params_version);
        compositor->compose(app, w, h, with_ui, 1.0 / fps, nullptr, [&](scene::SceneFrame& frame, int fw, int fh) {
            exporter::apply_script_frame(frame, state, fw, fh, options.transparent);
        });
        read_bottom_up(compositor->renderer(), rgba);
        sink.write(rgba);
        progress.update(i + 1);
    }
}

}  // namespace

int run_record(const Options& options) {
    if (options.script_path.empty()) throw std::runtime_error("--record needs --script FILE (see assets/scripts)");
    std::signal(SIGPIPE, SIG_IGN);  // a dying ffmpeg becomes a write error
    std::signal(SIGXFSZ, SIG_IGN);  // a file size limit becomes a write error (like a full disk)
    const RecordScript rs = load_record_script(options.script_path, options.assets_dir);
    auto sink = exporter::make_async(exporter::open_sink(output_options(options, rs)));
    render_frames(options, rs, *sink);
    sink->finish();
    return 0;
}

}  // namespace app
