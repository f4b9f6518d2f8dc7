// Lesson files: parsing (one clear error line naming file and step) and applying a step to the app state.
#include "session/lesson.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "session/plot_defs.hpp"
#include "session/question.hpp"
#include "session/script.hpp"
#include "session/session.hpp"
#include "sim/duration.hpp"
#include "sim/limits.hpp"

namespace session {

using nlohmann::json;

namespace {

/// An error about one field; the caller adds file and step.
struct FieldError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Rejects keys not in `allowed` (keys starting with '_' are comments); `where` prefixes nested objects' errors.
void check_keys(const json& j, std::initializer_list<const char*> allowed, const std::string& where = "") {
    if (!j.is_object()) throw FieldError(where + "expected an object");
    for (const auto& item : j.items()) {
        const std::string& key = item.key();
        if (!key.empty() && key[0] == '_') continue;
        if (std::none_of(allowed.begin(), allowed.end(), [&](const char* k) { return key == k; }))
            throw FieldError(where + "unknown key '" + key + "'");
    }
}

double time_field(const json& j, const char* key, double fallback) {
    if (!j.contains(key)) return fallback;
    const json& v = j.at(key);
    if (v.is_number()) return v.get<double>();
    const auto h = v.is_string() ? sim::parse_duration_h(v.get<std::string>()) : std::nullopt;
    if (!h) throw FieldError(std::string("'") + key + "': expected a time such as \"40min\", \"2h\" or \"3d\"");
    return *h;
}

double number_field(const json& j, const char* key, double fallback, double lo, double hi) {
    if (!j.contains(key)) return fallback;
    if (!j.at(key).is_number()) throw FieldError(std::string("'") + key + "': expected a number");
    const double v = j.at(key).get<double>();
    if (v < lo || v > hi)
        throw FieldError(std::string("'") + key + "': " + std::to_string(v) + " is outside " + std::to_string(lo) +
                         " to " + std::to_string(hi));
    return v;
}

sim::Route parse_route(const std::string& s) {
    static const std::pair<const char*, sim::Route> kRoutes[] = {
        {"iv_infusion", sim::Route::iv_infusion},     {"iv_bolus", sim::Route::iv_bolus},
        {"intramuscular", sim::Route::intramuscular}, {"intranasal", sim::Route::intranasal},
        {"sublingual", sim::Route::sublingual},       {"oral", sim::Route::oral}};
    for (const auto& [id, route] : kRoutes)
        if (s == id) return route;
    throw FieldError("unknown route '" + s + "' (iv_infusion, iv_bolus, intramuscular, intranasal, sublingual, oral)");
}

sim::Drug parse_drug(const std::string& s) {
    if (s == "racemic") return sim::Drug::racemic;
    if (s == "esketamine") return sim::Drug::esketamine;
    if (s == "arketamine") return sim::Drug::arketamine;
    throw FieldError("unknown drug '" + s + "' (racemic, esketamine, arketamine)");
}

sim::Dose parse_dose(const json& j) {
    check_keys(j, {"start", "route", "mg_per_kg", "mg", "duration_min"}, "'doses': ");
    sim::Dose d;
    d.start_h = time_field(j, "start", 0.0);
    if (j.contains("route")) d.route = parse_route(j.at("route").get<std::string>());
    d.amount_mg_per_kg = number_field(j, "mg_per_kg", d.amount_mg_per_kg, 0.0, 20.0);
    d.amount_mg = number_field(j, "mg", 0.0, 0.0, 2000.0);
    d.duration_min = number_field(j, "duration_min", d.duration_min, 0.5, 1440.0);
    return d;
}

void parse_flags(const json& j, const char* key, std::initializer_list<std::pair<const char*, bool*>> flags) {
    if (!j.contains(key)) return;
    for (const auto& [name, value] : j.at(key).items()) {
        bool known = false;
        for (const auto& [flag, target] : flags)
            if (name == flag) {
                *target = value.get<bool>();
                known = true;
            }
        if (!known) throw FieldError(std::string("'") + key + "': unknown switch '" + name + "'");
    }
}

/// A scenario: a preset (default: the standard infusion) with the listed fields changed.
sim::Scenario parse_scenario(const json& j, const PresetLoader& presets) {
    check_keys(j,
               {"preset", "name", "drug", "body_weight_kg", "duration_days", "magnesium_mM", "doses", "experiments",
                "hypotheses"},
               "'scenario': ");
    sim::Scenario s = j.contains("preset") ? presets(j.at("preset").get<std::string>()) : sim::Scenario{};
    if (j.contains("name")) s.name = j.at("name").get<std::string>();
    if (j.contains("drug")) s.drug = parse_drug(j.at("drug").get<std::string>());
    s.body_weight_kg = number_field(j, "body_weight_kg", s.body_weight_kg, 3.0, 250.0);
    s.duration_days = number_field(j, "duration_days", s.duration_days, sim::limits::kDurationMin_days,
                                   sim::limits::kDurationMax_days);
    s.params.magnesium_mM = number_field(j, "magnesium_mM", s.params.magnesium_mM, 0.0, 10.0);
    if (j.contains("doses")) {
        s.doses.clear();
        for (const json& d : j.at("doses")) s.doses.push_back(parse_dose(d));
    }
    auto& e = s.experiments;
    parse_flags(j, "experiments",
                {{"rapamycin", &e.rapamycin},
                 {"nbqx", &e.nbqx},
                 {"val66met", &e.val66met},
                 {"mglur23_agonist", &e.mglur23_agonist},
                 {"chronic_stress", &e.chronic_stress}});
    parse_flags(j, "hypotheses",
                {{"disinhibition", &s.hypotheses.disinhibition}, {"blockade_at_rest", &s.hypotheses.blockade_at_rest}});
    return s;
}

LessonQuestion parse_question(const json& j) {
    check_keys(j, {"prompt", "choices", "answer", "explanation"}, "'question': ");
    LessonQuestion q;
    q.prompt = j.at("prompt").get<std::string>();
    q.choices = j.at("choices").get<std::vector<std::string>>();
    q.answer = j.at("answer").get<int>();
    q.explanation = j.value("explanation", "");
    if (q.choices.size() < 2) throw FieldError("question: give at least two choices");
    if (q.answer < 0 || q.answer >= static_cast<int>(q.choices.size()))
        throw FieldError("question: 'answer' must index one of the choices (0-based)");
    return q;
}

LessonStep parse_step(const json& j, const PresetLoader& presets) {
    check_keys(j, {"title", "caption", "scenario", "baseline", "time", "run_until", "autoplay", "view", "plots",
                   "key_plot", "stage", "question", "duration_s", "say"});
    LessonStep step;
    step.title = j.at("title").get<std::string>();
    step.caption = j.at("caption").get<std::string>();
    if (j.contains("say")) {
        step.say = j.at("say").get<std::string>();
        if (step.say.find_first_not_of(" \t\n") == std::string::npos)
            throw FieldError("'say': must not be empty (leave it out to say the caption)");
    }
    step.scenario = parse_scenario(j.value("scenario", json::object()), presets);
    if (j.contains("baseline")) {
        check_keys(j.at("baseline"), {"label", "scenario"}, "'baseline': ");
        step.baseline = parse_scenario(j.at("baseline").value("scenario", json::object()), presets);
        step.baseline_label = j.at("baseline").value("label", "baseline");
    }
    step.time_h = time_field(j, "time", 0.0);
    if (j.contains("run_until")) step.run_until_h = time_field(j, "run_until", 0.0);
    step.autoplay = j.value("autoplay", false);
    const auto view = scene::view_choice_from_id(j.value("view", "synapse"));
    if (!view) throw FieldError("'view': expected " + std::string(scene::kViewChoiceNames));
    step.view = view->view;
    step.receptor_split = view->receptor_split;
    for (const std::string& id : j.value("plots", std::vector<std::string>{})) {
        if (plot_index(id) < 0) throw FieldError("'plots': unknown plot '" + id + "'");
        step.plots.push_back(id);
    }
    step.key_plot = j.value("key_plot", "");
    if (!step.key_plot.empty() && std::find(step.plots.begin(), step.plots.end(), step.key_plot) == step.plots.end())
        throw FieldError("'key_plot': '" + step.key_plot + "' is not one of the step's 'plots'");
    if (j.contains("stage")) {
        step.stage = sim::stage_from_id(j.at("stage").get<std::string>());
        if (!step.stage) throw FieldError("'stage': unknown stage '" + j.at("stage").get<std::string>() + "'");
    }
    if (j.contains("question")) step.question = parse_question(j.at("question"));
    if (j.contains("duration_s")) step.duration_s = number_field(j, "duration_s", 0.0, 0.1, 3600.0);
    const double span_h = step.scenario.duration_days * 24.0;
    if (step.time_h > span_h || (step.run_until_h && *step.run_until_h > span_h))
        throw FieldError("'time' or 'run_until' is beyond the simulated span");
    return step;
}

}  // namespace

Lesson load_lesson(const std::string& path, const PresetLoader& presets) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open the lesson file");
    json j;
    try {
        j = json::parse(in);
    } catch (const json::exception& e) {  // parse_error, or out_of_range for a number such as 1e400
        throw std::runtime_error(path + ": not valid JSON: " + json_error_text(e));
    }
    Lesson lesson;
    lesson.path = path;
    try {
        check_keys(j, {"title", "summary", "order", "steps"});
        lesson.title = j.at("title").get<std::string>();
        lesson.summary = j.value("summary", "");
        if (!j.contains("steps") || !j.at("steps").is_array() || j.at("steps").empty())
            throw FieldError("'steps': expected a non-empty list");
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + json_error_text(e));
    }
    const json& steps = j.at("steps");
    for (std::size_t i = 0; i < steps.size(); ++i) {
        try {
            lesson.steps.push_back(parse_step(steps[i], presets));
        } catch (const std::exception& e) {
            throw std::runtime_error(path + ": step " + std::to_string(i + 1) + ": " + json_error_text(e));
        }
    }
    return lesson;
}

std::vector<std::string> list_lesson_files(const std::string& assets_dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(assets_dir) / "lessons", ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

void apply_lesson_step(Session& app, int index) {
    if (!app.lesson.lesson) return;
    const auto& steps = app.lesson.lesson->steps;
    index = std::clamp(index, 0, static_cast<int>(steps.size()) - 1);
    const LessonStep& s = steps[static_cast<std::size_t>(index)];
    app.lesson.step = index;
    app.lesson.chosen = -1;
    app.lesson.ran = false;
    app.lesson.reached = false;
    app.lesson.revealed = false;
    app.lesson.finished = false;
    app.model.scenario = s.scenario;
    app.history = ScenarioHistory{};  // undo works within a step: each step starts from its own scenario
    app.history.committed = app.model.scenario;
    if (s.baseline)
        pin_baseline(app, *s.baseline, s.baseline_label);
    else
        app.pinned.reset();
    app.time_h = std::min(s.time_h, trajectory(app).duration_h());
    app.view.view = s.view;
    app.view.receptor_split = s.receptor_split;
    app.playing = s.autoplay && !s.question;
    app.play_until_h = s.run_until_h;
    if (!s.plots.empty()) {
        show_only(app.plots, s.plots);
    }
}

bool lesson_go(Session& app, int delta) {
    if (!app.lesson.lesson) return false;
    const int n = static_cast<int>(app.lesson.lesson->steps.size());
    if (app.lesson.finished) {  // the end screen: back returns to the last step as it was left
        if (delta >= 0) return false;
        app.lesson.finished = false;
        return true;
    }
    const int target = app.lesson.step + delta;
    if (target == n && delta > 0) {  // past the last step: the end-of-lesson screen
        app.lesson.finished = true;
        app.playing = false;
        return true;
    }
    if (target < 0 || target >= n) return false;
    apply_lesson_step(app, target);
    return true;
}

void start_lesson(Session& app, Lesson lesson) {
    if (!app.lesson.lesson)  // the learner's own work, given back by stop_lesson
        app.before_lesson = WorkBeforeLesson{
            app.model.scenario,     app.default_scenario,   app.pinned, app.plots, app.time_h, app.view.view,
            std::move(app.history), app.view.receptor_split};
    app.lesson.lesson = std::move(lesson);
    app.lesson.error.clear();
    apply_lesson_step(app, 0);
}

void stop_lesson(Session& app) {
    app.lesson.lesson.reset();
    app.lesson.step = -1;
    app.lesson.finished = false;
    app.play_until_h.reset();
    if (!app.before_lesson) return;
    WorkBeforeLesson& before = *app.before_lesson;
    app.model.scenario = std::move(before.scenario);
    app.default_scenario = std::move(before.default_scenario);
    app.pinned = std::move(before.pinned);
    app.plots = before.plots;
    app.time_h = std::min(before.time_h, trajectory(app).duration_h());
    app.view.view = before.view;
    app.view.receptor_split = before.receptor_split;
    app.history = std::move(before.history);
    app.history.committed = app.model.scenario;  // the restore itself is not an undo step
    app.playing = false;
    app.before_lesson.reset();
}

void run_lesson_step(Session& app) {
    if (!app.lesson.lesson || app.lesson.step < 0 || app.lesson.finished) return;
    const LessonStep& s = app.lesson.lesson->steps[static_cast<std::size_t>(app.lesson.step)];
    if (s.question) {
        run_question(app);
        return;
    }
    app.time_h = s.time_h;
    app.play_until_h = s.run_until_h;
    app.playing = true;
}

}  // namespace session
