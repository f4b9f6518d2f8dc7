// The dose-response view: peak effect and duration against dose, for a 40-min infusion and a bolus.
#pragma once
#include <ostream>
#include <vector>

#include "sim/scenario.hpp"

namespace sim {

/// The clinical index level whose crossing times give the effect's duration (a fixed, small level, so
/// that doses compare on one scale).
inline constexpr double kDoseResponseEffectLevel = 0.1;

/// One dose of the dose-response view.
struct DoseResponsePoint {
    double dose_mg_per_kg = 0.0;
    Route route = Route::iv_infusion;  ///< iv_infusion (over 40 min) or iv_bolus
    double peak_effect = 0.0;          ///< largest clinical index, 0..1
    double peak_time_h = 0.0;          ///< when it is reached, hours after the dose
    double duration_h = 0.0;           ///< hours the index stays at or above kDoseResponseEffectLevel
    double spine_peak_rel = 1.0;       ///< largest spine density, x healthy
    bool extrapolated = false;         ///< outside the studied range (sim/studied_range.hpp)
};

/// The doses of the view, mg/kg: 0.1 to 4.5.
std::vector<double> dose_response_doses();

/// One run per dose and route (a single dose at t = 0) with the scenario's drug, body weight,
/// experiments and hypotheses; infusion points first, then bolus points, each in dose order.
std::vector<DoseResponsePoint> dose_response(const Scenario& base, const std::vector<double>& doses_mg_per_kg);

/// One point (a single dose at t = 0 on this route) for the scenario's drug, weight and switches.
DoseResponsePoint dose_response_point(const Scenario& base, Route route, double dose_mg_per_kg);

/// Writes the points as CSV: dose_mg_per_kg,route,peak_effect,peak_time_h,duration_h,spine_peak_rel,extrapolated.
void write_dose_response_csv(const std::vector<DoseResponsePoint>& points, std::ostream& out);

}  // namespace sim
