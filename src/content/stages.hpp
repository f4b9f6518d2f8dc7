// The stage ids that content may be filed under; a test checks they are exactly the model's (sim/stage.hpp).
#pragma once
#include <array>
#include <string>
#include <string_view>

namespace content {

/// Every stage id in story order, as defined by sim::kAllStages. Kept here so that the content
/// library needs no link to the model; tests/content asserts the two lists are identical.
inline constexpr std::array<std::string_view, 12> kStageIds = {
    "baseline", "dose",           "nmda_block", "disinhibition", "glutamate_surge", "ampa_bdnf",
    "mtor",     "synaptogenesis", "clinical",   "side_effects",  "who_benefits",    "contraindications",
};

/// True when `id` is one of kStageIds.
bool is_stage_id(std::string_view id);

/// "baseline, dose, ..." for error messages.
std::string stage_id_list();

}  // namespace content
