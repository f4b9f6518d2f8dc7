// The "predict, then run" state machine: nothing gives the answer away until the class chose and the run got there.
#include <catch2/catch.hpp>

#include "session/file_actions.hpp"
#include "session/fixture.hpp"
#include "session/keys.hpp"
#include "session/lesson/lesson.hpp"
#include "session/lesson/question.hpp"

using session::Action;
using session::QuestionPhase;

namespace {

/// A session on the experiments lesson's rapamycin step (a question answered at 3 days).
session::Session at_rapamycin_question() {
    session::Session session = test::make_app();
    REQUIRE(session::open_lesson_file(session, session.assets_dir + "/lessons/experiments.json"));
    REQUIRE(session::lesson_go(session, +1));
    REQUIRE(session.lesson.lesson->steps[1].question);
    return session;
}

/// Plays until playback stops (at most 2000 frames of 0.1 s).
void play_out(session::Session& session) {
    for (int i = 0; i < 2000 && session.playing; ++i) session::advance(session, 0.1);
}

const session::LessonStep& current_step(const session::Session& session) {
    return session.lesson.lesson->steps[static_cast<std::size_t>(session.lesson.step)];
}

}  // namespace

TEST_CASE("a question step asks, hides the run ahead, and reveals only once chosen and reached") {
    session::Session session = at_rapamycin_question();
    const session::LessonStep& s = current_step(session);
    CHECK(session::question_phase(session) == QuestionPhase::asking);
    CHECK(session::spoiler_horizon_h(session) == Approx(s.time_h));
    session::set_time(session, 24.0);  // scrubbing ahead would show the answer
    CHECK(session.time_h == Approx(s.time_h));
    session::apply_action(session, Action::choose_c);
    CHECK(session.lesson.chosen == 2);
    CHECK(session::question_phase(session) == QuestionPhase::chosen);
    session::apply_action(session, Action::choose_a);  // the class may change its mind before the run
    CHECK(session.lesson.chosen == 0);
    session::apply_action(session, Action::toggle_play);  // Space runs it
    CHECK(session::question_phase(session) == QuestionPhase::running);
    for (int i = 0; i < 5; ++i) session::advance(session, 0.1);
    REQUIRE(session.time_h > s.time_h);
    CHECK(session.time_h < session::answer_time_h(s));
    CHECK(session::answer_hidden(session::question_phase(session)));  // half way: still hidden
    CHECK(session::spoiler_horizon_h(session) == Approx(session.time_h));
    play_out(session);
    CHECK(session.time_h == Approx(session::answer_time_h(s)));
    CHECK(session::question_phase(session) == QuestionPhase::revealed);
    CHECK_FALSE(session::spoiler_horizon_h(session));
    CHECK_FALSE(session::choose_answer(session, 2));  // the answer is out: no changing the choice
    CHECK(session.lesson.chosen == 0);
    session::set_time(session, 48.0);  // the whole run is free to explore now
    CHECK(session.time_h == Approx(48.0));
}

TEST_CASE("a run without a choice waits at the answering moment for the class or the teacher") {
    session::Session session = at_rapamycin_question();
    session::apply_action(session, Action::toggle_play);
    play_out(session);
    CHECK(session::question_phase(session) == QuestionPhase::waiting);
    CHECK(session::answer_hidden(QuestionPhase::waiting));
    SECTION("a choice now reveals") {
        session::apply_action(session, Action::choose_b);
        CHECK(session::question_phase(session) == QuestionPhase::revealed);
    }
    SECTION("Space now reveals (a clicker's only key)") {
        session::apply_action(session, Action::toggle_play);
        CHECK(session::question_phase(session) == QuestionPhase::revealed);
        CHECK(session.lesson.chosen == -1);
    }
}

TEST_CASE("the teacher reveals without choosing: the picture jumps to the answering moment") {
    session::Session session = at_rapamycin_question();
    const session::LessonStep& s = current_step(session);
    session::apply_action(session, Action::reveal_answer);
    CHECK(session::question_phase(session) == QuestionPhase::revealed);
    CHECK(session.time_h == Approx(session::answer_time_h(s)));
    CHECK_FALSE(session.playing);
    SECTION("going back to the step asks again") {
        session::apply_action(session, Action::lesson_prev);
        session::apply_action(session, Action::lesson_next);
        CHECK(session::question_phase(session) == QuestionPhase::asking);
        CHECK(session.time_h == Approx(s.time_h));
    }
}

TEST_CASE("choices out of range, and steps without a question, leave the machine alone") {
    session::Session session = at_rapamycin_question();
    CHECK_FALSE(session::choose_answer(session, 3));  // three choices: D is not one
    CHECK_FALSE(session::choose_answer(session, -1));
    CHECK(session::question_phase(session) == QuestionPhase::asking);
    session::apply_action(session, Action::lesson_prev);  // the standard run: no question
    CHECK(session::question_phase(session) == QuestionPhase::none);
    CHECK_FALSE(session::choose_answer(session, 0));
    session::apply_action(session, Action::reveal_answer);
    CHECK(session.lesson.chosen == -1);
    CHECK_FALSE(session::spoiler_horizon_h(session));
    session::set_time(session, 30.0);
    CHECK(session.time_h == Approx(30.0));
}

TEST_CASE("every question in the shipped lessons can be answered by its run") {
    for (const char* file : {"mechanism.json", "experiments.json"}) {
        session::Session session = test::make_app();
        REQUIRE(session::open_lesson_file(session, session.assets_dir + "/lessons/" + file));
        const int n = static_cast<int>(session.lesson.lesson->steps.size());
        for (int i = 0; i < n; ++i) {
            session::apply_lesson_step(session, i);
            if (!current_step(session).question) continue;
            CAPTURE(file, i);
            CHECK(session::answer_time_h(current_step(session)) > current_step(session).time_h);  // the run shows something
            session::choose_answer(session, current_step(session).question->answer);
            session::run_question(session);
            play_out(session);
            CHECK(session::question_phase(session) == QuestionPhase::revealed);
        }
    }
}
