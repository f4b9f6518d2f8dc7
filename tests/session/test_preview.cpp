// The recording-script preview: scrubbing and playing drive the session as the recorder does.
#include <catch2/catch.hpp>

#include "session/fixture.hpp"
#include "session/view/scene_view.hpp"
#include "session/recording/script_preview.hpp"

namespace {

std::string script_path() { return test::assets_dir() + "/scripts/ketamine-mechanism.json"; }

}  // namespace

TEST_CASE("scrubbing the preview sets the sim time, view, labels and clocks from the script") {
    session::Session session = test::make_app();
    REQUIRE(session::open_script_preview(session, script_path()));
    REQUIRE(session::previewing(session));
    const session::Script& script = session.preview.source->script;
    for (double t_s : {0.0, 3.0, 12.5, 30.0, 47.2, 60.0, 84.9, 85.0, 200.0}) {
        INFO("video time " << t_s);
        session::seek_preview(session, t_s);
        const double clamped_s = std::min(t_s, script.duration_s());
        const session::ScriptFrame f = session::script_state_at(script, clamped_s);
        CHECK(session.preview.video_time_s == clamped_s);
        CHECK(session.time_h == Approx(std::min(f.sim_time_h, trajectory(session).duration_h())));
        CHECK(session.anim_time_s == clamped_s);
        CHECK(session.view.view == f.view);
        CHECK(session.view.from_view == f.from_view);
        CHECK(session.view.labels == f.labels);
        CHECK(session.view.caption == !(f.caption != nullptr || !f.title.empty()));
        const sim::Scenario expected =
            session::scenario_at_version(script, session.preview.source->base_scenario, f.params_version);
        CHECK(session.model.scenario.experiments.rapamycin == expected.experiments.rapamycin);
        // The scene sees the script's transition, not the window's own camera move.
        CHECK(session::scene_view(session, std::nullopt).from_view == f.from_view);
    }
}

TEST_CASE("the preview recomputes the model only when the script's params_version changes") {
    session::Session session = test::make_app();
    REQUIRE(session::open_script_preview(session, script_path()));
    const session::Script& script = session.preview.source->script;
    const int after_open = session.model.recompute_count();
    int expected = after_open, version = session.preview.params_version;
    for (double t_s = 0.0; t_s <= script.duration_s(); t_s += 0.5) {
        session::seek_preview(session, t_s);
        const int v = session::script_state_at(script, t_s).params_version;
        expected += v != version;
        version = v;
    }
    CHECK(session.model.recompute_count() == expected);
    session::seek_preview(session, 5.0);
    const int before = session.model.recompute_count();
    REQUIRE(session::script_state_at(script, 6.0).params_version == session.preview.params_version);
    session::seek_preview(session, 6.0);  // scrubbing within one version: no recompute
    session::seek_preview(session, 5.5);
    CHECK(session.model.recompute_count() == before);
}

TEST_CASE("playing the preview advances video time by exactly the frame dt and stops at the end") {
    session::Session session = test::make_app();
    REQUIRE(session::open_script_preview(session, script_path()));
    const double duration_s = session.preview.source->script.duration_s();
    session::toggle_play(session);  // Space plays the preview, not the session's own clock
    CHECK(session.preview.playing);
    CHECK_FALSE(session.playing);
    for (int i = 0; i < 300; ++i) session::advance(session, 1.0 / 30.0);
    CHECK(session.preview.video_time_s == Approx(10.0));
    CHECK(session.anim_time_s == session.preview.video_time_s);
    CHECK(session.time_h == Approx(session::script_state_at(session.preview.source->script, 10.0).sim_time_h));
    session::toggle_play(session);
    session::advance(session, 1.0);
    CHECK(session.preview.video_time_s == Approx(10.0));
    session::seek_preview(session, duration_s - 0.1);
    session::toggle_play(session);
    for (int i = 0; i < 10; ++i) session::advance(session, 0.05);
    CHECK(session.preview.video_time_s == duration_s);
    CHECK_FALSE(session.preview.playing);
    session::toggle_play(session);  // at the end, play starts over
    CHECK(session.preview.video_time_s == 0.0);
    CHECK(session.preview.playing);
}

TEST_CASE("closing the preview restores the session, a bad file is one line and changes nothing") {
    session::Session session = test::make_app();
    session.time_h = 5.0;
    session.view.view = scene::View::spine;
    session.view.labels = false;
    REQUIRE(session::open_script_preview(session, test::assets_dir() + "/lessons/experiments.json"));
    session::seek_preview(session, 20.0);
    CHECK(session.time_h != 5.0);
    session::close_script_preview(session);
    CHECK_FALSE(session::previewing(session));
    CHECK(session.time_h == 5.0);
    CHECK(session.view.view == scene::View::spine);
    CHECK_FALSE(session.view.labels);
    CHECK(session.model.scenario.name == "standard-infusion");
    CHECK_FALSE(session::open_script_preview(session, "/nonexistent/script.json"));
    CHECK_FALSE(session::previewing(session));
    CHECK(session.preview.error.find("/nonexistent/script.json") != std::string::npos);
    CHECK(session.preview.error.find('\n') == std::string::npos);
}

TEST_CASE("the render command names the script and quotes it for a shell, the picture keeps 16:9") {
    CHECK(session::render_command("a.json", true) ==
          "synapse-lab --record out.mp4 --script a.json --size 1920x1080 --fps 30 --voice flite");
    CHECK(session::render_command("assets/scripts/ketamine-mechanism.json") ==
          "synapse-lab --record out.mp4 --script assets/scripts/ketamine-mechanism.json --size 1920x1080 --fps 30");
    CHECK(session::render_command("my script's.json") ==
          "synapse-lab --record out.mp4 --script 'my script'\\''s.json' --size 1920x1080 --fps 30");
    const auto wide = session::fit_video_aspect({100.0f, 20.0f, 1000.0f, 360.0f});
    CHECK(wide.w == Approx(640.0f));
    CHECK(wide.h == Approx(360.0f));
    CHECK(wide.x == Approx(280.0f));
    const auto tall = session::fit_video_aspect({0.0f, 0.0f, 320.0f, 400.0f});
    CHECK(tall.h == Approx(180.0f));
    CHECK(tall.y == Approx(110.0f));
    const auto files = session::preview_script_files(test::assets_dir());
    REQUIRE(files.size() >= 3);
    CHECK(files.front().find("scripts/ketamine-mechanism.json") != std::string::npos);
}
