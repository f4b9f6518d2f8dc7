// The "predict, then run" state machine: choose, run, reach the answering moment, reveal.
#include "session/question.hpp"

#include <algorithm>

#include "session/lesson.hpp"
#include "session/session.hpp"

namespace session {

namespace {

/// The current step, when it has a question.
const LessonStep* question_step(const Session& app) {
    if (!app.lesson.lesson || app.lesson.step < 0 || app.lesson.finished) return nullptr;
    const auto& steps = app.lesson.lesson->steps;
    if (app.lesson.step >= static_cast<int>(steps.size())) return nullptr;
    const LessonStep& s = steps[static_cast<std::size_t>(app.lesson.step)];
    return s.question ? &s : nullptr;
}

/// The answering moment within the run (a step's time may lie beyond a shortened run).
double reachable_answer_time_h(const Session& app, const LessonStep& s) {
    return std::min(answer_time_h(s), trajectory(app).duration_h());
}

constexpr double kReachedSlack_h = 1e-9;

}  // namespace

QuestionPhase question_phase(const Session& app) {
    if (!question_step(app)) return QuestionPhase::none;
    const LessonProgress& p = app.lesson;
    if (p.revealed || (p.reached && p.chosen >= 0)) return QuestionPhase::revealed;
    if (p.reached) return QuestionPhase::waiting;
    if (p.ran) return QuestionPhase::running;
    return p.chosen >= 0 ? QuestionPhase::chosen : QuestionPhase::asking;
}

bool answer_hidden(QuestionPhase phase) { return phase != QuestionPhase::none && phase != QuestionPhase::revealed; }

double answer_time_h(const LessonStep& step) { return step.run_until_h.value_or(step.time_h); }

std::optional<double> spoiler_horizon_h(const Session& app) {
    if (!answer_hidden(question_phase(app))) return std::nullopt;
    return app.time_h;
}

bool choose_answer(Session& app, int index) {
    const LessonStep* s = question_step(app);
    if (!s || question_phase(app) == QuestionPhase::revealed) return false;
    if (index < 0 || index >= static_cast<int>(s->question->choices.size())) return false;
    app.lesson.chosen = index;
    return true;
}

void run_question(Session& app) {
    const LessonStep* s = question_step(app);
    if (!s || app.lesson.ran) return;
    app.time_h = std::min(s->time_h, trajectory(app).duration_h());
    app.play_until_h = reachable_answer_time_h(app, *s);
    app.playing = true;
    app.lesson.ran = true;
    update_question(app);  // a step whose answer is at its own time is reached at once
}

void reveal_answer(Session& app) {
    const LessonStep* s = question_step(app);
    if (!s) return;
    app.time_h = reachable_answer_time_h(app, *s);
    app.playing = false;
    app.play_until_h.reset();
    app.lesson.ran = true;
    app.lesson.reached = true;
    app.lesson.revealed = true;
}

void update_question(Session& app) {
    const LessonStep* s = question_step(app);
    if (!s || !app.lesson.ran || app.lesson.reached) return;
    if (app.time_h + kReachedSlack_h >= reachable_answer_time_h(app, *s)) app.lesson.reached = true;
}

}  // namespace session
