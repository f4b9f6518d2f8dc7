// Trajectory sampling: linear interpolation between the fixed-grid samples.
#include "sim/trajectory.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "sim/state_fields.hpp"

namespace sim {
namespace {
double lerp(double a, double b, double f) { return a + (b - a) * f; }

/// The linear rows of kStateFields between a and b; the held ones and the stage stay a's.
State interpolate(const State& a, const State& b, double f) {
    State s = a;
    for (const StateField& field : kStateFields)
        if (field.interpolation == Interpolation::linear) s.*field.member = lerp(a.*field.member, b.*field.member, f);
    return s;
}
}  // namespace

Trajectory::Trajectory(double step_h, std::vector<State> samples) : step_h_(step_h), samples_(std::move(samples)) {}

double Trajectory::duration_h() const { return samples_.empty() ? 0.0 : samples_.back().time_h; }

State Trajectory::at(double t_h) const {
    if (samples_.empty()) return State{};
    if (!(t_h > samples_.front().time_h)) return samples_.front();  // also catches NaN
    if (t_h >= samples_.back().time_h) return samples_.back();
    const double pos = (t_h - samples_.front().time_h) / step_h_;
    const auto i = std::min(static_cast<std::size_t>(pos), samples_.size() - 2);
    return interpolate(samples_[i], samples_[i + 1], std::clamp(pos - static_cast<double>(i), 0.0, 1.0));
}

}  // namespace sim
