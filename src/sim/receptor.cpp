// NMDA receptor block: a four-state channel (closed, open, open-blocked, closed-trapped) reduced to one slow variable.
#include "sim/receptor.hpp"

#include <algorithm>
#include <cmath>

#include "sim/constants.hpp"

namespace sim {

double drug_kd_uM(Drug drug, const Parameters& p) {
    switch (drug) {
        case Drug::esketamine: return p.kd_esketamine_uM;
        case Drug::arketamine: return p.kd_arketamine_uM;
        case Drug::racemic: break;
    }
    return 1.0 / (0.5 / p.kd_esketamine_uM + 0.5 / p.kd_arketamine_uM);
}

NmdaReceptors make_nmda_receptors(Drug drug, double magnesium_mM, const Parameters& p) {
    const double kd = drug_kd_uM(drug, p);
    NmdaReceptors r;
    const double kd_int = kd * (1.0 + magnesium_mM / p.kmg_interneuron_mM);
    const double kd_pyr = kd * (1.0 + magnesium_mM / k::kKMg_pyramidal_mM);
    r.interneuron = {kd_int, 1.0 / kd_int, p.popen_interneuron, p.koff_open_per_min};
    r.pyramidal = {kd_pyr, 1.0 / kd_pyr, p.popen_pyramidal, p.koff_open_per_min};
    return r;
}

// States: C (closed, free), O (open, free), B (open, blocked), T (closed, trapped); C+O+B+T = 1.
// Gating (milliseconds) is far faster than drug binding (minutes), so both free and blocked channels
// sit at the gating equilibrium: O = Po (1 - b), B = Po b, T = (1 - Po) b, with b = B + T.
// Ketamine enters only open channels (rate kon c) and leaves only open ones (koff); a closed
// channel keeps it trapped:
//     db/dt = Po (kon c (1 - b) - koff b) = Po koff ((c / Kd) (1 - b) - b)
// For constant c and Po this relaxes to b* = c / (c + Kd) at the rate r = Po koff (1 + c / Kd):
//     b(t + h) = b* + (b(t) - b*) e^{-r h}.
// Use dependence: the block reaches equilibrium faster in active neurons (higher Po); after the drug
// is gone (c = 0) it decays only at Po koff, so a quiet neuron keeps ketamine trapped for hours.
double step_block(double blocked, double ce_uM, const NmdaPopulation& pop, double popen, double dt_min) {
    const double ratio = ce_uM * pop.inv_kd_per_uM;
    if (ratio < 1e-12 && blocked < 1e-12) return 0.0;  // drug gone: skip the exponential
    const double target = ratio / (1.0 + ratio);
    const double rate_per_min = popen * pop.koff_open_per_min * (1.0 + ratio);
    const double rest = (blocked - target) * std::exp(-rate_per_min * dt_min);
    return std::abs(rest) < 1e-30 ? target : target + rest;  // no subnormals (they are very slow)
}

}  // namespace sim
