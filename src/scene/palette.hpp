// The colour-blind-safe (Okabe-Ito) palette of the picture, for a dark and a light background.
#pragma once
#include "scene/frame.hpp"
#include "scene/scene.hpp"

namespace scene {

/// Okabe & Ito (2008) colours, sRGB.
namespace okabe_ito {
inline constexpr Rgba orange{0.902f, 0.624f, 0.0f, 1.0f};            // #E69F00
inline constexpr Rgba sky_blue{0.337f, 0.706f, 0.914f, 1.0f};        // #56B4E9
inline constexpr Rgba bluish_green{0.0f, 0.620f, 0.451f, 1.0f};      // #009E73
inline constexpr Rgba yellow{0.941f, 0.894f, 0.259f, 1.0f};          // #F0E442
inline constexpr Rgba blue{0.0f, 0.447f, 0.698f, 1.0f};              // #0072B2
inline constexpr Rgba vermillion{0.835f, 0.369f, 0.0f, 1.0f};        // #D55E00
inline constexpr Rgba reddish_purple{0.800f, 0.475f, 0.655f, 1.0f};  // #CC79A7
}  // namespace okabe_ito

/// Every colour the views use, by meaning.
struct Palette {
    Rgba background;
    Rgba ink;       ///< main text and strong lines
    Rgba ink_soft;  ///< secondary text, leader lines
    Rgba halo;      ///< behind labels, so they read over the picture
    Rgba panel;     ///< legend / caption panels
    Rgba panel_edge;
    Rgba membrane;        ///< lipid membranes
    Rgba cytoplasm_pre;   ///< presynaptic terminal
    Rgba cytoplasm_post;  ///< postsynaptic spine / dendrite
    Rgba psd;             ///< postsynaptic density
    Rgba glutamate;
    Rgba glutamate_edge;
    Rgba ketamine;
    Rgba ketamine_edge;
    Rgba magnesium;
    Rgba nmda_closed;
    Rgba nmda_open;
    Rgba ampa_idle;
    Rgba ampa_active;
    Rgba ion;      ///< Na+/Ca2+ flowing through open channels
    Rgba calcium;  ///< Ca2+ where it is told apart from Na+ (receptor and signalling close-ups)
    Rgba glycine;  ///< the NMDA receptor's co-agonist
    Rgba cut;      ///< a virtual experiment's block
    Rgba bdnf;
    Rgba trkb;
    Rgba mtor;
    Rgba protein;
    Rgba vesicle;
    Rgba interneuron;  ///< GABA interneuron (inhibitory)
    Rgba pyramidal;    ///< pyramidal neuron (excitatory)
    Rgba gaba;
    Rgba spike;  ///< action potentials
    Rgba vessel;
    Rgba blood_cell;
    Rgba spine_new;
    Rgba spine_ghost;
    Rgba contested;  ///< dashed hypothesis paths
};

Palette palette(Theme theme);

/// `c` with its alpha multiplied by `alpha`.
Rgba with_alpha(Rgba c, float alpha);
/// Linear blend of two colours, t = 0 gives a.
Rgba mix(Rgba a, Rgba b, float t);

}  // namespace scene
