// The accessible layer made from the registry and the session, its differences frame to frame, and its JSON.
#include "session/accessible_layer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "session/keys.hpp"
#include "session/lesson/question.hpp"
#include "session/registry.hpp"
#include "session/screen_reader.hpp"
#include "session/view/timeline_axis.hpp"
#include "session/words.hpp"
#include "sim/stage.hpp"

namespace session {
namespace {

constexpr std::string_view kControlPrefix = "control.";
constexpr std::string_view kCommandPrefix = "command.";
constexpr std::string_view kTimeId = "time";
constexpr std::string_view kViewId = "view";

/// The time range's step: six minutes of simulated time (Page Up/Down move a tenth of the span).
constexpr double kTimeStep_h = 0.1;

/// `format` applied to `value`, without the trailing zeros of its decimals: "%.2f" of 0.5 is "0.5".
std::string number_in_format(const char* format, double value) {
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    std::string out = text;
    if (out.find('.') == std::string::npos) return out;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out == "-0" ? "0" : out;
}

/// `value` is a whole number of `step`s.
bool on_grid(double value, double step) { return std::abs(value / step - std::round(value / step)) < 1e-9; }

/// A range control's step for the page's arrow keys: its own, else one unit of its last shown digit; made finer
/// (a half, a fifth, a tenth) where its minimum is not a whole number of steps, since a range input counts its
/// steps from its minimum (the infusion's 0.5 min would put 40 min off the steps).
double range_step(const Control& c) {
    const std::string_view format = c.format;
    const std::size_t dot = format.find('.');
    const int digits = dot == std::string_view::npos ? 0 : format[dot + 1] - '0';
    const double step = c.step > 0.0 ? c.step : std::pow(10.0, -digits);
    for (const double fraction : {1.0, 0.5, 0.2, 0.1})
        if (on_grid(c.min, step * fraction)) return step * fraction;
    return step / 100.0;
}

bool offered_on_page(const Command& c) { return c.offered == Offered::everywhere || c.offered == Offered::picks_files; }

Element control_element(const Session& session, const Control& c) {
    const double value = c.get(session.model.scenario);
    Element e{std::string(kControlPrefix) + c.id, ElementRole::toggle, words(session, c.words_key), 0.0, {}, {}};
    if (c.role == Role::toggle) {
        e.state.value = value != 0.0 ? "1" : "0";
    } else if (c.role == Role::choice) {
        e.role = ElementRole::choice;
        for (const std::string& id : c.choice_ids()) e.options.emplace_back(words(session, choice_words_key(c, id)));
        const std::size_t index = static_cast<std::size_t>(std::clamp(value, 0.0, e.options.size() - 1.0));
        e.state.value = std::to_string(index);
        e.state.value_text = e.options[index];
    } else {
        e.role = ElementRole::range;
        e.step = range_step(c);
        e.state.value = number_in_format(c.format, value);
        const std::string unit = unit_text(session, c);
        e.state.value_text = e.state.value + (unit.empty() ? "" : " " + unit);
        e.state.min = c.min;
        e.state.max = std::max(c.max, value);  // a scenario file may hold more than the slider reaches
    }
    return e;
}

Element command_element(const Session& session, const Command& c, std::string name = "") {
    Element e{std::string(kCommandPrefix) + c.id,
              ElementRole::button,
              name.empty() ? words(session, c.words_key) : name,
              0.0,
              {},
              {}};
    e.state.enabled = command_enabled(session, c);
    if (c.checked) e.state.pressed = c.checked(session);
    return e;
}

Element text_element(std::string id, std::string text) {
    Element e{std::move(id), ElementRole::text, "", 0.0, {}, {}};
    e.state.value = std::move(text);
    return e;
}

bool is_view_choice(const Command& c) {
    return c.menu == Menu::view && c.checked != nullptr && std::string_view(c.id).rfind("view_", 0) == 0;
}

/// The view choice: its options are the View menu's views, its value the most particular one shown.
Element view_element(const Session& session) {
    Element e{std::string(kViewId), ElementRole::choice, words(session, "a11y.view_choice"), 0.0, {}, {}};
    std::size_t chosen = 0;
    for (const Command& c : commands()) {
        if (!is_view_choice(c)) continue;
        if (c.checked(session)) chosen = e.options.size();
        e.options.emplace_back(words(session, c.words_key));
    }
    e.state.value = std::to_string(chosen);
    e.state.value_text = e.options[chosen];
    return e;
}

Element time_element(const Session& session) {
    Element e{std::string(kTimeId), ElementRole::range, words(session, "a11y.time"), kTimeStep_h, {}, {}};
    e.state.value = number_in_format("%.2f", session.time_h);
    e.state.value_text = cursor_time_text(session.time_h);
    e.state.max = trajectory(session).duration_h();
    return e;
}

/// Where a command without a menu is offered: with the timeline, the lesson, or the rest.
enum class Place { timeline, lesson, other };
Place place_of(Action a) {
    switch (a) {
        case Action::toggle_play:
        case Action::step_back:
        case Action::step_forward:
        case Action::jump_start:
        case Action::jump_end: return Place::timeline;
        case Action::choose_a:
        case Action::choose_b:
        case Action::choose_c:
        case Action::choose_d:
        case Action::reveal_answer: return Place::lesson;
        default: return Place::other;
    }
}

/// The commands of one menu (or, for Menu::none, of one place), as buttons.
ElementGroup command_group(const Session& session, Menu menu, std::string heading, Place place = Place::other) {
    ElementGroup group{std::move(heading), {}};
    for (const Command& c : commands())
        if (c.menu == menu && offered_on_page(c) && !is_view_choice(c) &&
            (menu != Menu::none || place_of(c.action) == place))
            group.elements.push_back(command_element(session, c));
    return group;
}

Landmark controls_landmark(const Session& session) {
    Landmark l{"controls",
               words(session, "a11y.controls"),
               {{words(session, "controls.section.dose"), {}},
                {words(session, "controls.section.experiments"), {}},
                {words(session, "controls.section.hypotheses"), {}}}};
    for (const Control& c : controls())
        l.groups[static_cast<std::size_t>(c.group)].elements.push_back(control_element(session, c));
    return l;
}

/// The lesson's step, its question and its answer choices (as the A-D buttons, named by their choices).
ElementGroup lesson_step_group(const Session& session) {
    ElementGroup group{"", {}};
    if (!session.lesson.lesson || session.lesson.step < 0) return group;
    const Lesson& lesson = *session.lesson.lesson;
    const LessonStep& step = lesson.steps[static_cast<std::size_t>(session.lesson.step)];
    group.heading = words(session, "a11y.lesson_step",
                          {{"title", lesson.title},
                           {"step", std::to_string(session.lesson.step + 1)},
                           {"steps", std::to_string(lesson.steps.size())},
                           {"step_title", step.title}});
    const QuestionPhase phase = question_phase(session);
    if (!answer_hidden(phase)) group.elements.push_back(text_element("lesson_step.caption", step.caption));
    if (!step.question || phase == QuestionPhase::none) return group;
    const LessonQuestion& q = *step.question;
    group.elements.push_back(text_element("lesson_step.question", q.prompt));
    constexpr Action kChoose[] = {Action::choose_a, Action::choose_b, Action::choose_c, Action::choose_d};
    for (std::size_t i = 0; i < q.choices.size() && i < std::size(kChoose); ++i) {
        Element e = command_element(session, command(kChoose[i]),
                                    std::string(1, static_cast<char>('A' + i)) + ") " + q.choices[i]);
        e.state.pressed = session.lesson.chosen == static_cast<int>(i);
        group.elements.push_back(std::move(e));
    }
    group.elements.push_back(command_element(session, command(Action::reveal_answer)));
    if (!answer_hidden(phase))
        group.elements.push_back(text_element(
            "lesson_step.answer",
            words(session, "a11y.answer",
                  {{"choice", q.choices[static_cast<std::size_t>(q.answer)]}, {"explanation", q.explanation}})));
    return group;
}

Landmark lesson_landmark(const Session& session) {
    return {"lesson",
            words(session, "menu.lesson"),
            {lesson_step_group(session), command_group(session, Menu::lesson, "")}};
}

/// The sources' quotes for the stage the model is in now.
Landmark sources_landmark(const Session& session) {
    Landmark l{"sources", words(session, "a11y.sources"), {}};
    if (!session.content) return l;
    const sim::Trajectory& run = trajectory(session);
    const sim::Stage stage = run.empty() ? sim::Stage::baseline : run.at(session.time_h).stage;
    ElementGroup group{std::string(sim::stage_title(stage)), {}};
    for (const content::Quote* q : session.content->quotes_for_stage(sim::stage_id(stage)))
        group.elements.push_back(
            text_element("quote." + q->id, session.content->source_of(*q).title + ": \u201c" + q->text + "\u201d"));
    l.groups.push_back(std::move(group));
    return l;
}

/// What the summary is announced for: it changes with the view, the stage, the lesson step and its question's
/// phase, an experiment or hypothesis, presenter mode - not with the time alone.
std::string moment_of(const Session& session) {
    const sim::Trajectory& run = trajectory(session);
    std::string moment =
        std::to_string(static_cast<int>(run.empty() ? sim::Stage::baseline : run.at(session.time_h).stage));
    moment += " " + std::string(scene::view_id(session.view.view)) + std::to_string(session.view.receptor_split);
    moment += " " + std::to_string(session.lesson.step) + std::to_string(static_cast<int>(question_phase(session)));
    moment += " " + std::to_string(session.presenter) + " ";
    for (const Control& c : controls())
        if (c.role == Role::toggle) moment += c.get(session.model.scenario) != 0.0 ? '1' : '0';
    return moment;
}

bool same_element(const Element& a, const Element& b) {
    return a.id == b.id && a.role == b.role && a.name == b.name && a.step == b.step && a.options == b.options &&
           (a.role != ElementRole::text || a.state == b.state);  // a text's text is its structure
}

bool same_structure(const AccessibleLayer& a, const AccessibleLayer& b) {
    if (a.skip_links != b.skip_links || a.skip_links_name != b.skip_links_name ||
        a.landmarks.size() != b.landmarks.size())
        return false;
    for (std::size_t i = 0; i < a.landmarks.size(); ++i) {
        const Landmark &x = a.landmarks[i], &y = b.landmarks[i];
        if (x.id != y.id || x.name != y.name || x.groups.size() != y.groups.size()) return false;
        for (std::size_t g = 0; g < x.groups.size(); ++g) {
            const ElementGroup &p = x.groups[g], &q = y.groups[g];
            if (p.heading != q.heading || p.elements.size() != q.elements.size()) return false;
            for (std::size_t e = 0; e < p.elements.size(); ++e)
                if (!same_element(p.elements[e], q.elements[e])) return false;
        }
    }
    return true;
}

template <typename Visit>
void each_element(const AccessibleLayer& layer, Visit visit) {
    for (const Landmark& l : layer.landmarks)
        for (const ElementGroup& g : l.groups)
            for (const Element& e : g.elements) visit(e);
}

const char* role_name(ElementRole role) {
    switch (role) {
        case ElementRole::range: return "range";
        case ElementRole::choice: return "choice";
        case ElementRole::toggle: return "toggle";
        case ElementRole::button: return "button";
        case ElementRole::text: return "text";
    }
    return "text";
}

nlohmann::json state_json(const ElementState& s) {
    nlohmann::json j = {{"value", s.value}, {"value_text", s.value_text}, {"enabled", s.enabled}};
    if (s.min != s.max) j["min"] = s.min, j["max"] = s.max;
    if (s.pressed) j["pressed"] = *s.pressed;
    return j;
}

nlohmann::json structure_json(const AccessibleLayer& layer) {
    nlohmann::json landmarks = nlohmann::json::array();
    for (const Landmark& l : layer.landmarks) {
        nlohmann::json groups = nlohmann::json::array();
        for (const ElementGroup& g : l.groups) {
            nlohmann::json elements = nlohmann::json::array();
            for (const Element& e : g.elements)
                elements.push_back({{"id", e.id},
                                    {"role", role_name(e.role)},
                                    {"name", e.name},
                                    {"step", e.step},
                                    {"options", e.options},
                                    {"state", state_json(e.state)}});
            groups.push_back({{"heading", g.heading}, {"elements", std::move(elements)}});
        }
        landmarks.push_back({{"id", l.id}, {"name", l.name}, {"groups", std::move(groups)}});
    }
    nlohmann::json skips = nlohmann::json::array();
    for (const auto& [target, text] : layer.skip_links) skips.push_back({{"target", target}, {"text", text}});
    return {{"landmarks", std::move(landmarks)},
            {"skip_links", std::move(skips)},
            {"skip_links_name", layer.skip_links_name}};
}

}  // namespace

AccessibleLayer accessible_layer(const Session& session) {
    AccessibleLayer layer;
    Element describe{std::string(kDescribeId), ElementRole::button, words(session, "a11y.describe"), 0.0, {}, {}};
    layer.landmarks.push_back({"picture", words(session, "a11y.picture"), {{"", {std::move(describe)}}}});
    layer.landmarks.push_back(controls_landmark(session));
    layer.landmarks.push_back({"timeline", words(session, "a11y.timeline"), {{"", {time_element(session)}}}});
    layer.landmarks.back().groups.push_back(command_group(session, Menu::none, "", Place::timeline));
    layer.landmarks.push_back({"view",
                               words(session, "a11y.view"),
                               {{"", {view_element(session)}},
                                command_group(session, Menu::view, ""),
                                command_group(session, Menu::plots, words(session, "menu.plots"))}});
    layer.landmarks.push_back(lesson_landmark(session));
    layer.landmarks.push_back(sources_landmark(session));
    layer.landmarks.push_back({"commands",
                               words(session, "a11y.commands"),
                               {command_group(session, Menu::file, words(session, "menu.file")),
                                command_group(session, Menu::edit, words(session, "menu.edit")),
                                command_group(session, Menu::help, words(session, "menu.help")),
                                command_group(session, Menu::none, words(session, "a11y.more"), Place::other)}});
    for (const char* target : {"picture", "controls", "sources", "lesson"})
        layer.skip_links.emplace_back(target, words(session, std::string("a11y.skip.") + target));
    layer.skip_links_name = words(session, "a11y.skip_links");
    layer.summary = screen_reader_text(session);
    layer.moment = moment_of(session);
    return layer;
}

Requests operate(Session& session, const ElementInput& input) {
    const std::string_view id = input.id;
    if (id.starts_with(kControlPrefix)) {
        const Control* c = find_control(id.substr(kControlPrefix.size()));
        if (c == nullptr || !std::isfinite(input.value)) return {};
        const double top = c->role == Role::choice ? c->choice_ids().size() - 1.0 : c->max;
        const double value = std::clamp(input.value, c->min, std::max(top, c->get(session.model.scenario)));
        if (c->role == Role::range || c->get(session.model.scenario) != value) c->set(session.model.scenario, value);
        return {};
    }
    if (id == kTimeId) {
        if (std::isfinite(input.value)) set_time(session, input.value);
        return {};
    }
    if (id == kViewId) {
        int index = 0;
        for (const Command& c : commands())
            if (is_view_choice(c) && index++ == static_cast<int>(input.value)) return apply_action(session, c.action);
        return {};
    }
    if (!id.starts_with(kCommandPrefix)) return {};
    const std::string_view command_id = id.substr(kCommandPrefix.size());
    for (const Command& c : commands())
        if (command_id == c.id && offered_on_page(c) && command_enabled(session, c))
            return apply_action(session, c.action);
    return {};
}

LayerUpdate next_update(PushedLayer& pushed, const AccessibleLayer& now, bool describe_requested) {
    LayerUpdate update;
    update.rebuild = !pushed.structure || !same_structure(*pushed.structure, now);
    if (update.rebuild) {
        pushed.structure = now;
        pushed.states.clear();
    }
    each_element(now, [&](const Element& e) {
        const auto it = pushed.states.find(e.id);
        if (it != pushed.states.end() && it->second == e.state) return;
        update.changed.emplace_back(e.id, e.state);
        pushed.states.insert_or_assign(e.id, e.state);
    });
    if (now.moment != pushed.moment || describe_requested) {
        update.announce = now.summary;
        pushed.moment = now.moment;
        pushed.summary = now.summary;
    }
    return update;
}

std::string update_json(const LayerUpdate& update, const AccessibleLayer& now) {
    nlohmann::json j = nlohmann::json::object();
    if (update.rebuild) j["rebuild"] = structure_json(now);
    nlohmann::json changed = nlohmann::json::array();  // a rebuild's structure holds every state already
    if (!update.rebuild)
        for (const auto& [id, state] : update.changed) changed.push_back({id, state_json(state)});
    j["changed"] = std::move(changed);
    if (update.announce) j["announce"] = *update.announce;
    return j.dump();
}

}  // namespace session
