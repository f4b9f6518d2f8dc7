// The valid ranges of every Scenario field: used by validation, by simulate() and by the UI's sliders.
#pragma once
#include <cstddef>

namespace sim::limits {

inline constexpr double kBodyWeightMin_kg = 3.0;
inline constexpr double kBodyWeightMax_kg = 250.0;
inline constexpr double kDosePerKgMin_mg_per_kg = 0.0;
inline constexpr double kDosePerKgMax_mg_per_kg = 20.0;  ///< far above anaesthetic induction (1-4.5 mg/kg)
inline constexpr double kDoseMin_mg = 0.0;
inline constexpr double kDoseMax_mg = 2000.0;
inline constexpr double kDoseStartMin_h = 0.0;
inline constexpr double kDoseStartMax_h = 24.0 * 120.0;  ///< 120 days
inline constexpr double kInfusionMin_min = 0.5;
inline constexpr double kInfusionMax_min = 24.0 * 60.0;  ///< one day
inline constexpr std::size_t kMaxDoses = 100;
inline constexpr double kTotalDoseMax_mg_per_kg = 100.0;  ///< all doses together (a day of anaesthesia is under 50)
inline constexpr double kMagnesiumMin_mM = 0.0;
inline constexpr double kMagnesiumMax_mM = 10.0;
inline constexpr double kDurationMin_days = 21.0;  ///< the model always covers at least 21 days
inline constexpr double kDurationMax_days = 120.0;
inline constexpr std::size_t kMaxNameLength = 64;          ///< characters
inline constexpr std::size_t kMaxDescriptionLength = 500;  ///< characters

}  // namespace sim::limits
