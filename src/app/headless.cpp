// Headless modes: --screenshot, --csv and --dose-response, with no display server.
#include <algorithm>
#include <cstdio>
#include <future>
#include <sstream>
#include <stdexcept>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/session_setup.hpp"
#include "export/atomic_file.hpp"
#include "export/png.hpp"
#include "render/gl_context.hpp"
#include "session/session.hpp"
#include "sim/csv.hpp"
#include "sim/dose_response.hpp"
#include "sim/limits.hpp"
#include "sim/number_text.hpp"
#include "sim/population.hpp"
#include "sim/sensitivity.hpp"
#include "sim/simulate.hpp"
#include "ui/panels.hpp"

namespace app {

int run_screenshot(const Options& options) {
    // The session (content, first simulation) on a second thread while OpenGL starts on this one, as in the window.
    std::future<session::Session> pending = std::async(std::launch::async, [&options] {
        session::Session made = make_session(options);
        session::trajectory(made);
        return made;
    });
    std::string error;
    auto context = render::HeadlessContext::create(error);
    if (!context) throw std::runtime_error(error);
    options.startup.mark("gl_context");
    const int w = options.output_size().width_px, h = options.output_size().height_px;
    auto compositor = Compositor::create(default_fonts(), session::headless_display_scale(h), error);
    if (!compositor) throw std::runtime_error(error);
    options.startup.mark("compositor");
    session::Session session = pending.get();  // make_session's error, if any, is thrown here
    options.startup.mark("session");
    warn_if_extrapolating(session.model.scenario);
    ui::Panels panels;
    panels.dialogs.welcome = options.welcome;
    session::complete_population(session);  // the finished bands, never a partial frame's
    compositor->compose(session, options.no_ui ? nullptr : &panels, w, h, 1.0 / 60.0);  // one frame: no warm-up
    std::vector<std::uint8_t> rgba;
    compositor->renderer().read_rgba(rgba);
    options.startup.mark("read_back");
    exporter::write_png(options.screenshot_path, w, h, rgba);
    options.startup.mark("png_written");
    return 0;
}

namespace {

/// --hours and --step-min, checked before anything is written.
void check_csv_options(const Options& options) {
    constexpr double kMaxHours = sim::limits::kDurationMax_days * 24.0;
    constexpr double kMinStep_min = 0.1;  // finer than the model's 1-minute grid is interpolation already
    if (options.hours && !(*options.hours > 0.0 && *options.hours <= kMaxHours))
        throw std::runtime_error("--hours: expected hours between 0 and " + sim::number_text(kMaxHours) + ", got " +
                                 sim::number_text(*options.hours));
    if (!(options.step_min >= kMinStep_min && options.step_min <= sim::kMaxStepMin))
        throw std::runtime_error("--step-min: expected minutes between " + sim::number_text(kMinStep_min) + " and " +
                                 sim::number_text(sim::kMaxStepMin) + ", got " + sim::number_text(options.step_min));
}

}  // namespace

int run_csv(const Options& options) {
    check_csv_options(options);
    session::Session session = make_session(options);
    if (options.hours && *options.hours > session::trajectory(session).duration_h())  // a longer table
        session.model.scenario.duration_days = *options.hours / 24.0;
    warn_if_extrapolating(session.model.scenario);
    const sim::Trajectory& trajectory = session::trajectory(session);
    const double hours = options.hours.value_or(trajectory.duration_h());
    if (options.population == 0) {
        exporter::write_file_atomically(
            options.csv_path, [&](std::ostream& out) { sim::write_csv(trajectory, out, hours, options.step_min); });
        return 0;
    }
    // Everyone at the typical run's 1-minute step; the bands on the CSV's own grid (whole minutes, at least one).
    sim::PopulationSpec spec;
    spec.people = options.population;
    spec.seed = options.seed;
    spec.band_step_min = std::max(1.0, options.step_min);
    sim::PopulationRun population;
    sim::run_population(population, session.model.scenario, spec);
    exporter::write_file_atomically(options.csv_path, [&](std::ostream& out) {
        sim::write_population_csv(trajectory, population, out, hours, options.step_min);
    });
    return 0;
}

int run_sensitivity(const Options& options) {
    const session::Session session = make_session(options);
    const sim::SensitivityResult result = sim::sensitivity(session.model.scenario);
    if (!options.csv_path.empty())
        exporter::write_file_atomically(options.csv_path,
                                        [&](std::ostream& out) { sim::write_sensitivity_csv(result, out); });
    if (options.csv_path != "-") std::fputs(sim::sensitivity_text(result).c_str(), stdout);
    return 0;
}

int run_dose_response_csv(const Options& options) {
    // The --scenario's drug, body weight, experiments and hypotheses; its own doses are replaced by the view's.
    const session::Session session = make_session(options);
    const auto points = sim::dose_response(session.model.scenario, sim::dose_response_doses());
    exporter::write_file_atomically(options.dose_response_path,
                                    [&](std::ostream& out) { sim::write_dose_response_csv(points, out); });
    return 0;
}

}  // namespace app
