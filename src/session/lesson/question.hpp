// The "predict, then run" question of a lesson step as a state machine: what the class may see, and when.
#pragma once
#include <optional>

namespace session {

struct Session;
struct LessonStep;

/// Where a lesson step's question stands. Everything that would give the answer away (the step's caption, the
/// run's curves and timeline ahead of the cursor, the explanation) stays hidden until `revealed`.
enum class QuestionPhase {
    none,      ///< the step has no question (or there is no lesson step)
    asking,    ///< nothing chosen, not run: the prompt and the choices
    chosen,    ///< a choice made, not run yet: Run (Space) plays to the answering moment
    running,   ///< the run is under way towards the answering moment
    waiting,   ///< the run reached the moment but nothing was chosen: the class chooses, or the teacher reveals
    revealed,  ///< chosen and reached, or revealed by the teacher: the right choice, why, the picture at that moment
};

/// The phase of the current lesson step's question.
QuestionPhase question_phase(const Session& session);
/// True while the phase hides the answer (asking, chosen, running, waiting).
bool answer_hidden(QuestionPhase phase);
/// The simulated time that answers a step's question: its run_until time, else its time, hours.
double answer_time_h(const LessonStep& step);
/// While the answer is hidden: the latest time the plots and the timeline may show (the cursor), hours.
std::optional<double> spoiler_horizon_h(const Session& session);

/// The class picks choice `index` (A = 0). Ignored once revealed or out of range; returns whether it was taken.
/// Choosing after the run reached the moment reveals the answer.
bool choose_answer(Session& session, int index);
/// Run: plays from the step's time to the answering moment (the answer stays hidden until a choice is made).
void run_question(Session& session);
/// The teacher shows the answer without a choice: the cursor jumps to the answering moment and playback stops.
void reveal_answer(Session& session);
/// Called after the clocks moved: marks the answering moment as reached when the cursor gets there.
void update_question(Session& session);

}  // namespace session
