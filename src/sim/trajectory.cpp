// Trajectory sampling: linear interpolation between the fixed-grid samples.
#include "sim/trajectory.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace sim {
namespace {
double lerp(double a, double b, double f) { return a + (b - a) * f; }

State interpolate(const State& a, const State& b, double f) {
    State s = a;
    s.time_h = lerp(a.time_h, b.time_h, f);
    s.plasma_ng_per_ml = lerp(a.plasma_ng_per_ml, b.plasma_ng_per_ml, f);
    s.plasma_uM = lerp(a.plasma_uM, b.plasma_uM, f);
    s.effect_site_uM = lerp(a.effect_site_uM, b.effect_site_uM, f);
    s.nmda_block_interneuron = lerp(a.nmda_block_interneuron, b.nmda_block_interneuron, f);
    s.nmda_block_pyramidal = lerp(a.nmda_block_pyramidal, b.nmda_block_pyramidal, f);
    s.nmda_trapped = lerp(a.nmda_trapped, b.nmda_trapped, f);
    s.nmda_mg_blocked = lerp(a.nmda_mg_blocked, b.nmda_mg_blocked, f);
    s.interneuron_rate_rel = lerp(a.interneuron_rate_rel, b.interneuron_rate_rel, f);
    s.pyramidal_rate_rel = lerp(a.pyramidal_rate_rel, b.pyramidal_rate_rel, f);
    s.glutamate_rel = lerp(a.glutamate_rel, b.glutamate_rel, f);
    s.ampa_activation_rel = lerp(a.ampa_activation_rel, b.ampa_activation_rel, f);
    s.bdnf_rel = lerp(a.bdnf_rel, b.bdnf_rel, f);
    s.mtor_phospho_rel = lerp(a.mtor_phospho_rel, b.mtor_phospho_rel, f);
    s.synaptic_protein_rel = lerp(a.synaptic_protein_rel, b.synaptic_protein_rel, f);
    s.spine_density_rel = lerp(a.spine_density_rel, b.spine_density_rel, f);
    s.clinical_effect = lerp(a.clinical_effect, b.clinical_effect, f);
    s.dissociation = lerp(a.dissociation, b.dissociation, f);
    s.bp_change_mmHg = lerp(a.bp_change_mmHg, b.bp_change_mmHg, f);
    return s;
}
}  // namespace

Trajectory::Trajectory(double step_h, std::vector<State> samples) : step_h_(step_h), samples_(std::move(samples)) {}

double Trajectory::duration_h() const { return samples_.empty() ? 0.0 : samples_.back().time_h; }

State Trajectory::at(double t_h) const {
    if (samples_.empty()) return State{};
    if (!(t_h > samples_.front().time_h)) return samples_.front();  // also catches NaN
    if (t_h >= samples_.back().time_h) return samples_.back();
    const double pos = (t_h - samples_.front().time_h) / step_h_;
    const auto i = std::min(static_cast<std::size_t>(pos), samples_.size() - 2);
    return interpolate(samples_[i], samples_[i + 1], std::clamp(pos - static_cast<double>(i), 0.0, 1.0));
}

}  // namespace sim
