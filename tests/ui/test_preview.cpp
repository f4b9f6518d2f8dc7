// The recording-script preview: scrubbing and playing drive the session as the recorder does; the Video tab.
#include <catch2/catch.hpp>

#include "harness.hpp"
#include "ui/preview_panel.hpp"
#include "ui/scene_view.hpp"
#include "ui/script_preview.hpp"

namespace {

std::string script_path() { return test::assets_dir() + "/scripts/ketamine-mechanism.json"; }

ImGuiID id_in(ImGuiWindow* w, const char* label) { return ImHashStr(label, 0, w->ID); }

ImGuiWindow* video_tab() { return test::Harness::window("##video"); }

}  // namespace

TEST_CASE("scrubbing the preview sets the sim time, view, labels and clocks from the script") {
    ui::AppState app = test::make_app();
    REQUIRE(ui::open_script_preview(app, script_path()));
    REQUIRE(ui::previewing(app));
    const exporter::Script& script = app.preview.source->script;
    for (double t_s : {0.0, 3.0, 12.5, 30.0, 47.2, 60.0, 84.9, 85.0, 200.0}) {
        INFO("video time " << t_s);
        ui::seek_preview(app, t_s);
        const double clamped_s = std::min(t_s, script.duration_s());
        const exporter::ScriptFrame f = exporter::script_state_at(script, clamped_s);
        CHECK(app.preview.video_time_s == clamped_s);
        CHECK(app.time_h == Approx(std::min(f.sim_time_h, app.trajectory.duration_h())));
        CHECK(app.anim_time_s == clamped_s);
        CHECK(app.view.view == f.view);
        CHECK(app.view.from_view == f.from_view);
        CHECK(app.view.labels == f.labels);
        CHECK(app.view.caption == !(f.caption != nullptr || !f.title.empty()));
        const sim::Scenario expected =
            exporter::scenario_at_version(script, app.preview.source->base_scenario, f.params_version);
        CHECK(app.scenario.experiments.rapamycin == expected.experiments.rapamycin);
        // The scene sees the script's transition, not the window's own camera move.
        CHECK(ui::scene_view(app, false).from_view == f.from_view);
    }
}

TEST_CASE("the preview recomputes the model only when the script's params_version changes") {
    ui::AppState app = test::make_app();
    REQUIRE(ui::open_script_preview(app, script_path()));
    const exporter::Script& script = app.preview.source->script;
    const int after_open = app.recompute_count;
    int expected = after_open, version = app.preview.params_version;
    for (double t_s = 0.0; t_s <= script.duration_s(); t_s += 0.5) {
        ui::seek_preview(app, t_s);
        const int v = exporter::script_state_at(script, t_s).params_version;
        expected += v != version;
        version = v;
    }
    CHECK(app.recompute_count == expected);
    ui::seek_preview(app, 5.0);
    const int before = app.recompute_count;
    REQUIRE(exporter::script_state_at(script, 6.0).params_version == app.preview.params_version);
    ui::seek_preview(app, 6.0);  // scrubbing within one version: no recompute
    ui::seek_preview(app, 5.5);
    CHECK(app.recompute_count == before);
}

TEST_CASE("playing the preview advances video time by exactly the frame dt and stops at the end") {
    ui::AppState app = test::make_app();
    REQUIRE(ui::open_script_preview(app, script_path()));
    const double duration_s = app.preview.source->script.duration_s();
    ui::toggle_play(app);  // Space plays the preview, not the session's own clock
    CHECK(app.preview.playing);
    CHECK_FALSE(app.playing);
    for (int i = 0; i < 300; ++i) ui::advance(app, 1.0 / 30.0);
    CHECK(app.preview.video_time_s == Approx(10.0));
    CHECK(app.anim_time_s == app.preview.video_time_s);
    CHECK(app.time_h == Approx(exporter::script_state_at(app.preview.source->script, 10.0).sim_time_h));
    ui::toggle_play(app);
    ui::advance(app, 1.0);
    CHECK(app.preview.video_time_s == Approx(10.0));
    ui::seek_preview(app, duration_s - 0.1);
    ui::toggle_play(app);
    for (int i = 0; i < 10; ++i) ui::advance(app, 0.05);
    CHECK(app.preview.video_time_s == duration_s);
    CHECK_FALSE(app.preview.playing);
    ui::toggle_play(app);  // at the end, play starts over
    CHECK(app.preview.video_time_s == 0.0);
    CHECK(app.preview.playing);
}

TEST_CASE("closing the preview restores the session; a bad file is one line and changes nothing") {
    ui::AppState app = test::make_app();
    app.time_h = 5.0;
    app.view.view = scene::View::spine;
    app.view.labels = false;
    REQUIRE(ui::open_script_preview(app, test::assets_dir() + "/lessons/experiments.json"));
    ui::seek_preview(app, 20.0);
    CHECK(app.time_h != 5.0);
    ui::close_script_preview(app);
    CHECK_FALSE(ui::previewing(app));
    CHECK(app.time_h == 5.0);
    CHECK(app.view.view == scene::View::spine);
    CHECK_FALSE(app.view.labels);
    CHECK(app.scenario.name == "standard-infusion");
    CHECK_FALSE(ui::open_script_preview(app, "/nonexistent/script.json"));
    CHECK_FALSE(ui::previewing(app));
    CHECK(app.preview.error.find("/nonexistent/script.json") != std::string::npos);
    CHECK(app.preview.error.find('\n') == std::string::npos);
}

TEST_CASE("the render command names the script and quotes it for a shell; the picture keeps 16:9") {
    CHECK(ui::render_command("assets/scripts/ketamine-mechanism.json") ==
          "synapse-lab --record out.mp4 --script assets/scripts/ketamine-mechanism.json --size 1920x1080 --fps 30");
    CHECK(ui::render_command("my script's.json") ==
          "synapse-lab --record out.mp4 --script 'my script'\\''s.json' --size 1920x1080 --fps 30");
    const auto wide = ui::fit_video_aspect({100.0f, 20.0f, 1000.0f, 360.0f});
    CHECK(wide[2] == Approx(640.0f));
    CHECK(wide[3] == Approx(360.0f));
    CHECK(wide[0] == Approx(280.0f));
    const auto tall = ui::fit_video_aspect({0.0f, 0.0f, 320.0f, 400.0f});
    CHECK(tall[3] == Approx(180.0f));
    CHECK(tall[1] == Approx(110.0f));
    const auto files = ui::preview_script_files(test::assets_dir());
    REQUIRE(files.size() >= 3);
    CHECK(files.front().find("scripts/ketamine-mechanism.json") != std::string::npos);
}

TEST_CASE("the Video tab (File > Preview recording script...) scrubs with its slider and copies the command") {
    ui::AppState app = test::make_app();
    test::Harness h;
    ui::show_preview_tab(app);
    h.frames(app, 3);
    CHECK(app.left_tab == ui::LeftTab::video);
    REQUIRE(video_tab());
    REQUIRE(ui::open_script_preview(app, script_path()));
    h.frames(app, 2);
    const auto slider = h.find_item(app, video_tab, id_in(video_tab(), "##scrub"), 0.5f);
    REQUIRE(slider);
    h.click(app, slider->x, slider->y);
    const double duration_s = app.preview.source->script.duration_s();
    CHECK(app.preview.video_time_s == Approx(0.5 * duration_s).margin(0.1 * duration_s));
    CHECK(app.time_h ==
          Approx(exporter::script_state_at(app.preview.source->script, app.preview.video_time_s).sim_time_h));
    const auto copy = h.find_item(app, video_tab, id_in(video_tab(), "Copy command"), 0.1f);
    REQUIRE(copy);
    h.click(app, copy->x, copy->y);
    const std::string clipboard = ImGui::GetClipboardText();
    CHECK(clipboard == ui::render_command(ui::display_script_path(script_path())));
    CHECK(clipboard.find("--script") != std::string::npos);
}
