// Lessons played as recording scripts: the conversion, the loader's detection, and `--record` of a lesson.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "session/file_actions.hpp"
#include "session/fixture.hpp"
#include "session/lesson/lesson_script.hpp"
#include "session/recording/script_source.hpp"
#include "sim/scenario_io.hpp"
#include "support/support.hpp"

namespace fs = std::filesystem;

namespace {

/// Three steps with explicit durations: a hold, a 40-minute run, and a different preset over days.
const char* kLesson = R"({"title": "Short", "steps": [
    {"title": "One", "caption": "Before the dose.", "time": "0min", "view": "circuit", "duration_s": 1},
    {"title": "Two", "caption": "The infusion.", "time": "0min", "run_until": "40min", "view": "synapse",
     "duration_s": 1.5},
    {"title": "Three", "caption": "Rapamycin.", "scenario": {"preset": "rapamycin"}, "time": "2h",
     "run_until": "3d", "view": "spine", "duration_s": 0.5}]})";

std::string write_lesson(const test_support::TempDir& dir) {
    const std::string path = dir / "short-lesson.json";
    std::ofstream(path) << kLesson;
    return path;
}

std::string scenario_json(const sim::Scenario& s) { return sim::scenario_to_json(s).dump(); }

}  // namespace

TEST_CASE("a shipped lesson becomes a script with one segment per step and a readable hold per step") {
    const session::Session session = test::make_app();
    const session::Lesson lesson =
        session::load_lesson(session.assets_dir + "/lessons/mechanism.json", session::preset_loader(session));
    const session::Script script = session::lesson_to_script(lesson);
    REQUIRE(script.segments.size() == lesson.steps.size());
    double expected_s = 0.0;
    for (const session::LessonStep& step : lesson.steps) {
        const double d = session::lesson_step_duration_s(step);
        CHECK(d >= 6.0);
        CHECK(d <= 20.0);
        expected_s += step.duration_s.value_or(d);
    }
    CHECK(script.duration_s() == Approx(expected_s));
    CHECK(script.title == lesson.title);
    CHECK(script.captions.size() == lesson.steps.size());
    double start_s = 0.0;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const session::LessonStep& step = lesson.steps[i];
        INFO("step " << i + 1);
        const session::ScriptFrame begin = session::script_state_at(script, start_s + 1e-6);
        const double end_s = start_s + script.segments[i].duration_s;
        const session::ScriptFrame end = session::script_state_at(script, end_s - 1e-6);
        CHECK(begin.segment_index == static_cast<int>(i));
        CHECK(begin.view == step.view);
        REQUIRE(begin.caption);
        CHECK(begin.caption->text.find(step.title) == 0);
        CHECK(begin.caption->text.find(step.caption) != std::string::npos);
        const bool geometric = step.run_until_h && *step.run_until_h - step.time_h > 2.0;
        CHECK(begin.sim_time_h == Approx(geometric ? std::max(step.time_h, 1.0 / 60.0) : step.time_h).margin(1e-3));
        CHECK(end.sim_time_h == Approx(step.run_until_h.value_or(step.time_h)).margin(1e-3));
        start_s = end_s;
    }
}

TEST_CASE("a lesson's steps with other scenarios switch the whole scenario at that step") {
    const session::Session session = test::make_app();
    const session::Lesson lesson =
        session::load_lesson(session.assets_dir + "/lessons/experiments.json", session::preset_loader(session));
    const session::Script script = session::lesson_to_script(lesson);
    REQUIRE(script.segments.size() == lesson.steps.size());
    double start_s = 0.0;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        INFO("step " << i + 1);
        const session::ScriptFrame f = session::script_state_at(script, start_s + 0.01);
        const sim::Scenario s = session::scenario_at_version(script, lesson.steps.front().scenario, f.params_version);
        CHECK(scenario_json(s) == scenario_json(lesson.steps[i].scenario));
        start_s += script.segments[i].duration_s;
    }
}

TEST_CASE("the script loader tells lessons from recording scripts by their keys") {
    CHECK(session::is_lesson_json(nlohmann::json::parse(R"({"title": "t", "steps": []})")));
    CHECK_FALSE(session::is_lesson_json(nlohmann::json::parse(R"({"scenario": "x", "segments": []})")));
    CHECK_FALSE(session::is_lesson_json(nullptr));
    const std::string assets = test::assets_dir();
    const session::ScriptSource lesson = session::load_script_source(assets + "/lessons/mechanism.json", assets);
    CHECK(lesson.script.where == "mechanism.json");
    CHECK(lesson.base_scenario.name == "standard-infusion");
    const session::ScriptSource script =
        session::load_script_source(assets + "/scripts/ketamine-mechanism.json", assets);
    CHECK(script.script.duration_s() > 100.0);  // "fit" segments, timed by their words until a voice speaks them
    test_support::TempDir dir("lesson-durations");
    const session::ScriptSource short_lesson = session::load_script_source(write_lesson(dir), assets);
    REQUIRE(short_lesson.script.segments.size() == 3);
    CHECK(short_lesson.script.duration_s() == Approx(3.0));
    CHECK(session::script_state_at(short_lesson.script, 1.75).sim_time_h == Approx(20.0 / 60.0));
}

TEST_CASE("a lesson step says its own say line in a narrated video, else its caption, and an empty one is refused") {
    const std::string assets = test::assets_dir();
    test_support::TempDir dir("lesson-say");
    const std::string path = dir / "say-lesson.json";
    std::ofstream(path) << R"({"title": "Say", "steps": [
        {"title": "One", "caption": "Ketamine blocks NMDA receptors.", "say": "Ketamine blocks en em dee ay receptors."},
        {"title": "Two", "caption": "The glutamate surge."}]})";
    const session::ScriptSource lesson = session::load_script_source(path, assets);
    REQUIRE(lesson.script.segments.size() == 2);
    CHECK(lesson.script.segments[0].narration.say == "Ketamine blocks en em dee ay receptors.");
    CHECK(lesson.script.segments[0].caption.text == "One \u2014 Ketamine blocks NMDA receptors.");  // shown as written
    CHECK(lesson.script.segments[1].narration.say == "Two \u2014 The glutamate surge.");

    std::ofstream(path) << R"({"title": "Say", "steps": [{"title": "One", "caption": "c", "say": " "}]})";
    CHECK_THROWS_WITH(session::load_script_source(path, assets), Catch::Contains("steps[0].say: must not be empty"));
}
