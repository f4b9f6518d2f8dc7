// Guided lessons played as recording scripts: a pure conversion from Lesson to Script.
#pragma once
#include "session/lesson/lesson.hpp"
#include "session/recording/script.hpp"

namespace session {

/// Seconds a step is held when it gives no "duration_s": long enough to read its caption (about three words a
/// second, plus a breath), at least 6 s (8 s for a step that runs the model), at most 20 s.
double lesson_step_duration_s(const LessonStep& step);

/// The lesson as a script: one segment per step with the step's view, simulated time and caption ("title -
/// text"), lasting the step's "duration_s" or lesson_step_duration_s. A step with a "run_until" time animates
/// the clock from its time to it (geometrically where the run spans more than 2 hours, from 1 minute when the
/// step starts at 0, so that minutes and days both get screen time); other steps hold the clock still. A step
/// whose scenario differs from the one before sets it as a whole scenario. Questions, plots and pinned
/// comparison runs are interactive and left out. The script's base scenario is the first step's.
Script lesson_to_script(const Lesson& lesson);

}  // namespace session
