// CSV export of a trajectory: one row per step, headers carrying units, the stage id last.
#pragma once
#include <ostream>
#include <string>

#include "sim/population.hpp"
#include "sim/trajectory.hpp"

namespace sim {

/// The CSV header line (no newline): time_h,plasma_ng_per_ml,...,clinical_effect,...,stage.
std::string csv_header();

/// Writes the header and one row per step_min from t = 0 to min(hours, trajectory span) inclusive,
/// values interpolated with Trajectory::at. Throws std::invalid_argument unless step_min > 0 and
/// hours >= 0 are finite. Numbers are locale-independent.
void write_csv(const Trajectory& trajectory, std::ostream& out, double hours, double step_min);

/// The header of write_population_csv (no newline): csv_header(), then for every quantity column but time_h and
/// stage its percentiles across the population, QUANTITY_p5,QUANTITY_p25,QUANTITY_p50,QUANTITY_p75,QUANTITY_p95
/// (e.g. plasma_ng_per_ml_p5), then responding_frac,remitting_frac (the fraction of people at or above
/// kResponseClinicalIndex and kRemissionClinicalIndex).
std::string population_csv_header();

/// write_csv's rows for the typical person (`typical`), each followed by the population's percentiles and fractions
/// at the same time (interpolated between band rows). The population must be done(); throws as write_csv does,
/// and std::invalid_argument when it is not.
void write_population_csv(const Trajectory& typical, const PopulationRun& population, std::ostream& out, double hours,
                          double step_min);

}  // namespace sim
