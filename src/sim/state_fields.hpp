// The one list of State's quantities: name with unit, member, evidence stage and who uses each (CSV, bands, lerp).
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

#include "sim/stage.hpp"
#include "sim/state.hpp"

namespace sim {

/// How Trajectory::at() fills a quantity between two samples.
enum class Interpolation {
    linear,  ///< a + (b - a) f
    held,    ///< the earlier sample's value
};

/// One number of State. Adding a quantity: the State member and one row of kStateFields (docs/architecture.md).
struct StateField {
    std::string_view name;  ///< with its unit, as the CSV column ("plasma_ng_per_ml", "nmda_trapped_frac")
    std::string_view unit;  ///< the unit in words ("ng/mL", "fraction of receptors, 0-1", "x baseline")
    double State::*member;
    /// The story stage whose evidence (sim::stage_evidence) the time course follows: its species says whether it
    /// is human or rodent data. side_effects, a topic without stage evidence: measured in people (docs/model.md).
    Stage stage = Stage::baseline;
    Interpolation interpolation = Interpolation::linear;
    bool in_csv = true;  ///< a column of write_csv (and of write_population_csv)
    bool bands = true;   ///< the population computes its percentile bands (and writes them where in_csv)
};

/// Every double of State once, in declaration order (the CSV's column order).
inline constexpr std::array<StateField, 20> kStateFields = {{
    {.name = "time_h", .unit = "h", .member = &State::time_h, .bands = false},
    {.name = "plasma_ng_per_ml", .unit = "ng/mL", .member = &State::plasma_ng_per_ml, .stage = Stage::dose},
    {.name = "plasma_uM", .unit = "µM", .member = &State::plasma_uM, .stage = Stage::dose},
    {.name = "effect_site_uM", .unit = "µM", .member = &State::effect_site_uM, .stage = Stage::dose},
    {.name = "nmda_block_interneuron_frac",
     .unit = "fraction of receptors, 0-1",
     .member = &State::nmda_block_interneuron,
     .stage = Stage::nmda_block},
    {.name = "nmda_block_pyramidal_frac",
     .unit = "fraction of receptors, 0-1",
     .member = &State::nmda_block_pyramidal,
     .stage = Stage::nmda_block},
    {.name = "nmda_trapped_frac",
     .unit = "fraction of receptors, 0-1",
     .member = &State::nmda_trapped,
     .stage = Stage::nmda_block},
    {.name = "nmda_mg_blocked_frac",
     .unit = "fraction of receptors, 0-1",
     .member = &State::nmda_mg_blocked,
     .stage = Stage::nmda_block},
    {.name = "interneuron_rate_rel",
     .unit = "x baseline",
     .member = &State::interneuron_rate_rel,
     .stage = Stage::disinhibition},
    {.name = "pyramidal_rate_rel",
     .unit = "x baseline",
     .member = &State::pyramidal_rate_rel,
     .stage = Stage::disinhibition},
    {.name = "glutamate_rel", .unit = "x baseline", .member = &State::glutamate_rel, .stage = Stage::glutamate_surge},
    {.name = "ampa_activation_rel",
     .unit = "x baseline",
     .member = &State::ampa_activation_rel,
     .stage = Stage::ampa_bdnf},
    {.name = "bdnf_rel", .unit = "x baseline", .member = &State::bdnf_rel, .stage = Stage::ampa_bdnf},
    {.name = "mtor_phospho_rel", .unit = "x baseline", .member = &State::mtor_phospho_rel, .stage = Stage::mtor},
    {.name = "synaptic_protein_rel",
     .unit = "x baseline",
     .member = &State::synaptic_protein_rel,
     .stage = Stage::mtor},
    {.name = "spine_density_rel",
     .unit = "x healthy baseline",
     .member = &State::spine_density_rel,
     .stage = Stage::synaptogenesis},
    // The stage detector's input only: not written, not banded, and held between samples as it always was.
    {.name = "spine_formation",
     .unit = "dimensionless signal",
     .member = &State::spine_formation,
     .stage = Stage::synaptogenesis,
     .interpolation = Interpolation::held,
     .in_csv = false,
     .bands = false},
    {.name = "clinical_effect", .unit = "index, 0-1", .member = &State::clinical_effect, .stage = Stage::clinical},
    {.name = "dissociation_frac",
     .unit = "fraction of the maximal score, 0-1",
     .member = &State::dissociation,
     .stage = Stage::side_effects},
    {.name = "bp_change_mmHg", .unit = "mmHg", .member = &State::bp_change_mmHg, .stage = Stage::side_effects},
}};

// A State double without a row fails here: the doubles fill State up to the stage, and nothing as large follows it.
static_assert(offsetof(State, stage) == kStateFields.size() * sizeof(double) &&
                  sizeof(State) <= offsetof(State, stage) + sizeof(double),
              "every double member of sim::State needs its row in sim::kStateFields");

/// The row of a State member, found at compile time (a member without a row does not compile).
consteval const StateField& state_field(double State::*member) {
    for (const StateField& field : kStateFields)
        if (field.member == member) return field;
    throw "no row in sim::kStateFields for this State member";
}

}  // namespace sim
