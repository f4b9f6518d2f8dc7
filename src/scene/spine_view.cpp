// Spine view: a dendrite whose spines are counted from the model's spine density; new ones grow and mature.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "scene/mapping.hpp"
#include "scene/random.hpp"
#include "scene/views.hpp"

namespace scene {
namespace {

constexpr float kDendriteRadius = 1.0f;
constexpr float kSegmentLeft = -8.7f;  ///< spines sit within x in [kSegmentLeft, kSegmentRight]; the label left of them
constexpr float kSegmentRight = 10.2f;

enum Stream : std::uint64_t { s_rank = 41, s_kind, s_tilt, s_prot, s_axon };

enum class SpineKind { mushroom, thin, stubby };

struct SpineShape {
    float neck_len, neck_radius, head_radius;
};

SpineShape shape_of(SpineKind kind) {
    switch (kind) {
        case SpineKind::mushroom: return {2.2f, 0.2f, 0.82f};
        case SpineKind::thin: return {2.8f, 0.15f, 0.5f};
        case SpineKind::stubby: return {1.1f, 0.42f, 0.7f};
    }
    return {1.5f, 0.15f, 0.5f};
}

/// Slots in the order spines fill them (a fixed, scattered order per seed).
std::vector<int> fill_order(std::uint64_t seed) {
    std::vector<int> order(mapping::kSpineSlots);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [seed](int a, int b) {
        return hash3(seed, s_rank, static_cast<std::uint64_t>(a)) < hash3(seed, s_rank, static_cast<std::uint64_t>(b));
    });
    return order;
}

struct Slot {
    glm::vec2 base;       ///< where the neck leaves the dendrite
    glm::vec2 direction;  ///< unit, away from the dendrite
    SpineKind kind;
};

Slot slot_geometry(std::uint64_t seed, int slot) {
    const int n = mapping::kSpineSlots;
    const float x = kSegmentLeft +
                    (kSegmentRight - kSegmentLeft) * (static_cast<float>(slot) + 0.5f) / static_cast<float>(n) +
                    uniform(seed, s_tilt, slot + 77, -0.15f, 0.15f);
    const float side = slot % 2 == 0 ? 1.0f : -1.0f;
    const float tilt = uniform(seed, s_tilt, slot, -0.28f, 0.28f);
    const glm::vec2 dir{std::sin(tilt), side * std::cos(tilt)};
    const float u = unit(seed, s_kind, slot);
    const SpineKind kind = u < 0.5f ? SpineKind::mushroom : u < 0.8f ? SpineKind::thin : SpineKind::stubby;
    return {{x, side * kDendriteRadius}, dir, kind};
}

Rgba dendrite_fill(const Palette& c) { return mix(c.background, c.pyramidal, 0.42f); }

void draw_spine(Painter& p, const Slot& slot, float growth, Rgba fill, Rgba edge, Tag tag, bool bouton) {
    SpineShape sh = shape_of(slot.kind);
    // Growing spines start as thin filopodia and swell a head as they mature.
    const float len = sh.neck_len * std::pow(std::clamp(growth, 0.0f, 1.0f), 0.6f);
    const float head = sh.head_radius * std::clamp((growth - 0.35f) / 0.65f, 0.0f, 1.0f);
    const float neck_r = growth < 1.0f ? std::min(sh.neck_radius, 0.13f) : sh.neck_radius;
    const glm::vec2 tip = slot.base + slot.direction * (0.1f + len);
    // The neck starts just inside the dendrite's membrane, so the two read as one surface.
    p.rod(slot.base - slot.direction * 0.12f, tip, neck_r, mix(fill, edge, 0.25f));
    Instance& h = p.ellipse(tip + slot.direction * head * 0.6f,
                            {std::max(head, neck_r * 1.3f), std::max(head * 0.85f, neck_r * 1.3f)},
                            std::atan2(slot.direction.y, slot.direction.x), fill, tag);
    h.outline_px = 1.6f * p.stroke;
    h.outline = edge;
    if (!bouton) return;
    // A presynaptic bouton on the head of a mature spine: a synapse.
    const glm::vec2 b = tip + slot.direction * (head * 1.45f + 0.5f);
    Instance& bt = p.circle(b, 0.5f, mix(p.pal.background, p.pal.vesicle, 0.85f));
    bt.outline_px = 1.2f * p.stroke;
    bt.outline = with_alpha(p.pal.membrane, 0.8f);
}

void axons(Painter& p) {
    const Rgba c = mix(p.pal.background, p.pal.vesicle, 0.35f);
    for (int k = 0; k < 5; ++k) {
        const float x = -9.0f + 4.5f * static_cast<float>(k) + uniform(p.seed, s_axon, k, -0.8f, 0.8f);
        const float lean = uniform(p.seed, s_axon, k + 10, -2.5f, 2.5f);
        p.curve(bezier({x - lean, 10.5f}, {x - 0.3f * lean, 4.0f}, {x + 0.3f * lean, -4.0f}, {x + lean, -10.5f}, 12),
                2.0f, c);
    }
}

void dendrite(Painter& p) {
    p.rod({-12.5f, 0.0f}, {12.5f, 0.0f}, kDendriteRadius, dendrite_fill(p.pal), 2.5f, p.pal.pyramidal);
}

void dendrite_proteins(Painter& p, const sim::State& s) {
    const Palette& c = p.pal;
    // Synaptic proteins made locally travel along the dendrite into the spines.
    const int n = std::min(30, static_cast<int>(std::lround(6.0 * std::max(0.0, s.synaptic_protein_rel))));
    for (int i = 0; i < n; ++i) {
        const double speed = 0.35 + 0.25 * unit(p.seed, s_prot, i);
        const float u = static_cast<float>(std::fmod(p.anim_s * speed / 22.0 + unit(p.seed, s_prot, i + 40), 1.0));
        const glm::vec2 walk = wander(hash3(p.seed, s_prot, i + 80), p.anim_s, 0.3f, 1.5);
        Instance& q = p.box({-11.0f + 22.0f * u, std::clamp(walk.y * 1.6f, -0.7f, 0.7f)}, {0.14f, 0.14f}, 0.04f,
                            c.protein, Tag::protein);
        q.rotation_rad = walk.x * 3.0f;
    }
}

void spines(Painter& p, const sim::State& s) {
    const Palette& c = p.pal;
    const double count = mapping::spine_count(s);
    const double baseline = mapping::spine_count_at(p.options.baseline_spine_density_rel);
    const double healthy = mapping::spine_count_at(1.0);
    const std::vector<int> order = fill_order(p.seed);
    const Rgba old_fill = mix(c.background, c.pyramidal, 0.62f);
    for (int rank = 0; rank < mapping::kSpineSlots; ++rank) {
        const Slot slot = slot_geometry(p.seed, order[static_cast<std::size_t>(rank)]);
        const double growth = std::clamp(count - rank, 0.0, 1.0);
        if (growth <= 0.02) {
            if (rank < static_cast<int>(std::lround(healthy)))  // a spine the healthy dendrite would carry
                draw_spine(p, slot, 1.0f, c.spine_ghost, with_alpha(c.ink_soft, 0.0f), Tag::spine_lost, false);
            continue;
        }
        const bool is_new = rank + 0.5 >= baseline;
        const Rgba fill = is_new ? mix(c.background, c.spine_new, 0.8f) : old_fill;
        const Rgba edge = is_new ? c.spine_new : c.pyramidal;
        const Tag tag = growth < 1.0 ? Tag::spine_growing : is_new ? Tag::spine_new : Tag::spine;
        draw_spine(p, slot, static_cast<float>(growth), fill, edge, tag, growth >= 1.0);
    }
}

void labels(Painter& p, const sim::State& s) {
    const double count = mapping::spine_count(s);
    const double baseline = mapping::spine_count_at(p.options.baseline_spine_density_rel);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%d spines on this segment (healthy: %d)",
                  static_cast<int>(std::floor(count + 0.02)), mapping::kSpinesAtHealthyDensity);
    p.label({0.0f, -7.4f}, buf, 16.0f, Align::center, true);
    if (!p.options.labels) return;
    p.label({-11.9f, 2.1f}, "Dendrite of a\npyramidal neuron", 15.0f, Align::left, true);
    const int new_spines =
        std::max(0, static_cast<int>(std::floor(count + 0.02)) - static_cast<int>(std::lround(baseline)));
    if (new_spines > 0) {
        std::snprintf(buf, sizeof buf, "%d new spine%s since the dose", new_spines, new_spines == 1 ? "" : "s");
        p.label({0.0f, -8.15f}, buf, 14.0f, Align::center).color = p.pal.spine_new;
    }
}

}  // namespace

void build_spine(Painter& p, const sim::State& s) {
    p.use_backdrop(true);
    axons(p);
    dendrite(p);
    p.use_backdrop(false);
    spines(p, s);
    dendrite_proteins(p, s);
    labels(p, s);
}

}  // namespace scene
