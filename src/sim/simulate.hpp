// The model's entry point: a Scenario in, the whole Trajectory out (a pure, deterministic function).
#pragma once
#include "sim/scenario.hpp"
#include "sim/trajectory.hpp"

namespace sim {

struct SimulateOptions {
    double step_min = 1.0;  ///< output grid step in minutes
};

/// Simulates the scenario from t = 0 to scenario.duration_days. Deterministic and allocation-bounded.
Trajectory simulate(const Scenario& scenario, const SimulateOptions& options = {});

}  // namespace sim
