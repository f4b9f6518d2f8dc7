// Converting a guided lesson into a recording script (pure: no ImGui, no files).
#include "session/lesson/lesson_script.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace session {
namespace {

constexpr double kReadingWords_per_s = 3.0;
constexpr double kBreath_s = 1.5;
constexpr double kMinHold_s = 6.0;
constexpr double kMinRun_s = 8.0;
constexpr double kMaxHold_s = 20.0;
constexpr double kGeometricSpan_h = 2.0;          ///< runs longer than this are eased geometrically
constexpr double kGeometricStart_h = 1.0 / 60.0;  ///< a geometric run that starts at 0 starts at 1 minute

std::size_t word_count(const std::string& text) {
    std::istringstream in(text);
    std::size_t n = 0;
    for (std::string word; in >> word;) ++n;
    return n;
}

std::string caption_text(const LessonStep& step) {
    if (step.title.empty()) return step.caption;
    if (step.caption.empty()) return step.title;
    return step.title + " \u2014 " + step.caption;
}

/// The step's clock: set to its time, or animated to its run_until time.
SimClock step_clock(const LessonStep& step) {
    SimClock clock;
    clock.set_h = step.time_h;
    if (!step.run_until_h || *step.run_until_h <= step.time_h) return clock;
    clock.to_h = *step.run_until_h;
    if (*step.run_until_h - step.time_h > kGeometricSpan_h) {
        clock.set_h = std::max(step.time_h, kGeometricStart_h);
        clock.ease = Ease::log;
    }
    return clock;
}

Segment step_segment(const LessonStep& step) {
    Segment s;
    s.duration_s = step.duration_s.value_or(lesson_step_duration_s(step));
    s.clock = step_clock(step);
    s.view = step.view;
    s.receptor_split = step.receptor_split;
    s.view_transition_s = std::min(s.view_transition_s, s.duration_s);
    s.caption.text = caption_text(step);
    s.name = step.title;
    // Played as a narrated video (--voice), a step says its "say" (else its caption) and lasts as long as that takes
    // plus a breath, unless the lesson gives the step a duration.
    s.narration.say = step.say.empty() ? s.caption.text : step.say;
    s.fit = !step.duration_s.has_value();
    s.pause_s = kBreath_s;
    s.min_fit_s = step.run_until_h ? kMinRun_s : kMinHold_s;  // time for a run to be seen
    return s;
}

}  // namespace

double lesson_step_duration_s(const LessonStep& step) {
    const double reading_s = static_cast<double>(word_count(caption_text(step))) / kReadingWords_per_s + kBreath_s;
    const double floor_s = step.run_until_h ? kMinRun_s : kMinHold_s;
    return std::clamp(reading_s, floor_s, kMaxHold_s);
}

Script lesson_to_script(const Lesson& lesson) {
    Script script;
    script.where = std::filesystem::path(lesson.path).filename().string();
    script.title = lesson.title;
    script.description = lesson.summary;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        Segment segment = step_segment(lesson.steps[i]);
        if (i > 0 && lesson.steps[i].scenario != lesson.steps[i - 1].scenario)
            segment.scenario = lesson.steps[i].scenario;
        script.segments.push_back(std::move(segment));
    }
    script.captions = caption_cues(script.segments);
    return script;
}

}  // namespace session
