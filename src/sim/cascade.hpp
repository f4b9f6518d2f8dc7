// The cascade downstream of NMDA block: disinhibition, glutamate surge, AMPA-BDNF-mTORC1, proteins and spines.
#pragma once
#include "sim/constants.hpp"
#include "sim/parameters.hpp"
#include "sim/scenario.hpp"

namespace sim {

/// Scenario switches turned into gains (1 = normal), and one person's cascade constants (Parameters).
struct CascadeParams {
    double disinhibition_on = 1.0;       ///< 1 with the disinhibition hypothesis, else 0
    double rest_blockade_on = 1.0;       ///< 1 with the blockade-at-rest hypothesis, else 0
    double ampa_fraction = 1.0;          ///< drug-evoked AMPA throughput left (NBQX: kNbqxAmpaFraction)
    double bdnf_release_fraction = 1.0;  ///< activity-dependent BDNF release left (Val66Met: kVal66MetReleaseFraction)
    double mtor_fraction = 1.0;          ///< mTORC1 activation left in the mechanism stages (rapamycin: 0, Li 2010 rats)
    /// mTORC1 activation left in the human clinical arm (rapamycin: kRapamycinHumanMtorFraction, Abdallah 2020).
    double clinical_mtor_fraction = 1.0;
    /// The maintained part's lifetime multiplier in the human clinical arm (rapamycin: kRapamycinHumanLifetimeGain).
    double clinical_lifetime_gain = 1.0;
    /// True when the human clinical arm differs from the mechanism stages (rapamycin): the cascade then runs the
    /// mTORC1 -> spines chain twice, once as the rodent experiment shows it, once for the clinical index.
    bool separate_clinical_arm = false;
    double brake_gain = 1.0;             ///< mGluR2/3 brake gain, per unit glutamate excess
    double brake_tau_min = 1.0;          ///< mGluR2/3 brake time constant, min
    double spine_baseline_rel = 1.0;     ///< spine density without drug (chronic stress lowers it)
    double spine_ceiling_rel = 1.4;      ///< most spines can reach (healthy + largest gain; healthy after stress)
    double inv_spine_headroom = 1.0;     ///< 1 / (spine ceiling - baseline), precomputed
    // One person's values (Parameters), some precomputed as the inner loop uses them
    double interneuron_nmda_drive = k::kInterneuronNmdaDrive;  ///< NMDAR share of interneuron drive
    double disinhibition_max = k::kDisinhibitionMax;           ///< largest rise of pyramidal drive
    double disinhibition_half_loss_cubed = 0.0;                ///< (half-loss)^3
    double bdnf_per_ampa = k::kBdnfPerAmpa;
    double rest_translation_gain = k::kRestTranslationGain;
    double bdnf_store_use_per_h = k::kBdnfStoreUse_per_h;
    double mtor_per_bdnf = k::kMtorPerBdnf;
    double mtor_feedback_gain = k::kMtorFeedbackGain;
    double protein_synthesis_per_h = k::kProteinSynthesis_per_h;
    double spine_formation_per_h = k::kSpineFormation_per_h;
    double spine_max_gain_rel = k::kSpineMaxGainRel;  ///< the healthy headroom (the clinical index's spine weight)
    double spine_decay_per_h = 1.0 / k::kTauSpineDecay_h;
    double clinical_spine_threshold = k::kClinicalSpineThreshold;
    double tau_clinical_h = k::kTauClinical_h;
    double clinical_responsiveness = k::kClinicalResponsiveness;  ///< this person's multiplier of x
    double clinical_weight_bdnf = k::kClinicalWeightBdnf;
    double clinical_weight_protein = k::kClinicalWeightProtein;
    double clinical_weight_spines = k::kClinicalWeightSpines;
    double clinical_spine_saturation = k::kClinicalSpineSaturation;  ///< filled share above theta for half of it
    double consolidation_per_h = k::kConsolidation_per_h;  ///< per unit BDNF excess x filled spine headroom, 1/h
    double consolidation_lifetime_gain = k::kConsolidationLifetimeGain;  ///< spine lifetime x (1 + g Q)
};

/// The scenario's switches with one person's parameters (default: the typical person).
CascadeParams make_cascade_params(const Scenario& scenario, const Parameters& parameters = {});

/// Per-step decay factors e^{-h / tau} of every first-order stage, precomputed for the step.
struct CascadeDecay {
    double pyramidal, glutamate, brake, bdnf, bdnf_pool, bdnf_store_refill, mtor, mtor_feedback, protein, spine_signal,
        clinical, consolidation;
    double step_h;  ///< the step, hours
};

CascadeDecay make_cascade_decay(const CascadeParams& params, double step_min);

/// The mTORC1 -> synaptic proteins -> spines chain, and what repeated sessions build in it.
struct PlasticityState {
    double mtor_rel = 1.0;       ///< phospho-mTORC1
    double mtor_feedback = 0.0;  ///< desensitisation of the TrkB -> mTORC1 path, fraction 0..1
    double protein_rel = 1.0;    ///< synaptic proteins
    double spine_signal = 0.0;   ///< spine-formation signal (protein excess, lagged), dimensionless
    double spine_rel = 1.0;      ///< spine density
    double consolidation = 0.0;  ///< durability built by repeated sessions, fraction 0..1 (teaching assumption)
};

/// The cascade's slow state. Relative quantities are 1 at baseline.
struct CascadeState {
    double pyramidal_rate_rel = 1.0;  ///< pyramidal firing
    double glutamate_rel = 1.0;       ///< extracellular glutamate
    double brake = 0.0;               ///< mGluR2/3 brake on release (0 at baseline, dimensionless)
    double bdnf_pool_rel = 1.0;       ///< BDNF protein available for release (translation)
    double bdnf_rel = 1.0;            ///< BDNF release / TrkB activation
    double bdnf_store = 1.0;          ///< releasable BDNF store, fraction of full (1 at baseline)
    PlasticityState plasticity;       ///< the mechanism stages (as the experiment shows them, rodent data)
    PlasticityState clinical_arm;     ///< the same chain for the clinical index, where it differs (rapamycin)
    double clinical = 0.0;            ///< clinical teaching index 0..1
};

CascadeState initial_cascade(const CascadeParams& params);

/// Inputs from the receptor stage for one step.
struct CascadeInput {
    double block_interneuron = 0.0;  ///< fraction 0..1
    double block_pyramidal = 0.0;    ///< fraction 0..1
    double effect_site_uM = 0.0;     ///< drug at the receptor (for the HCN1 effect at anaesthetic levels)
};

/// Interneuron firing (relative) for a blocked fraction of its NMDARs and the NMDAR share of its drive.
inline double interneuron_rate_rel(double block_interneuron, double nmda_drive = k::kInterneuronNmdaDrive) {
    return 1.0 - nmda_drive * block_interneuron;
}

/// AMPA activation (relative) for the current glutamate.
inline double ampa_activation_rel(const CascadeParams& params, double glutamate_rel) {
    return 1.0 + params.ampa_fraction * (glutamate_rel - 1.0);
}

/// Advances the cascade by one step (each stage exact for inputs held over the step).
void step_cascade(const CascadeParams& params, const CascadeDecay& decay, const CascadeInput& in, CascadeState& s);

/// With no drug and no block, true once the fast stages (circuit and signalling, minutes to hours)
/// are within 1e-12 of their drug-free baseline, which it then sets them to exactly. Until the
/// next dose they stay there, and step_slow_stages() gives the same step as step_cascade().
bool fast_stages_settle(CascadeState& s);

/// Advances only proteins, spines, the clinical index and the refilling BDNF store, the fast stages being
/// at baseline.
void step_slow_stages(const CascadeParams& params, const CascadeDecay& decay, CascadeState& s);

}  // namespace sim
