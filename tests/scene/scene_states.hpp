// Hand-made model states for the scene tests (independent of the model, so the tests pin the picture).
#pragma once
#include <cstddef>

#include "scene/frame.hpp"
#include "scene/scene.hpp"
#include "sim/state.hpp"

namespace scene_test {

/// Near the end of the standard infusion: blockade, disinhibition, surge, BDNF and mTORC1 up.
inline sim::State peak_state() {
    sim::State s;
    s.time_h = 0.67;
    s.plasma_ng_per_ml = 177.0;
    s.plasma_uM = 0.745;
    s.effect_site_uM = 0.70;
    s.nmda_block_interneuron = 0.51;
    s.nmda_block_pyramidal = 0.20;
    s.nmda_trapped = 0.27;
    s.nmda_mg_blocked = 0.32;
    s.interneuron_rate_rel = 0.59;
    s.pyramidal_rate_rel = 2.5;
    s.glutamate_rel = 1.6;
    s.ampa_activation_rel = 1.6;
    s.bdnf_rel = 1.55;
    s.mtor_phospho_rel = 1.9;
    s.synaptic_protein_rel = 1.1;
    s.spine_density_rel = 1.0;
    s.stage = sim::Stage::ampa_bdnf;
    return s;
}

/// One day later: the drug is gone, spines are up.
inline sim::State day_one_state() {
    sim::State s;
    s.time_h = 24.0;
    s.plasma_ng_per_ml = 0.4;
    s.plasma_uM = 0.002;
    s.synaptic_protein_rel = 1.2;
    s.spine_density_rel = 1.16;
    s.stage = sim::Stage::synaptogenesis;
    return s;
}

inline scene::ViewOptions options(scene::View view, int w = 1366, int h = 768) {
    scene::ViewOptions o;
    o.view = view;
    o.width_px = w;
    o.height_px = h;
    return o;
}

/// Instances with `tag` in every shape layer of the frame.
inline int count_tag(const scene::SceneFrame& f, scene::Tag tag) {
    int n = 0;
    for (const auto* list : {&f.backdrop, &f.backdrop_overlay, &f.instances, &f.overlay})
        for (const scene::Instance& i : *list) n += i.tag == tag ? 1 : 0;
    return n;
}

}  // namespace scene_test
