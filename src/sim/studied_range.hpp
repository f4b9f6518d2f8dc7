// Whether a scenario stays within what was studied for depression, or the model extrapolates.
#pragma once
#include <string>
#include <vector>

#include "sim/scenario.hpp"

namespace sim {

/// The range the model's figures were fitted in (per administration, IV equivalent = bioavailable mg/kg).
inline constexpr double kStudiedDoseMin_mg_per_kg = 0.1;    ///< Fava 2018's lowest dose
inline constexpr double kStudiedDoseMax_mg_per_kg = 1.0;    ///< Fava 2018's highest dose
inline constexpr double kInductionDoseMax_mg_per_kg = 4.5;  ///< the top of IV anaesthetic induction (label: 1-4.5)
inline constexpr double kStudiedWeightMin_kg = 40.0;        ///< the model is meant for adults of 40-150 kg
inline constexpr double kStudiedWeightMax_kg = 150.0;
inline constexpr double kSessionGap_h = 2.0;           ///< doses closer than this count as one session
inline constexpr double kMinSessionInterval_h = 20.0;  ///< published schedules: at most one session a day
inline constexpr int kMaxSessionsIn14Days = 6;         ///< Murrough 2013: six infusions over 12 days
/// IV esketamine studied for depression: 0.2 and 0.4 mg/kg over 40 min, 0.4 the highest (Singh 2016).
inline constexpr double kStudiedEsketamineIvMax_mg_per_kg = 0.4;
/// Oral doses above this (mg/kg as taken) are outside what the model is fitted for: oral exposure is mostly
/// norketamine (AUC about 16x the parent after oral S-ketamine, Fanta 2015), which the model does not simulate.
/// A teaching choice (the oral preset's 1 mg/kg).
inline constexpr double kStudiedOralMax_mg_per_kg = 1.0;
/// Extracellular Mg2+ the model is meant for, mM: CSF Mg2+ is about 1 mM and tightly regulated; 10 mM is not
/// survivable (science.md section 8). A teaching choice of the range's ends.
inline constexpr double kPhysiologicalMagnesiumMin_mM = 0.5;
inline constexpr double kPhysiologicalMagnesiumMax_mM = 2.0;

/// One heading for every extrapolation, as the panels and the warnings show it.
inline constexpr const char* kExtrapolationHeading = "outside the studied range: the model extrapolates";

/// Why the scenario is outside the studied range: one short reason each (empty when inside).
std::vector<std::string> extrapolation_reasons(const Scenario& scenario);

/// The heading and the reasons on one line ("outside the studied range: the model extrapolates (a; b)"),
/// or "" when inside.
std::string extrapolation_line(const Scenario& scenario);

/// IV-equivalent (bioavailable) mg/kg of one administration.
double iv_equivalent_mg_per_kg(const Dose& dose, Drug drug, double body_weight_kg);

}  // namespace sim
