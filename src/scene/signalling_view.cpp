// Signalling close-up: inside the spine head, from glutamate on AMPA receptors to new synaptic proteins.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <glm/geometric.hpp>

#include "scene/mapping.hpp"
#include "scene/signalling.hpp"
#include "scene/views.hpp"

namespace scene {
namespace {

using signalling::Step;
using signalling::StepFlux;

enum class Node { release, ampa, depolarisation, calcium, bdnf, rest_blockade, trkb, pi3k_akt, erk, mtor, translation };

struct NodeSpec {
    Node node;
    glm::vec2 at;  ///< world units
    const char* text;
    const char* short_text;  ///< presenter mode's large text: the few words that fit the diagram
};

constexpr float kNodeText_px = 14.0f;

const NodeSpec kNodes[] = {
    {Node::release, {-5.5f, 8.7f}, "Glutamate release\n(the surge: disinhibition)", "Glutamate\nrelease"},
    {Node::ampa, {-5.5f, 5.3f}, "AMPA receptors", "AMPA"},
    {Node::depolarisation, {0.0f, 5.3f}, "Depolarisation", "Depolarisation"},
    {Node::calcium, {5.5f, 5.3f}, "Ca\u00b2\u207a entry", "Ca\u00b2\u207a"},
    {Node::bdnf, {5.5f, 1.8f}, "BDNF release", "BDNF"},
    {Node::trkb, {0.0f, 1.8f}, "TrkB dimerises", "TrkB"},
    {Node::rest_blockade, {-6.3f, 1.8f}, "Blockade at rest:\neEF2K off \u2192 more BDNF", "eEF2K off"},
    {Node::pi3k_akt, {-3.6f, -1.5f}, "PI3K \u2192 Akt", "PI3K \u2192 Akt"},
    {Node::erk, {3.6f, -1.5f}, "ERK", "ERK"},
    {Node::mtor, {0.0f, -4.4f}, "mTORC1", "mTORC1"},
    {Node::translation, {-1.2f, -7.5f}, "Translation: PSD-95,\nGluA1, synapsin I", "Translation:\nPSD-95, GluA1"},
};

const NodeSpec& spec(Node n) {
    for (const NodeSpec& s : kNodes)
        if (s.node == n) return s;
    return kNodes[0];
}

/// Where the proteins are delivered: the postsynaptic density at the top of the head (from `start_x`,
/// the right edge of the translation node).
std::vector<glm::vec2> delivery_path(float start_x) {
    return {{start_x, -7.5f}, {8.9f, -7.5f}, {9.3f, -6.9f}, {9.3f, 5.6f}, {8.9f, 6.2f}, {6.4f, 6.2f}};
}

struct StepSpec {
    Step step;
    Node from, to;
};

const StepSpec kSteps[] = {
    {Step::release_to_ampa, Node::release, Node::ampa},
    {Step::ampa_to_depolarisation, Node::ampa, Node::depolarisation},
    {Step::depolarisation_to_calcium, Node::depolarisation, Node::calcium},
    {Step::calcium_to_bdnf, Node::calcium, Node::bdnf},
    {Step::bdnf_to_trkb, Node::bdnf, Node::trkb},
    {Step::rest_blockade_to_trkb, Node::rest_blockade, Node::trkb},
    {Step::trkb_to_pi3k_akt, Node::trkb, Node::pi3k_akt},
    {Step::trkb_to_erk, Node::trkb, Node::erk},
    {Step::pi3k_akt_to_mtor, Node::pi3k_akt, Node::mtor},
    {Step::erk_to_mtor, Node::erk, Node::mtor},
    {Step::mtor_to_translation, Node::mtor, Node::translation},
};

/// The node's text: the short one in presenter mode's large text.
const char* shown_text(const Painter& p, const NodeSpec& n) { return p.min_text_px > 0.0f ? n.short_text : n.text; }

/// Half size of a node's box in world units (as Painter::node sizes it).
glm::vec2 node_half(const Painter& p, const NodeSpec& n) {
    const float t = p.text * p.world_text;
    const std::string text(shown_text(p, n));
    const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    const float w_px = Painter::text_width_px(text, kNodeText_px * t) + 16.0f * t;
    const float h_px = (kNodeText_px * 1.25f * static_cast<float>(lines) + 10.0f) * t;
    return {p.world(0.5f * w_px), p.world(0.5f * h_px)};
}

/// The point where the ray from the box centre along `dir` leaves the box (plus a small gap).
glm::vec2 box_exit(glm::vec2 c, glm::vec2 half, glm::vec2 dir, float gap) {
    const float tx = std::abs(dir.x) > 1e-6f ? half.x / std::abs(dir.x) : 1e9f;
    const float ty = std::abs(dir.y) > 1e-6f ? half.y / std::abs(dir.y) : 1e9f;
    return c + dir * (std::min(tx, ty) + gap);
}

/// The arrow's two ends, trimmed to the nodes' edges.
std::pair<glm::vec2, glm::vec2> arrow_ends(const Painter& p, Node from, Node to) {
    const NodeSpec &a = spec(from), &b = spec(to);
    const glm::vec2 d = glm::normalize(b.at - a.at);
    const float gap = p.world(4.0f);
    return {box_exit(a.at, node_half(p, a), d, gap), box_exit(b.at, node_half(p, b), -d, gap)};
}

float delivery_start_x(const Painter& p) {
    const NodeSpec& n = spec(Node::translation);
    return n.at.x + node_half(p, n).x + p.world(4.0f);
}

const StepFlux* find(const std::vector<StepFlux>& all, Step s) {
    for (const StepFlux& f : all)
        if (f.step == s) return &f;
    return nullptr;
}

Rgba step_colour(const Palette& c, Step s) {
    switch (s) {
        case Step::release_to_ampa: return c.glutamate;
        case Step::ampa_to_depolarisation: return c.ampa_active;
        case Step::depolarisation_to_calcium:
        case Step::calcium_to_bdnf: return c.calcium;
        case Step::bdnf_to_trkb: return c.bdnf;
        case Step::rest_blockade_to_trkb: return c.contested;
        case Step::trkb_to_pi3k_akt:
        case Step::trkb_to_erk: return c.trkb;
        case Step::pi3k_akt_to_mtor:
        case Step::erk_to_mtor:
        case Step::mtor_to_translation: return c.mtor;
        case Step::translation_to_synapse: return c.protein;
    }
    return c.ink;
}

Rgba node_edge(const Palette& c, Node n) {
    switch (n) {
        case Node::release: return c.glutamate;
        case Node::ampa: return c.ampa_active;
        case Node::calcium: return c.calcium;
        case Node::bdnf: return c.bdnf;
        case Node::trkb: return c.trkb;
        case Node::rest_blockade: return c.contested;
        case Node::mtor: return c.mtor;
        case Node::translation: return c.protein;
        default: return c.ink_soft;
    }
}

void cell(Painter& p) {
    const Palette& c = p.pal;
    const float edge_px = 3.0f * p.stroke;
    Instance& pre = p.box({0.0f, 10.2f}, {8.6f, 2.6f}, 2.0f, c.cytoplasm_pre);
    pre.outline_px = edge_px;
    pre.outline = c.membrane;
    p.rod({0.0f, -9.0f}, {0.0f, -13.0f}, 2.4f, c.cytoplasm_post, 3.0f, c.membrane);
    Instance& head = p.box({0.0f, -1.2f}, {10.6f, 8.2f}, 2.6f, c.cytoplasm_post);
    head.outline_px = edge_px;
    head.outline = c.membrane;
    p.rod({0.0f, -9.2f}, {0.0f, -13.0f}, 2.4f - p.world(edge_px), c.cytoplasm_post);
    p.box({0.0f, 6.55f}, {7.0f, 0.26f}, 0.2f, with_alpha(c.psd, 0.9f));
}

/// The arrows (static for a view and its options: the experiments and hypotheses).
void arrows(Painter& p, const std::vector<StepFlux>& flux) {
    const Palette& c = p.pal;
    for (const StepSpec& s : kSteps) {
        const StepFlux* f = find(flux, s.step);
        const auto [a, b] = arrow_ends(p, s.from, s.to);
        const Rgba colour = f->hypothesis_off ? with_alpha(c.ink_soft, 0.3f)
                            : f->contested    ? with_alpha(c.contested, 0.85f)
                                              : with_alpha(c.ink, 0.6f);
        p.arrow(a, b, 2.2f, colour, f->contested);
    }
    const std::vector<glm::vec2> path = delivery_path(delivery_start_x(p));
    p.curve({path.begin(), path.end() - 1}, 2.2f, with_alpha(c.ink, 0.6f));
    p.arrow(path[path.size() - 2], path.back(), 2.2f, with_alpha(c.ink, 0.6f));
}

/// The nodes, drawn over their activity glows; a switched-off hypothesis's node is greyed and says so.
void nodes(Painter& p, const std::vector<StepFlux>& flux) {
    const Palette& c = p.pal;
    const Rgba fill = with_alpha(mix(c.cytoplasm_post, c.ink_soft, 0.16f), 0.96f);
    const Rgba off = with_alpha(c.ink_soft, 0.3f);
    const bool disinhibition_off = find(flux, Step::release_to_ampa)->hypothesis_off;
    const bool rest_off = find(flux, Step::rest_blockade_to_trkb)->hypothesis_off;
    for (const NodeSpec& n : kNodes) {
        const bool greyed =
            (n.node == Node::release && disinhibition_off) || (n.node == Node::rest_blockade && rest_off);
        const Rgba edge = greyed ? off : node_edge(c, n.node);
        p.node(n.at, shown_text(p, n), edge, greyed ? with_alpha(fill, 0.4f) : fill, n.node == Node::rest_blockade,
               kNodeText_px);
        if (greyed && p.options.labels) {
            p.frame.labels.back().color = with_alpha(c.ink_soft, 0.6f);  // the node's own text, greyed with it
            p.label(n.at + glm::vec2{0.0f, -node_half(p, n).y - p.world(11.0f)}, "hypothesis switched off", 12.0f)
                .color = c.ink_soft;
        }
    }
}

std::string cut_text(const StepFlux& f) {
    if (f.cut_by == "NBQX") return "NBQX blocks AMPA receptors";
    if (f.cut_by == "Rapamycin") return "Rapamycin blocks mTORC1";
    if (f.cut_by == "Val66Met") return "Val66Met: less BDNF released";
    if (f.cut_by == "mGluR2/3 agonist") return "mGluR2/3 agonist brakes release";
    return f.cut_by;
}

/// Where along a cut arrow its bar sits (fraction of the arrow's length).
constexpr float kCutAt = 0.55f;

/// A bar across the arrow (dashed when the experiment only reduces the step) with its label.
void cut_bar(Painter& p, const StepSpec& s, const StepFlux& f) {
    const auto [a, b] = arrow_ends(p, s.from, s.to);
    const glm::vec2 mid = a + (b - a) * kCutAt, d = glm::normalize(b - a);
    const glm::vec2 n{-d.y, d.x};
    const float half = 0.75f;
    Instance& bar = p.segment(mid - n * half, mid + n * half, 6.0f, p.pal.cut, f.partial_cut ? 5.0f : 0.0f);
    bar.tag = Tag::experiment_cut;
    if (!p.options.labels) return;
    const bool vertical = std::abs(d.y) > std::abs(d.x);
    Label& l = p.label(mid + (vertical ? glm::vec2{half + 0.25f, 0.0f} : glm::vec2{0.0f, half + 0.35f}), cut_text(f),
                       13.5f, vertical ? Align::left : Align::center, true);
    l.color = p.pal.cut;
}

/// Particles moving along each arrow, as many as the model's flux; on a fully cut step they stop at the bar.
void flux_particles(Painter& p, const std::vector<StepFlux>& flux) {
    const Palette& c = p.pal;
    for (const StepSpec& s : kSteps) {
        const StepFlux* f = find(flux, s.step);
        const int n = signalling::flux_particles(f->flux_rel);
        const auto [a, b] = arrow_ends(p, s.from, s.to);
        const bool stopped = !f->cut_by.empty() && !f->partial_cut;
        const Rgba colour = f->hypothesis_off ? with_alpha(c.ink_soft, 0.4f) : step_colour(c, s.step);
        for (int k = 0; k < n; ++k) {
            const float u = static_cast<float>(std::fmod(p.anim_s * 0.3 + static_cast<double>(k) / n, 1.0));
            const float reach = stopped ? kCutAt - 0.06f : 1.0f;
            if (u > reach) continue;
            const float alpha = std::min({1.0f, u * 8.0f, (reach - u) * 8.0f});
            p.circle(a + (b - a) * u, 0.13f, with_alpha(colour, alpha), Tag::flux);
        }
        if (!f->cut_by.empty()) cut_bar(p, s, *f);
    }
    // New proteins travel to the synapse along the delivery path.
    const std::vector<glm::vec2> path = delivery_path(delivery_start_x(p));
    const StepFlux* delivery = find(flux, Step::translation_to_synapse);
    const int n = signalling::flux_particles(delivery->flux_rel);
    for (int k = 0; k < n; ++k) {
        const float u = static_cast<float>(std::fmod(p.anim_s * 0.12 + static_cast<double>(k) / n, 1.0));
        const float alpha = std::min({1.0f, u * 10.0f, (1.0f - u) * 10.0f});
        Instance& q = p.box(along(path, u), {0.2f, 0.2f}, 0.06f, with_alpha(c.protein, alpha), Tag::flux);
        q.rotation_rad = 6.0f * u;
    }
}

/// The nodes glow with their activity (per frame, over the static diagram).
void activity_glows(Painter& p, const sim::State& s) {
    const Palette& c = p.pal;
    const auto level = [](double rel) {
        return static_cast<float>(std::clamp(0.25 * (std::isfinite(rel) ? rel : 0.0), 0.0, 1.0));
    };
    p.glow(spec(Node::ampa).at, 2.4f, with_alpha(c.ampa_active, 0.5f * level(s.ampa_activation_rel)));
    p.glow(spec(Node::calcium).at, 2.2f, with_alpha(c.calcium, 0.5f * level(s.ampa_activation_rel)));
    p.glow(spec(Node::trkb).at, 2.4f, with_alpha(c.trkb, 0.5f * level(s.bdnf_rel)));
    Instance& g = p.glow(spec(Node::mtor).at, 2.8f, with_alpha(c.mtor, 0.15f + 0.75f * mapping::mtor_glow(s)));
    g.tag = Tag::mtor;
}

void labels(Painter& p) {
    if (!p.options.labels) return;
    if (p.min_text_px > 0.0f) {  // presenter mode's large text: the diagram's nodes say it
        p.label({9.0f, -0.1f}, "New proteins", 13.5f, Align::right);
        return;
    }
    p.label({4.0f, 8.9f}, "Presynaptic terminal", 15.0f, Align::center, true);
    p.label({-9.6f, -7.9f}, "Inside the spine head", 15.0f, Align::left, true);
    p.label({9.0f, -0.8f}, "New proteins\nto the synapse", 13.5f, Align::right);
}

}  // namespace

void build_signalling(Painter& p, const sim::State& s) {
    const std::vector<StepFlux> flux = signalling::steps(s, p.options.experiments, p.options.hypotheses);
    p.use_backdrop(true);
    cell(p);
    labels(p);
    arrows(p, flux);
    p.use_backdrop(false);
    activity_glows(p, s);
    nodes(p, flux);
    flux_particles(p, flux);
}

}  // namespace scene
