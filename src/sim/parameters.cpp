// The table of the varied model constants (names, evidence, bounds) and their sanitising.
#include "sim/parameters.hpp"

#include <array>
#include <cmath>

namespace sim {
namespace {

using B = ParameterBasis;
using P = Parameters;

// Basis as the constant's comment in constants.hpp states it.
constexpr std::array<ParameterInfo, 39> kTable = {{
    {"v1_L_per_kg", "central volume V1", &P::v1_L_per_kg, B::measured, 0.0},
    {"k10_per_min", "elimination rate k10 (clearance)", &P::k10_per_min, B::measured, 0.0},
    {"k12_per_min", "distribution rate k12", &P::k12_per_min, B::measured, 0.0},
    {"k21_per_min", "redistribution rate k21", &P::k21_per_min, B::measured, 0.0},
    {"ke0_per_min", "effect-site rate ke0", &P::ke0_per_min, B::calibrated, 0.0},
    {"f_intramuscular", "intramuscular bioavailability", &P::f_intramuscular, B::measured, 1.0},
    {"ka_intramuscular_per_min", "intramuscular absorption ka", &P::ka_intramuscular_per_min, B::calibrated, 0.0},
    {"f_intranasal_racemic", "intranasal racemic bioavailability", &P::f_intranasal_racemic, B::measured, 1.0},
    {"f_intranasal_esketamine", "intranasal esketamine bioavailability", &P::f_intranasal_esketamine, B::measured, 1.0},
    {"ka_intranasal_per_min", "intranasal absorption ka", &P::ka_intranasal_per_min, B::calibrated, 0.0},
    {"f_sublingual", "sublingual bioavailability", &P::f_sublingual, B::measured, 1.0},
    {"ka_sublingual_per_min", "sublingual absorption ka", &P::ka_sublingual_per_min, B::calibrated, 0.0},
    {"f_oral_racemic", "oral racemic bioavailability", &P::f_oral_racemic, B::measured, 1.0},
    {"f_oral_esketamine", "oral esketamine bioavailability", &P::f_oral_esketamine, B::measured, 1.0},
    {"ka_oral_per_min", "oral absorption ka", &P::ka_oral_per_min, B::calibrated, 0.0},
    {"kd_esketamine_uM", "S-ketamine Kd", &P::kd_esketamine_uM, B::measured, 0.0},
    {"kd_arketamine_uM", "R-ketamine Kd", &P::kd_arketamine_uM, B::measured, 0.0},
    {"kmg_interneuron_mM", "interneuron Mg2+ constant", &P::kmg_interneuron_mM, B::assumption, 0.0},
    {"popen_interneuron", "interneuron open probability", &P::popen_interneuron, B::assumption, 1.0},
    {"popen_pyramidal", "pyramidal open probability", &P::popen_pyramidal, B::assumption, 1.0},
    {"koff_open_per_min", "open-channel unblocking rate", &P::koff_open_per_min, B::calibrated, 0.0},
    {"interneuron_nmda_drive", "NMDA share of interneuron drive", &P::interneuron_nmda_drive, B::calibrated, 1.0},
    {"disinhibition_max", "largest disinhibition", &P::disinhibition_max, B::calibrated, 0.0},
    {"disinhibition_half_loss", "disinhibition half-loss", &P::disinhibition_half_loss, B::calibrated, 0.0},
    {"brake_gain", "mGluR2/3 brake gain", &P::brake_gain, B::calibrated, 0.0},
    {"bdnf_per_ampa", "BDNF per AMPA", &P::bdnf_per_ampa, B::calibrated, 0.0},
    {"rest_translation_gain", "blockade-at-rest BDNF gain", &P::rest_translation_gain, B::calibrated, 0.0},
    {"bdnf_store_use_per_h", "BDNF store use", &P::bdnf_store_use_per_h, B::assumption, 0.0},
    {"mtor_per_bdnf", "mTORC1 per BDNF", &P::mtor_per_bdnf, B::calibrated, 0.0},
    {"mtor_feedback_gain", "mTORC1 feedback gain", &P::mtor_feedback_gain, B::calibrated, 0.0},
    {"protein_synthesis_per_h", "synaptic protein synthesis", &P::protein_synthesis_per_h, B::calibrated, 0.0},
    {"spine_formation_per_h", "spine formation rate", &P::spine_formation_per_h, B::calibrated, 0.0},
    {"spine_max_gain_rel", "largest spine gain", &P::spine_max_gain_rel, B::assumption, 0.0},
    {"tau_spine_decay_h", "extra-spine lifetime", &P::tau_spine_decay_h, B::calibrated, 0.0},
    {"clinical_spine_threshold", "clinical spine threshold", &P::clinical_spine_threshold, B::calibrated, 1.0},
    {"tau_clinical_h", "clinical lag", &P::tau_clinical_h, B::calibrated, 0.0},
    {"clinical_responsiveness", "clinical responsiveness", &P::clinical_responsiveness, B::assumption, 0.0},
    {"consolidation_per_h", "consolidation by sessions", &P::consolidation_per_h, B::assumption, 0.0},
    {"consolidation_lifetime_gain", "consolidated spine lifetime", &P::consolidation_lifetime_gain, B::assumption,
     0.0},
}};
// Every member of Parameters is a double listed above (bool operator== adds no storage).
static_assert(sizeof(Parameters) == kTable.size() * sizeof(double), "parameter_table() must list every member");

}  // namespace

std::span<const ParameterInfo> parameter_table() { return kTable; }

std::string_view basis_name(ParameterBasis basis) {
    switch (basis) {
        case ParameterBasis::measured: return "measured";
        case ParameterBasis::derived: return "derived";
        case ParameterBasis::calibrated: return "calibrated";
        case ParameterBasis::assumption: return "assumption";
    }
    return "assumption";
}

Parameters sanitized(const Parameters& parameters) {
    static const Parameters typical;
    Parameters out = parameters;
    for (const ParameterInfo& info : kTable) {
        double& v = out.*info.field;
        if (!std::isfinite(v) || v <= 0.0) v = typical.*info.field;
        if (info.upper_bound > 0.0 && v > info.upper_bound) v = info.upper_bound;
    }
    return out;
}

}  // namespace sim
