// CSV export of a trajectory: one row per step, headers carrying units, the stage id last.
#pragma once
#include <ostream>
#include <string>

#include "sim/trajectory.hpp"

namespace sim {

/// The CSV header line (no newline): time_h,plasma_ng_per_ml,...,clinical_effect,...,stage.
std::string csv_header();

/// Writes the header and one row per step_min from t = 0 to min(hours, trajectory span) inclusive,
/// values interpolated with Trajectory::at. Throws std::invalid_argument unless step_min > 0 and
/// hours >= 0 are finite. Numbers are locale-independent.
void write_csv(const Trajectory& trajectory, std::ostream& out, double hours, double step_min);

}  // namespace sim
