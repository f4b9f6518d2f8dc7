// Event markers for the time bar: doses from the scenario, stage onsets scanned from the trajectory.
#include "session/view/timeline_events.hpp"

#include <algorithm>
#include <cstdio>

namespace session {

const char* route_name(sim::Route route) {
    switch (route) {
        case sim::Route::iv_infusion: return "IV infusion";
        case sim::Route::iv_bolus: return "IV bolus";
        case sim::Route::intramuscular: return "intramuscular";
        case sim::Route::intranasal: return "intranasal";
        case sim::Route::sublingual: return "sublingual";
        case sim::Route::oral: return "oral";
    }
    return "?";
}

namespace {

std::string dose_label(const sim::Dose& dose, std::size_t index) {
    char buf[96];
    if (dose.amount_mg > 0.0)
        std::snprintf(buf, sizeof buf, "Dose %zu: %.0f mg %s", index + 1, dose.amount_mg, route_name(dose.route));
    else
        std::snprintf(buf, sizeof buf, "Dose %zu: %.2g mg/kg %s", index + 1, dose.amount_mg_per_kg,
                      route_name(dose.route));
    return buf;
}

void add_dose_events(const sim::Scenario& scenario, std::vector<TimelineEvent>& events) {
    for (std::size_t i = 0; i < scenario.doses.size(); ++i) {
        const sim::Dose& d = scenario.doses[i];
        events.push_back({TimelineEvent::Kind::dose, d.start_h, sim::Stage::dose, dose_label(d, i)});
        if (d.route == sim::Route::iv_infusion)
            events.push_back({TimelineEvent::Kind::infusion_end, d.start_h + d.duration_min / 60.0, sim::Stage::dose,
                              "End of infusion " + std::to_string(i + 1)});
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
            events.push_back({TimelineEvent::Kind::stage, s.time_h, s.stage, std::string(sim::stage_title(s.stage))});
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
