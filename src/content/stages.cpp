// The stage ids that content may be filed under.
#include "content/stages.hpp"

#include <algorithm>

namespace content {

bool is_stage_id(std::string_view id) { return std::find(kStageIds.begin(), kStageIds.end(), id) != kStageIds.end(); }

std::string stage_id_list() {
    std::string out;
    for (std::string_view id : kStageIds) {
        if (!out.empty()) out += ", ";
        out += id;
    }
    return out;
}

}  // namespace content
