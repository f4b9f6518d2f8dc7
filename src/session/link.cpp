// State links: parsing a query into a session (on a copy, so a bad link changes nothing) and writing one back.
#include "session/link.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <vector>

#include "session/file_actions.hpp"
#include "session/language.hpp"
#include "session/lesson/lesson.hpp"
#include "session/lesson/question.hpp"
#include "session/registry.hpp"
#include "session/session.hpp"
#include "session/words.hpp"
#include "sim/duration.hpp"
#include "sim/number_text.hpp"
#include "sim/scenario_io.hpp"

namespace session {
namespace {

struct LinkError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using Pairs = std::map<std::string, std::string, std::less<>>;

/// The link's keys besides the registry's controls (session/registry.hpp), which a link names by their ids.
constexpr const char* kDisplayKeys = "scenario, lesson, step, reveal, at, view, theme, presenter, people, person, lang";

std::string known_keys() {
    std::string keys = kDisplayKeys;
    for (const Control& c : controls()) keys += std::string(", ") + c.id;
    return keys;
}

/// A control of the first dose: a link that changes one needs a dose to change.
bool of_first_dose(const Control& c) {
    const std::string_view id = c.id;
    return id == "route" || id == "dose_mg_per_kg" || id == "dose_mg" || id == "infusion_min" || id == "dose_start_h";
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// %XX and '+' (a space) decoded.
std::string percent_decoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%') {
            const int hi = i + 2 < text.size() ? hex_digit(text[i + 1]) : -1;
            const int lo = i + 2 < text.size() ? hex_digit(text[i + 2]) : -1;
            if (hi < 0 || lo < 0) throw LinkError(builtin_words("link.error.percent"));
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string percent_encoded(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '_' || c == '.' || c == '~';
        char hex[4];
        std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
        out += plain ? std::string(1, c) : std::string(hex);
    }
    return out;
}

Pairs parse_pairs(std::string_view query) {
    Pairs pairs;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view item = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        if (item.empty()) continue;
        const std::size_t eq = item.find('=');
        const std::string key = percent_decoded(item.substr(0, eq));
        const std::string value = eq == std::string_view::npos ? "" : percent_decoded(item.substr(eq + 1));
        if (!pairs.emplace(key, value).second) throw LinkError(builtin_words("link.error.twice", {{"key", key}}));
    }
    return pairs;
}

/// Takes `key` out of the pairs (so that what is left at the end is unknown).
std::optional<std::string> take(Pairs& pairs, std::string_view key) {
    const auto it = pairs.find(key);
    if (it == pairs.end()) return std::nullopt;
    std::string value = it->second;
    pairs.erase(it);
    return value;
}

[[noreturn]] void bad_value(std::string_view key, std::string_view expected, std::string_view got) {
    throw LinkError(builtin_words("link.error.bad_value",
                                  {{"key", std::string(key)}, {"expected", std::string(expected)}, {"got", std::string(got)}}));
}

double number_value(std::string_view key, const std::string& text) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(v)) bad_value(key, builtin_words("link.expected.number"), text);
    return v;
}

bool switch_value(std::string_view key, const std::string& text) {
    if (text == "1" || text == "true") return true;
    if (text == "0" || text == "false") return false;
    bad_value(key, builtin_words("link.expected.switch"), text);
}

/// A name of a shipped file (a preset or a lesson): letters, digits, '-' and '_' only, never a path.
bool plain_name(const std::string& name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

void apply_lesson(Session& session, const std::string& name, const std::optional<std::string>& step_text) {
    const std::string path = session.assets_dir + "/lessons/" + name + ".json";
    if (!plain_name(name) || !std::filesystem::exists(path))
        bad_value("lesson", words(session, "link.expected.lesson"), name);
    if (!open_lesson_file(session, path)) throw LinkError(words(session, "link.error.lesson", {{"error", session.lesson.error}}));
    const int steps = static_cast<int>(session.lesson.lesson->steps.size());
    const double step = step_text ? number_value("step", *step_text) : 1.0;
    if (step != std::floor(step) || step < 1 || step > steps)
        bad_value("step", words(session, "link.expected.step", {{"steps", std::to_string(steps)}}), step_text.value_or(""));
    apply_lesson_step(session, static_cast<int>(step) - 1);
    session.shown_view = session.view.view;  // a link shows its step's view at once, without a camera move
    session.from_view.reset();
}

void apply_preset(Session& session, const std::string& name) {
    const std::vector<std::string> presets = sim::list_presets(session.assets_dir);
    if (std::find(presets.begin(), presets.end(), name) == presets.end())
        bad_value("scenario", words(session, "link.expected.scenario"), name);
    stop_lesson(session);
    session.model.scenario = sim::load_preset(session.assets_dir, name);
    session.default_scenario = session.model.scenario;
}

/// "a, b or c" of a choice's ids.
std::string choice_list(const std::vector<std::string>& ids) {
    std::string text;
    for (std::size_t i = 0; i < ids.size(); ++i) text += (i == 0 ? "" : i + 1 == ids.size() ? " or " : ", ") + ids[i];
    return text;
}

double control_value(const Control& c, const std::string& text) {
    if (c.role == Role::toggle) return switch_value(c.id, text) ? 1.0 : 0.0;
    if (c.role == Role::range) return number_value(c.id, text);
    const std::vector<std::string> ids = c.choice_ids();
    const auto it = std::find(ids.begin(), ids.end(), text);
    if (it == ids.end()) bad_value(c.id, choice_list(ids), text);
    return static_cast<double>(it - ids.begin());
}

void apply_parameters(Session& session, Pairs& pairs) {
    sim::Scenario& s = session.model.scenario;
    for (const Control& c : controls())
        if (s.doses.empty() && of_first_dose(c) && pairs.count(c.id))
            throw LinkError(words(session, "link.error.no_dose"));
    if (pairs.count("dose_mg_per_kg")) s.doses.front().amount_mg = 0.0;  // a dose per kg replaces a fixed one
    for (const Control& c : controls())
        if (const auto v = take(pairs, c.id)) c.set(s, control_value(c, *v));
    if (const auto error = sim::validation_error(s)) throw LinkError("link: " + *error);
}

void apply_display(Session& session, Pairs& pairs) {
    if (const auto v = take(pairs, "at")) {
        const auto t_h = sim::parse_duration_h(*v);
        if (!t_h || *t_h > trajectory(session).duration_h()) bad_value("at", words(session, "link.expected.at"), *v);
        session.time_h = *t_h;
    }
    if (const auto v = take(pairs, "view")) {
        const auto view = scene::view_choice_from_id(*v);
        if (!view) bad_value("view", std::string(scene::kViewChoiceNames), *v);
        session.view.view = session.shown_view = view->view;  // a link shows its view at once, without a camera move
        session.view.receptor_split = view->receptor_split;
        session.from_view.reset();
    }
    if (const auto v = take(pairs, "theme")) {
        if (*v != "dark" && *v != "light") bad_value("theme", words(session, "link.expected.theme"), *v);
        session.view.theme = *v == "dark" ? scene::Theme::dark : scene::Theme::light;
    }
    if (const auto v = take(pairs, "presenter")) session.presenter = switch_value("presenter", *v);
    if (const auto v = take(pairs, "people")) session.population.shown = switch_value("people", *v);
    if (const auto v = take(pairs, "person")) {
        const std::size_t people = session.population.spec.people;
        const auto person = person_from_text(*v, people);
        if (!person) bad_value("person", words(session, "link.expected.person", {{"people", std::to_string(people)}}), *v);
        if (!session.population.shown) throw LinkError(words(session, "link.error.person_needs_people"));
        session.population.person = *person;
    }
}

/// lang=en|es: the words' language, first, so that the link's other errors are in it.
void apply_language(Session& session, Pairs& pairs) {
    const auto v = take(pairs, "lang");
    if (!v) return;
    if (!is_language(*v)) bad_value("lang", words(session, "link.expected.lang"), *v);
    try {
        session.catalogue = language_catalogue(session.assets_dir, *v);
        session.language = *v;
    } catch (const std::exception& e) {
        throw LinkError(words(session, "link.error.lang", {{"error", e.what()}}));
    }
}

void apply_pairs(Session& session, Pairs pairs) {
    apply_language(session, pairs);
    const auto lesson = take(pairs, "lesson");
    const auto scenario = take(pairs, "scenario");
    const auto step = take(pairs, "step");
    if (lesson && scenario) throw LinkError(words(session, "link.error.lesson_and_scenario"));
    if (step && !lesson) throw LinkError(words(session, "link.error.step_needs_lesson"));
    if (lesson) apply_lesson(session, *lesson, step);
    if (const auto v = take(pairs, "reveal"); v && switch_value("reveal", *v)) {
        if (question_phase(session) == QuestionPhase::none)
            throw LinkError(words(session, "link.error.reveal_needs_question"));
        reveal_answer(session);  // a slide of the answer: the right choice, the explanation, the answering moment
    }
    if (scenario) apply_preset(session, *scenario);
    apply_parameters(session, pairs);
    apply_display(session, pairs);
    if (!pairs.empty())
        throw LinkError(words(session, "link.error.unknown_key", {{"key", pairs.begin()->first}, {"known", known_keys()}}));
}

/// "40min", "2h", "3d", or hours with enough digits to come back to the same time.
std::string time_text(double t_h) {
    const double minutes = t_h * 60.0;
    char buf[40];
    if (std::abs(minutes - std::round(minutes)) > 1e-9) {
        std::snprintf(buf, sizeof buf, "%.10gh", t_h);
        return buf;
    }
    const long m = std::lround(minutes);
    if (m > 0 && m % 1440 == 0) return std::to_string(m / 1440) + "d";
    if (m > 0 && m % 60 == 0) return std::to_string(m / 60) + "h";
    return std::to_string(m) + "min";
}

/// A control's value as a link writes it: a choice's id, 1/0, or the number with enough digits.
std::string control_text(const Control& c, double value) {
    if (c.role == Role::toggle) return value != 0.0 ? "1" : "0";
    if (c.role == Role::choice) return c.choice_ids()[static_cast<std::size_t>(value)];
    return sim::number_text(value);
}

/// The parameters in which `now` differs from `preset`, as key=value pairs, in the registry's order.
std::vector<std::string> changed_parameters(const sim::Scenario& now, const sim::Scenario& preset) {
    std::vector<std::string> out;
    const bool both_dosed = !now.doses.empty() && !preset.doses.empty();
    for (const Control& c : controls()) {
        if (of_first_dose(c) && !both_dosed) continue;
        if (c.get(now) != c.get(preset)) out.push_back(std::string(c.id) + "=" + control_text(c, c.get(now)));
    }
    return out;
}

}  // namespace

std::optional<std::string> apply_link(Session& session, std::string_view query) {
    Session next = session;
    try {
        apply_pairs(next, parse_pairs(query));
    } catch (const std::exception& e) {
        return std::string(e.what());
    }
    session = std::move(next);
    return std::nullopt;
}

std::string link_query(const Session& session) {
    std::vector<std::string> pairs;
    if (session.lesson.lesson && session.lesson.step >= 0) {
        pairs.push_back("lesson=" + std::filesystem::path(session.lesson.lesson->path).stem().string());
        pairs.push_back("step=" + std::to_string(session.lesson.step + 1));
        if (question_phase(session) == QuestionPhase::revealed) pairs.push_back("reveal=1");
    } else {
        pairs.push_back("scenario=" + session.default_scenario.name);
        for (std::string& p : changed_parameters(session.model.scenario, session.default_scenario)) pairs.push_back(p);
    }
    pairs.push_back("at=" + time_text(session.time_h));
    pairs.push_back("view=" + scene::view_choice_id(session.view.view, session.view.receptor_split));
    if (session.view.theme == scene::Theme::light) pairs.push_back("theme=light");
    if (session.presenter) pairs.push_back("presenter=1");
    if (session.language != kEnglish) pairs.push_back("lang=" + session.language);
    if (session.population.shown) pairs.push_back("people=1");
    if (session.population.shown && session.population.person.kind != PersonKind::typical)
        pairs.push_back("person=" + person_text(session.population.person));
    std::string query;
    for (const std::string& p : pairs) {
        const std::size_t eq = p.find('=');
        query += (query.empty() ? "" : "&") + p.substr(0, eq) + "=" + percent_encoded(p.substr(eq + 1));
    }
    return query;
}

std::string shareable_link(const Session& session) {
    if (!session.page_address.empty()) return session.page_address + "?" + link_query(session);
    return "synapse-lab --open '" + link_query(session) + "'";
}

}  // namespace session
