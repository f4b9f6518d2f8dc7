// A simulated run: every State sampled on a fixed time grid, with interpolation at any time.
#pragma once
#include <vector>

#include "sim/state.hpp"

namespace sim {

class Trajectory {
public:
    Trajectory() = default;
    Trajectory(double step_h, std::vector<State> samples);

    /// The state at time t_h (hours), linearly interpolated; clamped to the simulated span.
    /// The stage is the one of the nearest earlier sample.
    State at(double t_h) const;

    double step_h() const { return step_h_; }
    double duration_h() const;
    const std::vector<State>& samples() const { return samples_; }
    bool empty() const { return samples_.empty(); }
    /// Hands the sample storage over (emptied, capacity kept) for the next run to write into.
    std::vector<State> take_storage() && {
        samples_.clear();
        return std::move(samples_);
    }

private:
    double step_h_ = 0.0;
    std::vector<State> samples_;
};

}  // namespace sim
