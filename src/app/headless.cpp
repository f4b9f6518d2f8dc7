// Headless modes: --screenshot and --csv, with no display server.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/session.hpp"
#include "export/png.hpp"
#include "render/gl_context.hpp"
#include "sim/csv.hpp"
#include "sim/limits.hpp"
#include "sim/simulate.hpp"
#include "ui/app_state.hpp"

namespace app {

/// The UI scale for an output of this height when none is given: 1x up to 1080 lines, then proportional.
float auto_scale_for_height(int height_px) { return std::max(1.0f, static_cast<float>(height_px) / 1080.0f); }

int run_screenshot(const Options& options) {
    ui::AppState app = make_session(options);
    if (options.ui_scale <= 0.0f) app.ui_scale = auto_scale_for_height(options.size.height_px);
    std::string error;
    auto context = render::HeadlessContext::create(error);
    if (!context) throw std::runtime_error(error);
    auto compositor = Compositor::create(default_fonts(), 1.0f, error);
    if (!compositor) throw std::runtime_error(error);
    const bool with_ui = !options.no_ui;
    // ImGui lays windows out over a few frames; the model and animation clocks do not move meanwhile.
    for (int frame = 0; frame < (with_ui ? 3 : 1); ++frame)
        compositor->compose(app, options.size.width_px, options.size.height_px, with_ui, 1.0 / 60.0);
    std::vector<std::uint8_t> rgba;
    compositor->renderer().read_rgba(rgba);
    exporter::write_png(options.screenshot_path, options.size.width_px, options.size.height_px, rgba);
    return 0;
}

namespace {

std::string number_text(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

/// --hours and --step-min, checked before anything is written.
void check_csv_options(const Options& options) {
    constexpr double kMaxHours = sim::limits::kDurationMax_days * 24.0;
    constexpr double kMinStep_min = 0.1;  // finer than the model's 1-minute grid is interpolation already
    if (options.hours_given && !(options.hours > 0.0 && options.hours <= kMaxHours))
        throw std::runtime_error("--hours: expected hours between 0 and " + number_text(kMaxHours) + ", got " +
                                 number_text(options.hours));
    if (!(options.step_min >= kMinStep_min && options.step_min <= sim::kMaxStepMin))
        throw std::runtime_error("--step-min: expected minutes between " + number_text(kMinStep_min) + " and " +
                                 number_text(sim::kMaxStepMin) + ", got " + number_text(options.step_min));
}

}  // namespace

int run_csv(const Options& options) {
    check_csv_options(options);
    ui::AppState app = make_session(options);
    if (options.hours_given && options.hours > app.trajectory.duration_h()) {  // a longer table: simulate longer
        app.scenario.duration_days = options.hours / 24.0;
        ui::recompute(app);
    }
    const double hours = options.hours_given ? options.hours : app.trajectory.duration_h();
    const std::string tmp = options.csv_path + ".tmp";
    std::ofstream out(tmp, std::ios::trunc);
    if (!out) throw std::runtime_error(options.csv_path + ": cannot write");
    try {
        sim::write_csv(app.trajectory, out, hours, options.step_min);
        out.close();
        if (!out) throw std::runtime_error(options.csv_path + ": write failed (disk full?)");
    } catch (...) {
        std::remove(tmp.c_str());
        throw;
    }
    exporter::commit_file(tmp, options.csv_path);
    return 0;
}

}  // namespace app
