// Receptor close-up: one NMDA receptor in the membrane, its ligands, gate, pore, Mg2+, ketamine and ion flow.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "scene/channel.hpp"
#include "scene/glyphs.hpp"
#include "scene/mapping.hpp"
#include "scene/random.hpp"
#include "scene/views.hpp"

namespace scene {
namespace {

// Geometry, world units (the receptor is about 5 units wide: a molecular scale, about 1 unit per 2 nm).
constexpr float kMembraneHalf = 1.5f;  ///< the bilayer spans y in [-1.5, 1.5]
constexpr float kPoreHalf = 0.6f;      ///< half width of the pore between the two transmembrane domains
constexpr float kGateY = 1.75f;        ///< the gate sits at the extracellular end of the pore
const glm::vec2 kMgSite{0.0f, -0.35f};
const glm::vec2 kKetamineSite{0.0f, 0.55f};
const glm::vec2 kGlycineSite{-2.05f, 4.35f};   ///< GluN1's ligand-binding domain
const glm::vec2 kGlutamateSite{2.05f, 4.35f};  ///< GluN2's ligand-binding domain
const glm::vec2 kVoltageTrack{8.4f, -5.6f};    ///< centre of the membrane-potential gauge
constexpr float kVoltageHalfHeight = 2.6f;     ///< the gauge spans -90 mV (bottom) .. +10 mV (top)
constexpr double kRestPotential_mV = -70.0;    ///< resting potential of a pyramidal neuron's spine
constexpr double kDepolarised_mV = -20.0;      ///< during the depolarisation that expels Mg2+ (illustrative)

enum Stream : std::uint64_t { s_ket = 41, s_glu, s_ion };

float smooth01(float x) {
    const float t = std::clamp(x, 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

bool agonist_bound(NmdaState s) {
    return s == NmdaState::open || s == NmdaState::mg_blocked || s == NmdaState::ketamine_open;
}

bool gate_open(NmdaState s) { return s == NmdaState::open || s == NmdaState::ketamine_open; }

/// 0..1: how far a change of a two-valued feature has gone, `duration_s` after the step.
float settle(double since_s, double duration_s) { return smooth01(static_cast<float>(since_s / duration_s)); }

/// Blends a feature that is `now_on` in the current state and `was_on` before the last step.
float eased(bool now_on, bool was_on, double since_s, double duration_s = 0.4) {
    const float a = was_on ? 1.0f : 0.0f, b = now_on ? 1.0f : 0.0f;
    return a + (b - a) * settle(since_s, duration_s);
}

float voltage_y(double mV) {
    const double u = std::clamp((mV + 90.0) / 100.0, 0.0, 1.0);
    return kVoltageTrack.y - kVoltageHalfHeight + 2.0f * kVoltageHalfHeight * static_cast<float>(u);
}

void membrane(Painter& p) {
    const Palette& c = p.pal;
    // Wide enough to fill a 21:9 window whatever the picture rectangle (content spans x in [-11, 11]).
    p.box({0.0f, -16.5f}, {40.0f, 15.0f}, 0.0f, with_alpha(c.cytoplasm_post, 0.55f));
    p.box({0.0f, 0.0f}, {40.0f, kMembraneHalf - 0.15f}, 0.0f, with_alpha(c.membrane, 0.16f));
    // Lipid head groups in two leaflets, leaving room for the receptor.
    for (int k = -60; k <= 60; ++k) {
        const float x = 0.62f * static_cast<float>(k);
        if (std::abs(x) < 3.0f) continue;
        for (float y : {kMembraneHalf - 0.3f, -kMembraneHalf + 0.3f})
            p.circle({x, y}, 0.27f, with_alpha(c.membrane, 0.8f));
    }
}

void voltage_gauge_backdrop(Painter& p) {
    const Palette& c = p.pal;
    Instance& track = p.box(kVoltageTrack, {0.22f, kVoltageHalfHeight}, 0.22f, with_alpha(c.panel, 0.9f));
    track.outline_px = 1.5f * p.stroke;
    track.outline = c.panel_edge;
    for (double mV : {0.0, kRestPotential_mV}) {
        const float y = voltage_y(mV);
        p.segment({kVoltageTrack.x - 0.4f, y}, {kVoltageTrack.x + 0.4f, y}, 1.5f, c.ink_soft);
        if (p.options.labels)
            p.label({kVoltageTrack.x - 0.6f, y}, mV == 0.0 ? "0 mV" : "\u221270 mV", 13.0f, Align::right);
    }
    if (p.options.labels)
        p.label({kVoltageTrack.x, kVoltageTrack.y + kVoltageHalfHeight + 0.75f}, "Membrane\npotential", 14.0f,
                Align::center, true);
}

/// GluN1 (left) and GluN2 (right) subunits: transmembrane domain, ligand-binding clamshell, N-terminal domain.
void receptor_body(Painter& p, const channel::Moment& m, float open) {
    const Palette& c = p.pal;
    const Rgba fill = mix(c.nmda_closed, c.nmda_open, open);
    const Rgba edge = with_alpha(c.background, 0.9f);
    const float outline = 1.5f * p.stroke;
    const float widen = 0.12f * open;  // the domains draw apart a little as the pore opens
    for (int side = -1; side <= 1; side += 2) {
        const float s = static_cast<float>(side);
        const Tag tag = side < 0 ? nmda_tag(m.state) : Tag::none;
        p.rod({s * 1.45f, -2.3f}, {s * 2.1f, -4.6f}, 0.22f, with_alpha(fill, 0.7f));  // C-terminal tail
        Instance& tmd = p.box({s * (kPoreHalf + 0.95f + widen), 0.0f}, {0.95f, 2.05f}, 0.45f, fill, tag);
        tmd.outline_px = outline;
        tmd.outline = edge;
        p.rod({s * 1.4f, 1.9f}, {s * 1.9f, 3.5f}, 0.2f, fill);  // linker to the ligand-binding domain
        // The clamshell: two lobes around the ligand's site.
        const glm::vec2 site = side < 0 ? kGlycineSite : kGlutamateSite;
        for (int lobe = -1; lobe <= 1; lobe += 2) {
            Instance& l =
                p.ellipse(site + glm::vec2{0.0f, 0.42f * static_cast<float>(lobe)}, {1.05f, 0.42f}, 0.0f, fill);
            l.outline_px = outline;
            l.outline = edge;
        }
        Instance& atd =
            p.ellipse(site + glm::vec2{s * 0.15f, 2.05f}, {1.0f, 0.8f}, 0.0f, mix(fill, c.background, 0.25f));
        atd.outline_px = outline;
        atd.outline = edge;
    }
    // The gate: two flaps closing over the pore's outer end, swinging up and out as it opens.
    for (int side = -1; side <= 1; side += 2) {
        const float s = static_cast<float>(side);
        const float angle = 1.9f * open;  // 0 = across the pore, 1.9 rad = folded up and out
        const glm::vec2 hinge{s * kPoreHalf, kGateY};
        const glm::vec2 tip = hinge + 0.6f * glm::vec2{-s * std::cos(angle), std::sin(angle)};
        p.rod(hinge, tip, 0.14f, mix(c.nmda_closed, c.nmda_open, 0.4f), outline, edge);
    }
}

/// Glycine on GluN1 and glutamate on GluN2 arrive when the receptor binds its agonists and leave after.
void agonists(Painter& p, const channel::Moment& m) {
    const Palette& c = p.pal;
    const float bound = eased(agonist_bound(m.state), agonist_bound(m.previous), m.since_s, 0.5);
    const glm::vec2 away_glu =
        kGlutamateSite + glm::vec2{2.2f, 1.6f} + wander(hash3(p.seed, s_glu, 0), p.anim_s, 0.4f, 2.0);
    Glyph glu = place(glutamate_glyph(c, 1.0f * p.stroke), away_glu + (kGlutamateSite - away_glu) * bound, 3.2f);
    append(p.shapes(), glu);
    // Glycine is ambient: it stays on its site except while the receptor rests unbound.
    const float gly_bound = std::max(bound, 0.6f);
    const glm::vec2 away_gly = kGlycineSite + glm::vec2{-2.2f, 1.6f};
    Instance& g = p.circle(away_gly + (kGlycineSite - away_gly) * gly_bound, 0.3f, c.glycine, Tag::glycine);
    g.outline_px = 1.0f * p.stroke;
    g.outline = with_alpha(c.background, 0.9f);
}

/// Mg2+ sits deep in the pore of the resting receptor; depolarisation pushes it out to the cleft.
void magnesium(Painter& p, const channel::Moment& m) {
    const glm::vec2 outside{0.0f, 3.6f};
    float in = -1.0f;
    if (m.state == NmdaState::mg_blocked)
        in = settle(m.since_s, 0.6);
    else if (m.previous == NmdaState::mg_blocked && m.since_s < 0.8)
        in = 1.0f - settle(m.since_s, 0.8);
    if (in < 0.0f) return;
    const glm::vec2 at = outside + (kMgSite - outside) * in;
    const float alpha = std::clamp(0.2f + in, 0.0f, 1.0f);
    Instance& mg = p.circle(at, 0.36f, with_alpha(p.pal.magnesium, alpha), Tag::magnesium);
    mg.outline_px = 2.5f * p.stroke;  // a dark ring tells Mg2+ apart from the small Na+ ions
    mg.outline = with_alpha(p.pal.nmda_closed, alpha);
}

/// Ketamine in the pore (open or trapped), entering the open pore or leaving it.
void bound_ketamine(Painter& p, const channel::Moment& m) {
    const glm::vec2 outside{0.0f, 4.6f};
    float in = -1.0f;
    if (channel::ketamine_inside(m.state))
        in = m.previous == NmdaState::open ? settle(m.since_s, 0.7) : 1.0f;
    else if (channel::ketamine_inside(m.previous) && m.since_s < 0.7)
        in = 1.0f - settle(m.since_s, 0.7);
    if (in < 0.0f) return;
    Glyph k = place(ketamine_glyph(p.pal, 1.2f * p.stroke), outside + (kKetamineSite - outside) * in, 2.6f);
    for (Instance& i : k) i.tag = Tag::bound_ketamine;
    fade(k, std::clamp(0.25f + in, 0.0f, 1.0f));
    append(p.shapes(), k);
}

/// Na+ and Ca2+ stream into the cell through the open, unblocked pore.
void ion_flow(Painter& p, const channel::Moment& m) {
    if (!channel::conducts(m.state)) return;
    const float fade_in = settle(m.since_s, 0.3);
    constexpr int kIons = 7;
    for (int k = 0; k < kIons; ++k) {
        const float u = static_cast<float>(std::fmod(p.anim_s * 0.55 + static_cast<double>(k) / kIons, 1.0));
        const float y = 3.4f - 7.6f * u;
        const float x = 0.18f * std::sin(6.0f * u + static_cast<float>(k));
        const bool calcium = k % 3 == 0;
        const float alpha = fade_in * std::min(1.0f, std::min(u, 1.0f - u) * 6.0f);
        p.circle({x, y}, calcium ? 0.2f : 0.15f, with_alpha(calcium ? p.pal.calcium : p.pal.ion, alpha), Tag::ion);
    }
}

/// Free ketamine and glutamate drifting in the cleft (ketamine in proportion to the effect-site level).
void free_molecules(Painter& p, const sim::State& s) {
    const int n_ket = std::min(
        12, static_cast<int>(std::lround(0.5 * mapping::kKetaminePerUM *
                                         std::max(0.0, std::isfinite(s.effect_site_uM) ? s.effect_site_uM : 0.0))));
    for (int i = 0; i < n_ket; ++i) {
        const std::uint64_t key = hash3(p.seed, s_ket, static_cast<std::uint64_t>(i));
        const float side = i % 2 == 0 ? -1.0f : 1.0f;
        const glm::vec2 walk = wander(key, p.anim_s, 1.6f, 3.0);
        // In the upper cleft, clear of the receptor and of the labels beside it.
        const glm::vec2 at{side * reflect_into(uniform(key, 1, 0, 4.2f, 9.6f) + 2.0f * walk.x, 4.0f, 10.4f),
                           reflect_into(uniform(key, 2, 0, 7.3f, 9.3f) + 0.8f * walk.y, 7.3f, 9.5f)};
        append(p.shapes(), place(ketamine_glyph(p.pal, 1.1f * p.stroke), at, 2.2f, 0.3f * walk.x));
    }
}

void voltage_marker(Painter& p, const channel::Moment& m) {
    const float depol = eased(gate_open(m.state), gate_open(m.previous), m.since_s, 0.3);
    const double mV = kRestPotential_mV + (kDepolarised_mV - kRestPotential_mV) * depol;
    const float y = voltage_y(mV);
    const float fill_h = y - (kVoltageTrack.y - kVoltageHalfHeight);
    p.box({kVoltageTrack.x, kVoltageTrack.y - kVoltageHalfHeight + 0.5f * fill_h}, {0.16f, 0.5f * fill_h}, 0.14f,
          mix(p.pal.nmda_closed, p.pal.calcium, depol));
    Instance& tri = p.box({kVoltageTrack.x + 0.55f, y}, {0.3f, 0.3f}, 0.05f, p.pal.ink, Tag::voltage_marker);
    tri.shape = Shape::triangle;
    tri.rotation_rad = 1.5707963f;
    if (p.options.labels)
        p.label({kVoltageTrack.x + 1.0f, y}, std::to_string(static_cast<int>(std::lround(mV))) + " mV", 14.0f,
                Align::left, true);
}

std::string_view state_sentence(NmdaState s) {
    switch (s) {
        case NmdaState::closed: return "Closed: no glutamate bound, the gate is shut";
        case NmdaState::mg_blocked: return "Glutamate bound, but Mg\u00b2\u207a plugs the pore at rest";
        case NmdaState::open: return "Open: Mg\u00b2\u207a expelled, Na\u207a and Ca\u00b2\u207a flow in";
        case NmdaState::ketamine_open: return "Ketamine has entered the open pore: no current";
        case NmdaState::trapped: return "Channel closed on ketamine: the drug is trapped";
    }
    return "";
}

std::string percent_text(double f) { return std::to_string(static_cast<int>(std::lround(100.0 * f))) + " %"; }

void labels(Painter& p) {
    if (!p.options.labels) return;
    const float sz = 15.0f;
    p.label({-10.6f, 2.25f}, "Outside: synaptic cleft", sz, Align::left, true);
    p.label({-10.6f, -2.25f}, "Inside the spine head", sz, Align::left, true);
    p.label({-10.6f, 0.0f}, "Lipid membrane", sz, Align::left);
    p.callout({-6.4f, 6.2f}, kGlycineSite + glm::vec2{-1.0f, 0.2f}, "GluN1:\nglycine site", Align::center, sz);
    p.callout({6.4f, 6.2f}, kGlutamateSite + glm::vec2{1.0f, 0.2f}, "GluN2:\nglutamate site", Align::center, sz);
    p.callout({-6.0f, 3.1f}, {-kPoreHalf - 0.2f, kGateY}, "Gate", Align::center, sz);
    p.callout({5.8f, 2.4f}, {kPoreHalf * 0.5f, 0.1f}, "Pore: Mg\u00b2\u207a and\nketamine site", Align::center, sz);
}

/// The state now, and the model's long-run fractions this channel follows.
void readout(Painter& p, const sim::State& s, const channel::Moment& m) {
    if (!p.options.labels) return;
    p.label({0.0f, -5.7f}, std::string(state_sentence(m.state)), 17.0f, Align::center, true);
    const std::array<double, channel::kStates> f = channel::model_fractions(s);
    const std::string text = "Time this receptor spends, as the model says now:\nopen, ions flowing " +
                             percent_text(f[channel::index_of(NmdaState::open)]) + "   Mg\u00b2\u207a in the pore " +
                             percent_text(f[channel::index_of(NmdaState::mg_blocked)]) +
                             "\nketamine in the open pore " +
                             percent_text(f[channel::index_of(NmdaState::ketamine_open)]) + "   trapped " +
                             percent_text(f[channel::index_of(NmdaState::trapped)]);
    p.label({-1.4f, -7.35f}, text, 13.5f, Align::center).color = p.pal.ink_soft;
}

}  // namespace

void build_receptor(Painter& p, const sim::State& s) {
    p.use_backdrop(true);
    membrane(p);
    voltage_gauge_backdrop(p);
    labels(p);
    p.use_backdrop(false);
    const channel::Moment m = channel::channel_at(s, p.seed, p.anim_s);
    const float open = eased(gate_open(m.state), gate_open(m.previous), m.since_s, 0.35);
    free_molecules(p, s);
    ion_flow(p, m);
    receptor_body(p, m, open);
    agonists(p, m);
    magnesium(p, m);
    bound_ketamine(p, m);
    voltage_marker(p, m);
    readout(p, s, m);
}

}  // namespace scene
