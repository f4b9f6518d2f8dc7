// Which species the evidence for each mechanism stage comes from, and the human figure beside it.
#pragma once
#include <string_view>

#include "sim/stage.hpp"

namespace sim {

/// Where a stage's time course and size come from.
struct StageEvidence {
    std::string_view species;       ///< "human", "rat", "mouse", "rat, mouse", "in vitro, mouse"; "" for baseline
    std::string_view human_figure;  ///< the human measurement beside an animal one, or why there is none
};

/// The evidence behind one stage of the story (topics and baseline: species "").
StageEvidence stage_evidence(Stage stage);

}  // namespace sim
