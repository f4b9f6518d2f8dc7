// Receptor close-up: one NMDA receptor in the membrane, its ligands, gate, pore, Mg2+, ketamine and ion flow.
#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <string>

#include "scene/channel.hpp"
#include "scene/glyphs.hpp"
#include "scene/mapping.hpp"
#include "scene/random.hpp"
#include "scene/views.hpp"
#include "sim/constants.hpp"

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

enum Stream : std::uint64_t { s_ket = 41, s_glu, s_ion, s_enantiomer, s_interneuron };

/// Where one receptor is drawn: its pore's centre in the membrane and its size (1 = the single close-up).
struct Spot {
    glm::vec2 origin{0.0f};
    float scale = 1.0f;
    glm::vec2 at(glm::vec2 local) const { return origin + scale * local; }
    float len(float local) const { return scale * local; }
};

/// The split view: the interneuron's receptor on the left, the pyramidal neuron's on the right, a little smaller.
constexpr float kSplitScale = 0.78f;
const Spot kSplitInterneuron{{-5.8f, 0.0f}, kSplitScale};
const Spot kSplitPyramidal{{5.8f, 0.0f}, kSplitScale};

/// Of the receptors racemic ketamine blocks, the share blocked by S-ketamine: the two enantiomers compete for
/// the pore at 1:1 concentrations, so each one's share is its affinity's, (1/Kd_S) / (1/Kd_S + 1/Kd_R) = 0.82.
constexpr double kRacemicBlockShareS =
    (1.0 / sim::k::kKd_esketamine_uM) / (1.0 / sim::k::kKd_esketamine_uM + 1.0 / sim::k::kKd_arketamine_uM);

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

void membrane(Painter& p, std::initializer_list<Spot> receptors) {
    const Palette& c = p.pal;
    // Wide enough to fill a 21:9 window whatever the picture rectangle (content spans x in [-11, 11]).
    p.box({0.0f, -16.5f}, {40.0f, 15.0f}, 0.0f, with_alpha(c.cytoplasm_post, 0.55f));
    p.box({0.0f, 0.0f}, {40.0f, kMembraneHalf - 0.15f}, 0.0f, with_alpha(c.membrane, 0.16f));
    // Lipid head groups in two leaflets, leaving room for the receptor; only across the content (x in [-11, 11]), so
    // that the title and readout beside the picture are not drawn over them.
    for (int k = -18; k <= 18; ++k) {
        const float x = 0.62f * static_cast<float>(k);
        bool room_for_receptor = false;
        for (const Spot& r : receptors) room_for_receptor |= std::abs(x - r.origin.x) < r.len(3.0f);
        if (room_for_receptor) continue;
        for (float y : {kMembraneHalf - 0.3f, -kMembraneHalf + 0.3f})
            p.circle({x, y}, 0.27f, with_alpha(c.membrane, 0.8f));
    }
}

/// Presenter mode's large text: the picture keeps its few main labels (the key plot beside it gives the figures).
bool large_text(const Painter& p) { return p.min_text_px > 0.0f; }

void voltage_gauge_backdrop(Painter& p) {
    const Palette& c = p.pal;
    Instance& track = p.box(kVoltageTrack, {0.22f, kVoltageHalfHeight}, 0.22f, with_alpha(c.panel, 0.9f));
    track.outline_px = 1.5f * p.stroke;
    track.outline = c.panel_edge;
    for (double mV : {0.0, kRestPotential_mV}) {
        const float y = voltage_y(mV);
        p.segment({kVoltageTrack.x - 0.4f, y}, {kVoltageTrack.x + 0.4f, y}, 1.5f, c.ink_soft);
        if (p.options.labels && !large_text(p))
            p.label({kVoltageTrack.x - 0.6f, y}, mV == 0.0 ? "0 mV" : "\u221270 mV", 13.0f, Align::right);
    }
    if (p.options.labels)
        p.label({kVoltageTrack.x, kVoltageTrack.y + kVoltageHalfHeight + 0.75f}, "Membrane\npotential", 14.0f,
                Align::center, true);
}

/// GluN1 (left) and GluN2 (right) subunits: transmembrane domain, ligand-binding clamshell, N-terminal domain.
void receptor_body(Painter& p, const Spot& at, const channel::Moment& m, float open) {
    const Palette& c = p.pal;
    const Rgba fill = mix(c.nmda_closed, c.nmda_open, open);
    const Rgba edge = with_alpha(c.background, 0.9f);
    const float outline = 1.5f * p.stroke;
    const float widen = 0.12f * open;  // the domains draw apart a little as the pore opens
    for (int side = -1; side <= 1; side += 2) {
        const float s = static_cast<float>(side);
        const Tag tag = side < 0 ? nmda_tag(m.state) : Tag::none;
        p.rod(at.at({s * 1.45f, -2.3f}), at.at({s * 2.1f, -4.6f}), at.len(0.22f), with_alpha(fill, 0.7f));  // C tail
        Instance& tmd = p.box(at.at({s * (kPoreHalf + 0.95f + widen), 0.0f}), at.len(1.0f) * glm::vec2{0.95f, 2.05f},
                              at.len(0.45f), fill, tag);
        tmd.outline_px = outline;
        tmd.outline = edge;
        p.rod(at.at({s * 1.4f, 1.9f}), at.at({s * 1.9f, 3.5f}), at.len(0.2f), fill);  // linker to the binding domain
        // The clamshell: two lobes around the ligand's site.
        const glm::vec2 site = side < 0 ? kGlycineSite : kGlutamateSite;
        for (int lobe = -1; lobe <= 1; lobe += 2) {
            Instance& l = p.ellipse(at.at(site + glm::vec2{0.0f, 0.42f * static_cast<float>(lobe)}),
                                    at.len(1.0f) * glm::vec2{1.05f, 0.42f}, 0.0f, fill);
            l.outline_px = outline;
            l.outline = edge;
        }
        Instance& atd = p.ellipse(at.at(site + glm::vec2{s * 0.15f, 2.05f}), at.len(1.0f) * glm::vec2{1.0f, 0.8f}, 0.0f,
                                  mix(fill, c.background, 0.25f));
        atd.outline_px = outline;
        atd.outline = edge;
    }
    // The gate: two flaps closing over the pore's outer end, swinging up and out as it opens.
    for (int side = -1; side <= 1; side += 2) {
        const float s = static_cast<float>(side);
        const float angle = 1.9f * open;  // 0 = across the pore, 1.9 rad = folded up and out
        const glm::vec2 hinge{s * kPoreHalf, kGateY};
        const glm::vec2 tip = hinge + 0.6f * glm::vec2{-s * std::cos(angle), std::sin(angle)};
        p.rod(at.at(hinge), at.at(tip), at.len(0.14f), mix(c.nmda_closed, c.nmda_open, 0.4f), outline, edge);
    }
}

/// Glycine on GluN1 and glutamate on GluN2 arrive when the receptor binds its agonists and leave after.
void agonists(Painter& p, const Spot& at, const channel::Moment& m, std::uint64_t key) {
    const Palette& c = p.pal;
    const float bound = eased(agonist_bound(m.state), agonist_bound(m.previous), m.since_s, 0.5);
    const glm::vec2 away_glu =
        kGlutamateSite + glm::vec2{2.2f, 1.6f} + wander(hash3(key, s_glu, 0), p.anim_s, 0.4f, 2.0);
    Glyph glu =
        place(glutamate_glyph(c, 1.0f * p.stroke), at.at(away_glu + (kGlutamateSite - away_glu) * bound), at.len(3.2f));
    append(p.shapes(), glu);
    // Glycine is ambient: it stays on its site except while the receptor rests unbound.
    const float gly_bound = std::max(bound, 0.6f);
    const glm::vec2 away_gly = kGlycineSite + glm::vec2{-2.2f, 1.6f};
    Instance& g =
        p.circle(at.at(away_gly + (kGlycineSite - away_gly) * gly_bound), at.len(0.3f), c.glycine, Tag::glycine);
    g.outline_px = 1.0f * p.stroke;
    g.outline = with_alpha(c.background, 0.9f);
}

/// Mg2+ sits deep in the pore of the resting receptor; depolarisation pushes it out to the cleft.
void magnesium(Painter& p, const Spot& spot, const channel::Moment& m) {
    const glm::vec2 outside{0.0f, 3.6f};
    float in = -1.0f;
    if (m.state == NmdaState::mg_blocked)
        in = settle(m.since_s, 0.6);
    else if (m.previous == NmdaState::mg_blocked && m.since_s < 0.8)
        in = 1.0f - settle(m.since_s, 0.8);
    if (in < 0.0f) return;
    const glm::vec2 at = outside + (kMgSite - outside) * in;
    const float alpha = std::clamp(0.2f + in, 0.0f, 1.0f);
    Instance& mg = p.circle(spot.at(at), spot.len(0.36f), with_alpha(p.pal.magnesium, alpha), Tag::magnesium);
    mg.outline_px = 2.5f * p.stroke;  // a dark ring tells Mg2+ apart from the small Na+ ions
    mg.outline = with_alpha(p.pal.nmda_closed, alpha);
}

/// One ketamine molecule of `enantiomer`, `size` world units per glyph unit, with its letter when labels are on.
void ketamine_molecule(Painter& p, glm::vec2 at, float size, float rotation_rad, Enantiomer enantiomer, float alpha,
                       Tag tag) {
    Glyph k = place(ketamine_glyph(p.pal, 1.1f * p.stroke, enantiomer), at, size, rotation_rad);
    for (Instance& i : k)
        if (tag != Tag::ketamine && i.tag == Tag::ketamine) i.tag = tag;
    fade(k, alpha);
    append(p.shapes(), k);
    if (!p.options.labels || alpha < 0.5f) return;
    Label& letter = p.label(at, enantiomer == Enantiomer::s ? "S" : "R", 11.0f, Align::center, true);
    letter.color = with_alpha(p.pal.ketamine_edge, alpha);
    letter.halo.a = 0.0f;
}

/// The enantiomer of the molecule that entered the pore: racemic ketamine's S and R compete, S more often.
Enantiomer bound_enantiomer(sim::Drug drug, std::uint64_t ketamine_entry) {
    switch (drug) {
        case sim::Drug::esketamine: return Enantiomer::s;
        case sim::Drug::arketamine: return Enantiomer::r;
        case sim::Drug::racemic: break;
    }
    return unit(ketamine_entry, s_enantiomer, 0) < kRacemicBlockShareS ? Enantiomer::s : Enantiomer::r;
}

/// Free molecules: S only (esketamine), R only (arketamine) or every other one of each (the racemate, 1:1).
Enantiomer free_enantiomer(sim::Drug drug, int index) {
    switch (drug) {
        case sim::Drug::esketamine: return Enantiomer::s;
        case sim::Drug::arketamine: return Enantiomer::r;
        case sim::Drug::racemic: break;
    }
    return index % 2 == 0 ? Enantiomer::s : Enantiomer::r;
}

/// Ketamine in the pore (open or trapped), entering the open pore or leaving it.
void bound_ketamine(Painter& p, const Spot& spot, const channel::Moment& m) {
    const glm::vec2 outside{0.0f, 4.6f};
    float in = -1.0f;
    if (channel::ketamine_inside(m.state))
        in = m.previous == NmdaState::open ? settle(m.since_s, 0.7) : 1.0f;
    else if (channel::ketamine_inside(m.previous) && m.since_s < 0.7)
        in = 1.0f - settle(m.since_s, 0.7);
    if (in < 0.0f) return;
    ketamine_molecule(p, spot.at(outside + (kKetamineSite - outside) * in), spot.len(2.6f), 0.0f,
                      bound_enantiomer(p.options.drug, m.ketamine_entry), std::clamp(0.25f + in, 0.0f, 1.0f),
                      Tag::bound_ketamine);
}

/// Na+ and Ca2+ stream into the cell through the open, unblocked pore.
void ion_flow(Painter& p, const Spot& at, const channel::Moment& m, double phase) {
    if (!channel::conducts(m.state)) return;
    const float fade_in = settle(m.since_s, 0.3);
    constexpr int kIons = 7;
    for (int k = 0; k < kIons; ++k) {
        const float u = static_cast<float>(std::fmod(p.anim_s * 0.55 + phase + static_cast<double>(k) / kIons, 1.0));
        const float y = 3.4f - 7.6f * u;
        const float x = 0.18f * std::sin(6.0f * u + static_cast<float>(k));
        const bool calcium = k % 3 == 0;
        const float alpha = fade_in * std::min(1.0f, std::min(u, 1.0f - u) * 6.0f);
        p.circle(at.at({x, y}), at.len(calcium ? 0.2f : 0.15f), with_alpha(calcium ? p.pal.calcium : p.pal.ion, alpha),
                 Tag::ion);
    }
}

/// Free ketamine drifting in the cleft, in proportion to the effect-site level, of the scenario's enantiomers.
/// They stay in a band below the top edge (where the title, readout and legend go) and clear of the labels.
void free_molecules(Painter& p, const sim::State& s, float x_min, float y_min) {
    const int n_ket = std::min(
        12, static_cast<int>(std::lround(0.5 * mapping::kKetaminePerUM *
                                         std::max(0.0, std::isfinite(s.effect_site_uM) ? s.effect_site_uM : 0.0))));
    constexpr float kXMax = 10.4f, kYMax = 7.8f;
    for (int i = 0; i < n_ket; ++i) {
        const std::uint64_t key = hash3(p.seed, s_ket, static_cast<std::uint64_t>(i));
        const float side = i % 4 < 2 ? -1.0f : 1.0f;  // S and R (racemate) on both sides
        const glm::vec2 walk = wander(key, p.anim_s, 1.6f, 3.0);
        const glm::vec2 at{side * reflect_into(uniform(key, 1, 0, x_min, kXMax) + 2.0f * walk.x, x_min, kXMax),
                           reflect_into(uniform(key, 2, 0, y_min, kYMax) + 0.8f * walk.y, y_min, kYMax)};
        ketamine_molecule(p, at, 2.2f, 0.3f * walk.x, free_enantiomer(p.options.drug, i), 1.0f, Tag::ketamine);
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
    if (p.options.labels)  // large text: left of the gauge, where the picture ends beside the key plot
        p.label({kVoltageTrack.x + (large_text(p) ? -0.6f : 1.0f), y},
                std::to_string(static_cast<int>(std::lround(mV))) + " mV", 14.0f,
                large_text(p) ? Align::right : Align::left, true);
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

std::string_view drug_text(sim::Drug drug) {
    switch (drug) {
        case sim::Drug::esketamine: return "Esketamine: S-ketamine only";
        case sim::Drug::arketamine: return "Arketamine: R-ketamine only";
        case sim::Drug::racemic: break;
    }
    return "Racemic ketamine: S and R 1:1 (S binds about 5\u00d7 more tightly)";
}

/// The labels of the single close-up. The top left and top right of the picture stay free: the title and
/// readout (or the readout window over the scene) and the legend (or the legend window) go there; at 1366x768
/// with the panels the readout window reaches down to about y = 2.5 left of x = -5, an open legend window at
/// 3840x2160 to about y = 0 right of x = 3.7.
void labels(Painter& p) {
    if (!p.options.labels) return;
    const float sz = 15.0f;
    const bool large = large_text(p);
    p.label({-10.6f, 1.95f}, large ? "Outside" : "Outside: synaptic cleft", sz, Align::left, true);
    p.label({-10.6f, -2.25f}, large ? "Inside" : "Inside the spine head", sz, Align::left, true);
    if (!large) p.label({-10.6f, 0.0f}, "Lipid membrane", sz, Align::left);
    const float site_x = large ? 5.2f : 3.7f;  // large text: the two sites' labels further apart
    p.callout({-site_x, 8.0f}, kGlycineSite + glm::vec2{-1.0f, 0.2f}, "GluN1:\nglycine site", Align::center, sz);
    p.callout({site_x, 8.0f}, kGlutamateSite + glm::vec2{1.0f, 0.2f}, "GluN2:\nglutamate site", Align::center, sz);
    p.callout({-3.6f, 3.0f}, {-kPoreHalf - 0.1f, kGateY + 0.15f}, "Gate", Align::center, sz);
    p.callout({large ? -4.4f : -5.0f, large ? -3.9f : -3.7f}, {-kPoreHalf * 0.4f, -0.5f},
              large ? "Pore: Mg\u00b2\u207a, ketamine site" : "Pore: Mg\u00b2\u207a and\nketamine site", Align::center,
              sz);
}

std::string fractions_text(const std::array<double, channel::kStates>& f, const char* separator) {
    return "open, ions flowing " + percent_text(f[channel::index_of(NmdaState::open)]) +
           "   Mg\u00b2\u207a in the pore " + percent_text(f[channel::index_of(NmdaState::mg_blocked)]) + separator +
           "ketamine in the open pore " + percent_text(f[channel::index_of(NmdaState::ketamine_open)]) + "   trapped " +
           percent_text(f[channel::index_of(NmdaState::trapped)]);
}

/// The state now, and the model's long-run fractions this channel follows.
void readout(Painter& p, const std::array<double, channel::kStates>& f, const channel::Moment& m) {
    if (!p.options.labels) return;
    p.label({0.0f, -5.7f}, std::string(state_sentence(m.state)), 17.0f, Align::center, true);
    if (large_text(p)) return;
    const std::string text = "Time this receptor spends, as the model says now:\n" + fractions_text(f, "\n") + "\n" +
                             std::string(drug_text(p.options.drug));
    p.label({-1.4f, -7.6f}, text, 13.5f, Align::center).color = p.pal.ink_soft;
}

/// A centred label whose top is at `top`; returns the y just below it. Spacing follows the label's real size
/// (presenter mode and videos raise small text, so fixed offsets would let lines run into each other).
float stacked_label(Painter& p, float x, float top, const std::string& text, float size_px, bool bold, Rgba color) {
    const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    const float line_h = p.world(1.25f * p.picture_text_px(size_px));
    p.label({x, top - 0.5f * line_h * static_cast<float>(lines)}, text, size_px, Align::center, bold).color = color;
    return top - line_h * (static_cast<float>(lines) + 0.3f);
}

/// One side of the split view: a population's receptor with its own stochastic channel, its name, its block
/// fraction, what it is doing now and the model's fractions it follows; returns the y below its text.
float split_side(Painter& p, const sim::State& s, channel::Population population, const Spot& at) {
    const bool interneuron = population == channel::Population::interneuron;
    const std::array<double, channel::kStates> f = channel::model_fractions(s, population, p.options.magnesium_mM);
    const std::uint64_t key = interneuron ? hash3(p.seed, s_interneuron, 0) : p.seed;
    const channel::Moment m = channel::channel_at(f, key, p.anim_s);
    const float open = eased(gate_open(m.state), gate_open(m.previous), m.since_s, 0.35);
    ion_flow(p, at, m, interneuron ? 0.37 : 0.0);
    receptor_body(p, at, m, open);
    agonists(p, at, m, key);
    magnesium(p, at, m);
    bound_ketamine(p, at, m);
    const float top = at.at({0.0f, -4.9f}).y;
    if (!p.options.labels) return top;
    const double block = interneuron ? s.nmda_block_interneuron : s.nmda_block_pyramidal;
    const float x = at.origin.x;
    float y = stacked_label(p, x, top, interneuron ? "GABA interneuron" : "Pyramidal neuron", 17.0f, true, p.pal.ink);
    y = stacked_label(p, x, y, "NMDA receptors blocked " + percent_text(std::isfinite(block) ? block : 0.0), 15.0f,
                      true, p.pal.ketamine);
    y = stacked_label(p, x, y, two_lines(std::string(state_sentence(m.state))), 13.5f, false, p.pal.ink);
    const std::string fractions = "open " + percent_text(f[channel::index_of(NmdaState::open)]) + "   Mg\u00b2\u207a " +
                                  percent_text(f[channel::index_of(NmdaState::mg_blocked)]) +
                                  "\nketamine in the pore " +
                                  percent_text(f[channel::index_of(NmdaState::ketamine_open)]) + "   trapped " +
                                  percent_text(f[channel::index_of(NmdaState::trapped)]);
    return stacked_label(p, x, y, fractions, 13.0f, false, p.pal.ink_soft);
}

void split_labels(Painter& p) {
    if (!p.options.labels) return;
    const float sz = 15.0f;
    p.label({0.0f, 2.25f}, "Synaptic cleft", sz, Align::center, true);
    p.label({0.0f, 0.0f}, "Membrane", sz, Align::center);
    p.label({0.0f, -2.25f}, "Inside the cell", sz, Align::center, true);
}

/// The teaching assumption between the two receptors (where no window covers it), what the fractions are and
/// the drug under them.
void split_notes(Painter& p, float top) {
    if (!p.options.labels) return;
    stacked_label(p, 0.0f, 7.9f,
                  "Teaching assumption:\ninterneuron receptors\nare open and free of\nMg\u00b2\u207a more often", 13.5f,
                  true, p.pal.ink_soft);
    stacked_label(p, 0.0f, top,
                  "Time each receptor spends, as the model says now. Ketamine enters only open channels,\nso the "
                  "interneuron's, open more often, are blocked more. " +
                      std::string(drug_text(p.options.drug)) + ".",
                  13.0f, false, p.pal.ink_soft);
}

void build_split(Painter& p, const sim::State& s) {
    p.use_backdrop(true);
    membrane(p, {kSplitInterneuron, kSplitPyramidal});
    split_labels(p);
    p.use_backdrop(false);
    free_molecules(p, s, 3.6f, 6.4f);
    const float below_interneuron = split_side(p, s, channel::Population::interneuron, kSplitInterneuron);
    const float below_pyramidal = split_side(p, s, channel::Population::pyramidal, kSplitPyramidal);
    split_notes(p, std::min(below_interneuron, below_pyramidal));
}

}  // namespace

void build_receptor(Painter& p, const sim::State& s) {
    if (p.options.receptor_split) return build_split(p, s);
    const Spot at;
    p.use_backdrop(true);
    membrane(p, {at});
    voltage_gauge_backdrop(p);
    labels(p);
    p.use_backdrop(false);
    const std::array<double, channel::kStates> f =
        channel::model_fractions(s, channel::Population::pyramidal, p.options.magnesium_mM);
    const channel::Moment m = channel::channel_at(f, p.seed, p.anim_s);
    const float open = eased(gate_open(m.state), gate_open(m.previous), m.since_s, 0.35);
    free_molecules(p, s, 5.4f, 4.1f);
    ion_flow(p, at, m, 0.0);
    receptor_body(p, at, m, open);
    agonists(p, at, m, p.seed);
    magnesium(p, at, m);
    bound_ketamine(p, at, m);
    voltage_marker(p, m);
    readout(p, f, m);
}

}  // namespace scene
