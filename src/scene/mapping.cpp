// State -> counts: proportional, rounded mappings kept in one place so tests can check them.
#include "scene/mapping.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "scene/random.hpp"
#include "sim/constants.hpp"

namespace scene::mapping {
namespace {

constexpr double kSpikeBin_s = 0.02;  ///< lattice of possible spike times

int rounded(double x, int lo, int hi) {
    if (!std::isfinite(x)) return lo;
    return std::clamp(static_cast<int>(std::lround(x)), lo, hi);
}

double clamp01(double x) { return std::isfinite(x) ? std::clamp(x, 0.0, 1.0) : 0.0; }

double nonneg(double x) { return std::isfinite(x) ? std::max(0.0, x) : 0.0; }

}  // namespace

double closed_share_of_block(const sim::State& state) {
    return 1.0 - clamp01(sim::k::kPopen_pyramidal * nonneg(state.pyramidal_rate_rel));
}

NmdaCounts nmda_counts(const sim::State& state, int total) {
    NmdaCounts c;
    c.total = total;
    const int blocked = rounded(clamp01(state.nmda_block_pyramidal) * total, 0, total);
    c.trapped = rounded(closed_share_of_block(state) * blocked, 0, blocked);
    c.ketamine_open = blocked - c.trapped;
    c.free = total - blocked;
    return c;
}

GatingOdds nmda_gating(const sim::State& state, const NmdaCounts& counts) {
    GatingOdds g;
    if (counts.free <= 0) return g;
    const double free_fraction = static_cast<double>(counts.free) / counts.total;
    g.mg_blocked = clamp01(clamp01(state.nmda_mg_blocked) / free_fraction);
    // Opening needs glutamate and depolarisation: about one free receptor in ten at baseline.
    g.open =
        std::min(1.0 - g.mg_blocked, 0.1 * nonneg(state.glutamate_rel) * std::sqrt(nonneg(state.pyramidal_rate_rel)));
    g.open = std::max(0.0, g.open);
    return g;
}

std::vector<int> block_order(std::uint64_t seed, int total) {
    std::vector<int> order(static_cast<std::size_t>(std::max(0, total)));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [seed](int a, int b) {
        return hash3(seed, 0x626c6f636b, static_cast<std::uint64_t>(a)) <
               hash3(seed, 0x626c6f636b, static_cast<std::uint64_t>(b));
    });
    return order;
}

int glutamate_molecules(const sim::State& state) {
    return rounded(kGlutamatePerRel * nonneg(state.glutamate_rel), 0, kGlutamateMax);
}

int ketamine_molecules_tissue(const sim::State& state) {
    return rounded(kKetaminePerUM * nonneg(state.effect_site_uM), 0, kKetamineMax);
}

int ketamine_molecules_vessel(const sim::State& state) {
    return rounded(kVesselKetaminePerUM * nonneg(state.plasma_uM), 0, kKetamineMax);
}

int active_ampa(const sim::State& state, int total) {
    return rounded(total * std::min(1.0, 0.25 * nonneg(state.ampa_activation_rel)), 0, total);
}

int bdnf_dimers(const sim::State& state) { return rounded(kBdnfPerRel * nonneg(state.bdnf_rel), 0, kBdnfMax); }

int active_trkb(const sim::State& state, int total) {
    return rounded(total * std::min(1.0, 0.25 * nonneg(state.bdnf_rel)), 0, total);
}

int new_proteins(const sim::State& state) {
    return rounded(kProteinsPerRel * nonneg(state.synaptic_protein_rel), 0, kProteinsMax);
}

float mtor_glow(const sim::State& state) {
    return static_cast<float>(std::min(1.0, 0.25 * nonneg(state.mtor_phospho_rel)));
}

double spine_count_at(double density_rel) {
    return std::clamp(kSpinesAtHealthyDensity * nonneg(density_rel), 0.0, static_cast<double>(kSpineSlots));
}

double spine_count(const sim::State& state) { return spine_count_at(state.spine_density_rel); }

double interneuron_rate_hz(const sim::State& state) {
    return kInterneuronBaseRate_hz * std::min(6.0, nonneg(state.interneuron_rate_rel));
}

double pyramidal_rate_hz(const sim::State& state) {
    return kPyramidalBaseRate_hz * std::min(6.0, nonneg(state.pyramidal_rate_rel));
}

std::vector<double> spike_times(std::uint64_t key, double rate_hz, double t0_s, double t1_s) {
    std::vector<double> times;
    if (!(t1_s > t0_s) || !(rate_hz > 0.0)) return times;
    const auto first = static_cast<std::int64_t>(std::floor(t0_s / kSpikeBin_s));
    const auto last = static_cast<std::int64_t>(std::floor(t1_s / kSpikeBin_s));
    for (std::int64_t bin = first; bin <= last; ++bin) {
        const double t = (static_cast<double>(bin) + 0.5) * kSpikeBin_s;
        if (t < t0_s || t >= t1_s) continue;
        if (poisson_event(key, bin, kSpikeBin_s, rate_hz)) times.push_back(t);
    }
    return times;
}

}  // namespace scene::mapping
