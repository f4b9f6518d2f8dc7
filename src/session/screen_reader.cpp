// The screen reader's text for the session: view, time, stage, and the lesson step with its question.
#include "session/screen_reader.hpp"

#include "session/lesson/lesson.hpp"
#include "session/lesson/question.hpp"
#include "session/session.hpp"
#include "session/view/timeline_axis.hpp"
#include "sim/stage.hpp"

namespace session {
namespace {

std::string view_name(scene::View view) {
    switch (view) {
        case scene::View::circuit: return "Circuit view";
        case scene::View::synapse: return "Synapse view";
        case scene::View::spine: return "Dendritic spine view";
        case scene::View::receptor: return "NMDA receptor close-up";
        case scene::View::signalling: return "Signalling close-up inside the spine head";
    }
    return "View";
}

std::string question_text(const LessonQuestion& q, bool revealed) {
    if (revealed) return " Answer: " + q.choices[static_cast<std::size_t>(q.answer)] + ". " + q.explanation;
    std::string text = " Question: " + q.prompt;
    for (std::size_t i = 0; i < q.choices.size(); ++i)
        text += std::string(i == 0 ? " Choices: " : "; ") + static_cast<char>('A' + i) + ") " + q.choices[i];
    return text + ".";
}

std::string lesson_text(const Session& session) {
    if (!session.lesson.lesson || session.lesson.step < 0) return "";
    const Lesson& lesson = *session.lesson.lesson;
    const LessonStep& step = lesson.steps[static_cast<std::size_t>(session.lesson.step)];
    if (session.lesson.finished) return " End of the lesson \"" + lesson.title + "\".";
    const bool hidden = answer_hidden(question_phase(session));  // the caption may give the answer away
    std::string text = " Lesson \"" + lesson.title + "\", step " + std::to_string(session.lesson.step + 1) + " of " +
                       std::to_string(lesson.steps.size()) + ": " + step.title + "." +
                       (hidden ? "" : " " + step.caption);
    if (step.question) text += question_text(*step.question, !hidden);
    return text;
}

}  // namespace

std::string screen_reader_text(const Session& session) {
    const sim::Trajectory& run = trajectory(session);
    const sim::Stage stage = run.empty() ? sim::Stage::baseline : run.at(session.time_h).stage;
    const bool split = session.view.view == scene::View::receptor && session.view.receptor_split;
    return view_name(session.view.view) + (split ? ", an interneuron's receptor beside a pyramidal neuron's" : "") +
           " at " + cursor_time_text(session.time_h) + ". Now: " + std::string(sim::stage_title(stage)) + "." +
           lesson_text(session) + (session.presenter ? " Presenter mode." : "");
}

}  // namespace session
