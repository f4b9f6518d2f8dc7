// Glyph geometry: receptors as pairs of subunits around a pore, molecules as small SDF shapes.
#include "scene/glyphs.hpp"

#include <cmath>

namespace scene {
namespace {

Instance part(Shape shape, glm::vec2 c, glm::vec2 half, Rgba fill, float rotation = 0.0f) {
    Instance i;
    i.shape = shape;
    i.center = c;
    i.half_size = half;
    i.fill = fill;
    i.rotation_rad = rotation;
    return i;
}

Instance edged(Instance i, float outline_px, Rgba edge) {
    i.outline_px = outline_px;
    i.outline = edge;
    return i;
}

/// Two subunits at +-gap around the pore, tilted inward by `tilt` (closed gates), as capsules along y.
void subunits(Glyph& g, float gap, float half_len, float radius, float tilt, Rgba fill, Rgba edge, float outline_px,
              Tag tag) {
    for (int side = -1; side <= 1; side += 2) {
        const float s = static_cast<float>(side);
        Instance sub = edged(part(Shape::capsule, {s * gap, 0.12f}, {half_len, radius}, fill, 1.5707963f + s * tilt),
                             outline_px, edge);
        sub.tag = side < 0 ? tag : Tag::none;
        g.push_back(sub);
        // Ligand-binding domain on the extracellular side.
        g.push_back(edged(part(Shape::circle, {s * (gap + 0.06f), 0.12f + half_len - 0.05f}, {0.2f, 0.2f}, fill),
                          outline_px, edge));
    }
}

void ions(Glyph& g, const Palette& pal, float flow, float top, float bottom) {
    for (int k = 0; k < 2; ++k) {
        const float u = std::fmod(flow + 0.5f * static_cast<float>(k), 1.0f);
        const float alpha = std::min(1.0f, std::min(u, 1.0f - u) * 6.0f);
        g.push_back(
            part(Shape::circle, {0.0f, top + (bottom - top) * u}, {0.075f, 0.075f}, with_alpha(pal.ion, alpha)));
    }
}

}  // namespace

Tag nmda_tag(NmdaState state) {
    switch (state) {
        case NmdaState::closed: return Tag::nmda_closed;
        case NmdaState::open: return Tag::nmda_open;
        case NmdaState::mg_blocked: return Tag::nmda_mg_blocked;
        case NmdaState::ketamine_open: return Tag::nmda_ketamine_blocked;
        case NmdaState::trapped: return Tag::nmda_trapped;
    }
    return Tag::nmda_closed;
}

Glyph nmda_glyph(NmdaState state, const Palette& pal, float flow, float outline_px) {
    Glyph g;
    const bool open = state == NmdaState::open || state == NmdaState::mg_blocked || state == NmdaState::ketamine_open;
    const Rgba fill = open ? pal.nmda_open : pal.nmda_closed;
    const Rgba edge = with_alpha(pal.background, 0.9f);
    const float gap = open ? 0.31f : 0.2f;
    const float tilt = state == NmdaState::trapped ? 0.2f : 0.0f;
    if (state == NmdaState::open) ions(g, pal, flow, 1.0f, -0.75f);
    subunits(g, gap, 0.8f, 0.17f, tilt, fill, edge, outline_px, nmda_tag(state));
    if (open) {  // glutamate bound to the ligand-binding domain
        g.push_back(part(Shape::circle, {-gap - 0.06f, 0.87f}, {0.085f, 0.085f}, pal.glutamate));
        g.push_back(part(Shape::circle, {gap + 0.06f, 0.87f}, {0.085f, 0.085f}, pal.glutamate));
    }
    if (state == NmdaState::mg_blocked)
        g.push_back(edged(part(Shape::circle, {0.0f, 0.45f}, {0.17f, 0.17f}, pal.magnesium), outline_px, edge));
    if (state == NmdaState::ketamine_open || state == NmdaState::trapped) {
        const float half_side = 0.15f;
        Instance k = edged(part(Shape::box, {0.0f, state == NmdaState::trapped ? 0.12f : 0.3f}, {half_side, half_side},
                                pal.ketamine, 0.785398f),
                           outline_px, pal.ketamine_edge);
        k.corner_radius = 0.03f;
        g.push_back(k);
    }
    if (state == NmdaState::trapped)  // the closed gate above the trapped drug
        g.push_back(part(Shape::capsule, {0.0f, 0.62f}, {0.2f, 0.07f}, pal.nmda_closed));
    return g;
}

Glyph ampa_glyph(bool active, const Palette& pal, float flow, float outline_px) {
    Glyph g;
    const Rgba fill = active ? pal.ampa_active : pal.ampa_idle;
    const Rgba edge = with_alpha(pal.background, 0.9f);
    if (active) ions(g, pal, flow, 0.85f, -0.6f);
    for (int side = -1; side <= 1; side += 2) {
        const float s = static_cast<float>(side);
        const float gap = active ? 0.27f : 0.17f;
        Instance sub =
            edged(part(Shape::capsule, {s * gap, 0.08f}, {0.62f, 0.15f}, fill, 1.5707963f), outline_px, edge);
        sub.tag = side < 0 ? (active ? Tag::ampa_active : Tag::ampa_idle) : Tag::none;
        g.push_back(sub);
        g.push_back(edged(part(Shape::box, {s * (gap + 0.05f), 0.66f}, {0.16f, 0.12f}, fill), outline_px, edge));
    }
    return g;
}

Glyph trkb_glyph(bool active, const Palette& pal, float outline_px) {
    Glyph g;
    const Rgba fill = active ? pal.trkb : with_alpha(pal.trkb, 0.55f);
    const Rgba edge = with_alpha(pal.background, 0.9f);
    if (active) g.push_back(part(Shape::glow, {0.0f, 0.4f}, {1.1f, 1.1f}, with_alpha(pal.bdnf, 0.55f)));
    g.push_back(edged(part(Shape::capsule, {0.0f, 0.0f}, {0.55f, 0.12f}, fill, 1.5707963f), outline_px, edge));
    for (int side = -1; side <= 1; side += 2) {
        const float s = static_cast<float>(side);
        g.push_back(edged(part(Shape::capsule, {s * 0.2f, 0.72f}, {0.3f, 0.11f}, fill, 1.5707963f - s * 0.55f),
                          outline_px, edge));
    }
    g.front().tag = Tag::none;
    g[active ? 1 : 0].tag = active ? Tag::trkb_active : Tag::trkb_idle;
    if (active) {
        Glyph dimer = bdnf_glyph(pal, outline_px);
        for (Instance& i : dimer) {
            i.center += glm::vec2{0.0f, 1.02f};
            i.tag = Tag::none;
            g.push_back(i);
        }
    }
    return g;
}

Glyph bdnf_glyph(const Palette& pal, float outline_px) {
    Glyph g;
    const Rgba edge = with_alpha(pal.background, 0.9f);
    g.push_back(edged(part(Shape::circle, {-0.13f, 0.0f}, {0.16f, 0.16f}, pal.bdnf), outline_px, edge));
    g.push_back(edged(part(Shape::circle, {0.13f, 0.0f}, {0.16f, 0.16f}, pal.bdnf), outline_px, edge));
    g.front().tag = Tag::bdnf;
    return g;
}

Glyph ketamine_glyph(const Palette& pal, float outline_px) {
    Instance k =
        edged(part(Shape::box, {0.0f, 0.0f}, {0.16f, 0.16f}, pal.ketamine, 0.785398f), outline_px, pal.ketamine_edge);
    k.corner_radius = 0.03f;
    k.tag = Tag::ketamine;
    return {k};
}

Glyph ketamine_glyph(const Palette& pal, float outline_px, Enantiomer enantiomer) {
    Glyph g = ketamine_glyph(pal, outline_px);
    const float side = enantiomer == Enantiomer::s ? 1.0f : -1.0f;
    Instance group = edged(part(Shape::circle, {side * 0.17f, 0.17f}, {0.075f, 0.075f}, pal.ketamine), outline_px,
                           pal.ketamine_edge);
    group.tag = enantiomer == Enantiomer::s ? Tag::enantiomer_s : Tag::enantiomer_r;
    g.insert(g.begin(), group);  // behind the ring, so the outline of the join stays clean
    return g;
}

Glyph glutamate_glyph(const Palette& pal, float outline_px) {
    Instance g = part(Shape::circle, {0.0f, 0.0f}, {0.12f, 0.12f}, pal.glutamate);
    if (pal.glutamate_edge.a > 0.0f) g = edged(g, outline_px, pal.glutamate_edge);
    g.tag = Tag::glutamate;
    return {g};
}

Glyph place(const Glyph& glyph, glm::vec2 origin, float scale, float rotation_rad, bool flip_y) {
    Glyph out;
    out.reserve(glyph.size());
    const float c = std::cos(rotation_rad), s = std::sin(rotation_rad);
    for (Instance i : glyph) {
        glm::vec2 p = i.center * scale;
        p = {c * p.x - s * p.y, s * p.x + c * p.y};
        float rot = i.rotation_rad + rotation_rad;
        if (flip_y) {
            p.y = -p.y;
            rot = -rot;
        }
        i.center = origin + p;
        i.rotation_rad = rot;
        i.half_size *= scale;
        i.corner_radius *= scale;
        out.push_back(i);
    }
    return out;
}

void fade(Glyph& glyph, float alpha) {
    for (Instance& i : glyph) {
        i.fill.a *= alpha;
        i.outline.a *= alpha;
    }
}

void append(std::vector<Instance>& out, const Glyph& glyph) { out.insert(out.end(), glyph.begin(), glyph.end()); }

}  // namespace scene
