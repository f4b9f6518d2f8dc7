// Event markers for the time bar: doses from the scenario, stage onsets scanned from the trajectory.
#include "session/view/timeline_events.hpp"

#include <algorithm>
#include <cstdio>

#include "session/words.hpp"

namespace session {

const char* route_key(sim::Route route) {
    switch (route) {
        case sim::Route::iv_infusion: return "route.iv_infusion";
        case sim::Route::iv_bolus: return "route.iv_bolus";
        case sim::Route::intramuscular: return "route.intramuscular";
        case sim::Route::intranasal: return "route.intranasal";
        case sim::Route::sublingual: return "route.sublingual";
        case sim::Route::oral: return "route.oral";
    }
    return "route.iv_infusion";
}

std::string event_label(const Session& session, const TimelineEvent& event) {
    const std::string n = std::to_string(event.dose_number);
    switch (event.kind) {
        case TimelineEvent::Kind::stage: return event.label;
        case TimelineEvent::Kind::infusion_end: return words(session, "timeline.infusion_end", {{"n", n}});
        case TimelineEvent::Kind::dose: break;
    }
    const sim::Dose& d = event.dose;
    const std::string amount =
        d.amount_mg > 0.0 ? words(session, "timeline.dose.mg", {{"mg", formatted_number("%.0f", d.amount_mg)}})
                          : words(session, "timeline.dose.mg_per_kg",
                                  {{"mg_per_kg", formatted_number("%.2g", d.amount_mg_per_kg)}});
    return words(session, "timeline.dose", {{"n", n}, {"amount", amount}, {"route", words(session, route_key(d.route))}});
}

namespace {

void add_dose_events(const sim::Scenario& scenario, std::vector<TimelineEvent>& events) {
    for (std::size_t i = 0; i < scenario.doses.size(); ++i) {
        const sim::Dose& d = scenario.doses[i];
        events.push_back({TimelineEvent::Kind::dose, d.start_h, sim::Stage::dose, "", i + 1, d});
        if (d.route == sim::Route::iv_infusion)
            events.push_back({TimelineEvent::Kind::infusion_end, d.start_h + d.duration_min / 60.0, sim::Stage::dose,
                              "", i + 1, d});
    }
}

/// Stage onsets: a stage is marked the first time the trajectory enters it after each dose.
void add_stage_events(const sim::Scenario& scenario, const sim::Trajectory& trajectory,
                      std::vector<TimelineEvent>& events) {
    std::vector<double> dose_starts;
    for (const sim::Dose& d : scenario.doses) dose_starts.push_back(d.start_h);
    std::sort(dose_starts.begin(), dose_starts.end());
    std::vector<sim::Stage> seen;
    std::size_t next_dose = 0;
    sim::Stage previous = sim::Stage::baseline;
    for (const sim::State& s : trajectory.samples()) {
        while (next_dose < dose_starts.size() && s.time_h >= dose_starts[next_dose]) {
            seen.clear();
            ++next_dose;
        }
        if (s.stage != previous && s.stage != sim::Stage::baseline &&
            std::find(seen.begin(), seen.end(), s.stage) == seen.end()) {
            seen.push_back(s.stage);
            events.push_back({TimelineEvent::Kind::stage, s.time_h, s.stage, std::string(sim::stage_title(s.stage)), 0, sim::Dose{}});
        }
        previous = s.stage;
    }
}

}  // namespace

std::vector<TimelineEvent> timeline_events(const sim::Scenario& scenario, const sim::Trajectory& trajectory) {
    std::vector<TimelineEvent> events;
    add_dose_events(scenario, events);
    add_stage_events(scenario, trajectory, events);
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.t_h < b.t_h; });
    return events;
}

std::optional<double> stage_onset_h(const std::vector<TimelineEvent>& events, sim::Stage stage) {
    for (const TimelineEvent& e : events)
        if (e.kind == TimelineEvent::Kind::stage && e.stage == stage) return e.t_h;
    return std::nullopt;
}

}  // namespace session
