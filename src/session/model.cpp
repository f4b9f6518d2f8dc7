// The model cache: simulate() again whenever the scenario differs from the one last simulated.
#include "session/model.hpp"

#include <utility>

#include "sim/simulate.hpp"

namespace session {

void Model::bring_up_to_date() const {
    if (computed_for_ && *computed_for_ == scenario) return;
    trajectory_ = sim::simulate(scenario, std::move(trajectory_));
    events_ = timeline_events(scenario, trajectory_);
    computed_for_ = scenario;
    ++recompute_count_;
}

const sim::Trajectory& Model::trajectory() const {
    bring_up_to_date();
    return trajectory_;
}

const std::vector<TimelineEvent>& Model::events() const {
    bring_up_to_date();
    return events_;
}

}  // namespace session
