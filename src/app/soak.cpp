// --soak MINUTES: the lessons and the shipped recording script played on a loop through the full compositor,
// headless, with resident memory and frame times sampled every 10 s as CSV lines on stdout (scripts/soak.sh).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/session_setup.hpp"
#include "render/gl_context.hpp"
#include "session/file_actions.hpp"
#include "session/lesson/lesson.hpp"
#include "session/recording/script_preview.hpp"
#include "ui/panels.hpp"

namespace app {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double kSampleEvery_s = 10.0;
constexpr double kFrame_s = 1.0 / 60.0;

/// Resident memory now (not the peak), in MB of 1,000,000 bytes, from /proc/self/statm.
double resident_mb() {
    std::ifstream statm("/proc/self/statm");
    long pages_total = 0, pages_resident = 0;
    statm >> pages_total >> pages_resident;
    return static_cast<double>(pages_resident) * 4096.0 / 1e6;
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

/// Collects frame times and prints one CSV line per sampling period.
class Sampler {
public:
    explicit Sampler(Clock::time_point start) : start_(start), next_s_(kSampleEvery_s) {
        std::printf("elapsed_s,resident_mb,frame_median_ms,frame_p95_ms,frames\n");
        std::fflush(stdout);
    }
    void add(double frame_ms) {
        frames_ms_.push_back(frame_ms);
        ++frames_;
        const double elapsed_s = seconds_since(start_);
        if (elapsed_s < next_s_) return;
        std::sort(frames_ms_.begin(), frames_ms_.end());
        const double median = frames_ms_[frames_ms_.size() / 2];
        const double p95 = frames_ms_[std::min(frames_ms_.size() - 1, frames_ms_.size() * 95 / 100)];
        std::printf("%.1f,%.2f,%.3f,%.3f,%ld\n", elapsed_s, resident_mb(), median, p95, frames_);
        std::fflush(stdout);
        frames_ms_.clear();
        next_s_ += kSampleEvery_s;
    }

private:
    Clock::time_point start_;
    double next_s_;
    std::vector<double> frames_ms_;
    long frames_ = 0;
};

struct Soak {
    session::Session& session;
    ui::Panels& panels;
    Compositor& compositor;
    int width_px, height_px;
    Sampler& sampler;
    Clock::time_point end;

    bool over() const { return Clock::now() >= end; }

    /// Advances and draws `frames` frames (the preview advances by `speed` times the frame's time).
    void play(int frames, double speed = 1.0) {
        for (int i = 0; i < frames && !over(); ++i) {
            const auto start = Clock::now();
            session::advance(session, kFrame_s * speed);
            compositor.compose(session, &panels, width_px, height_px, kFrame_s);
            compositor.renderer().finish();
            sampler.add(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
    }

    /// Every step of a lesson, each run for three seconds (predict-then-run steps run to their answer).
    void lesson(const std::string& path) {
        if (!session::open_lesson_file(session, path)) throw std::runtime_error(path + ": " + session.lesson.error);
        do {
            session::run_lesson_step(session);
            play(180);
        } while (!over() && session::lesson_go(session, +1));
        session::stop_lesson(session);
    }

    /// The shipped recording script, previewed from start to end at four times its speed.
    void script(const std::string& path) {
        if (!session::open_script_preview(session, path)) throw std::runtime_error(path + ": " + session.preview.error);
        session::toggle_preview_play(session);
        while (!over() && session::previewing(session) && session.preview.playing) play(60, 4.0);
        session::close_script_preview(session);
    }
};

}  // namespace

int run_soak(const Options& options) {
    if (!(options.soak_minutes > 0.0)) throw std::runtime_error("--soak: expected minutes above 0");
    session::Session session = make_session(options);
    std::string error;
    auto context = render::HeadlessContext::create(error);
    if (!context) throw std::runtime_error(error);
    const int w = options.output_size().width_px, h = options.output_size().height_px;
    auto compositor = Compositor::create(default_fonts(), session::headless_display_scale(h), error);
    if (!compositor) throw std::runtime_error(error);
    ui::Panels panels;
    const Clock::time_point start = Clock::now();
    Sampler sampler(start);
    Soak soak{session,
              panels,
              *compositor,
              w,
              h,
              sampler,
              start + std::chrono::milliseconds(static_cast<long>(options.soak_minutes * 60000.0))};
    while (!soak.over()) {
        soak.lesson(session.assets_dir + "/lessons/mechanism.json");
        soak.lesson(session.assets_dir + "/lessons/experiments.json");
        soak.script(session.assets_dir + "/scripts/ketamine-mechanism.json");
    }
    return 0;
}

}  // namespace app
