// The window's virtual population: restarted on a scenario change, stepped a few milliseconds (or a fixed number
// of band rows) a frame, and the chosen person's run for the scene.
#include "session/population/population_view.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "session/session.hpp"
#include "session/view/timeline_axis.hpp"
#include "session/words.hpp"
#include "sim/simulate.hpp"

namespace session {
namespace {

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

/// Band rows one at a time until `budget_ms` of wall time has passed since the first (at least one row).
void step_for(sim::PopulationRun& run, double budget_ms) {
    const double start_ms = now_ms();
    while (!run.step(1))
        if (now_ms() - start_ms >= budget_ms) break;
}

bool same_spec(const sim::PopulationSpec& a, const sim::PopulationSpec& b) {
    return a.people == b.people && a.seed == b.seed && a.step_min == b.step_min && a.band_step_min == b.band_step_min;
}

}  // namespace

Population::Population(const Population& other)
    : shown(other.shown), person(other.person), spec(other.spec), rows_per_frame(other.rows_per_frame) {}

Population& Population::operator=(const Population& other) {
    if (this == &other) return *this;
    shown = other.shown;
    person = other.person;
    spec = other.spec;
    rows_per_frame = other.rows_per_frame;
    started_ = false;  // the run's storage is kept for the restart
    ready_after_ms_.reset();
    person_for_.reset();
    return *this;
}

bool Population::needs_start(const sim::Scenario& scenario) const {
    return !started_ || !(run_.scenario() == scenario) || !same_spec(run_.spec(), spec);
}

void Population::start(const sim::Scenario& scenario) {
    run_.start(scenario, spec);
    started_ = true;
    started_at_ms_ = now_ms();
    frames_ = 0;
    ready_after_ms_.reset();
}

void Population::note_progress() {
    ++frames_;
    if (run_.done() && !ready_after_ms_) {
        ready_after_ms_ = now_ms() - started_at_ms_;
        frames_to_ready_ = frames_;
    }
}

void Population::update(const sim::Scenario& scenario, double budget_ms) {
    if (!shown) return;
    if (needs_start(scenario)) start(scenario);
    if (run_.done()) return;
    if (rows_per_frame)
        run_.step(std::max<std::size_t>(*rows_per_frame, 1));
    else
        step_for(run_, budget_ms);
    note_progress();
}

void Population::complete(const sim::Scenario& scenario) {
    if (!shown) return;
    if (needs_start(scenario)) start(scenario);
    if (run_.done()) return;
    while (!run_.step(256)) {
    }
    note_progress();
}

bool Population::ready(const sim::Scenario& scenario) const { return shown && !needs_start(scenario) && run_.done(); }

std::optional<std::size_t> Population::person_index(const PersonChoice& choice) const {
    const std::size_t people = std::clamp(spec.people, sim::kPopulationMinPeople, sim::kPopulationMaxPeople);
    switch (choice.kind) {
        case PersonKind::typical: return std::nullopt;
        case PersonKind::numbered: return std::clamp<std::size_t>(choice.number, 1, people) - 1;
        case PersonKind::fast:
        case PersonKind::slow: break;
    }
    std::size_t best = 0;
    double best_clearance = 0.0;
    for (std::size_t i = 0; i < people; ++i) {
        const double clearance = sim::clearance_mL_per_min_per_kg(sim::person_parameters(spec.seed, i));
        const bool better = choice.kind == PersonKind::fast ? clearance > best_clearance : clearance < best_clearance;
        if (i == 0 || better) best = i, best_clearance = clearance;
    }
    return best;
}

const sim::Trajectory& Population::person_trajectory(const sim::Scenario& scenario, std::size_t index) const {
    const bool kept = person_for_ && person_for_->index == index && person_for_->seed == spec.seed &&
                      person_for_->step_min == spec.step_min && person_for_->scenario == scenario;
    if (!kept) {
        sim::SimulateOptions options;
        options.step_min = spec.step_min;
        options.parameters = sim::person_parameters(spec.seed, index);
        person_run_ = sim::simulate(scenario, std::move(person_run_), options);
        person_for_ = PersonKey{scenario, index, spec.seed, spec.step_min};
    }
    return person_run_;
}

void update_population(Session& session, double budget_ms) { session.population.update(session.model.scenario, budget_ms); }

void complete_population(Session& session) { session.population.complete(session.model.scenario); }

bool population_ready(const Session& session) { return session.population.ready(session.model.scenario); }

std::optional<std::size_t> shown_person(const Session& session) {
    if (!session.population.shown) return std::nullopt;
    return session.population.person_index(session.population.person);
}

const sim::Trajectory& scene_trajectory(const Session& session) {
    if (const auto person = shown_person(session)) return session.population.person_trajectory(session.model.scenario, *person);
    return trajectory(session);
}

std::string person_label(const Session& session, const PersonChoice& choice) {
    const std::optional<std::size_t> index = session.population.person_index(choice);
    const std::string number = index ? std::to_string(*index + 1) : "";
    switch (choice.kind) {
        case PersonKind::typical: return words(session, "population.person.typical");
        case PersonKind::fast: return words(session, "population.person.fast", {{"number", number}});
        case PersonKind::slow: return words(session, "population.person.slow", {{"number", number}});
        case PersonKind::numbered: break;
    }
    return words(session, "population.person.numbered", {{"number", number}});
}

std::string person_short_label(const Session& session, const PersonChoice& choice) {
    const std::optional<std::size_t> index = session.population.person_index(choice);
    if (!index) return words(session, "population.person.typical");
    const content::Fields number = {{"number", std::to_string(*index + 1)}};
    if (choice.kind == PersonKind::fast) return words(session, "population.person.fast_short", number);
    if (choice.kind == PersonKind::slow) return words(session, "population.person.slow_short", number);
    return words(session, "population.person.numbered", number);
}

std::vector<PersonChoice> person_choices(const Session& session) {
    std::vector<PersonChoice> choices = {{PersonKind::typical}, {PersonKind::fast}, {PersonKind::slow}};
    const std::size_t people =
        std::clamp(session.population.spec.people, sim::kPopulationMinPeople, sim::kPopulationMaxPeople);
    for (std::size_t n = 1; n <= people; ++n) choices.push_back({PersonKind::numbered, n});
    return choices;
}

std::optional<PersonChoice> person_from_text(const std::string& text, std::size_t people) {
    if (text == "typical") return PersonChoice{PersonKind::typical};
    if (text == "fast") return PersonChoice{PersonKind::fast};
    if (text == "slow") return PersonChoice{PersonKind::slow};
    char* end = nullptr;
    const long n = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || end != text.c_str() + text.size() || n < 1 || static_cast<std::size_t>(n) > people)
        return std::nullopt;
    return PersonChoice{PersonKind::numbered, static_cast<std::size_t>(n)};
}

std::string person_text(const PersonChoice& choice) {
    switch (choice.kind) {
        case PersonKind::typical: return "typical";
        case PersonKind::fast: return "fast";
        case PersonKind::slow: return "slow";
        case PersonKind::numbered: break;
    }
    return std::to_string(choice.number);
}

/// The cursor's time without a trailing zero unit: "1 d", "4 h", "2 h 30 min", "40 min".
std::string short_time_text(double t_h) {
    std::string text = cursor_time_text(t_h);
    for (const std::string zero : {" 0 h", " 00 min"})
        if (text.size() > zero.size() && text.ends_with(zero)) text.resize(text.size() - zero.size());
    return text;
}

std::string responders_text(const Session& session) {
    if (!population_ready(session)) return "";
    const sim::PopulationRun& run = session.population.run();
    const double fraction = run.fraction_responding(session.time_h);
    const long responding = std::lround(fraction * static_cast<double>(run.people()));
    return session.catalogue->plural("population.respond_at", static_cast<long>(run.people()),
                                     {{"responding", std::to_string(responding)}, {"time", short_time_text(session.time_h)}});
}

std::string response_definition(const Session& session) {
    return words(session, "population.response_definition",
                 {{"level", formatted_number("%.2f", sim::kResponseClinicalIndex)}});
}

std::string population_note(const Session& session) {
    const Population& p = session.population;
    const std::string people = session.catalogue->plural(
        "population.people",
        static_cast<long>(std::clamp(p.spec.people, sim::kPopulationMinPeople, sim::kPopulationMaxPeople)));
    if (!population_ready(session))
        return words(session, "population.computing",
                     {{"people", people}, {"percent", std::to_string(static_cast<int>(100.0 * p.progress()))}});
    return words(session, "population.note", {{"people", people}, {"seed", std::to_string(p.spec.seed)}});
}

std::string variability_basis_text(const Session& session) {
    std::string text = words(session, "population.variability_basis");
    for (const sim::VariabilityFactor& f : sim::population_variability()) {
        char line[64];
        std::snprintf(line, sizeof line, " (CV %.0f %%, ", 100.0 * f.cv);
        text += "\n  " + std::string(f.id) + line + std::string(f.basis) + ")";
    }
    return text;
}

}  // namespace session
