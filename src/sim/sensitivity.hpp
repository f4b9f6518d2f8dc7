// One-at-a-time sensitivity: each varied constant (sim::Parameters) moved down and up, the headline outputs compared.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "sim/parameters.hpp"
#include "sim/scenario.hpp"
#include "sim/trajectory.hpp"

namespace sim {

/// How far each constant is moved either way, fraction of its value (the issue's +/-25 %; a fraction's upper bound
/// caps the rise, e.g. an intramuscular F of 0.93 rises only to 1).
inline constexpr double kSensitivityChange = 0.25;

/// The results a teacher quotes, from one run.
struct HeadlineOutputs {
    double peak_plasma_ng_per_ml = 0.0;
    double peak_block_interneuron = 0.0;  ///< fraction 0..1
    double glutamate_surge_rel = 0.0;     ///< largest glutamate excess over baseline (relative: 1 = a doubling)
    double mtor_peak_rel = 0.0;           ///< largest phospho-mTORC1 excess over baseline (relative)
    double spine_gain_24h_rel = 0.0;      ///< spine density at 24 h minus the run's starting density (relative)
    double spine_gain_7d_rel = 0.0;       ///< the same at 7 days
    double clinical_peak = 0.0;           ///< largest clinical index, 0..1
    double clinical_duration_h = 0.0;     ///< hours the clinical index is at or above kDoseResponseEffectLevel (0.1)
};

/// The headline outputs of one trajectory.
HeadlineOutputs headline_outputs(const Trajectory& trajectory);

/// One constant moved down and up.
struct SensitivityRow {
    const ParameterInfo* parameter = nullptr;
    double typical_value = 0.0;
    double low_value = 0.0;   ///< the value after the move down
    double high_value = 0.0;  ///< after the move up (capped at the upper bound)
    HeadlineOutputs low, high;
    /// True when neither move changes any headline output (e.g. an oral route's constant in an IV scenario).
    bool no_effect = false;
};

struct SensitivityResult {
    std::string scenario_name;
    double change = kSensitivityChange;
    HeadlineOutputs typical;
    std::vector<SensitivityRow> rows;  ///< parameter_table() order
};

/// Runs the scenario with the typical parameters and with each constant moved by -change and +change in turn.
SensitivityResult sensitivity(const Scenario& scenario, double change = kSensitivityChange);

/// The table as text, for a terminal: per constant its basis and the % change of each headline output for the
/// move down and up ("-12/+10"), then the constants with no effect in this scenario.
std::string sensitivity_text(const SensitivityResult& result);

/// A short form for the About page: one line per headline output naming the two constants that move it most,
/// with their % changes down/up, e.g. "glutamate surge: NMDA share of interneuron drive -35/+26 %, ...".
std::vector<std::string> sensitivity_short_form(const SensitivityResult& result);

/// The largest |% change| any move of this constant makes in the output `field` (0 when the typical value is 0).
double largest_percent_change(const SensitivityRow& row, const HeadlineOutputs& typical,
                              double HeadlineOutputs::*field);

/// The table as CSV: one row for the typical run, then two per constant (down, up), absolute outputs.
void write_sensitivity_csv(const SensitivityResult& result, std::ostream& out);

}  // namespace sim
