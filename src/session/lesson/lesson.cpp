// Lesson files: parsing through json_reader (errors "FILE: steps[2].time: what") and applying a step to the app state.
#include "session/lesson/lesson.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "json/reader.hpp"
#include "session/view/plot_defs.hpp"
#include "session/lesson/question.hpp"
#include "session/recording/script.hpp"
#include "session/session.hpp"
#include "session/words.hpp"
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
    if (!h) v.error(builtin_words("lesson.error.time"));
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
        v->error(builtin_words("file.error.expected_choice", {{"choices", json_reader::choice_list(ids)}, {"got", *id}}));
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
            v->errors().add(switches->path_of(item.key()), builtin_words("file.error.unknown_key"));
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
    if (choices && choices->json().is_array() && q.choices.size() < 2) choices->error(builtin_words("lesson.error.two_choices"));
    if (const auto answer = o->need("answer")) {
        const std::int64_t index = answer->integer().value_or(0);
        if (index < 0 || index >= static_cast<std::int64_t>(q.choices.size()))
            answer->error(builtin_words("lesson.error.answer_index"));
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
    if (!view) return v->error(
            builtin_words("file.error.expected_choice", {{"choices", std::string(scene::kViewChoiceNames)}, {"got", *id}}));
    step.view = view->view;
    step.receptor_split = view->receptor_split;
}

void parse_plots(const Object& o, LessonStep& step) {
    if (const auto v = o.get("plots"))
        if (const auto ids = v->strings())
            for (std::size_t i = 0; i < ids->size(); ++i) {
                if (plot_index((*ids)[i]) < 0)
                    v->errors().add(v->path() + "[" + std::to_string(i) + "]", builtin_words("lesson.error.unknown_plot", {{"plot", (*ids)[i]}}));
                step.plots.push_back((*ids)[i]);
            }
    step.key_plot = o.string("key_plot").value_or("");
    if (!step.key_plot.empty() && std::find(step.plots.begin(), step.plots.end(), step.key_plot) == step.plots.end())
        o.value().errors().add(o.path_of("key_plot"),
                               builtin_words("lesson.error.key_plot_not_shown", {{"plot", step.key_plot}}));
}

void parse_stage(const Object& o, LessonStep& step) {
    const auto v = o.get("stage");
    const auto id = v ? v->string() : std::nullopt;
    if (!id) return;
    step.stage = sim::stage_from_id(*id);
    if (!step.stage) v->error(builtin_words("lesson.error.unknown_stage", {{"stage", *id}}));
}

/// The step's times lie within its scenario's simulated span.
void check_span(const Object& o, const LessonStep& step) {
    const double span_h = step.scenario.duration_days * 24.0;
    const auto beyond = [&] {
        return builtin_words("lesson.error.beyond_span", {{"days", json_reader::number_text(step.scenario.duration_days)}});
    };
    if (step.time_h > span_h) o.value().errors().add(o.path_of("time"), beyond());
    if (step.run_until_h && *step.run_until_h > span_h) o.value().errors().add(o.path_of("run_until"), beyond());
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
            say->error(builtin_words("lesson.error.say_empty"));
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
    if (!in) throw std::runtime_error(builtin_words("lesson.error.cannot_open", {{"file", path}}));
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
    if (steps && steps->empty()) steps_value->error(builtin_words("lesson.error.no_steps"));
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

void apply_lesson_step(Session& session, int index) {
    if (!session.lesson.lesson) return;
    const auto& steps = session.lesson.lesson->steps;
    index = std::clamp(index, 0, static_cast<int>(steps.size()) - 1);
    const LessonStep& s = steps[static_cast<std::size_t>(index)];
    session.lesson.step = index;
    session.lesson.chosen = -1;
    session.lesson.ran = false;
    session.lesson.reached = false;
    session.lesson.revealed = false;
    session.lesson.finished = false;
    session.model.scenario = s.scenario;
    session.history = ScenarioHistory{};  // undo works within a step: each step starts from its own scenario
    session.history.committed = session.model.scenario;
    if (s.baseline)
        pin_baseline(session, *s.baseline, s.baseline_label);
    else
        session.pinned.reset();
    session.time_h = std::min(s.time_h, trajectory(session).duration_h());
    session.view.view = s.view;
    session.view.receptor_split = s.receptor_split;
    session.playing = s.autoplay && !s.question;
    session.play_until_h = s.run_until_h;
    if (!s.plots.empty()) {
        show_only(session.plots, s.plots);
    }
}

bool lesson_go(Session& session, int delta) {
    if (!session.lesson.lesson) return false;
    const int n = static_cast<int>(session.lesson.lesson->steps.size());
    if (session.lesson.finished) {  // the end screen: back returns to the last step as it was left
        if (delta >= 0) return false;
        session.lesson.finished = false;
        return true;
    }
    const int target = session.lesson.step + delta;
    if (target == n && delta > 0) {  // past the last step: the end-of-lesson screen
        session.lesson.finished = true;
        session.playing = false;
        return true;
    }
    if (target < 0 || target >= n) return false;
    apply_lesson_step(session, target);
    return true;
}

void start_lesson(Session& session, Lesson lesson) {
    if (!session.lesson.lesson)  // the learner's own work, given back by stop_lesson
        session.before_lesson = WorkBeforeLesson{
            session.model.scenario,     session.default_scenario,   session.pinned, session.plots, session.time_h, session.view.view,
            std::move(session.history), session.view.receptor_split};
    session.lesson.lesson = std::move(lesson);
    session.lesson.error.clear();
    apply_lesson_step(session, 0);
}

void stop_lesson(Session& session) {
    session.lesson.lesson.reset();
    session.lesson.step = -1;
    session.lesson.finished = false;
    session.play_until_h.reset();
    if (!session.before_lesson) return;
    WorkBeforeLesson& before = *session.before_lesson;
    session.model.scenario = std::move(before.scenario);
    session.default_scenario = std::move(before.default_scenario);
    session.pinned = std::move(before.pinned);
    session.plots = before.plots;
    session.time_h = std::min(before.time_h, trajectory(session).duration_h());
    session.view.view = before.view;
    session.view.receptor_split = before.receptor_split;
    session.history = std::move(before.history);
    session.history.committed = session.model.scenario;  // the restore itself is not an undo step
    session.playing = false;
    session.before_lesson.reset();
}

void run_lesson_step(Session& session) {
    if (!session.lesson.lesson || session.lesson.step < 0 || session.lesson.finished) return;
    const LessonStep& s = session.lesson.lesson->steps[static_cast<std::size_t>(session.lesson.step)];
    if (s.question) {
        run_question(session);
        return;
    }
    session.time_h = s.time_h;
    session.play_until_h = s.run_until_h;
    session.playing = true;
}

}  // namespace session
