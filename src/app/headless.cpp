// Headless modes: --screenshot and --csv, with no display server.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/session.hpp"
#include "export/png.hpp"
#include "render/gl_context.hpp"
#include "sim/csv.hpp"

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

int run_csv(const Options& options) {
    ui::AppState app = make_session(options);
    const std::string tmp = options.csv_path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        if (!out) throw std::runtime_error(options.csv_path + ": cannot write");
        const double hours = options.hours > 0.0 ? options.hours : app.trajectory.duration_h();
        sim::write_csv(app.trajectory, out, hours, options.step_min);
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            throw std::runtime_error(options.csv_path + ": write failed (disk full?)");
        }
    }
    exporter::commit_file(tmp, options.csv_path);
    return 0;
}

}  // namespace app
