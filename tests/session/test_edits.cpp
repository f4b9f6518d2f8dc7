// Tests of work not being lost: undo/redo (at its limit, after a redo), unsaved changes, a lesson giving back what
// it replaced, the pinned run following a course, a course's span, the lessons listed by title and order, and the
// first-start settings file.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "session/history/edits.hpp"
#include "session/file_actions.hpp"
#include "session/fixture.hpp"
#include "session/keys.hpp"
#include "session/lesson/lesson.hpp"
#include "session/lesson/lesson_index.hpp"
#include "session/settings.hpp"
#include "sim/limits.hpp"
#include "sim/simulate.hpp"
#include "support/support.hpp"

using session::Action;
using session::Key;

TEST_CASE("undo and redo step through committed scenario changes, a drag being one step", "[session][edits]") {
    session::Session session = test::make_app();
    session::note_scenario(session, false);  // the first frame commits the start
    CHECK_FALSE(session::can_undo(session));
    const double start = session.model.scenario.doses[0].amount_mg_per_kg;
    for (double v : {0.6, 0.7, 0.8}) {  // a slider drag: three frames while editing
        session.model.scenario.doses[0].amount_mg_per_kg = v;
        session::note_scenario(session, true);
    }
    session::note_scenario(session, false);  // released
    session.model.scenario.experiments.rapamycin = true;
    session::note_scenario(session, false);
    REQUIRE(session.history.undo_stack.size() == 2);

    REQUIRE(session::undo_scenario(session));
    CHECK_FALSE(session.model.scenario.experiments.rapamycin);
    CHECK(session.model.scenario.doses[0].amount_mg_per_kg == 0.8);
    REQUIRE(session::undo_scenario(session));
    CHECK(session.model.scenario.doses[0].amount_mg_per_kg == start);
    CHECK_FALSE(session::undo_scenario(session));
    CHECK(session::can_redo(session));

    REQUIRE(session::redo_scenario(session));
    CHECK(session.model.scenario.doses[0].amount_mg_per_kg == 0.8);
    session.model.scenario.body_weight_kg = 80.0;  // a new change drops what was undone
    session::note_scenario(session, false);
    CHECK_FALSE(session::can_redo(session));
    CHECK_FALSE(session::redo_scenario(session));
}

TEST_CASE("an undo during an edit first ends the edit, so the change is not lost for redo", "[session][edits]") {
    session::Session session = test::make_app();
    session::note_scenario(session, false);
    session.model.scenario.body_weight_kg = 90.0;
    session::note_scenario(session, true);  // still dragging
    CHECK(session::can_undo(session));
    REQUIRE(session::undo_scenario(session));
    CHECK(session.model.scenario.body_weight_kg == 70.0);
    REQUIRE(session::redo_scenario(session));
    CHECK(session.model.scenario.body_weight_kg == 90.0);
}

TEST_CASE("the undo history keeps at most kMaxUndoSteps", "[session][edits]") {
    session::Session session = test::make_app();
    session::note_scenario(session, false);
    for (std::size_t i = 0; i < session::kMaxUndoSteps + 10; ++i) {
        session.model.scenario.body_weight_kg = 50.0 + static_cast<double>(i) * 0.5;
        session::note_scenario(session, false);
    }
    CHECK(session.history.undo_stack.size() == session::kMaxUndoSteps);
}

TEST_CASE("at its limit the undo history loses the oldest changes, and redo brings every undone one back",
          "[session][edits]") {
    session::Session session = test::make_app();
    session::note_scenario(session, false);  // 70 kg
    const std::size_t changes = session::kMaxUndoSteps + 10;
    const auto weight_after = [](std::size_t change) { return 50.0 + 0.5 * static_cast<double>(change); };
    for (std::size_t i = 0; i < changes; ++i) {
        session.model.scenario.body_weight_kg = weight_after(i);
        session::note_scenario(session, false);
    }
    // 210 changes, 200 kept: the start and the first nine changes are gone; the oldest reachable state is the
    // one after the tenth change (index 9).
    for (std::size_t k = 0; k < session::kMaxUndoSteps; ++k) REQUIRE(session::undo_scenario(session));
    CHECK(session.model.scenario.body_weight_kg == weight_after(9));
    CHECK_FALSE(session::can_undo(session));
    CHECK_FALSE(session::undo_scenario(session));
    for (std::size_t k = 0; k < session::kMaxUndoSteps; ++k) REQUIRE(session::redo_scenario(session));
    CHECK(session.model.scenario.body_weight_kg == weight_after(changes - 1));
    CHECK_FALSE(session::redo_scenario(session));
    CHECK(session.history.undo_stack.size() == session::kMaxUndoSteps);  // redo refilled it, no more
}

TEST_CASE("undo after a redo goes back to the same scenario, and redo again forward", "[session][edits]") {
    session::Session session = test::make_app();
    session::note_scenario(session, false);  // 70 kg
    for (double kg : {80.0, 90.0}) {
        session.model.scenario.body_weight_kg = kg;
        session::note_scenario(session, false);
    }
    REQUIRE(session::undo_scenario(session));
    CHECK(session.model.scenario.body_weight_kg == 80.0);
    REQUIRE(session::redo_scenario(session));
    CHECK(session.model.scenario.body_weight_kg == 90.0);
    REQUIRE(session::undo_scenario(session));  // the redo became an undo step again
    CHECK(session.model.scenario.body_weight_kg == 80.0);
    REQUIRE(session::undo_scenario(session));
    CHECK(session.model.scenario.body_weight_kg == 70.0);
    CHECK_FALSE(session::undo_scenario(session));
    REQUIRE(session::redo_scenario(session));
    REQUIRE(session::redo_scenario(session));
    CHECK(session.model.scenario.body_weight_kg == 90.0);
    CHECK_FALSE(session::redo_scenario(session));
}

TEST_CASE("Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo, and typing in a field keeps them", "[session][edits][keys]") {
    CHECK(session::key_action(Key::z, {true, false, false}, {}) == Action::undo);
    CHECK(session::key_action(Key::y, {true, false, false}, {}) == Action::redo);
    CHECK(session::key_action(Key::z, {true, true, false}, {}) == Action::redo);
    CHECK_FALSE(session::key_action(Key::z, {true, false, false}, {true, false}).has_value());
    CHECK_FALSE(session::key_action(Key::z, {}, {}).has_value());
    session::Session session = test::make_app();
    session::note_scenario(session, false);
    session.model.scenario.drug = sim::Drug::esketamine;
    session::apply_action(session, Action::undo);
    CHECK(session.model.scenario.drug == sim::Drug::racemic);
    session::apply_action(session, Action::redo);
    CHECK(session.model.scenario.drug == sim::Drug::esketamine);
    session::apply_action(session, Action::redo);
    CHECK(session.status == "Nothing to redo");
}

TEST_CASE("a changed scenario is modified and unsaved until saved", "[session][edits]") {
    session::Session session = test::make_app();
    CHECK_FALSE(session::scenario_modified(session));
    CHECK_FALSE(session::has_unsaved_changes(session));
    session.model.scenario.doses[0].amount_mg_per_kg = 0.2;
    CHECK(session::scenario_modified(session));
    CHECK(session::has_unsaved_changes(session));
    const std::string dir = test_support::temp_dir("edits-save");
    REQUIRE(session::save_scenario_to(session, dir + "/mine.json"));
    CHECK(session::scenario_modified(session));  // still not the preset
    CHECK_FALSE(session::has_unsaved_changes(session));
}

TEST_CASE("leaving a lesson gives back the scenario, pinned run, plots, time, view and undo history",
          "[session][edits][lesson]") {
    session::Session session = test::make_app();
    session::note_scenario(session, false);
    session.model.scenario.doses[0].amount_mg_per_kg = 0.3;
    session::note_scenario(session, false);
    session::pin_baseline(session, "mine");
    session.plots.firing = true;
    session.time_h = 5.0;
    session.view.view = scene::View::circuit;
    const sim::Scenario mine = session.model.scenario;
    const session::PlotsShown plots = session.plots;

    REQUIRE(session::open_lesson_file(session, session.assets_dir + "/lessons/experiments.json"));
    session::lesson_go(session, +1);
    CHECK(session.model.scenario != mine);
    CHECK_FALSE(session::can_undo(session));  // a lesson step is not the learner's change
    session::stop_lesson(session);

    CHECK(session.model.scenario == mine);
    REQUIRE(session.pinned);
    CHECK(session.pinned->label == "mine");
    CHECK(session.plots == plots);
    CHECK(session.time_h == 5.0);
    CHECK(session.view.view == scene::View::circuit);
    REQUIRE(session::undo_scenario(session));  // the history from before the lesson
    CHECK(session.model.scenario.doses[0].amount_mg_per_kg == 0.5);
}

TEST_CASE("a course applies to the pinned run too, and another schedule is reported", "[session][edits]") {
    session::Session session = test::make_app();
    sim::Scenario without = session.model.scenario;
    session.model.scenario.experiments.rapamycin = true;
    session::pin_baseline(session, without, "without rapamycin");
    CHECK_FALSE(session::pinned_schedule_differs(session));
    session::apply_course(session, 6, 56.0);
    REQUIRE(session.pinned->model.scenario.doses.size() == 6);
    CHECK(session.pinned->model.scenario.doses[5].start_h == 5 * 56.0);
    CHECK_FALSE(session.pinned->model.scenario.experiments.rapamycin);
    CHECK(session.pinned->model.trajectory().duration_h() == session.model.trajectory().duration_h());
    CHECK_FALSE(session::pinned_schedule_differs(session));
    session.model.scenario.doses.pop_back();
    CHECK(session::pinned_schedule_differs(session));
}

TEST_CASE("a course's run lasts three weeks past its last dose, within the model's 21-120 days", "[session][edits]") {
    // edits.hpp: "the span covers three weeks after the last dose"; sim/limits.hpp: 21 to 120 days.
    sim::Scenario s = test::make_app().model.scenario;  // 21 days, one infusion at 0 h
    session::set_course(s, 6, 56.0);                    // the last dose at 280 h
    CHECK(s.duration_days == Approx(280.0 / 24.0 + 21.0));
    CHECK(sim::simulate(s).duration_h() == Approx(280.0 + 21.0 * 24.0).margin(1.0 / 60.0));  // 784 h

    s.duration_days = 60.0;  // a longer span than the course needs is kept
    session::set_course(s, 2, 24.0);
    CHECK(s.duration_days == 60.0);

    session::set_course(s, 1, 0.0);  // one dose: never shorter than the model's 21 days, nor shortened
    CHECK(s.duration_days == 60.0);
    s.duration_days = 21.0;
    s.doses.front().start_h = 240.0;  // the dose moved to day 10 (the dose editor fits the span after it)
    session::fit_span_to_doses(s);
    CHECK(s.duration_days == Approx(31.0));

    s.doses.front().start_h = 0.0;
    session::set_course(s, 3, 24.0 * 50.0);  // the last dose on day 100: three weeks would be day 121
    CHECK(s.duration_days == sim::limits::kDurationMax_days);
    CHECK(sim::simulate(s).duration_h() == Approx(24.0 * sim::limits::kDurationMax_days).margin(1.0 / 60.0));
}

TEST_CASE("the lessons are listed by title in the order they build on each other", "[session][lesson]") {
    const auto lessons = session::list_lessons(test::assets_dir());
    REQUIRE(lessons.size() == 2);
    CHECK(lessons[0].title == "How ketamine works: from the dose to new synapses");
    CHECK(lessons[1].title == "Virtual experiments: which step is necessary?");
    for (const auto& lesson : lessons) CHECK(lesson.title.find(".json") == std::string::npos);
}

TEST_CASE("the first start is remembered in the settings file, under XDG_CONFIG_HOME", "[session][settings]") {
    const std::string dir = test_support::temp_dir("settings");
    const std::string path = dir + "/synapse-lab/settings.ini";
    CHECK(session::first_start(path));
    CHECK(test_support::file_exists(path));
    CHECK_FALSE(session::first_start(path));
    CHECK(session::load_settings(path).welcome_seen);
    CHECK_FALSE(session::first_start(""));  // nowhere to remember it: not shown at every start
    const char* old = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = old ? old : "";
    setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
    CHECK(session::settings_file_path() == path);
    if (old)
        setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else
        unsetenv("XDG_CONFIG_HOME");
}
