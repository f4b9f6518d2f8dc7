// The screen reader's text for the session: view, time, stage, and the lesson step with its question.
#include "session/screen_reader.hpp"

#include "session/lesson/lesson.hpp"
#include "session/lesson/question.hpp"
#include "session/session.hpp"
#include "session/view/timeline_axis.hpp"
#include "session/words.hpp"
#include "sim/stage.hpp"

namespace session {
namespace {

const char* view_key(const scene::ViewOptions& view) {
    switch (view.view) {
        case scene::View::circuit: return "reader.view.circuit";
        case scene::View::synapse: return "reader.view.synapse";
        case scene::View::spine: return "reader.view.spine";
        case scene::View::receptor: return view.receptor_split ? "reader.view.receptor_split" : "reader.view.receptor";
        case scene::View::signalling: return "reader.view.signalling";
    }
    return "reader.view.other";
}

std::string question_text(const Session& session, const LessonQuestion& q, bool revealed) {
    if (revealed)
        return words(session, "reader.answer",
                     {{"answer", q.choices[static_cast<std::size_t>(q.answer)]}, {"explanation", q.explanation}});
    std::string list;
    for (std::size_t i = 0; i < q.choices.size(); ++i)
        list += std::string(i == 0 ? "" : "; ") + static_cast<char>('A' + i) + ") " + q.choices[i];
    const std::string choices = list.empty() ? "" : words(session, "reader.choices", {{"list", list}});
    return words(session, "reader.question", {{"prompt", q.prompt}, {"choices", choices}});
}

std::string lesson_text(const Session& session) {
    if (!session.lesson.lesson || session.lesson.step < 0) return "";
    const Lesson& lesson = *session.lesson.lesson;
    const LessonStep& step = lesson.steps[static_cast<std::size_t>(session.lesson.step)];
    if (session.lesson.finished) return words(session, "reader.lesson_end", {{"title", lesson.title}});
    const bool hidden = answer_hidden(question_phase(session));  // the caption may give the answer away
    std::string text = words(session, "reader.lesson_step",
                             {{"title", lesson.title},
                              {"step", std::to_string(session.lesson.step + 1)},
                              {"count", std::to_string(lesson.steps.size())},
                              {"step_title", step.title},
                              {"caption", hidden ? "" : " " + step.caption}});
    if (step.question) text += question_text(session, *step.question, !hidden);
    return text;
}

}  // namespace

std::string screen_reader_text(const Session& session) {
    const sim::Trajectory& run = trajectory(session);
    const sim::Stage stage = run.empty() ? sim::Stage::baseline : run.at(session.time_h).stage;
    return words(session, "reader.summary",
                 {{"view", words(session, view_key(session.view))},
                  {"time", cursor_time_text(session.time_h)},
                  {"stage", std::string(sim::stage_title(stage))},
                  {"lesson", lesson_text(session)},
                  {"presenter", session.presenter ? words(session, "reader.presenter") : ""}});
}

}  // namespace session
