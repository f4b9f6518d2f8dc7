// The reference keys cited by the model's constants (each must resolve in assets/content/references.json).
#pragma once
#include <string_view>
#include <vector>

namespace sim {

/// Every reference key that a model constant cites, e.g. "Clements1981", "Zarate2006".
std::vector<std::string_view> model_citation_keys();

}  // namespace sim
