// Synapse view: terminal with vesicles, cleft with glutamate and ketamine, receptors, BDNF/TrkB, mTORC1.
#include <algorithm>
#include <cmath>

#include "scene/glyphs.hpp"
#include "scene/mapping.hpp"
#include "scene/random.hpp"
#include "scene/views.hpp"

namespace scene {
namespace {

// Geometry, world units.
constexpr float kMembraneY = -1.8f;   ///< postsynaptic membrane (top of the spine head)
constexpr float kActiveZoneY = 1.8f;  ///< presynaptic membrane facing the cleft
constexpr float kReceptorSpacing = 0.82f;
constexpr int kReceptorSlots = 15;  ///< 10 NMDA + 5 AMPA, AMPA in every third slot
constexpr float kReceptorScale = 0.75f;
constexpr float kVesicleRadius = 0.6f;
const glm::vec2 kMtor{0.0f, -4.9f};
const glm::vec2 kSynthesis{0.0f, -8.1f};

// Streams for the hashes.
enum Stream : std::uint64_t { s_glu = 1, s_ket, s_gate, s_ampa, s_ves, s_fuse, s_bdnf, s_prot, s_pool };

float smooth(float e0, float e1, float x) {
    const float t = std::clamp((x - e0) / (e1 - e0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

/// Alpha of a particle through its life: fades in, lives, fades out.
float life_alpha(float age) { return smooth(0.0f, 0.06f, age) * (1.0f - smooth(0.86f, 1.0f, age)); }

float receptor_x(int slot) {
    return (static_cast<float>(slot) - 0.5f * static_cast<float>(kReceptorSlots - 1)) * kReceptorSpacing;
}

bool is_ampa_slot(int slot) { return slot % 3 == 1; }

const float kDockedX[] = {-4.6f, -1.6f, 1.6f, 4.6f};

void cells(Painter& p) {
    const Palette& c = p.pal;
    const float edge_px = 3.0f * p.stroke;
    // Presynaptic terminal (axon bouton) with its flat active zone.
    Instance& pre = p.box({0.0f, 6.6f}, {8.0f, 4.8f}, 2.2f, c.cytoplasm_pre);
    pre.outline_px = edge_px;
    pre.outline = c.membrane;
    // Postsynaptic spine: neck then head, the joint patched so no membrane line crosses it.
    p.rod({0.0f, -8.0f}, {0.0f, -12.5f}, 2.6f, c.cytoplasm_post, 3.0f, c.membrane);
    Instance& head = p.box({0.0f, -5.6f}, {7.8f, 3.8f}, 1.8f, c.cytoplasm_post);
    head.outline_px = edge_px;
    head.outline = c.membrane;
    p.rod({0.0f, -8.6f}, {0.0f, -12.5f}, 2.6f - p.world(edge_px), c.cytoplasm_post);
    // Postsynaptic density under the receptors.
    p.box({0.0f, kMembraneY - 0.62f}, {6.2f, 0.24f}, 0.2f, with_alpha(c.psd, 0.9f));
}

void vesicle(Painter& p, glm::vec2 c, float alpha) {
    Instance& v = p.circle(c, kVesicleRadius, with_alpha(p.pal.vesicle, 0.22f * alpha), Tag::vesicle);
    v.outline_px = 2.0f * p.stroke;
    v.outline = with_alpha(p.pal.membrane, alpha);
    for (int k = 0; k < 3; ++k) {
        const float a = 2.1f * static_cast<float>(k) + 0.4f;
        p.circle(c + 0.27f * glm::vec2{std::cos(a), std::sin(a)}, 0.11f, with_alpha(p.pal.glutamate, alpha));
    }
}

/// Reserve pool: a jittered grid in the upper terminal (static, part of the cached backdrop).
void vesicle_pool(Painter& p) {
    int k = 0;
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 5; ++col, ++k) {
            if (row == 2 && (col == 0 || col == 4)) continue;
            const float x = -5.2f + 2.6f * static_cast<float>(col) + uniform(p.seed, s_pool, k, -0.5f, 0.5f);
            const float y = 3.9f + 1.55f * static_cast<float>(row) + uniform(p.seed, s_pool, k + 100, -0.3f, 0.3f);
            vesicle(p, {x, y}, 1.0f);
        }
    }
}

void docked_vesicles(Painter& p, const sim::State& s) {
    // Docked vesicles fuse with the membrane at a rate that follows pyramidal firing.
    const double rate = 0.35 * mapping::pyramidal_rate_hz(s);
    for (int d = 0; d < 4; ++d) {
        const auto events = mapping::spike_times(hash3(p.seed, s_fuse, d), rate, p.anim_s - 0.9, p.anim_s + 1e-9);
        const float since = events.empty() ? 9.0f : static_cast<float>(p.anim_s - events.back());
        const float fuse = since < 0.9f ? since / 0.9f : 0.0f;  // 0..1 through a fusion
        const glm::vec2 dock{kDockedX[d], kActiveZoneY + 0.75f};
        if (fuse > 0.0f) {
            p.glow({dock.x, kActiveZoneY - 0.2f}, 1.3f, with_alpha(p.pal.glutamate, 0.9f * (1.0f - fuse)));
            p.glow({dock.x, kActiveZoneY - 0.2f}, 0.5f, with_alpha(p.pal.spike, 0.9f * (1.0f - fuse)));
            vesicle(p, dock + glm::vec2{0.0f, -0.55f * smooth(0.0f, 0.4f, fuse)}, 1.0f - smooth(0.2f, 0.7f, fuse));
        } else {
            vesicle(p, dock, 1.0f);
        }
    }
}

void glutamate(Painter& p, const sim::State& s) {
    const int n = mapping::glutamate_molecules(s);
    const float outline = 1.0f * p.stroke;
    for (int i = 0; i < n; ++i) {
        const double life_s = 4.0 + 2.0 * unit(p.seed, s_glu, i);
        const double x = p.anim_s / life_s + unit(p.seed, s_glu, i + 1000);
        const double cycle = std::floor(x);
        const float age = static_cast<float>(x - cycle);
        const std::uint64_t key =
            hash3(p.seed, s_glu + 100, static_cast<std::uint64_t>(i) * 1000003ull + static_cast<std::uint64_t>(cycle));
        const glm::vec2 birth{kDockedX[key % 4] + uniform(key, 1, 0, -0.6f, 0.6f), kActiveZoneY - 0.3f};
        const glm::vec2 walk = wander(key, age * life_s, 3.0f, 1.7) - wander(key, 0.0, 3.0f, 1.7);
        const glm::vec2 at{reflect_into(birth.x + 1.6f * walk.x, -8.9f, 8.9f),
                           reflect_into(birth.y + 0.7f * walk.y, kMembraneY + 0.75f, kActiveZoneY - 0.2f)};
        Glyph g = place(glutamate_glyph(p.pal, outline), at, 1.0f);
        fade(g, life_alpha(age));
        append(p.shapes(), g);
    }
}

void ketamine(Painter& p, const sim::State& s) {
    const int n = mapping::ketamine_molecules_tissue(s);
    const float outline = 1.1f * p.stroke;
    for (int i = 0; i < n; ++i) {
        const std::uint64_t key = hash3(p.seed, s_ket, i);
        const glm::vec2 base{uniform(key, 1, 0, -9.0f, 9.0f), uniform(key, 2, 0, -1.0f, 1.4f)};
        const glm::vec2 walk = wander(key, p.anim_s, 2.5f, 2.4);
        const glm::vec2 at{reflect_into(base.x + 1.5f * walk.x, -9.6f, 9.6f),
                           reflect_into(base.y + 0.6f * walk.y, kMembraneY + 0.85f, kActiveZoneY - 0.25f)};
        append(p.shapes(), place(ketamine_glyph(p.pal, outline), at, 1.25f, 0.4f * walk.x));
    }
}

/// The state of each NMDA receptor (index among the NMDA receptors) at this moment.
std::vector<NmdaState> nmda_states(const Painter& p, const sim::State& s, int total) {
    const mapping::NmdaCounts counts = mapping::nmda_counts(s, total);
    const mapping::GatingOdds odds = mapping::nmda_gating(s, counts);
    const std::vector<int> order = mapping::block_order(p.seed, total);
    std::vector<NmdaState> states(static_cast<std::size_t>(total), NmdaState::closed);
    for (int r = 0; r < total; ++r) {
        const int i = order[static_cast<std::size_t>(r)];
        if (r < counts.trapped) {
            states[static_cast<std::size_t>(i)] = NmdaState::trapped;
        } else if (r < counts.blocked()) {
            states[static_cast<std::size_t>(i)] = NmdaState::ketamine_open;
        } else {
            // Free receptors cycle Mg2+-blocked -> open -> closed, out of step with each other.
            const float phase = static_cast<float>(r - counts.blocked()) / static_cast<float>(std::max(1, counts.free));
            const double u = std::fmod(p.anim_s / 3.2 + phase, 1.0);
            states[static_cast<std::size_t>(i)] = u < odds.mg_blocked               ? NmdaState::mg_blocked
                                                  : u < odds.mg_blocked + odds.open ? NmdaState::open
                                                                                    : NmdaState::closed;
        }
    }
    return states;
}

void receptors(Painter& p, const sim::State& s) {
    const int nmda_total = mapping::kNmdaReceptors, ampa_total = mapping::kAmpaReceptors;
    const std::vector<NmdaState> states = nmda_states(p, s, nmda_total);
    const int active = mapping::active_ampa(s, ampa_total);
    const float outline = 1.0f * p.stroke;
    int nmda = 0, ampa = 0;
    for (int slot = 0; slot < kReceptorSlots; ++slot) {
        const glm::vec2 at{receptor_x(slot), kMembraneY};
        const float flow = static_cast<float>(std::fmod(p.anim_s * 1.3 + 0.37 * slot, 1.0));
        if (is_ampa_slot(slot) && ampa < ampa_total) {
            const double u = std::fmod(p.anim_s / 2.4 + static_cast<double>(ampa) / ampa_total, 1.0);
            const bool on = u < static_cast<double>(active) / ampa_total;
            append(p.shapes(), place(ampa_glyph(on, p.pal, flow, outline), at, kReceptorScale));
            ++ampa;
        } else if (nmda < nmda_total) {
            append(p.shapes(),
                   place(nmda_glyph(states[static_cast<std::size_t>(nmda)], p.pal, flow, outline), at, kReceptorScale));
            ++nmda;
        }
    }
}

glm::vec2 trkb_anchor(int k) {
    const float side = k % 2 == 0 ? -1.0f : 1.0f;
    return {side * 7.8f, k < 2 ? -4.3f : -6.9f};
}

void bdnf_trkb(Painter& p, const sim::State& s) {
    const int total = mapping::kTrkbReceptors, active = mapping::active_trkb(s, total);
    const float outline = 1.0f * p.stroke;
    for (int k = 0; k < total; ++k) {
        const glm::vec2 at = trkb_anchor(k);
        const float rot = at.x < 0.0f ? 1.5707963f : -1.5707963f;  // arms point out of the spine
        append(p.shapes(), place(trkb_glyph(k < active, p.pal, outline), at, 0.9f, rot));
    }
    const int n = mapping::bdnf_dimers(s);
    for (int i = 0; i < n; ++i) {
        const std::uint64_t key = hash3(p.seed, s_bdnf, i);
        const float side = i % 2 == 0 ? -1.0f : 1.0f;
        const glm::vec2 walk = wander(key, p.anim_s, 1.2f, 3.0);
        const glm::vec2 at{side * reflect_into(9.0f + walk.x, 8.6f, 9.7f),
                           reflect_into(uniform(key, 1, 0, -8.5f, -3.0f) + 2.0f * walk.y, -9.0f, -2.6f)};
        append(p.shapes(), place(bdnf_glyph(p.pal, outline), at, 1.0f, walk.y));
    }
}

Rgba node_fill(const Palette& c) { return with_alpha(mix(c.cytoplasm_post, c.ink_soft, 0.18f), 0.95f); }

/// The mTORC1 node glows with phospho-mTOR (per frame, over the static pathway).
void mtor_node(Painter& p, const sim::State& s) {
    const Palette& c = p.pal;
    const float glow = mapping::mtor_glow(s);
    Instance& g = p.glow(kMtor, 2.8f, with_alpha(c.mtor, 0.15f + 0.75f * glow));
    g.tag = Tag::mtor;
    p.node(kMtor, "mTORC1", c.mtor, with_alpha(mix(c.cytoplasm_post, c.mtor, 0.15f + 0.35f * glow), 0.95f), false,
           14.0f);
}

/// The signalling pathway drawn as boxes and arrows (static).
void pathway(Painter& p) {
    const Palette& c = p.pal;
    const Rgba fill = node_fill(c);
    const Rgba arrow = with_alpha(c.ink, 0.75f);
    const float w = 2.2f;
    // Established: AMPA -> BDNF release -> TrkB -> mTORC1 -> protein synthesis.
    p.arrow({3.1f, kMembraneY - 0.95f}, {4.4f, -6.0f}, w, arrow);
    p.arrow({6.3f, -6.9f}, {7.0f, -6.9f}, w, arrow);
    p.arrow({-7.0f, -4.4f}, {-1.5f, -4.85f}, w, arrow);
    p.arrow({7.0f, -4.4f}, {1.5f, -4.85f}, w, arrow);
    p.arrow(kMtor + glm::vec2{0.0f, -0.6f}, kSynthesis + glm::vec2{0.0f, 0.6f}, w, arrow);
    // Contested: blockade at rest -> eEF2K off -> BDNF translation (Autry 2011).
    p.arrow({-3.1f, kMembraneY - 0.95f}, {-4.4f, -6.0f}, w, with_alpha(c.contested, 0.9f), true);
    p.arrow({-6.3f, -6.9f}, {-7.0f, -6.9f}, w, with_alpha(c.contested, 0.9f), true);
    p.node({-4.5f, -6.9f}, "Blockade at rest:\neEF2K off \u2192 BDNF", c.contested, fill, true, 12.5f);
    p.node({4.5f, -6.9f}, "AMPA \u2192 Ca\u00b2\u207a\n\u2192 BDNF release", c.ink_soft, fill, false, 12.5f);
    p.node(kSynthesis, "Protein synthesis", c.ink_soft, fill, false, 12.5f);
}

void proteins(Painter& p, const sim::State& s) {
    const Palette& c = p.pal;
    // New synaptic proteins travel from the synthesis site up to the synapse.
    const int n = mapping::new_proteins(s);
    for (int i = 0; i < n; ++i) {
        const double life_s = 5.0 + 1.5 * unit(p.seed, s_prot, i);
        const double x = p.anim_s / life_s + unit(p.seed, s_prot, i + 500);
        const float age = static_cast<float>(x - std::floor(x));
        const std::uint64_t key = hash3(
            p.seed, s_prot + 50, static_cast<std::uint64_t>(i) * 7919ull + static_cast<std::uint64_t>(std::floor(x)));
        const glm::vec2 walk = wander(key, age * life_s, 0.5f, 1.5);
        const float side = uniform(key, 2, 0, -1.0f, 1.0f);
        const glm::vec2 at{2.8f * side + walk.x + (side > 0.0f ? 0.6f : -0.6f), -7.6f + 4.6f * age + 0.3f * walk.y};
        Instance& q = p.box(at, {0.16f, 0.16f}, 0.05f, with_alpha(c.protein, life_alpha(age)), Tag::protein);
        q.rotation_rad = walk.x;
    }
}

void labels(Painter& p) {
    if (!p.options.labels) return;
    const float sz = 15.0f;
    p.label({0.0f, 9.3f}, "Presynaptic terminal (axon of a pyramidal neuron)", sz, Align::center, true);
    p.callout({0.0f, 8.45f}, {2.6f * 0.5f, 7.5f}, "Synaptic vesicles, filled with glutamate", Align::center, sz);
    p.callout({-9.2f, 0.3f}, {-8.0f, 0.3f}, "Synaptic cleft", Align::right, sz);
    p.callout({-5.4f, -3.3f}, {receptor_x(2), kMembraneY - 0.55f}, "NMDA receptors", Align::center, sz);
    p.callout({5.4f, -3.3f}, {receptor_x(13), kMembraneY - 0.55f}, "AMPA receptors", Align::center, sz);
    p.callout({-9.2f, -2.9f}, {trkb_anchor(0).x - 0.5f, trkb_anchor(0).y + 0.3f}, "TrkB receptor\n+ BDNF", Align::right,
              sz);
    // Outside the head (and the BDNF drifting beside it), so large text cannot run into the boxes inside.
    p.callout({-10.2f, -9.0f}, {-7.3f, -8.9f}, "Postsynaptic spine", Align::right, sz);
}

}  // namespace

void build_synapse(Painter& p, const sim::State& s) {
    p.use_backdrop(true);
    cells(p);
    vesicle_pool(p);
    pathway(p);
    labels(p);
    p.use_backdrop(false);
    docked_vesicles(p, s);
    mtor_node(p, s);
    proteins(p, s);
    bdnf_trkb(p, s);
    receptors(p, s);
    glutamate(p, s);
    ketamine(p, s);
}

}  // namespace scene
