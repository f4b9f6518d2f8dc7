// The signalling close-up's steps and the flux along each, from the model state, experiments and hypotheses.
#pragma once
#include <string>
#include <vector>

#include "sim/scenario.hpp"
#include "sim/state.hpp"

namespace scene::signalling {

/// The arrows of the pathway inside the spine head, upstream first.
enum class Step {
    release_to_ampa,            ///< glutamate released onto AMPA receptors (the surge: disinhibition)
    ampa_to_depolarisation,     ///< AMPA current depolarises the spine
    depolarisation_to_calcium,  ///< voltage-gated Ca2+ entry
    calcium_to_bdnf,            ///< Ca2+ triggers BDNF release
    bdnf_to_trkb,               ///< released BDNF binds TrkB, which dimerises
    rest_blockade_to_trkb,      ///< contested: blockade at rest -> eEF2K off -> more BDNF made (Autry 2011)
    trkb_to_pi3k_akt,
    trkb_to_erk,
    pi3k_akt_to_mtor,
    erk_to_mtor,
    mtor_to_translation,     ///< mTORC1 drives translation of synaptic proteins
    translation_to_synapse,  ///< PSD-95, GluA1 and synapsin I delivered to the synapse
};

/// One arrow as drawn now.
struct StepFlux {
    Step step;
    double flux_rel = 1.0;        ///< the model quantity that drives this arrow, 1 = baseline (0 when switched off)
    bool contested = false;       ///< dashed: a hypothesis under debate
    bool hypothesis_off = false;  ///< greyed: the hypothesis this arrow belongs to is switched off
    std::string cut_by;           ///< the virtual experiment that blocks this step ("" = none)
    bool partial_cut = false;     ///< the experiment only reduces the step (Val66Met)
};

/// Every arrow of the pathway with its flux, cut and hypothesis flags.
std::vector<StepFlux> steps(const sim::State& state, const sim::Experiments& experiments,
                            const sim::Hypotheses& hypotheses);

inline constexpr double kParticlesPerRel = 3.0;  ///< flux particles on an arrow at baseline flux
inline constexpr int kParticlesMax = 14;
/// How many particles travel along an arrow with flux `flux_rel` (at least one while any flux flows).
int flux_particles(double flux_rel);

}  // namespace scene::signalling
