// The model's entry point: a Scenario in, the whole Trajectory out (a pure, deterministic function).
#pragma once
#include <cstddef>
#include <memory>

#include "sim/parameters.hpp"
#include "sim/scenario.hpp"
#include "sim/trajectory.hpp"

namespace sim {

/// Bounds simulate() enforces on its inputs (out-of-range values are clamped, NaN falls back to the default); the
/// simulated span to at most sim::limits::kDurationMax_days.
inline constexpr double kMinStepMin = 0.05;            ///< smallest output step, min
inline constexpr double kMaxStepMin = 1440.0;          ///< largest output step, min (one day)
inline constexpr std::size_t kMaxSamples = 2'000'000;  ///< the grid is cut at this many samples

struct SimulateOptions {
    double step_min = 1.0;  ///< output grid step in minutes
    /// One person's values of the varied constants (default: the typical person; sanitized before use).
    Parameters parameters{};
};

/// Simulates the scenario from t = 0 to scenario.duration_days. Deterministic and allocation-bounded.
Trajectory simulate(const Scenario& scenario, const SimulateOptions& options = {});

/// The same, written into the storage of a previous run (no new 5 MB allocation, so no page faults):
/// for recomputing on every change of a parameter.
Trajectory simulate(const Scenario& scenario, Trajectory&& previous, const SimulateOptions& options = {});

/// One run advanced one output step at a time: what simulate() does in a loop, for callers that advance many
/// runs side by side (the virtual population, sim/population.hpp) or a few steps per frame. The same scenario
/// and options give the same States as simulate(), bit for bit.
class Stepper {
public:
    Stepper();
    ~Stepper();
    Stepper(Stepper&&) noexcept;
    Stepper& operator=(Stepper&&) noexcept;

    /// Starts (or starts over, reusing its storage) a run of the scenario.
    void start(const Scenario& scenario, const SimulateOptions& options = {});
    std::size_t sample_count() const;   ///< samples the whole run gives
    std::size_t samples_taken() const;  ///< samples next() has given since start()
    double step_h() const;              ///< the grid step, hours
    bool done() const;                  ///< every sample given (also before the first start())
    /// The state at the next grid time (samples_taken() x step_h()), then the run advanced one step. Only
    /// while !done().
    State next();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sim
