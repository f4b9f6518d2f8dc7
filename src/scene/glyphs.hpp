// Molecule and receptor glyphs in local units, shared by the views and the legend swatches.
#pragma once
#include <vector>

#include "scene/frame.hpp"
#include "scene/palette.hpp"

namespace scene {

/// A glyph is a few instances around a local origin (y up, about 1 unit tall).
using Glyph = std::vector<Instance>;

enum class NmdaState { closed, open, mg_blocked, ketamine_open, trapped };
/// Tag of the receptor body for a state.
Tag nmda_tag(NmdaState state);

/// An NMDA receptor spanning a membrane at y = 0 (extracellular side up); `flow` 0..1 animates ions.
Glyph nmda_glyph(NmdaState state, const Palette& pal, float flow, float outline_px);
/// An AMPA receptor; active ones are open and pass ions.
Glyph ampa_glyph(bool active, const Palette& pal, float flow, float outline_px);
/// A TrkB receptor (stem in the membrane at y = 0, arms up); active ones carry a BDNF dimer and glow.
Glyph trkb_glyph(bool active, const Palette& pal, float outline_px);
Glyph bdnf_glyph(const Palette& pal, float outline_px);
Glyph ketamine_glyph(const Palette& pal, float outline_px);
/// Ketamine's two enantiomers, mirror images of each other: S (esketamine) and R (arketamine).
enum class Enantiomer { s, r };
/// A ketamine molecule with a side group that makes it chiral: up and to the right for S, mirrored to the
/// left for R (the group is tagged Tag::enantiomer_s or Tag::enantiomer_r).
Glyph ketamine_glyph(const Palette& pal, float outline_px, Enantiomer enantiomer);
Glyph glutamate_glyph(const Palette& pal, float outline_px);

/// Scales, rotates and moves a glyph; flip_y mirrors it (for y-down screen space).
Glyph place(const Glyph& glyph, glm::vec2 origin, float scale, float rotation_rad = 0.0f, bool flip_y = false);
/// Multiplies every colour's alpha.
void fade(Glyph& glyph, float alpha);
void append(std::vector<Instance>& out, const Glyph& glyph);

}  // namespace scene
