// --benchmark: measured per-stage costs, printed as `name value unit` lines.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/session_setup.hpp"
#include "app/startup.hpp"
#include "render/gl_context.hpp"
#include "session/view/layout.hpp"
#include "sim/population.hpp"
#include "sim/simulate.hpp"
#include "ui/ui.hpp"

namespace app {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// Median of `repetitions` timings of `work`, in milliseconds.
template <typename Work>
double median_ms(int repetitions, Work&& work) {
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(ms_since(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void print(const char* name, double value, const char* unit) { std::printf("%s %.3f %s\n", name, value, unit); }

void bench_model(session::Session& session) {
    sim::Trajectory sink;
    // As the window recomputes on every change: into the previous run's storage.
    const double ms = median_ms(21, [&] { sink = sim::simulate(session.model.scenario, std::move(sink)); });
    print("simulate_21d_ms", ms, "ms");
    print("trajectory_samples", static_cast<double>(sink.samples().size()), "count");
    // The virtual population (issue 17's budget: 100 people over 21 days at 1-minute steps, at most 150 ms of
    // CPU), restarted into its own storage as the window does; bands every 10 minutes (the window's) and every
    // minute (a CSV at --step-min 1). CPU time of this process: std::clock.
    sim::PopulationRun population;
    for (const double band_step_min : {10.0, 1.0}) {
        sim::PopulationSpec spec;
        spec.band_step_min = band_step_min;
        std::vector<double> cpu_ms;
        const double wall_ms = median_ms(5, [&] {
            const std::clock_t cpu_start = std::clock();
            sim::run_population(population, session.model.scenario, spec);
            cpu_ms.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
        });
        std::sort(cpu_ms.begin(), cpu_ms.end());
        const std::string name = "population_100x21d_band" + std::to_string(static_cast<int>(band_step_min)) + "min";
        print((name + "_ms").c_str(), wall_ms, "ms");
        print((name + "_cpu_ms").c_str(), cpu_ms[cpu_ms.size() / 2], "ms");
    }
}

/// The window's bands after a change (issue 17: within half a second): the population stepped as the window steps
/// it, session::kPopulationFrameBudget_ms a frame, after the dose changed. The window's frames come every 1/60 s
/// (vsync), so the bands are ready after that many frames' time; the cost a frame adds is measured too.
void bench_population_after_change(session::Session& session) {
    session::Session s = session;
    s.population.shown = true;
    session::complete_population(s);  // the population's storage, as the window has it after its first run
    s.model.scenario.doses.front().amount_mg_per_kg *= 1.2;
    int frames = 0;
    double worst_ms = 0.0;
    while (!session::population_ready(s) && frames < 100000) {
        const auto start = Clock::now();
        session::update_population(s);
        worst_ms = std::max(worst_ms, ms_since(start));
        ++frames;
    }
    print("population_bands_ready_frames_after_change", frames, "count");
    print("population_bands_ready_after_change_60fps_ms", frames * 1000.0 / 60.0, "ms");
    print("population_frame_cost_max_ms", worst_ms, "ms");
}

/// The screen being measured: a session, its panels (nullptr: the scene alone), the compositor and the size.
struct Bench {
    session::Session& session;
    ui::Panels* panels;
    Compositor& compositor;
    int w, h;
};

/// Median cost of 30 frames, each after `before` (which may change the state), waiting for the renderer so the
/// software renderer's work is counted.
template <typename Before>
double frame_ms(const Bench& b, Before&& before) {
    return median_ms(30, [&] {
        session::advance(b.session, 1.0 / 60.0);
        before();
        b.compositor.compose(b.session, b.panels, b.w, b.h, 1.0 / 60.0);
        b.compositor.renderer().finish();
    });
}

void bench_frames(const Bench& b, const char* name) {
    for (int i = 0; i < 5; ++i) b.compositor.compose(b.session, b.panels, b.w, b.h, 1.0 / 60.0);  // warm caches
    print(name, frame_ms(b, [] {}), "ms");
}

/// A frame halfway through the camera move from the circuit to the synapse view (both views drawn, nothing cached).
void bench_view_change(const Bench& b) {
    session::Session& session = b.session;
    const double ms = frame_ms(b, [&] {
        session.view.view = session.shown_view = scene::View::synapse;
        session.from_view = scene::View::circuit;
        session.view_switch_anim_s = session.anim_time_s - 0.45;
    });
    print("frame_1920x1080_view_change_ui_ms", ms, "ms");
}

/// While playing: the time bar, plots and HUD change every frame, so those panels are drawn again.
void bench_playing(const Bench& b) {
    session::Session& session = b.session;
    const double start_h = session.time_h;
    session.playing = true;
    const double ms = frame_ms(b, [&] {
        if (!session.playing) session.time_h = start_h, session.playing = true;  // never run into the end
    });
    session.playing = false;
    session.time_h = start_h;
    print("frame_1920x1080_playing_ui_ms", ms, "ms");
    print("panels_drawn_playing", b.compositor.panels_drawn(), "count");
}

/// A dialog open over the scene and a panel: the panels under it are drawn every frame, the rest kept.
void bench_dialog(const Bench& b) {
    b.panels->dialogs.open_scenario = true;
    const double ms = frame_ms(b, [] {});
    b.panels->dialogs.open_scenario = false;
    print("frame_1920x1080_dialog_ui_ms", ms, "ms");
    print("panels_drawn_dialog", b.compositor.panels_drawn(), "count");
}

/// Every panel drawn in every frame: the worst case (a resize, a theme change, a tooltip over every panel).
void bench_all_panels(const Bench& b) {
    const double ms = frame_ms(b, [&] { b.compositor.forget_panels(); });
    print("frame_1920x1080_all_panels_ui_ms", ms, "ms");
}

/// The panels' CPU cost alone: ImGui building every window's draw lists, without drawing them.
void bench_panels_cpu(const Bench& b) {
    b.compositor.compose(b.session, b.panels, b.w, b.h, 1.0 / 60.0);  // fonts for this size
    const float scale = b.compositor.panel_scale(b.session, b.w, b.h);
    const session::Layout layout =
        session::compute_layout(session::layout_input(b.session, static_cast<float>(b.w), static_cast<float>(b.h), scale));
    const double ms = median_ms(30, [&] {
        ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(b.w), static_cast<float>(b.h));
        ImGui::NewFrame();
        ui::draw(b.session, *b.panels, layout);
        ImGui::Render();
    });
    print("panels_cpu_1920x1080_ms", ms, "ms");
    const ImDrawData* data = ImGui::GetDrawData();
    int commands = 0, vertices = 0;
    for (int i = 0; i < data->CmdListsCount; ++i) {
        commands += data->CmdLists[i]->CmdBuffer.Size;
        vertices += data->CmdLists[i]->VtxBuffer.Size;
    }
    print("panels_draw_calls", commands, "count");
    print("panels_vertices", vertices, "count");
}

}  // namespace

int run_benchmark(const Options& options) {
    print_startup_benchmark(5);
    session::Session session = make_session(options);
    bench_model(session);
    bench_population_after_change(session);
    std::string error;
    auto context = render::HeadlessContext::create(error);
    if (!context) throw std::runtime_error(error);
    auto compositor = Compositor::create(default_fonts(), session::headless_display_scale(1080), error);
    if (!compositor) throw std::runtime_error(error);
    std::printf("# %s\n", render::gl_description().c_str());
    session.time_h = 0.67;  // the end of the standard infusion: the busiest moment
    ui::Panels panels;
    const Bench ui_screen{session, &panels, *compositor, 1920, 1080};
    for (scene::View view : {scene::View::circuit, scene::View::synapse, scene::View::spine, scene::View::receptor,
                             scene::View::signalling}) {
        session.view.view = view;
        session.shown_view = view;  // time the settled view, not the camera move into it
        session.from_view.reset();
        const std::string name = "frame_1920x1080_" + std::string(scene::view_id(view)) + "_ms";
        bench_frames({session, nullptr, *compositor, 1920, 1080}, name.c_str());
        bench_frames(ui_screen, (name.substr(0, name.size() - 3) + "_ui_ms").c_str());
    }
    session.view.view = session.shown_view = scene::View::receptor;  // two receptors, two channels, both readouts
    session.view.receptor_split = true;
    bench_frames({session, nullptr, *compositor, 1920, 1080}, "frame_1920x1080_receptor_split_ms");
    bench_frames(ui_screen, "frame_1920x1080_receptor_split_ui_ms");
    session.view.receptor_split = false;
    bench_view_change(ui_screen);
    bench_playing(ui_screen);
    bench_dialog(ui_screen);
    bench_all_panels(ui_screen);
    bench_panels_cpu(ui_screen);
    return 0;
}

}  // namespace app
