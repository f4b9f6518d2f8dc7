// The "predict, then run" state machine: choose, run, reach the answering moment, reveal.
#include "session/lesson/question.hpp"

#include <algorithm>

#include "session/lesson/lesson.hpp"
#include "session/session.hpp"

namespace session {

namespace {

/// The current step, when it has a question.
const LessonStep* question_step(const Session& session) {
    if (!session.lesson.lesson || session.lesson.step < 0 || session.lesson.finished) return nullptr;
    const auto& steps = session.lesson.lesson->steps;
    if (session.lesson.step >= static_cast<int>(steps.size())) return nullptr;
    const LessonStep& s = steps[static_cast<std::size_t>(session.lesson.step)];
    return s.question ? &s : nullptr;
}

/// The answering moment within the run (a step's time may lie beyond a shortened run).
double reachable_answer_time_h(const Session& session, const LessonStep& s) {
    return std::min(answer_time_h(s), trajectory(session).duration_h());
}

constexpr double kReachedSlack_h = 1e-9;

}  // namespace

QuestionPhase question_phase(const Session& session) {
    if (!question_step(session)) return QuestionPhase::none;
    const LessonProgress& p = session.lesson;
    if (p.revealed || (p.reached && p.chosen >= 0)) return QuestionPhase::revealed;
    if (p.reached) return QuestionPhase::waiting;
    if (p.ran) return QuestionPhase::running;
    return p.chosen >= 0 ? QuestionPhase::chosen : QuestionPhase::asking;
}

bool answer_hidden(QuestionPhase phase) { return phase != QuestionPhase::none && phase != QuestionPhase::revealed; }

double answer_time_h(const LessonStep& step) { return step.run_until_h.value_or(step.time_h); }

std::optional<double> spoiler_horizon_h(const Session& session) {
    if (!answer_hidden(question_phase(session))) return std::nullopt;
    return session.time_h;
}

bool choose_answer(Session& session, int index) {
    const LessonStep* s = question_step(session);
    if (!s || question_phase(session) == QuestionPhase::revealed) return false;
    if (index < 0 || index >= static_cast<int>(s->question->choices.size())) return false;
    session.lesson.chosen = index;
    return true;
}

void run_question(Session& session) {
    const LessonStep* s = question_step(session);
    if (!s || session.lesson.ran) return;
    session.time_h = std::min(s->time_h, trajectory(session).duration_h());
    session.play_until_h = reachable_answer_time_h(session, *s);
    session.playing = true;
    session.lesson.ran = true;
    update_question(session);  // a step whose answer is at its own time is reached at once
}

void reveal_answer(Session& session) {
    const LessonStep* s = question_step(session);
    if (!s) return;
    session.time_h = reachable_answer_time_h(session, *s);
    session.playing = false;
    session.play_until_h.reset();
    session.lesson.ran = true;
    session.lesson.reached = true;
    session.lesson.revealed = true;
}

void update_question(Session& session) {
    const LessonStep* s = question_step(session);
    if (!s || !session.lesson.ran || session.lesson.reached) return;
    if (session.time_h + kReachedSlack_h >= reachable_answer_time_h(session, *s)) session.lesson.reached = true;
}

}  // namespace session
