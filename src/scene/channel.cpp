// The single-channel Markov chain of the receptor view: rates from the model's fractions, simulated per epoch.
#include "scene/channel.hpp"

#include <algorithm>
#include <cmath>

#include "scene/mapping.hpp"
#include "scene/random.hpp"
#include "sim/constants.hpp"
#include "sim/receptor.hpp"

namespace scene::channel {
namespace {

double clamp01(double x) { return std::isfinite(x) ? std::clamp(x, 0.0, 1.0) : 0.0; }
double nonneg(double x) { return std::isfinite(x) ? std::max(0.0, x) : 0.0; }

constexpr NmdaState kAll[kStates] = {NmdaState::closed, NmdaState::open, NmdaState::mg_blocked,
                                     NmdaState::ketamine_open, NmdaState::trapped};

/// The steps the receptor can take (both directions): gating, Mg2+ in the open or closed pore,
/// ketamine in and out of the open pore, and trapping by closure.
bool allowed(NmdaState a, NmdaState b) {
    using S = NmdaState;
    const auto pair = [&](S x, S y) { return (a == x && b == y) || (a == y && b == x); };
    return pair(S::closed, S::open) || pair(S::open, S::mg_blocked) || pair(S::closed, S::mg_blocked) ||
           pair(S::open, S::ketamine_open) || pair(S::ketamine_open, S::trapped);
}

enum Stream : std::uint64_t { s_start = 0x6368616e, s_dwell, s_pick };

NmdaState draw_from(const std::array<double, kStates>& pi, float u) {
    double acc = 0.0;
    for (int k = 0; k < kStates; ++k) {
        acc += pi[static_cast<std::size_t>(k)];
        if (u < acc && pi[static_cast<std::size_t>(k)] > 0.0) return kAll[k];
    }
    for (int k = kStates - 1; k >= 0; --k)
        if (pi[static_cast<std::size_t>(k)] > 0.0) return kAll[k];
    return NmdaState::closed;
}

}  // namespace

std::array<double, kStates> model_fractions(const sim::State& state, Population population, double magnesium_mM) {
    const bool interneuron = population == Population::interneuron;
    const double block = clamp01(interneuron ? state.nmda_block_interneuron : state.nmda_block_pyramidal);
    const double interneuron_popen = clamp01(sim::k::kPopen_interneuron * nonneg(state.interneuron_rate_rel));
    const double closed_share = interneuron ? 1.0 - interneuron_popen : mapping::closed_share_of_block(state);
    const double trapped = block * closed_share;
    const double free = 1.0 - block;
    const double k_mg_mM = interneuron ? sim::k::kKMg_interneuron_mM : sim::k::kKMg_pyramidal_mM;
    const double mg = std::min(clamp01(sim::mg_blocked_fraction(block, nonneg(magnesium_mM), k_mg_mM)), free);
    // Pyramidal as mapping::nmda_gating: about one free receptor in ten is open at baseline glutamate and firing.
    const double open_of_free = interneuron
                                    ? interneuron_popen
                                    : 0.1 * nonneg(state.glutamate_rel) * std::sqrt(nonneg(state.pyramidal_rate_rel));
    const double open = std::clamp(free * open_of_free, 0.0, free - mg);
    std::array<double, kStates> f{};
    f[index_of(NmdaState::closed)] = std::max(0.0, free - mg - open);
    f[index_of(NmdaState::open)] = open;
    f[index_of(NmdaState::mg_blocked)] = mg;
    f[index_of(NmdaState::ketamine_open)] = block - trapped;
    f[index_of(NmdaState::trapped)] = trapped;
    return f;
}

double transition_rate_hz(const std::array<double, kStates>& pi, NmdaState a, NmdaState b) {
    const double pa = pi[static_cast<std::size_t>(index_of(a))], pb = pi[static_cast<std::size_t>(index_of(b))];
    if (a == b || !allowed(a, b) || !(pa > 0.0) || !(pb > 0.0)) return 0.0;
    return kStepRate_hz * std::sqrt(pb / pa);
}

Moment channel_at(const std::array<double, kStates>& pi, std::uint64_t seed, double anim_s) {
    const double t = std::isfinite(anim_s) ? anim_s : 0.0;
    const double epoch = std::floor(t / kEpoch_s);
    const std::uint64_t key = hash3(seed, s_start, static_cast<std::uint64_t>(static_cast<std::int64_t>(epoch)));
    Moment m;
    m.state = m.previous = draw_from(pi, unit(key, s_start, 0));
    m.ketamine_entry = key;
    double clock = epoch * kEpoch_s, last_step = clock - 1e9;
    for (std::uint64_t step = 0; step < 10000; ++step) {
        std::array<double, kStates> rates{};
        double total = 0.0;
        for (int k = 0; k < kStates; ++k)
            total += rates[static_cast<std::size_t>(k)] = transition_rate_hz(pi, m.state, kAll[k]);
        if (!(total > 0.0)) break;
        const double u = std::max(1e-12, static_cast<double>(unit(key, s_dwell, step)));
        const double next = clock - std::log(u) / total;
        if (next > t) break;
        const double pick = static_cast<double>(unit(key, s_pick, step)) * total;
        double acc = 0.0;
        NmdaState to = m.state;
        for (int k = 0; k < kStates; ++k) {
            acc += rates[static_cast<std::size_t>(k)];
            if (rates[static_cast<std::size_t>(k)] > 0.0 && pick < acc) {
                to = kAll[k];
                break;
            }
        }
        if (to == NmdaState::ketamine_open && m.state == NmdaState::open) m.ketamine_entry = hash3(key, s_pick, step);
        m.previous = m.state;
        m.state = to;
        clock = last_step = next;
    }
    m.since_s = t - last_step;
    return m;
}

}  // namespace scene::channel
