// The scenario and its simulated run, kept current by construction: a change of the scenario is seen on the next
// read of the trajectory, wherever the change was made.
#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "session/view/timeline_events.hpp"
#include "sim/scenario.hpp"
#include "sim/trajectory.hpp"

namespace session {

/// The one place a session runs the model: the current scenario's run (Session::model) and a pinned baseline's
/// (PinnedRun::model) are both a Model.
class Model {
public:
    Model() = default;
    explicit Model(sim::Scenario s) : scenario(std::move(s)) {}

    sim::Scenario scenario;  ///< edit freely (sliders, lessons, scripts): the run follows

    /// The run of `scenario`, recomputed (into the old storage) on the first read after the scenario changed.
    const sim::Trajectory& trajectory() const;
    /// Doses and stage onsets of that run.
    const std::vector<TimelineEvent>& events() const;
    /// How many times the run was recomputed (tests, diagnostics).
    int recompute_count() const { return recompute_count_; }

private:
    void bring_up_to_date() const;

    // The cache of what `scenario` determines: mutable, since reading a current value changes nothing visible.
    mutable std::optional<sim::Scenario> computed_for_;
    mutable sim::Trajectory trajectory_;
    mutable std::vector<TimelineEvent> events_;
    mutable int recompute_count_ = 0;
};

}  // namespace session
