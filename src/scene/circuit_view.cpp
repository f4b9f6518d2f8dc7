// Circuit view: a GABA interneuron inhibiting a pyramidal neuron, spikes at the model's rates, ketamine from blood.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "scene/glyphs.hpp"
#include "scene/mapping.hpp"
#include "scene/random.hpp"
#include "scene/views.hpp"

namespace scene {
namespace {

constexpr float kVesselX = -8.6f;
constexpr float kVesselRadius = 1.25f;
constexpr double kTravel_s = 0.8;  ///< a spike's time from soma to terminal on screen
const glm::vec2 kInterSoma{-3.5f, 4.0f};
constexpr float kInterRadius = 1.0f;
const glm::vec2 kPyrSoma{2.0f, -1.4f};
const glm::vec2 kPyrHalf{1.5f, 1.7f};
const glm::vec2 kInhibBouton{0.55f, -1.55f};
const glm::vec2 kOutBouton{7.3f, -6.55f};
const glm::vec2 kInset{-4.9f, 7.9f};
const glm::vec2 kInsetHalf{2.1f, 1.45f};

enum Stream : std::uint64_t { s_rbc = 21, s_kv, s_kt, s_int, s_pyr, s_glu, s_gaba };

float smooth01(float x) {
    const float t = std::clamp(x, 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

std::vector<glm::vec2> inter_axon() {
    return bezier(kInterSoma + glm::vec2{0.7f, -0.75f}, {-0.6f, 1.6f}, {-1.6f, -0.4f}, kInhibBouton, 20);
}

std::vector<glm::vec2> pyr_axon() {
    auto a = bezier(kPyrSoma + glm::vec2{0.0f, -kPyrHalf.y}, {2.0f, -5.2f}, {4.0f, -6.7f}, kOutBouton, 20);
    return a;
}

void vessel_wall(Painter& p) {
    const Palette& c = p.pal;
    p.rod({kVesselX, -12.0f}, {kVesselX, 12.0f}, kVesselRadius, with_alpha(c.vessel, 0.16f), 2.5f,
          with_alpha(c.vessel, 0.85f));
}

void blood(Painter& p, const sim::State& s) {
    const Palette& c = p.pal;
    for (int i = 0; i < 9; ++i) {  // red blood cells drift down with the flow
        const float u = static_cast<float>(std::fmod(p.anim_s * 0.05 + unit(p.seed, s_rbc, i), 1.0));
        const float x = kVesselX + uniform(p.seed, s_rbc, i + 50, -0.55f, 0.55f);
        p.ellipse({x, 11.0f - 22.0f * u}, {0.5f, 0.26f}, 0.3f * std::sin(static_cast<float>(p.anim_s) * 0.7f + i),
                  with_alpha(c.blood_cell, 0.55f));
    }
    const float outline = 1.1f * p.stroke;
    const int in_blood = mapping::ketamine_molecules_vessel(s);
    for (int i = 0; i < in_blood; ++i) {
        const float u = static_cast<float>(std::fmod(p.anim_s * 0.07 + unit(p.seed, s_kv, i), 1.0));
        const glm::vec2 jiggle = wander(hash3(p.seed, s_kv, i + 99), p.anim_s, 0.25f, 1.5);
        const glm::vec2 at{kVesselX + uniform(p.seed, s_kv, i + 50, -0.8f, 0.8f) + jiggle.x, 11.0f - 22.0f * u};
        append(p.shapes(), place(ketamine_glyph(c, outline), at, 1.2f, jiggle.y));
    }
}

void tissue_ketamine(Painter& p, const sim::State& s) {
    const int n = mapping::ketamine_molecules_tissue(s);
    const float outline = 1.1f * p.stroke;
    for (int i = 0; i < n; ++i) {
        const std::uint64_t key = hash3(p.seed, s_kt, i);
        const float spread = unit(key, 1, 0);
        const glm::vec2 base{kVesselX + kVesselRadius + 0.4f + 17.0f * spread * spread,
                             uniform(key, 2, 0, -9.5f, 9.5f)};
        const glm::vec2 walk = wander(key, p.anim_s, 2.2f, 3.0);
        const glm::vec2 at{reflect_into(base.x + walk.x, kVesselX + kVesselRadius + 0.3f, 10.4f),
                           reflect_into(base.y + walk.y, -9.8f, 9.8f)};
        append(p.shapes(), place(ketamine_glyph(p.pal, outline), at, 1.2f, walk.x));
    }
}

void interneuron(Painter& p) {
    const Palette& c = p.pal;
    const Rgba edge = mix(c.interneuron, c.ink, 0.25f);
    // Dendrites, then the axon to the pyramidal soma.
    p.curve(bezier(kInterSoma, {-3.7f, 4.6f}, {-3.8f, 4.9f}, kInset + glm::vec2{1.0f, -2.75f}, 10), 5.0f,
            c.interneuron);
    p.curve(bezier(kInterSoma, {-2.0f, 5.6f}, {-1.6f, 6.4f}, {-1.2f, 7.2f}, 10), 4.5f, c.interneuron);
    p.curve(bezier(kInterSoma, {-4.6f, 3.6f}, {-5.2f, 3.0f}, {-6.1f, 2.4f}, 10), 4.0f, c.interneuron);
    p.curve(inter_axon(), 2.6f, c.interneuron);
    Instance& soma = p.circle(kInterSoma, kInterRadius, c.interneuron, Tag::soma_interneuron);
    soma.outline_px = 2.0f * p.stroke;
    soma.outline = edge;
    p.circle(kInterSoma + glm::vec2{0.1f, -0.05f}, 0.42f, mix(c.interneuron, c.background, 0.35f));
    Instance& bouton = p.circle(kInhibBouton, 0.36f, c.interneuron);
    bouton.outline_px = 1.5f * p.stroke;
    bouton.outline = edge;
}

void pyramidal(Painter& p) {
    const Palette& c = p.pal;
    const Rgba edge = mix(c.pyramidal, c.ink, 0.25f);
    const glm::vec2 apex = kPyrSoma + glm::vec2{0.0f, kPyrHalf.y};
    p.curve(bezier(apex, {2.2f, 3.5f}, {1.8f, 6.5f}, {2.3f, 10.5f}, 14), 7.0f, c.pyramidal);
    p.curve(bezier({2.05f, 3.6f}, {3.2f, 4.6f}, {4.2f, 5.6f}, {5.2f, 7.4f}, 8), 4.0f, c.pyramidal);
    p.curve(bezier({2.0f, 6.2f}, {1.2f, 7.0f}, {0.4f, 7.8f}, {-0.2f, 9.4f}, 8), 3.5f, c.pyramidal);
    p.curve(bezier(kPyrSoma + glm::vec2{-1.1f, -1.3f}, {-0.4f, -3.4f}, {-1.2f, -4.4f}, {-2.2f, -5.6f}, 8), 4.5f,
            c.pyramidal);
    p.curve(bezier(kPyrSoma + glm::vec2{1.1f, -1.3f}, {4.0f, -2.8f}, {4.8f, -3.4f}, {6.2f, -3.6f}, 8), 4.5f,
            c.pyramidal);
    p.curve(pyr_axon(), 2.6f, c.pyramidal);
    // Target: a dendrite of another neuron with one spine under the bouton.
    p.rod({9.2f, -9.8f}, {9.2f, -3.6f}, 0.32f, with_alpha(c.pyramidal, 0.45f));
    p.rod({9.2f, -6.55f}, {kOutBouton.x + 0.55f, -6.55f}, 0.12f, with_alpha(c.pyramidal, 0.45f));
    p.circle({kOutBouton.x + 0.62f, -6.55f}, 0.26f, with_alpha(c.pyramidal, 0.6f));
    Instance& soma = p.box(kPyrSoma, kPyrHalf, 0.0f, c.pyramidal, Tag::soma_pyramidal);
    soma.shape = Shape::triangle;
    soma.corner_radius = 0.35f;
    soma.outline_px = 2.0f * p.stroke;
    soma.outline = edge;
    p.circle(kPyrSoma + glm::vec2{0.0f, -0.35f}, 0.5f, mix(c.pyramidal, c.background, 0.35f));
    Instance& bouton = p.circle(kOutBouton, 0.4f, c.pyramidal);
    bouton.outline_px = 1.5f * p.stroke;
    bouton.outline = edge;
}

/// Spikes travelling along `path`, a flash of the soma, and a puff at the terminal on arrival.
void spikes(Painter& p, const std::vector<glm::vec2>& path, double rate_hz, std::uint64_t key, Tag tag, glm::vec2 soma,
            float soma_radius, Rgba puff) {
    const Palette& c = p.pal;
    const auto times = mapping::spike_times(key, rate_hz, p.anim_s - kTravel_s - 0.6, p.anim_s + 1e-9);
    for (double te : times) {
        const float age = static_cast<float>(p.anim_s - te);
        if (age < 0.25f) p.glow(soma, soma_radius * 2.4f, with_alpha(c.spike, 0.8f * (1.0f - age / 0.25f)));
        const float u = age / static_cast<float>(kTravel_s);
        if (u <= 1.0f) {
            const glm::vec2 at = along(path, u);
            p.glow(at, 0.7f, with_alpha(c.spike, 0.75f));
            p.circle(at, 0.16f, c.spike, tag);
        } else {
            const float v = (age - static_cast<float>(kTravel_s)) / 0.6f;  // 0..1 after arrival
            const glm::vec2 end = path.back();
            for (int k = 0; k < 5; ++k) {
                const float a = 1.2566f * static_cast<float>(k) + static_cast<float>(te);
                p.circle(end + (0.35f + 0.8f * v) * glm::vec2{std::cos(a), std::sin(a)}, 0.1f,
                         with_alpha(puff, 1.0f - smooth01(v)));
            }
        }
    }
}

void released_glutamate(Painter& p, const sim::State& s) {
    const int n = std::max(0, static_cast<int>(std::lround(6.0 * std::max(0.0, s.glutamate_rel))));
    const float outline = 1.0f * p.stroke;
    for (int i = 0; i < std::min(n, 30); ++i) {
        const std::uint64_t key = hash3(p.seed, s_glu, i);
        const glm::vec2 walk = wander(key, p.anim_s, 0.5f, 1.4);
        const glm::vec2 at{reflect_into(kOutBouton.x + 0.1f + walk.x, kOutBouton.x - 0.5f, kOutBouton.x + 0.9f),
                           reflect_into(-6.55f + 2.0f * walk.y, -7.4f, -5.7f)};
        Glyph g = place(glutamate_glyph(p.pal, outline), at, 0.8f);
        g.front().tag = Tag::none;  // the counted glutamate lives in the synapse view
        append(p.shapes(), g);
    }
}

/// A magnified patch of the interneuron's dendrite with its NMDA receptors.
void inset_lens(Painter& p) {
    const Palette& c = p.pal;

    // A magnifier: thin lines from the dendrite to a close-up window of its surface.
    const glm::vec2 spot = kInset + glm::vec2{1.0f, -2.75f};
    p.segment(spot, kInset + glm::vec2{-kInsetHalf.x, -kInsetHalf.y}, 1.0f, with_alpha(c.ink_soft, 0.7f));
    p.segment(spot, kInset + glm::vec2{kInsetHalf.x, -kInsetHalf.y}, 1.0f, with_alpha(c.ink_soft, 0.7f));
    p.circle(spot, 0.22f, Rgba{0.0f}).outline_px = 1.2f * p.stroke;
    p.shapes().back().outline = c.ink_soft;
    Instance& lens = p.box(kInset, kInsetHalf, 0.3f, mix(c.background, c.interneuron, 0.12f));
    lens.outline_px = 1.8f * p.stroke;
    lens.outline = c.ink_soft;
    // The dendrite's surface, seen close up: a membrane with the receptors standing in it.
    Instance& inside =
        p.box(kInset + glm::vec2{0.0f, -0.95f}, {kInsetHalf.x, 0.5f}, 0.3f, mix(c.background, c.interneuron, 0.45f));
    inside.outline_px = 1.8f * p.stroke;
    inside.outline = c.ink_soft;
}

void inset_receptors(Painter& p, const sim::State& s) {
    const Palette& c = p.pal;
    const int total = mapping::kInterneuronReceptors;
    const int blocked = static_cast<int>(std::lround(std::clamp(s.nmda_block_interneuron, 0.0, 1.0) * total));
    const std::vector<int> order = mapping::block_order(p.seed ^ 0x1234u, total);
    const float outline = 1.0f * p.stroke;
    for (int r = 0; r < total; ++r) {
        const int i = order[static_cast<std::size_t>(r)];
        const bool is_blocked = r < blocked;
        const float x = kInset.x + (static_cast<float>(i) - 0.5f * static_cast<float>(total - 1)) * 0.62f;
        Glyph g = place(nmda_glyph(is_blocked ? NmdaState::ketamine_open : NmdaState::closed, c, 0.0f, outline),
                        {x, kInset.y - 0.45f}, 0.55f);
        for (Instance& part : g)
            if (part.tag != Tag::none)
                part.tag = is_blocked ? Tag::receptor_interneuron_blocked : Tag::receptor_interneuron_free;
        append(p.shapes(), g);
    }
}

void gauge(Painter& p, glm::vec2 left, double rate_rel, Rgba color) {
    const float width = 3.0f, h = p.world(7.0f * p.stroke);
    const float fill = std::clamp(static_cast<float>(rate_rel) / 3.0f, 0.0f, 1.0f) * width;
    p.box(left + glm::vec2{0.5f * width, 0.0f}, {0.5f * width, h}, h, with_alpha(p.pal.ink_soft, 0.25f));
    if (fill > 0.0f) p.box(left + glm::vec2{0.5f * fill, 0.0f}, {0.5f * fill, h}, h, color);
    p.segment(left + glm::vec2{width / 3.0f, -1.8f * h}, left + glm::vec2{width / 3.0f, 1.8f * h}, 1.5f, p.pal.ink);
}

void rate_readouts(Painter& p, const sim::State& s) {
    const char* fmt_times = "\u00d7 baseline";
    auto rate_text = [&](double rel) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "firing %.2f%s", rel, fmt_times);
        return std::string(buf);
    };
    gauge(p, kInterSoma + glm::vec2{1.5f, -0.35f}, s.interneuron_rate_rel, p.pal.interneuron);
    gauge(p, kPyrSoma + glm::vec2{1.9f, 0.2f}, s.pyramidal_rate_rel, p.pal.pyramidal);
    p.label(kInterSoma + glm::vec2{1.5f, 0.25f}, rate_text(s.interneuron_rate_rel), 13.0f, Align::left);
    p.label(kPyrSoma + glm::vec2{1.9f, 0.8f}, rate_text(s.pyramidal_rate_rel), 13.0f, Align::left);
}

void name_labels(Painter& p) {
    if (!p.options.labels) return;
    const float sz = 15.0f;
    p.label(kInterSoma + glm::vec2{1.5f, 0.9f}, "GABA interneuron", sz, Align::left, true);
    p.label(kPyrSoma + glm::vec2{1.9f, 1.45f}, "Pyramidal neuron", sz, Align::left, true);
}

void labels(Painter& p) {
    if (!p.options.labels) return;
    const float sz = 15.0f;
    p.label({kVesselX, 9.3f}, "Blood vessel", sz, Align::center, true);
    p.label(kInset + glm::vec2{2.35f, 0.9f}, "NMDA receptors\non the interneuron", 13.0f, Align::left);
    p.callout({-2.2f, -2.6f}, kInhibBouton + glm::vec2{-0.2f, -0.25f}, "Inhibitory synapse (GABA)", Align::right, sz);
    p.callout({6.2f, -8.6f}, kOutBouton + glm::vec2{0.0f, -0.4f}, "Glutamate release", Align::center, sz);
    p.label({2.7f, 9.6f}, "Apical dendrite", 13.0f, Align::left);
    // The synapse view zooms into this terminal.
    Instance& frame_box = p.box(kOutBouton + glm::vec2{0.5f, 0.0f}, {1.3f, 1.15f}, 0.2f, Rgba{0.0f});
    frame_box.outline_px = 1.5f * p.stroke;
    frame_box.outline = with_alpha(p.pal.ink_soft, 0.8f);
    p.label(kOutBouton + glm::vec2{0.5f, 1.55f}, "synapse view", 12.0f, Align::center);
}

}  // namespace

void build_circuit(Painter& p, const sim::State& s) {
    p.use_backdrop(true);
    vessel_wall(p);
    inset_lens(p);
    interneuron(p);
    pyramidal(p);
    name_labels(p);
    labels(p);
    p.use_backdrop(false);
    blood(p, s);
    inset_receptors(p, s);
    released_glutamate(p, s);
    spikes(p, inter_axon(), mapping::interneuron_rate_hz(s), hash3(p.seed, s_int, 0), Tag::spike_interneuron,
           kInterSoma, kInterRadius, p.pal.gaba);
    spikes(p, pyr_axon(), mapping::pyramidal_rate_hz(s), hash3(p.seed, s_pyr, 0), Tag::spike_pyramidal, kPyrSoma, 1.4f,
           p.pal.glutamate);
    tissue_ketamine(p, s);
    rate_readouts(p, s);
}

}  // namespace scene
