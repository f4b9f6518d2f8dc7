// One sample of every model quantity at one simulated time: what plots, scene and panels read.
#pragma once
#include "sim/stage.hpp"

namespace sim {

/// Relative quantities are 1.0 at the healthy, drug-free baseline unless stated otherwise.
struct State {
    double time_h = 0.0;  ///< simulated time, hours from t = 0
    // Pharmacokinetics
    double plasma_ng_per_ml = 0.0;  ///< ketamine in plasma (central compartment)
    double plasma_uM = 0.0;         ///< same, micromolar (237.7 ng/mL = 1 uM)
    double effect_site_uM = 0.0;    ///< concentration at the receptor (effect compartment)
    // NMDA receptor block, fractions 0..1
    double nmda_block_interneuron = 0.0;  ///< fraction of interneuron NMDARs blocked (open + trapped)
    double nmda_block_pyramidal = 0.0;    ///< fraction of pyramidal-neuron NMDARs blocked
    double nmda_trapped = 0.0;     ///< trapping: block above equilibrium with the effect site, mean of both populations
    double nmda_mg_blocked = 0.0;  ///< fraction of NMDARs Mg2+-blocked at this moment
    // Circuit activity, relative to baseline (1 = baseline)
    double interneuron_rate_rel = 1.0;  ///< GABA interneuron firing rate
    double pyramidal_rate_rel = 1.0;    ///< pyramidal neuron firing rate
    double glutamate_rel = 1.0;         ///< prefrontal extracellular glutamate release
    // Downstream signalling, relative to baseline
    double ampa_activation_rel = 1.0;   ///< AMPA receptor activation
    double bdnf_rel = 1.0;              ///< BDNF release / TrkB activation
    double mtor_phospho_rel = 1.0;      ///< phosphorylated (active) mTORC1
    double synaptic_protein_rel = 1.0;  ///< synaptic proteins (PSD-95, GluA1, synapsin I)
    double spine_density_rel = 1.0;     ///< dendritic spine density, 1 = healthy baseline
    double spine_formation = 0.0;       ///< spine-formation signal (lagged synaptic-protein excess), dimensionless
    // Clinical proxies
    double clinical_effect = 0.0;   ///< teaching proxy, 0 = none .. 1 = largest modelled antidepressant effect
    double dissociation = 0.0;      ///< 0..1, fraction of maximal dissociative score
    double bp_change_mmHg = 0.0;    ///< change of mean arterial pressure from baseline
    Stage stage = Stage::baseline;  ///< the mechanism step most active now

    bool operator==(const State&) const = default;
};

}  // namespace sim
