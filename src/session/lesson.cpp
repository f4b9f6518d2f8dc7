// Lesson files: parsing through json_reader (errors "FILE: steps[2].time: what") and applying a step to the app state.
#include "session/lesson.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "json/reader.hpp"
#include "session/plot_defs.hpp"
#include "session/question.hpp"
#include "session/script.hpp"
#include "session/session.hpp"
#include "sim/duration.hpp"
#include "sim/limits.hpp"
#include "sim/scenario_io.hpp"

namespace session {

using nlohmann::json;

namespace {

using json_reader::Object;
using json_reader::Value;

/// A time: a number of hours or a duration such as "40min", "2h", "3d".
std::optional<double> read_time_h(const Value& v) {
    if (v.json().is_number()) return v.number();
    const auto h = v.json().is_string() ? sim::parse_duration_h(v.json().get<std::string>()) : std::nullopt;
    if (!h) v.error("expected a number of hours or a time such as \"40min\", \"2h\" or \"3d\"");
    return h;
}

void read_time_h(const Object& o, std::string_view key, double& out) {
    if (const auto v = o.get(key))
        if (const auto h = read_time_h(*v)) out = *h;
}

void read_number(const Object& o, std::string_view key, double& out, double lo, double hi) {
    if (const auto v = o.get(key))
        if (const auto x = v->number_in(lo, hi)) out = *x;
}

/// A route or drug by its scenario-file id (sim::route_from_id, sim::drug_from_id).
template <class E, class FromId>
void read_id(const Object& o, std::string_view key, E& out, FromId from_id, const std::vector<std::string_view>& ids) {
    const auto v = o.get(key);
    const auto id = v ? v->string() : std::nullopt;
    if (!id) return;
    if (const auto value = from_id(*id))
        out = *value;
    else
        v->error("expected " + json_reader::choice_list(ids) + ", got '" + *id + "'");
}

sim::Dose parse_dose(const Value& v) {
    sim::Dose d;
    const auto o = v.object();
    if (!o) return d;
    o->allow_only({"start", "route", "mg_per_kg", "mg", "duration_min"});
    read_time_h(*o, "start", d.start_h);
    read_id(*o, "route", d.route, sim::route_from_id, sim::route_ids());
    read_number(*o, "mg_per_kg", d.amount_mg_per_kg, 0.0, 20.0);
    read_number(*o, "mg", d.amount_mg, 0.0, 2000.0);
    read_number(*o, "duration_min", d.duration_min, 0.5, 1440.0);
    return d;
}

void parse_flags(const Object& o, std::string_view key,
                 std::initializer_list<std::pair<std::string_view, bool*>> flags) {
    const auto v = o.get(key);
    const auto switches = v ? v->object() : std::nullopt;
    if (!switches) return;
    for (const auto& [name, target] : flags)
        if (const auto on = switches->boolean(name)) *target = *on;
    std::vector<std::string_view> names;
    for (const auto& flag : flags) names.push_back(flag.first);
    for (const auto& item : v->json().items())
        if (!item.key().starts_with('_') && std::find(names.begin(), names.end(), item.key()) == names.end())
            v->errors().add(switches->path_of(item.key()), "unknown key");
}

sim::Scenario preset(const Value& v, const PresetLoader& presets) {
    const auto name = v.string();
    if (!name) return {};
    try {
        return presets(*name);
    } catch (const std::runtime_error& e) {  // an unknown name (the message lists the presets) or a bad preset file
        v.error(e.what());
        return {};
    }
}

/// A scenario: a preset (default: the standard infusion) with the listed fields changed.
sim::Scenario parse_scenario(const std::optional<Value>& v, const PresetLoader& presets) {
    const auto o = v ? v->object() : std::nullopt;
    if (!o) return {};
    o->allow_only({"preset", "name", "drug", "body_weight_kg", "duration_days", "magnesium_mM", "doses", "experiments",
                   "hypotheses"});
    const auto preset_name = o->get("preset");
    sim::Scenario s = preset_name ? preset(*preset_name, presets) : sim::Scenario{};
    if (const auto name = o->string("name")) s.name = *name;
    read_id(*o, "drug", s.drug, sim::drug_from_id, sim::drug_ids());
    read_number(*o, "body_weight_kg", s.body_weight_kg, 3.0, 250.0);
    read_number(*o, "duration_days", s.duration_days, sim::limits::kDurationMin_days, sim::limits::kDurationMax_days);
    read_number(*o, "magnesium_mM", s.params.magnesium_mM, 0.0, 10.0);
    if (const auto doses = o->get("doses"))
        if (const auto list = doses->array()) {
            s.doses.clear();
            for (std::size_t i = 0; i < list->size(); ++i) s.doses.push_back(parse_dose((*list)[i]));
        }
    auto& e = s.experiments;
    parse_flags(*o, "experiments",
                {{"rapamycin", &e.rapamycin},
                 {"nbqx", &e.nbqx},
                 {"val66met", &e.val66met},
                 {"mglur23_agonist", &e.mglur23_agonist},
                 {"chronic_stress", &e.chronic_stress}});
    parse_flags(*o, "hypotheses",
                {{"disinhibition", &s.hypotheses.disinhibition}, {"blockade_at_rest", &s.hypotheses.blockade_at_rest}});
    return s;
}

std::optional<LessonQuestion> parse_question(const Value& v) {
    const auto o = v.object();
    if (!o) return std::nullopt;
    o->allow_only({"prompt", "choices", "answer", "explanation"});
    LessonQuestion q;
    if (const auto prompt = o->need("prompt")) q.prompt = prompt->string().value_or("");
    const auto choices = o->need("choices");
    if (choices) q.choices = choices->strings().value_or(std::vector<std::string>{});
    if (choices && choices->json().is_array() && q.choices.size() < 2) choices->error("give at least two choices");
    if (const auto answer = o->need("answer")) {
        const std::int64_t index = answer->integer().value_or(0);
        if (index < 0 || index >= static_cast<std::int64_t>(q.choices.size()))
            answer->error("must index one of the choices (0-based)");
        else
            q.answer = static_cast<int>(index);
    }
    q.explanation = o->string("explanation").value_or("");
    return q;
}

void parse_view(const Object& o, LessonStep& step) {
    const auto v = o.get("view");
    const auto id = v ? v->string() : std::nullopt;
    if (!id) return;
    const auto view = scene::view_choice_from_id(*id);
    if (!view) return v->error("expected " + std::string(scene::kViewChoiceNames) + ", got '" + *id + "'");
    step.view = view->view;
    step.receptor_split = view->receptor_split;
}

void parse_plots(const Object& o, LessonStep& step) {
    if (const auto v = o.get("plots"))
        if (const auto ids = v->strings())
            for (std::size_t i = 0; i < ids->size(); ++i) {
                if (plot_index((*ids)[i]) < 0)
                    v->errors().add(v->path() + "[" + std::to_string(i) + "]", "unknown plot '" + (*ids)[i] + "'");
                step.plots.push_back((*ids)[i]);
            }
    step.key_plot = o.string("key_plot").value_or("");
    if (!step.key_plot.empty() && std::find(step.plots.begin(), step.plots.end(), step.key_plot) == step.plots.end())
        o.value().errors().add(o.path_of("key_plot"), "'" + step.key_plot + "' is not one of the step's plots");
}

void parse_stage(const Object& o, LessonStep& step) {
    const auto v = o.get("stage");
    const auto id = v ? v->string() : std::nullopt;
    if (!id) return;
    step.stage = sim::stage_from_id(*id);
    if (!step.stage) v->error("unknown stage '" + *id + "'");
}

/// The step's times lie within its scenario's simulated span.
void check_span(const Object& o, const LessonStep& step) {
    const double span_h = step.scenario.duration_days * 24.0;
    const std::string beyond =
        "is beyond the simulated span (" + json_reader::number_text(step.scenario.duration_days) + " days)";
    if (step.time_h > span_h) o.value().errors().add(o.path_of("time"), beyond);
    if (step.run_until_h && *step.run_until_h > span_h) o.value().errors().add(o.path_of("run_until"), beyond);
}

LessonStep parse_step(const Value& v, const PresetLoader& presets) {
    LessonStep step;
    const auto o = v.object();
    if (!o) return step;
    o->allow_only({"title", "caption", "scenario", "baseline", "time", "run_until", "autoplay", "view", "plots",
                   "key_plot", "stage", "question", "duration_s", "say"});
    if (const auto title = o->need("title")) step.title = title->string().value_or("");
    if (const auto caption = o->need("caption")) step.caption = caption->string().value_or("");
    if (const auto say = o->get("say")) {
        step.say = say->string().value_or("");
        if (say->json().is_string() && step.say.find_first_not_of(" \t\n") == std::string::npos)
            say->error("must not be empty (leave it out to say the caption)");
    }
    step.scenario = parse_scenario(o->get("scenario"), presets);
    if (const auto baseline = o->get("baseline"))
        if (const auto b = baseline->object()) {
            b->allow_only({"label", "scenario"});
            step.baseline = parse_scenario(b->get("scenario"), presets);
            step.baseline_label = b->string("label").value_or("baseline");
        }
    read_time_h(*o, "time", step.time_h);
    if (const auto until = o->get("run_until")) step.run_until_h = read_time_h(*until);
    step.autoplay = o->boolean("autoplay").value_or(false);
    parse_view(*o, step);
    parse_plots(*o, step);
    parse_stage(*o, step);
    if (const auto question = o->get("question")) step.question = parse_question(*question);
    if (const auto duration = o->get("duration_s")) step.duration_s = duration->number_in(0.1, 3600.0);
    check_span(*o, step);
    return step;
}

std::string read_lesson_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the lesson file");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

Lesson load_lesson(const std::string& path, const PresetLoader& presets) {
    const json j = json_reader::parse(read_lesson_text(path), path);
    json_reader::Errors errors(path);
    Lesson lesson;
    lesson.path = path;
    const auto root = Value(j, "", errors).object();
    if (!root) errors.throw_if_any();
    root->allow_only({"title", "summary", "order", "steps"});
    if (const auto title = root->need("title")) lesson.title = title->string().value_or("");
    lesson.summary = root->string("summary").value_or("");
    const auto steps_value = root->need("steps");
    const auto steps = steps_value ? steps_value->array() : std::nullopt;
    if (steps && steps->empty()) steps_value->error("must be a non-empty list of steps");
    if (steps)
        for (std::size_t i = 0; i < steps->size(); ++i) lesson.steps.push_back(parse_step((*steps)[i], presets));
    errors.throw_if_any();
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
