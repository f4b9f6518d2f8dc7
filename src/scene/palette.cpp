// Palette values: Okabe-Ito hues on a near-black (#14161c) or off-white (#f7f7f4) background.
#include "scene/palette.hpp"

namespace scene {
namespace {

constexpr Rgba rgb(int r, int g, int b, float a = 1.0f) {
    return Rgba{static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f, static_cast<float>(b) / 255.0f, a};
}

Palette dark_palette() {
    namespace oi = okabe_ito;
    Palette p;
    p.background = rgb(0x14, 0x16, 0x1c);
    p.ink = rgb(0xee, 0xee, 0xea);
    p.ink_soft = rgb(0xa8, 0xae, 0xba);
    p.halo = rgb(0x14, 0x16, 0x1c, 0.92f);
    p.panel = rgb(0x1d, 0x21, 0x2a, 0.94f);
    p.panel_edge = rgb(0x3a, 0x40, 0x4d);
    p.membrane = rgb(0xb4, 0xbc, 0xcc);
    p.cytoplasm_pre = rgb(0x26, 0x2e, 0x3d);
    p.cytoplasm_post = rgb(0x33, 0x2b, 0x2a);
    p.psd = rgb(0x5a, 0x4a, 0x40);
    p.glutamate = oi::yellow;
    p.glutamate_edge = rgb(0x14, 0x16, 0x1c, 0.0f);
    p.ketamine = oi::reddish_purple;
    p.ketamine_edge = rgb(0xff, 0xe6, 0xf3);
    p.magnesium = rgb(0xd9, 0xd9, 0xd9);
    p.nmda_closed = oi::blue;
    p.nmda_open = oi::sky_blue;
    p.ampa_idle = rgb(0x8a, 0x66, 0x1c);
    p.ampa_active = oi::orange;
    p.ion = rgb(0xff, 0xff, 0xff, 0.9f);
    p.calcium = rgb(0xf4, 0xa2, 0x9b);
    p.glycine = rgb(0x9f, 0xe2, 0xbf);
    p.cut = rgb(0xff, 0x5c, 0x5c);
    p.bdnf = oi::bluish_green;
    p.trkb = rgb(0x3f, 0xc7, 0x9e);
    p.mtor = oi::vermillion;
    p.protein = rgb(0xf2, 0xb7, 0x7a);
    p.vesicle = rgb(0x8d, 0x9b, 0xb3);
    p.interneuron = oi::sky_blue;
    p.pyramidal = oi::orange;
    p.gaba = oi::bluish_green;
    p.spike = rgb(0xff, 0xfa, 0xd8);
    p.vessel = oi::vermillion;
    p.blood_cell = rgb(0xb0, 0x4a, 0x1a);
    p.spine_new = oi::bluish_green;
    p.spine_ghost = rgb(0x8a, 0x90, 0x9c, 0.35f);
    p.contested = rgb(0xd0, 0xd4, 0xdc);
    return p;
}

Palette light_palette() {
    namespace oi = okabe_ito;
    Palette p;
    p.background = rgb(0xf7, 0xf7, 0xf4);
    p.ink = rgb(0x1b, 0x1d, 0x22);
    p.ink_soft = rgb(0x55, 0x5b, 0x66);
    p.halo = rgb(0xf7, 0xf7, 0xf4, 0.92f);
    p.panel = rgb(0xff, 0xff, 0xff, 0.94f);
    p.panel_edge = rgb(0xc4, 0xc8, 0xd0);
    p.membrane = rgb(0x4a, 0x55, 0x68);
    p.cytoplasm_pre = rgb(0xdf, 0xe8, 0xf2);
    p.cytoplasm_post = rgb(0xf3, 0xe3, 0xd9);
    p.psd = rgb(0xb9, 0x9d, 0x88);
    p.glutamate = oi::yellow;
    p.glutamate_edge = rgb(0x6b, 0x5e, 0x00);
    p.ketamine = oi::reddish_purple;
    p.ketamine_edge = rgb(0x5e, 0x23, 0x45);
    p.magnesium = rgb(0x6e, 0x6e, 0x6e);
    p.nmda_closed = oi::blue;
    p.nmda_open = oi::sky_blue;
    p.ampa_idle = rgb(0xd9, 0xc0, 0x8a);
    p.ampa_active = oi::orange;
    p.ion = rgb(0x1b, 0x1d, 0x22, 0.75f);
    p.calcium = rgb(0xc0, 0x39, 0x2b);
    p.glycine = rgb(0x2e, 0x8b, 0x57);
    p.cut = rgb(0xc6, 0x1a, 0x1a);
    p.bdnf = oi::bluish_green;
    p.trkb = rgb(0x00, 0x7a, 0x59);
    p.mtor = oi::vermillion;
    p.protein = rgb(0xa8, 0x5a, 0x14);
    p.vesicle = rgb(0x6f, 0x7d, 0x95);
    p.interneuron = oi::blue;
    p.pyramidal = oi::orange;
    p.gaba = oi::bluish_green;
    p.spike = rgb(0xd5, 0x5e, 0x00);
    p.vessel = oi::vermillion;
    p.blood_cell = rgb(0xd5, 0x5e, 0x00);
    p.spine_new = oi::bluish_green;
    p.spine_ghost = rgb(0x55, 0x5b, 0x66, 0.25f);
    p.contested = rgb(0x3a, 0x3f, 0x4a);
    return p;
}

}  // namespace

Palette palette(Theme theme) { return theme == Theme::dark ? dark_palette() : light_palette(); }

Rgba with_alpha(Rgba c, float alpha) { return Rgba{c.r, c.g, c.b, c.a * alpha}; }

Rgba mix(Rgba a, Rgba b, float t) { return a + (b - a) * t; }

}  // namespace scene
