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
    std::string label;                    ///< "Dose 1: 0.5 mg/kg IV infusion", "NMDA receptor blockade"
};

/// Doses (and infusion ends) from the scenario, then the first onset of each mechanism stage after
/// each dose as the trajectory reports it; sorted by time.
std::vector<TimelineEvent> timeline_events(const sim::Scenario& scenario, const sim::Trajectory& trajectory);

/// The first onset of `stage` in the events; nullopt when the run never reaches it.
std::optional<double> stage_onset_h(const std::vector<TimelineEvent>& events, sim::Stage stage);

/// "IV infusion", "intranasal", ...
const char* route_name(sim::Route route);

}  // namespace session
