// Guided lessons: a JSON file of steps, each setting scenario, time, view, caption and an optional question.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "scene/scene.hpp"
#include "sim/scenario.hpp"
#include "sim/stage.hpp"

namespace session {

struct Session;

/// A "predict, then run" question: the student picks an answer before the run is played.
struct LessonQuestion {
    std::string prompt;
    std::vector<std::string> choices;
    int answer = -1;          ///< index of the right choice
    std::string explanation;  ///< shown after the run
};

struct LessonStep {
    std::string title;
    std::string caption;     ///< the large caption (presenter mode) and the lesson panel's text
    std::string say;         ///< "say": what a narrated video of the lesson says at this step (empty: its caption)
    sim::Scenario scenario;  ///< the complete scenario this step sets
    std::optional<sim::Scenario> baseline;  ///< a run pinned for comparison, if any
    std::string baseline_label;
    double time_h = 0.0;                ///< cursor time set on entering the step, hours
    std::optional<double> run_until_h;  ///< "Run" (or autoplay) plays up to this time, hours
    bool autoplay = false;              ///< start playing on entering the step
    scene::View view = scene::View::synapse;
    bool receptor_split = false;     ///< "view": "receptor-split"
    std::vector<std::string> plots;  ///< plot ids to show (empty: leave as they are)
    std::string key_plot;  ///< "key_plot": the plot (one of `plots`) that shows what the step says about a curve;
                           ///< presenter mode draws it large beside the picture. Empty: the picture says it.
    std::optional<sim::Stage> stage;  ///< "stage": the mechanism stage the step is about; the model shows it as "Now"
                                      ///< at the step's time (a question step: at its answering moment), tested
    std::optional<LessonQuestion> question;
    std::optional<double> duration_s;  ///< "duration_s": seconds the step lasts when played as a video script
};

struct Lesson {
    std::string path;
    std::string title;
    std::string summary;
    std::vector<LessonStep> steps;
};

/// Loads a preset scenario by name (the app passes sim::load_preset; tests pass a stub).
using PresetLoader = std::function<sim::Scenario(const std::string& name)>;

/// Parses a lesson file. Throws std::runtime_error with one line naming the file and step.
Lesson load_lesson(const std::string& path, const PresetLoader& presets);

/// Lesson files (*.json) in assets_dir/lessons, sorted by name.
std::vector<std::string> list_lesson_files(const std::string& assets_dir);

/// Sets the app to step `index` of its lesson (scenario, baseline, time, view, plots, question reset).
void apply_lesson_step(Session& session, int index);
/// Moves by +1/-1 step; +1 from the last step shows the end-of-lesson screen (LessonProgress::finished), -1 from
/// there returns to the last step as it was left. Returns false when there is no lesson or nothing that way.
bool lesson_go(Session& session, int delta);
/// Starts a lesson at its first step; the scenario, pinned run, plots, time and view it replaces are kept.
void start_lesson(Session& session, Lesson lesson);
/// Leaves the lesson and gives back what it replaced (the scenario, pinned run, plots, time and view).
void stop_lesson(Session& session);
/// "Run": plays from the step's time up to its run_until time (a question step: run_question).
void run_lesson_step(Session& session);

}  // namespace session
