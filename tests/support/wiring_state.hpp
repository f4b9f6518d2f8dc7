// A State whose every field holds its own value, so that a getter wired to the wrong field shows (wiring tests).
#pragma once
#include "sim/state.hpp"

namespace simtest {

/// Each number field of State, with a value no other field has.
struct FieldValue {
    const char* name;
    double sim::State::*field;
    double value;
};

inline constexpr FieldValue kDistinctFields[] = {
    {"plasma_ng_per_ml", &sim::State::plasma_ng_per_ml, 101.0},
    {"plasma_uM", &sim::State::plasma_uM, 0.102},
    {"effect_site_uM", &sim::State::effect_site_uM, 0.103},
    {"nmda_block_interneuron", &sim::State::nmda_block_interneuron, 0.104},
    {"nmda_block_pyramidal", &sim::State::nmda_block_pyramidal, 0.105},
    {"nmda_trapped", &sim::State::nmda_trapped, 0.106},
    {"nmda_mg_blocked", &sim::State::nmda_mg_blocked, 0.107},
    {"interneuron_rate_rel", &sim::State::interneuron_rate_rel, 1.108},
    {"pyramidal_rate_rel", &sim::State::pyramidal_rate_rel, 1.109},
    {"glutamate_rel", &sim::State::glutamate_rel, 1.110},
    {"ampa_activation_rel", &sim::State::ampa_activation_rel, 1.111},
    {"bdnf_rel", &sim::State::bdnf_rel, 1.112},
    {"mtor_phospho_rel", &sim::State::mtor_phospho_rel, 1.113},
    {"synaptic_protein_rel", &sim::State::synaptic_protein_rel, 1.114},
    {"spine_density_rel", &sim::State::spine_density_rel, 1.115},
    {"clinical_effect", &sim::State::clinical_effect, 0.116},
    {"dissociation", &sim::State::dissociation, 0.117},
    {"bp_change_mmHg", &sim::State::bp_change_mmHg, 1.118},
};

inline sim::State distinct_state(double time_h = 0.0) {
    sim::State s;
    s.time_h = time_h;
    for (const FieldValue& f : kDistinctFields) s.*f.field = f.value;
    return s;
}

}  // namespace simtest
