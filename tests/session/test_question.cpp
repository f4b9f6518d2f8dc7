// The "predict, then run" state machine: nothing gives the answer away until the class chose and the run got there.
#include <catch2/catch.hpp>

#include "session/file_actions.hpp"
#include "session/fixture.hpp"
#include "session/keys.hpp"
#include "session/lesson.hpp"
#include "session/question.hpp"

using session::Action;
using session::QuestionPhase;

namespace {

/// A session on the experiments lesson's rapamycin step (a question answered at 3 days).
session::Session at_rapamycin_question() {
    session::Session app = test::make_app();
    REQUIRE(session::open_lesson_file(app, app.assets_dir + "/lessons/experiments.json"));
    REQUIRE(session::lesson_go(app, +1));
    REQUIRE(app.lesson.lesson->steps[1].question);
    return app;
}

/// Plays until playback stops (at most 2000 frames of 0.1 s).
void play_out(session::Session& app) {
    for (int i = 0; i < 2000 && app.playing; ++i) session::advance(app, 0.1);
}

const session::LessonStep& current_step(const session::Session& app) {
    return app.lesson.lesson->steps[static_cast<std::size_t>(app.lesson.step)];
}

}  // namespace

TEST_CASE("a question step asks, hides the run ahead, and reveals only once chosen and reached") {
    session::Session app = at_rapamycin_question();
    const session::LessonStep& s = current_step(app);
    CHECK(session::question_phase(app) == QuestionPhase::asking);
    CHECK(session::spoiler_horizon_h(app) == Approx(s.time_h));
    session::set_time(app, 24.0);  // scrubbing ahead would show the answer
    CHECK(app.time_h == Approx(s.time_h));
    session::apply_action(app, Action::choose_c);
    CHECK(app.lesson.chosen == 2);
    CHECK(session::question_phase(app) == QuestionPhase::chosen);
    session::apply_action(app, Action::choose_a);  // the class may change its mind before the run
    CHECK(app.lesson.chosen == 0);
    session::apply_action(app, Action::toggle_play);  // Space runs it
    CHECK(session::question_phase(app) == QuestionPhase::running);
    for (int i = 0; i < 5; ++i) session::advance(app, 0.1);
    REQUIRE(app.time_h > s.time_h);
    CHECK(app.time_h < session::answer_time_h(s));
    CHECK(session::answer_hidden(session::question_phase(app)));  // half way: still hidden
    CHECK(session::spoiler_horizon_h(app) == Approx(app.time_h));
    play_out(app);
    CHECK(app.time_h == Approx(session::answer_time_h(s)));
    CHECK(session::question_phase(app) == QuestionPhase::revealed);
    CHECK_FALSE(session::spoiler_horizon_h(app));
    CHECK_FALSE(session::choose_answer(app, 2));  // the answer is out: no changing the choice
    CHECK(app.lesson.chosen == 0);
    session::set_time(app, 48.0);  // the whole run is free to explore now
    CHECK(app.time_h == Approx(48.0));
}

TEST_CASE("a run without a choice waits at the answering moment for the class or the teacher") {
    session::Session app = at_rapamycin_question();
    session::apply_action(app, Action::toggle_play);
    play_out(app);
    CHECK(session::question_phase(app) == QuestionPhase::waiting);
    CHECK(session::answer_hidden(QuestionPhase::waiting));
    SECTION("a choice now reveals") {
        session::apply_action(app, Action::choose_b);
        CHECK(session::question_phase(app) == QuestionPhase::revealed);
    }
    SECTION("Space now reveals (a clicker's only key)") {
        session::apply_action(app, Action::toggle_play);
        CHECK(session::question_phase(app) == QuestionPhase::revealed);
        CHECK(app.lesson.chosen == -1);
    }
}

TEST_CASE("the teacher reveals without choosing: the picture jumps to the answering moment") {
    session::Session app = at_rapamycin_question();
    const session::LessonStep& s = current_step(app);
    session::apply_action(app, Action::reveal_answer);
    CHECK(session::question_phase(app) == QuestionPhase::revealed);
    CHECK(app.time_h == Approx(session::answer_time_h(s)));
    CHECK_FALSE(app.playing);
    SECTION("going back to the step asks again") {
        session::apply_action(app, Action::lesson_prev);
        session::apply_action(app, Action::lesson_next);
        CHECK(session::question_phase(app) == QuestionPhase::asking);
        CHECK(app.time_h == Approx(s.time_h));
    }
}

TEST_CASE("choices out of range, and steps without a question, leave the machine alone") {
    session::Session app = at_rapamycin_question();
    CHECK_FALSE(session::choose_answer(app, 3));  // three choices: D is not one
    CHECK_FALSE(session::choose_answer(app, -1));
    CHECK(session::question_phase(app) == QuestionPhase::asking);
    session::apply_action(app, Action::lesson_prev);  // the standard run: no question
    CHECK(session::question_phase(app) == QuestionPhase::none);
    CHECK_FALSE(session::choose_answer(app, 0));
    session::apply_action(app, Action::reveal_answer);
    CHECK(app.lesson.chosen == -1);
    CHECK_FALSE(session::spoiler_horizon_h(app));
    session::set_time(app, 30.0);
    CHECK(app.time_h == Approx(30.0));
}

TEST_CASE("every question in the shipped lessons can be answered by its run") {
    for (const char* file : {"mechanism.json", "experiments.json"}) {
        session::Session app = test::make_app();
        REQUIRE(session::open_lesson_file(app, app.assets_dir + "/lessons/" + file));
        const int n = static_cast<int>(app.lesson.lesson->steps.size());
        for (int i = 0; i < n; ++i) {
            session::apply_lesson_step(app, i);
            if (!current_step(app).question) continue;
            CAPTURE(file, i);
            CHECK(session::answer_time_h(current_step(app)) > current_step(app).time_h);  // the run shows something
            session::choose_answer(app, current_step(app).question->answer);
            session::run_question(app);
            play_out(app);
            CHECK(session::question_phase(app) == QuestionPhase::revealed);
        }
    }
}
