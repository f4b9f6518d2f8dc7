// The mechanism stages and teaching topics, keyed by the ids shared by the model, the content and the UI.
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace sim {

/// Steps of the mechanism story (the model reports which one is most active) followed by
/// topics that the content covers but the model does not simulate.
enum class Stage {
    baseline,           ///< before any drug
    dose,               ///< dose, route and plasma concentration
    nmda_block,         ///< ketamine enters and blocks (traps in) NMDA receptor channels
    disinhibition,      ///< GABA interneurons quiet, pyramidal neurons fire more
    glutamate_surge,    ///< glutamate release rises
    ampa_bdnf,          ///< AMPA receptor activation and BDNF release onto TrkB
    mtor,               ///< mTORC1 signalling and synaptic protein synthesis
    synaptogenesis,     ///< new dendritic spines and synapses
    clinical,           ///< the clinical time course of the antidepressant effect
    side_effects,       ///< topic: dissociation, blood pressure and other side effects
    who_benefits,       ///< topic: who may benefit
    contraindications,  ///< topic: who should not receive it
};

inline constexpr std::array<Stage, 12> kAllStages = {
    Stage::baseline,        Stage::dose,         Stage::nmda_block,   Stage::disinhibition,
    Stage::glutamate_surge, Stage::ampa_bdnf,    Stage::mtor,         Stage::synaptogenesis,
    Stage::clinical,        Stage::side_effects, Stage::who_benefits, Stage::contraindications,
};

/// The stages the model can report as "most active" (a subset of kAllStages, in story order).
inline constexpr std::array<Stage, 9> kMechanismStages = {
    Stage::baseline,  Stage::dose, Stage::nmda_block,     Stage::disinhibition, Stage::glutamate_surge,
    Stage::ampa_bdnf, Stage::mtor, Stage::synaptogenesis, Stage::clinical,
};

/// The stable text id of a stage ("nmda_block", ...), used in assets and CSV files.
std::string_view stage_id(Stage stage);
/// A short human title ("NMDA receptor blockade").
std::string_view stage_title(Stage stage);
/// A title of at most about 16 characters ("NMDA block"), for the stage strip.
std::string_view stage_short_title(Stage stage);
/// Parses a stage id; nullopt when unknown.
std::optional<Stage> stage_from_id(std::string_view id);

}  // namespace sim
