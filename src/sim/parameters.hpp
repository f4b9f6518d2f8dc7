// The model constants that differ between people or that a sensitivity analysis varies, as one runtime value set.
#pragma once
#include <span>
#include <string_view>

#include "sim/constants.hpp"

namespace sim {

/// One person's (or one run's) values of the varied constants. Every default is the sim::k constant of the same
/// name, so a default Parameters is the typical person and simulates exactly what the constants alone give.
/// Units as in constants.hpp; the citations are there.
struct Parameters {
    // Pharmacokinetics (Clements & Nimmo two-compartment set, per kg) and the effect site
    double v1_L_per_kg = k::kV1_L_per_kg;  ///< central volume, L/kg
    double k10_per_min = k::kK10_per_min;  ///< elimination (clearance / V1), 1/min
    double k12_per_min = k::kK12_per_min;  ///< central -> peripheral, 1/min
    double k21_per_min = k::kK21_per_min;  ///< peripheral -> central, 1/min
    double ke0_per_min = k::kKe0_per_min;  ///< plasma -> effect site, 1/min
    // Routes: bioavailability (fraction, at most 1) and absorption rate (1/min)
    double f_intramuscular = k::kF_intramuscular;
    double ka_intramuscular_per_min = k::kKa_intramuscular_per_min;
    double f_intranasal_racemic = k::kF_intranasal_racemic;
    double f_intranasal_esketamine = k::kF_intranasal_esketamine;
    double ka_intranasal_per_min = k::kKa_intranasal_per_min;
    double f_sublingual = k::kF_sublingual;
    double ka_sublingual_per_min = k::kKa_sublingual_per_min;
    double f_oral_racemic = k::kF_oral_racemic;
    double f_oral_esketamine = k::kF_oral_esketamine;
    double ka_oral_per_min = k::kKa_oral_per_min;
    // NMDA receptor block
    double kd_esketamine_uM = k::kKd_esketamine_uM;      ///< S-ketamine dissociation constant (zero Mg2+), uM
    double kd_arketamine_uM = k::kKd_arketamine_uM;      ///< R-ketamine dissociation constant (zero Mg2+), uM
    double kmg_interneuron_mM = k::kKMg_interneuron_mM;  ///< Mg2+ competition constant, interneurons, mM
    double popen_interneuron = k::kPopen_interneuron;    ///< interneuron NMDAR open probability, fraction (<= 1)
    double popen_pyramidal = k::kPopen_pyramidal;        ///< pyramidal NMDAR open probability, fraction (<= 1)
    double koff_open_per_min = k::kKoff_open_per_min;    ///< unblocking rate from an open channel, 1/min
    // Circuit
    double interneuron_nmda_drive = k::kInterneuronNmdaDrive;    ///< NMDAR share of interneuron drive (<= 1)
    double disinhibition_max = k::kDisinhibitionMax;             ///< largest rise of pyramidal drive, relative
    double disinhibition_half_loss = k::kDisinhibitionHalfLoss;  ///< interneuron loss giving half of it
    double brake_gain = k::kBrakeGain;                           ///< mGluR2/3 brake per unit glutamate excess
    // Signalling and plasticity
    double bdnf_per_ampa = k::kBdnfPerAmpa;                       ///< BDNF release excess per AMPA excess
    double rest_translation_gain = k::kRestTranslationGain;       ///< BDNF pool excess per unit pyramidal block
    double bdnf_store_use_per_h = k::kBdnfStoreUse_per_h;         ///< releasable BDNF store drawn, 1/h
    double mtor_per_bdnf = k::kMtorPerBdnf;                       ///< mTORC1 excess per BDNF excess
    double mtor_feedback_gain = k::kMtorFeedbackGain;             ///< mTORC1 desensitisation per mTOR excess
    double protein_synthesis_per_h = k::kProteinSynthesis_per_h;  ///< synaptic protein synthesis per mTOR excess, 1/h
    double spine_formation_per_h = k::kSpineFormation_per_h;      ///< spine formation per unit signal, 1/h
    double spine_max_gain_rel = k::kSpineMaxGainRel;              ///< largest spine gain over healthy, relative
    double tau_spine_decay_h = k::kTauSpineDecay_h;               ///< decay of extra spines, h
    // Clinical proxy
    double clinical_spine_threshold = k::kClinicalSpineThreshold;  ///< share of spine headroom that maintains it
    double tau_clinical_h = k::kTauClinical_h;                     ///< lag of mood behind biology, h
    double clinical_responsiveness = k::kClinicalResponsiveness;  ///< multiplier of the index's drive
    double consolidation_per_h = k::kConsolidation_per_h;          ///< durability built per session drive, 1/h
    double consolidation_lifetime_gain = k::kConsolidationLifetimeGain;  ///< spine lifetime gain when consolidated

    bool operator==(const Parameters&) const = default;
};

/// How well a varied constant is known (as the comment of its constant in constants.hpp says).
enum class ParameterBasis { measured, derived, calibrated, assumption };

/// One entry of the table of varied constants, for the sensitivity analysis and for naming them.
struct ParameterInfo {
    std::string_view id;     ///< machine name, e.g. "k10_per_min" (the Parameters member's name)
    std::string_view label;  ///< short human name, e.g. "elimination rate k10"
    double Parameters::*field;
    ParameterBasis basis;
    /// What the value only rises to: 1 for fractions (bioavailability, open probability, drive), else 0 (none).
    double upper_bound;
};

/// Every member of Parameters, in declaration order.
std::span<const ParameterInfo> parameter_table();

/// "measured", "derived", "calibrated" or "assumption".
std::string_view basis_name(ParameterBasis basis);

/// The parameters with each value clamped to where the model is defined: positive and finite (NaN or a
/// non-positive value falls back to the typical value), fractions at most their upper bound.
Parameters sanitized(const Parameters& parameters);

}  // namespace sim
