// Stage ids and titles: the one table that maps Stage values to text.
#include "sim/stage.hpp"

namespace sim {
namespace {
struct StageText {
    Stage stage;
    std::string_view id;
    std::string_view title;
    std::string_view short_title;
};
constexpr StageText kStageText[] = {
    {Stage::baseline, "baseline", "Baseline: no drug effect", "Baseline"},
    {Stage::dose, "dose", "Dose and plasma level", "Plasma level"},
    {Stage::nmda_block, "nmda_block", "NMDA receptor blockade", "NMDA block"},
    {Stage::disinhibition, "disinhibition", "Disinhibition of pyramidal neurons", "Disinhibition"},
    {Stage::glutamate_surge, "glutamate_surge", "The glutamate surge", "Glutamate surge"},
    {Stage::ampa_bdnf, "ampa_bdnf", "AMPA activation and BDNF release", "AMPA + BDNF"},
    {Stage::mtor, "mtor", "mTORC1 signalling and protein synthesis", "mTORC1, proteins"},
    {Stage::synaptogenesis, "synaptogenesis", "New dendritic spines", "New spines"},
    {Stage::clinical, "clinical", "Clinical time course", "Clinical effect"},
    {Stage::side_effects, "side_effects", "Side effects", "Side effects"},
    {Stage::who_benefits, "who_benefits", "Who may benefit", "Who may benefit"},
    {Stage::contraindications, "contraindications", "Contraindications", "Contraindications"},
};
}  // namespace

std::string_view stage_id(Stage stage) {
    for (const auto& s : kStageText)
        if (s.stage == stage) return s.id;
    return "unknown";
}

std::string_view stage_title(Stage stage) {
    for (const auto& s : kStageText)
        if (s.stage == stage) return s.title;
    return "Unknown";
}

std::string_view stage_short_title(Stage stage) {
    for (const auto& s : kStageText)
        if (s.stage == stage) return s.short_title;
    return "Unknown";
}

std::optional<Stage> stage_from_id(std::string_view id) {
    for (const auto& s : kStageText)
        if (s.id == id) return s.stage;
    return std::nullopt;
}

}  // namespace sim
