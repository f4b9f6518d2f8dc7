// --benchmark: measured per-stage costs, printed as `name value unit` lines.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include <glad/gl.h>
#include <imgui.h>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/session.hpp"
#include "render/gl_context.hpp"
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

void bench_model(ui::AppState& app) {
    sim::Trajectory sink;
    // As the window recomputes on every change: into the previous run's storage.
    const double ms = median_ms(21, [&] { sink = sim::simulate(app.scenario, std::move(sink)); });
    print("simulate_21d_ms", ms, "ms");
    print("trajectory_samples", static_cast<double>(sink.samples().size()), "count");
}

/// Median cost of 30 frames, each after `before` (which may change the state), with glFinish so the software
/// renderer's work is counted.
template <typename Before>
double frame_ms(ui::AppState& app, Compositor& compositor, int w, int h, bool with_ui, Before&& before) {
    return median_ms(30, [&] {
        ui::advance(app, 1.0 / 60.0);
        before();
        compositor.compose(app, w, h, with_ui, 1.0 / 60.0);
        glFinish();
    });
}

void bench_frames(ui::AppState& app, Compositor& compositor, int w, int h, bool with_ui, const char* name) {
    for (int i = 0; i < 5; ++i) compositor.compose(app, w, h, with_ui, 1.0 / 60.0);  // warm-up
    print(name, frame_ms(app, compositor, w, h, with_ui, [] {}), "ms");
}

/// A frame halfway through the camera move from the circuit to the synapse view (both views drawn, nothing cached).
void bench_view_change(ui::AppState& app, Compositor& compositor, int w, int h) {
    const double ms = frame_ms(app, compositor, w, h, true, [&] {
        app.view.view = app.shown_view = scene::View::synapse;
        app.from_view = scene::View::circuit;
        app.view_switch_anim_s = app.anim_time_s - 0.45;
    });
    print("frame_1920x1080_view_change_ui_ms", ms, "ms");
}

/// While playing: the time bar, plots and HUD change every frame, so those panels are drawn again.
void bench_playing(ui::AppState& app, Compositor& compositor, int w, int h) {
    const double start_h = app.time_h;
    app.playing = true;
    const double ms = frame_ms(app, compositor, w, h, true, [&] {
        if (!app.playing) app.time_h = start_h, app.playing = true;  // never run into the end
    });
    app.playing = false;
    app.time_h = start_h;
    print("frame_1920x1080_playing_ui_ms", ms, "ms");
    print("panels_drawn_playing", compositor.panels_drawn(), "count");
}

/// A dialog open over the scene and a panel: the panels under it are drawn every frame, the rest kept.
void bench_dialog(ui::AppState& app, Compositor& compositor, int w, int h) {
    app.dialogs.open_scenario = true;
    const double ms = frame_ms(app, compositor, w, h, true, [] {});
    app.dialogs.open_scenario = false;
    print("frame_1920x1080_dialog_ui_ms", ms, "ms");
    print("panels_drawn_dialog", compositor.panels_drawn(), "count");
}

/// Every panel drawn in every frame: the worst case (a resize, a theme change, a tooltip over every panel).
void bench_all_panels(ui::AppState& app, Compositor& compositor, int w, int h) {
    const double ms = frame_ms(app, compositor, w, h, true, [&] { compositor.forget_panels(); });
    print("frame_1920x1080_all_panels_ui_ms", ms, "ms");
}

/// The panels' CPU cost alone: ImGui building every window's draw lists, without drawing them.
void bench_panels_cpu(ui::AppState& app, Compositor& compositor, int w, int h) {
    compositor.compose(app, w, h, true, 1.0 / 60.0);  // fonts and layout for this size
    const double ms = median_ms(30, [&] {
        ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
        ImGui::NewFrame();
        ui::draw(app);
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
    ui::AppState app = make_session(options);
    bench_model(app);
    std::string error;
    auto context = render::HeadlessContext::create(error);
    if (!context) throw std::runtime_error(error);
    auto compositor = Compositor::create(default_fonts(), 1.0f, error);
    if (!compositor) throw std::runtime_error(error);
    std::printf("# %s\n", render::gl_description().c_str());
    app.time_h = 0.67;  // the end of the standard infusion: the busiest moment
    for (scene::View view : {scene::View::circuit, scene::View::synapse, scene::View::spine}) {
        app.view.view = view;
        app.shown_view = view;  // time the settled view, not the camera move into it
        app.from_view.reset();
        const std::string name = "frame_1920x1080_" + std::string(scene::view_id(view)) + "_ms";
        bench_frames(app, *compositor, 1920, 1080, false, name.c_str());
        bench_frames(app, *compositor, 1920, 1080, true, (name.substr(0, name.size() - 3) + "_ui_ms").c_str());
    }
    bench_view_change(app, *compositor, 1920, 1080);
    bench_playing(app, *compositor, 1920, 1080);
    bench_dialog(app, *compositor, 1920, 1080);
    bench_all_panels(app, *compositor, 1920, 1080);
    bench_panels_cpu(app, *compositor, 1920, 1080);
    return 0;
}

}  // namespace app
