// Tests of guided lessons: the shipped files load, errors name file and step, navigation restores each step.
#include <catch2/catch.hpp>
#include <fstream>

#include "session/file_actions.hpp"
#include "session/fixture.hpp"
#include "session/keys.hpp"
#include "session/lesson/lesson.hpp"
#include "session/lesson/question.hpp"
#include "sim/scenario_io.hpp"
#include "support/support.hpp"
#include "ui/lesson_panel.hpp"

namespace {

/// Writes a lesson file into this test process's own temporary folder.
std::string write_temp(const std::string& name, const std::string& text) {
    static const std::string dir = test_support::temp_dir("lesson-files");
    const std::string path = dir + "/" + name;
    std::ofstream(path) << text;
    return path;
}

struct Snapshot {
    std::string scenario_json;
    std::string pinned_json;
    double time_h;
    scene::View view;
    session::PlotsShown plots;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const session::Session& session) {
    return {sim::scenario_to_json(session.model.scenario).dump(),
            session.pinned ? sim::scenario_to_json(session.pinned->model.scenario).dump() : "", session.time_h, session.view.view, session.plots};
}

}  // namespace

TEST_CASE("the shipped lessons load: about ten mechanism steps, and experiments with questions") {
    const session::Session session = test::make_app();
    const auto files = session::list_lesson_files(session.assets_dir);
    REQUIRE(files.size() >= 2);
    const session::Lesson mech =
        session::load_lesson(session.assets_dir + "/lessons/mechanism.json", session::preset_loader(session));
    CHECK(mech.steps.size() >= 9);
    CHECK(mech.steps.size() <= 12);
    const session::Lesson exp =
        session::load_lesson(session.assets_dir + "/lessons/experiments.json", session::preset_loader(session));
    int questions = 0, baselines = 0;
    for (const auto& s : exp.steps) {
        questions += s.question.has_value();
        baselines += s.baseline.has_value();
    }
    CHECK(questions >= 5);
    CHECK(baselines >= 5);
    bool rapamycin_question = false;
    for (const auto& s : exp.steps)
        if (s.question && s.scenario.experiments.rapamycin)
            rapamycin_question = s.question->prompt.find("mTOR") != std::string::npos;
    CHECK(rapamycin_question);
}

TEST_CASE("a lesson step can show the split receptor close-up, and leaving the lesson gives the view back") {
    session::Session session = test::make_app();
    const std::string path = write_temp("synapse-split-lesson.json", R"({"title": "t", "steps": [
        {"title": "a", "caption": "c", "view": "receptor-split"},
        {"title": "b", "caption": "c", "view": "receptor"}]})");
    session::Lesson lesson = session::load_lesson(path, session::preset_loader(session));
    CHECK(lesson.steps[0].view == scene::View::receptor);
    CHECK(lesson.steps[0].receptor_split);
    CHECK_FALSE(lesson.steps[1].receptor_split);
    session.view.view = scene::View::circuit;
    session::start_lesson(session, std::move(lesson));
    CHECK(session.view.view == scene::View::receptor);
    CHECK(session.view.receptor_split);
    session::lesson_go(session, +1);
    CHECK_FALSE(session.view.receptor_split);
    session::lesson_go(session, -1);
    CHECK(session.view.receptor_split);
    session::stop_lesson(session);
    CHECK(session.view.view == scene::View::circuit);
    CHECK_FALSE(session.view.receptor_split);
}

TEST_CASE("lesson errors are one line naming the file and the step") {
    const session::Session session = test::make_app();
    const std::string path = write_temp("synapse-bad-lesson.json", R"({"title": "t", "steps": [
        {"title": "a", "caption": "c"},
        {"title": "b", "caption": "c", "view": "telescope"}]})");
    try {
        session::load_lesson(path, session::preset_loader(session));
        FAIL("expected an error");
    } catch (const std::runtime_error& e) {
        const std::string msg = e.what();
        CHECK(msg.find(path) != std::string::npos);
        CHECK(msg.find("steps[1].view") != std::string::npos);
        CHECK(msg.find("view") != std::string::npos);
        CHECK(msg.find('\n') == std::string::npos);
    }
    const std::string bad_time = write_temp(
        "synapse-bad-time.json", R"({"title": "t", "steps": [{"title": "a", "caption": "c", "time": "later"}]})");
    CHECK_THROWS_WITH(session::load_lesson(bad_time, session::preset_loader(session)), Catch::Contains("steps[0].time: "));
    const std::string bad_preset =
        write_temp("synapse-bad-preset.json",
                   R"({"title": "t", "steps": [{"title": "a", "caption": "c", "scenario": {"preset": "nope"}}]})");
    CHECK_THROWS_WITH(session::load_lesson(bad_preset, session::preset_loader(session)),
                      Catch::Contains("steps[0].scenario.preset: unknown scenario 'nope'"));
    CHECK_THROWS_WITH(session::load_lesson("/nonexistent/lesson.json", session::preset_loader(session)),
                      Catch::Contains("/nonexistent/lesson.json"));
}

TEST_CASE("unknown keys in a lesson are errors naming the step and the key, '_' keys are comments") {
    const session::Session session = test::make_app();
    const std::string bogus = write_temp("synapse-bogus-key.json", R"({"title": "t", "_about": "ok", "steps": [
        {"title": "a", "caption": "c", "_note": "ok"},
        {"title": "b", "caption": "c", "bogus": 1}]})");
    CHECK_THROWS_WITH(session::load_lesson(bogus, session::preset_loader(session)),
                      bogus + ": steps[1].bogus: unknown key");
    const std::string nested = write_temp(
        "synapse-bogus-nested.json",
        R"({"title": "t", "steps": [{"title": "a", "caption": "c", "scenario": {"preset": "standard-infusion",
            "magnesium": 2}}]})");
    CHECK_THROWS_WITH(session::load_lesson(nested, session::preset_loader(session)),
                      nested + ": steps[0].scenario.magnesium: unknown key");
    const std::string top = write_temp("synapse-bogus-top.json",
                                       R"({"title": "t", "stpes": [], "steps": [{"title": "a", "caption": "c"}]})");
    CHECK_THROWS_WITH(session::load_lesson(top, session::preset_loader(session)), top + ": stpes: unknown key");
}

TEST_CASE("JSON library errors in a lesson name the file, without the library's code") {
    const session::Session session = test::make_app();
    const std::string huge = write_temp("synapse-huge-lesson.json",
                                        R"({"title": "t", "steps": [{"title": "a", "caption": "c", "time": 1e400}]})");
    CHECK_THROWS_WITH(session::load_lesson(huge, session::preset_loader(session)),
                      huge + ":1:65: number overflow parsing '1e400'");
    const std::string typed =
        write_temp("synapse-typed-lesson.json", R"({"title": "t", "steps": [{"title": 3, "caption": "c"}]})");
    try {
        session::load_lesson(typed, session::preset_loader(session));
        FAIL("expected an error");
    } catch (const std::runtime_error& e) {
        const std::string msg = e.what();
        CHECK(msg == typed + ": steps[0].title: must be a string, got number");
        CHECK(msg.find("json.exception") == std::string::npos);
    }
}

TEST_CASE("lesson navigation forward and back restores each step's state") {
    for (const char* file : {"mechanism.json", "experiments.json"}) {
        session::Session session = test::make_app();
        REQUIRE(session::open_lesson_file(session, session.assets_dir + "/lessons/" + file));
        const int n = static_cast<int>(session.lesson.lesson->steps.size());
        std::vector<Snapshot> forward = {snapshot(session)};
        for (int i = 1; i < n; ++i) {
            // The learner plays, scrubs and changes things in between; the next step must not care.
            session.time_h = 5.0;
            session.model.scenario.body_weight_kg = 90.0;
            REQUIRE(session::lesson_go(session, +1));
            CHECK(session.lesson.step == i);
            forward.push_back(snapshot(session));
        }
        REQUIRE(session::lesson_go(session, +1));  // past the last step: the end-of-lesson screen
        CHECK(session.lesson.finished);
        CHECK_FALSE(session::lesson_go(session, +1));
        REQUIRE(session::lesson_go(session, -1));  // back to the last step as it was
        CHECK_FALSE(session.lesson.finished);
        CHECK(session.lesson.step == n - 1);
        for (int i = n - 2; i >= 0; --i) {
            session.view.view = scene::View::circuit;
            session.pinned.reset();
            REQUIRE(session::lesson_go(session, -1));
            CHECK(snapshot(session) == forward[static_cast<std::size_t>(i)]);
        }
        CHECK_FALSE(session::lesson_go(session, -1));
    }
}

TEST_CASE("Page Down / Page Up step through the lesson, predict-then-run plays to the step's end") {
    session::Session session = test::make_app();
    REQUIRE(session::open_lesson_file(session, session.assets_dir + "/lessons/experiments.json"));
    session::apply_action(session, session::Action::lesson_next);
    CHECK(session.lesson.step == 1);
    const session::LessonStep& s = session.lesson.lesson->steps[1];
    REQUIRE(s.question);
    REQUIRE(s.baseline);
    CHECK(session.pinned.has_value());
    CHECK_FALSE(session.playing);
    session.lesson.chosen = s.question->answer;
    session::run_lesson_step(session);
    CHECK(session.playing);
    for (int i = 0; i < 2000 && session.playing; ++i) session::advance(session, 0.1);
    CHECK_FALSE(session.playing);
    CHECK(session.time_h == Approx(*s.run_until_h));
    session::apply_action(session, session::Action::lesson_prev);
    CHECK(session.lesson.step == 0);
}

TEST_CASE("a step's key plot must be one of its plots, its stage a known stage") {
    const session::Session session = test::make_app();
    const std::string stray = write_temp("synapse-stray-key-plot.json", R"({"title": "t", "steps": [
        {"title": "a", "caption": "c", "plots": ["concentration"], "key_plot": "spines"}]})");
    CHECK_THROWS_WITH(session::load_lesson(stray, session::preset_loader(session)),
                      stray + ": steps[0].key_plot: 'spines' is not one of the step's plots");
    const std::string stage = write_temp("synapse-unknown-stage.json", R"({"title": "t", "steps": [
        {"title": "a", "caption": "c", "stage": "surge"}]})");
    CHECK_THROWS_WITH(session::load_lesson(stage, session::preset_loader(session)),
                      stage + ": steps[0].stage: unknown stage 'surge'");
}

TEST_CASE("the shipped lessons agree with the model: a step's stage is what the picture shows as now") {
    int checked = 0;
    for (const char* file : {"mechanism.json", "experiments.json"}) {
        session::Session session = test::make_app();
        REQUIRE(session::open_lesson_file(session, session.assets_dir + "/lessons/" + file));
        const int n = static_cast<int>(session.lesson.lesson->steps.size());
        for (int i = 0; i < n; ++i) {
            session::apply_lesson_step(session, i);
            const session::LessonStep& s = session.lesson.lesson->steps[static_cast<std::size_t>(i)];
            if (!s.stage) continue;
            CAPTURE(file, s.title);
            const double t_h = s.question ? session::answer_time_h(s) : s.time_h;  // when the class looks
            CHECK(sim::stage_id(session::trajectory(session).at(t_h).stage) == sim::stage_id(*s.stage));
            ++checked;
        }
    }
    CHECK(checked >= 6);  // the mechanism lesson's steps from the NMDA block to the new spines
}
