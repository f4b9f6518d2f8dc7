// The mapping from model state to what is drawn: counts of molecules, receptor states, spikes, spines.
#pragma once
#include <cstdint>
#include <vector>

#include "sim/state.hpp"

namespace scene::mapping {

// How many of each thing stand for the model's quantities (a picture, so small numbers).
inline constexpr int kNmdaReceptors = 10;        ///< NMDA receptors drawn in the synapse view
inline constexpr int kAmpaReceptors = 5;         ///< AMPA receptors drawn in the synapse view
inline constexpr int kInterneuronReceptors = 6;  ///< NMDA receptors drawn on the interneuron (circuit)
inline constexpr int kGlutamatePerRel = 22;      ///< cleft glutamate molecules at baseline (glutamate_rel = 1)
inline constexpr int kGlutamateMax = 110;
inline constexpr double kKetaminePerUM = 16.0;        ///< free ketamine molecules per uM at the effect site
inline constexpr double kVesselKetaminePerUM = 22.0;  ///< ketamine molecules in the vessel per uM of plasma
inline constexpr int kKetamineMax = 64;
inline constexpr int kSpinesAtHealthyDensity = 16;      ///< spines on the dendrite segment at spine_density_rel = 1
inline constexpr int kSpineSlots = 28;                  ///< places a spine can grow (density up to 1.75x)
inline constexpr double kInterneuronBaseRate_hz = 1.6;  ///< on-screen spikes per second at baseline
inline constexpr double kPyramidalBaseRate_hz = 0.9;
inline constexpr int kBdnfPerRel = 3;  ///< BDNF dimers near the spine at baseline
inline constexpr int kBdnfMax = 16;
inline constexpr int kTrkbReceptors = 4;
inline constexpr int kProteinsPerRel = 4;  ///< new synaptic proteins in the spine at baseline
inline constexpr int kProteinsMax = 24;

/// How many of the drawn NMDA receptors are in each state; the parts add up to `total`.
struct NmdaCounts {
    int total = 0;
    int ketamine_open = 0;  ///< ketamine in an open channel
    int trapped = 0;        ///< ketamine trapped in a closed channel
    int free = 0;           ///< not ketamine-blocked: closed, open or Mg2+-blocked from moment to moment
    int blocked() const { return ketamine_open + trapped; }
};

/// Of the pyramidal neurons' blocked channels, the share that is closed with the drug inside (drawn as trapped):
/// 1 - Po at the current firing (sim::closed_blocked_fraction). Most blocked channels are closed at any moment;
/// the model's trapping figure (nmda_trapped, block beyond equilibrium) is a different, much smaller quantity.
double closed_share_of_block(const sim::State& state);

/// Blocked = round(block_fraction x total); of those, closed_share_of_block are trapped in a closed channel.
NmdaCounts nmda_counts(const sim::State& state, int total);

/// Fractions of the free (unblocked) receptors that are Mg2+-blocked and open at a given moment.
struct GatingOdds {
    double mg_blocked = 0.0;
    double open = 0.0;
};
GatingOdds nmda_gating(const sim::State& state, const NmdaCounts& counts);

/// Receptor indices ordered by how early they take ketamine (a fixed order per seed, so raising the
/// block adds receptors and never reshuffles them).
std::vector<int> block_order(std::uint64_t seed, int total);

int glutamate_molecules(const sim::State& state);
int ketamine_molecules_tissue(const sim::State& state);
int ketamine_molecules_vessel(const sim::State& state);
int active_ampa(const sim::State& state, int total);
int bdnf_dimers(const sim::State& state);
int active_trkb(const sim::State& state, int total);
int new_proteins(const sim::State& state);
/// 0..1 brightness of the mTORC1 signal (0.25 at baseline, 1 at 4x baseline).
float mtor_glow(const sim::State& state);

/// Spines on the segment as a real number: the whole part are grown, the fraction is growing.
double spine_count(const sim::State& state);
/// Spines the segment would carry at `density_rel`.
double spine_count_at(double density_rel);

/// On-screen firing rates, spikes per second of animation time.
double interneuron_rate_hz(const sim::State& state);
double pyramidal_rate_hz(const sim::State& state);

/// Emission times (animation seconds) of the spikes in [t0_s, t1_s) of a cell firing at `rate_hz`,
/// from a Poisson process on a fixed lattice keyed by `key`.
std::vector<double> spike_times(std::uint64_t key, double rate_hz, double t0_s, double t1_s);

}  // namespace scene::mapping
