// PLACEHOLDER model (replaced by the real pharmacokinetic/pharmacodynamic chain).
#include "sim/simulate.hpp"

#include <cmath>

namespace sim {

Trajectory simulate(const Scenario& scenario, const SimulateOptions& options) {
    const double step_h = options.step_min / 60.0;
    const auto n = static_cast<std::size_t>(scenario.duration_days * 24.0 / step_h) + 1;
    std::vector<State> samples(n);
    for (std::size_t i = 0; i < n; ++i) {
        State& s = samples[i];
        s.time_h = static_cast<double>(i) * step_h;
        s.plasma_ng_per_ml = s.time_h < 0.67 ? 185.0 * s.time_h / 0.67 : 185.0 * std::exp(-(s.time_h - 0.67) * 0.3);
        s.plasma_uM = s.plasma_ng_per_ml / 237.7;
        s.nmda_block_interneuron = s.plasma_uM / (s.plasma_uM + 0.5);
        s.nmda_block_pyramidal = s.nmda_block_interneuron * 0.5;
        s.glutamate_rel = 1.0 + s.nmda_block_interneuron;
        s.spine_density_rel = 1.0 + 0.3 * (1.0 - std::exp(-s.time_h / 24.0));
    }
    return Trajectory(step_h, std::move(samples));
}

}  // namespace sim
