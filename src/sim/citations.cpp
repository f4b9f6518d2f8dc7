// The reference keys cited by the model's constants.
#include "sim/citations.hpp"

namespace sim {

std::vector<std::string_view> model_citation_keys() { return {"Clements1981", "Zarate2006"}; }

}  // namespace sim
