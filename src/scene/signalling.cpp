// Flux along each step of the signalling close-up: which model quantity drives which arrow, and what cuts it.
#include "scene/signalling.hpp"

#include <algorithm>
#include <cmath>

namespace scene::signalling {
namespace {

double nonneg(double x) { return std::isfinite(x) ? std::max(0.0, x) : 0.0; }

}  // namespace

std::vector<StepFlux> steps(const sim::State& s, const sim::Experiments& e, const sim::Hypotheses& h) {
    const double glutamate = nonneg(s.glutamate_rel), ampa = nonneg(s.ampa_activation_rel), bdnf = nonneg(s.bdnf_rel),
                 mtor = nonneg(s.mtor_phospho_rel), proteins = nonneg(s.synaptic_protein_rel);
    // Blockade at rest: BDNF translation rises with the pyramidal block (eEF2K off), 1 = no block.
    const double rest = h.blockade_at_rest ? 1.0 + std::clamp(nonneg(s.nmda_block_pyramidal), 0.0, 1.0) : 0.0;
    std::vector<StepFlux> out = {
        {Step::release_to_ampa, glutamate, false, !h.disinhibition, e.mglur23_agonist ? "mGluR2/3 agonist" : "", true},
        {Step::ampa_to_depolarisation, ampa, false, false, e.nbqx ? "NBQX" : "", false},
        {Step::depolarisation_to_calcium, ampa, false, false, "", false},
        {Step::calcium_to_bdnf, ampa, false, false, "", false},
        {Step::bdnf_to_trkb, bdnf, false, false, e.val66met ? "Val66Met" : "", true},
        {Step::rest_blockade_to_trkb, rest, true, !h.blockade_at_rest, "", false},
        {Step::trkb_to_pi3k_akt, bdnf, false, false, "", false},
        {Step::trkb_to_erk, bdnf, false, false, "", false},
        {Step::pi3k_akt_to_mtor, bdnf, false, false, "", false},
        {Step::erk_to_mtor, bdnf, false, false, "", false},
        {Step::mtor_to_translation, mtor, false, false, e.rapamycin ? "Rapamycin" : "", false},
        {Step::translation_to_synapse, proteins, false, false, "", false},
    };
    return out;
}

int flux_particles(double flux_rel) {
    const double f = nonneg(flux_rel);
    if (!(f > 0.0)) return 0;
    return std::clamp(static_cast<int>(std::lround(kParticlesPerRel * f)), 1, kParticlesMax);
}

}  // namespace scene::signalling
