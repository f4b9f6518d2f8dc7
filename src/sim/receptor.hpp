// NMDA receptor open-channel block with trapping, for GABA interneurons and pyramidal neurons.
#pragma once
#include <algorithm>

#include "sim/parameters.hpp"
#include "sim/scenario.hpp"

namespace sim {

/// One neuron population's NMDA receptors and how ketamine reaches them.
struct NmdaPopulation {
    double kd_uM = 1.0;          ///< ketamine dissociation constant in this population's Mg2+ and voltage, uM
    double inv_kd_per_uM = 1.0;  ///< 1 / kd_uM, 1/uM (precomputed: the model's inner loop multiplies)
    double popen_base = 0.1;     ///< time-averaged channel open probability at baseline firing, fraction
    double koff_open_per_min = k::kKoff_open_per_min;  ///< unblocking rate from an open channel, 1/min
};

/// Both modelled populations for a drug and extracellular Mg2+ (mM).
struct NmdaReceptors {
    NmdaPopulation interneuron;
    NmdaPopulation pyramidal;
};

/// Effective dissociation constant of the drug (uM, zero Mg2+). The racemate is a 1:1 mixture of
/// two competing ligands: 1/Kd_rac = 0.5/Kd_S + 0.5/Kd_R.
double drug_kd_uM(Drug drug, const Parameters& parameters = {});

NmdaReceptors make_nmda_receptors(Drug drug, double magnesium_mM, const Parameters& parameters = {});

/// Channel open probability (fraction, <= 1) at a relative firing rate (1 = baseline).
inline double open_probability(const NmdaPopulation& pop, double rate_rel) {
    return std::clamp(pop.popen_base * rate_rel, 0.0, 1.0);
}

/// Advances the blocked fraction (open-blocked + trapped) by dt_min at a constant effect-site
/// concentration (uM) and open probability; exact for constant inputs.
double step_block(double blocked, double ce_uM, const NmdaPopulation& pop, double popen, double dt_min);

/// Of the blocked channels, the fraction closed with the drug inside, 0..1 of all receptors (most blocked
/// channels are closed at any moment; that alone is not evidence of trapping).
inline double closed_blocked_fraction(double blocked, double popen) { return blocked * (1.0 - popen); }

/// Block at equilibrium with the effect site, c / (c + Kd): what a blocker that left closed channels at
/// once (no trapping) would give at this concentration, fraction.
inline double equilibrium_block(double ce_uM, const NmdaPopulation& pop) {
    const double c = std::max(0.0, ce_uM) * pop.inv_kd_per_uM;
    return c / (1.0 + c);
}

/// Trapping: block in excess of the equilibrium block at the current effect-site concentration, 0..1
/// (0 when the block only lags a rising concentration).
inline double trapped_excess(double blocked, double ce_uM, const NmdaPopulation& pop) {
    return std::max(0.0, blocked - equilibrium_block(ce_uM, pop));
}

/// Fraction of this population's receptors Mg2+-blocked now (unblocked by ketamine, Mg2+ in the pore).
inline double mg_blocked_fraction(double ketamine_blocked, double magnesium_mM, double k_mg_mM) {
    return (1.0 - ketamine_blocked) * magnesium_mM / (magnesium_mM + k_mg_mM);
}

}  // namespace sim
