// Timeline events derived from a scenario and its trajectory: doses, infusion ends and mechanism-stage
// onsets.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "sim/scenario.hpp"
#include "sim/stage.hpp"
#include "sim/trajectory.hpp"

namespace session {

struct TimelineEvent {
    enum class Kind { dose, infusion_end, stage };
    Kind kind = Kind::dose;
    double t_h = 0.0;                     ///< simulated time of the event, hours
    sim::Stage stage = sim::Stage::dose;  ///< for Kind::stage: the stage that begins
    std::string label;                    ///< for Kind::stage: its title, "NMDA receptor blockade"
    std::size_t dose_number = 0;          ///< for a dose or an infusion end: 1 for the first dose
    sim::Dose dose;                       ///< for a dose: what is given
};

struct Session;
/// What the event's marker says, in the session's words: "Dose 1: 0.5 mg/kg IV infusion", "End of infusion 1".
std::string event_label(const Session& session, const TimelineEvent& event);

/// Doses (and infusion ends) from the scenario, then the first onset of each mechanism stage after
/// each dose as the trajectory reports it; sorted by time.
std::vector<TimelineEvent> timeline_events(const sim::Scenario& scenario, const sim::Trajectory& trajectory);

/// The first onset of `stage` in the events; nullopt when the run never reaches it.
std::optional<double> stage_onset_h(const std::vector<TimelineEvent>& events, sim::Stage stage);

/// The catalogue key of a route's name: "route.iv_infusion" ("IV infusion"), "route.intranasal", ...
const char* route_key(sim::Route route);

}  // namespace session
