// Presenter mode's text sizes: at 1366x768 every label a student must read is at least 18 px, and a larger UI
// scale enlarges it in proportion.
#include <catch2/catch.hpp>

#include <vector>

#include "scene/scene.hpp"

namespace {

/// Every label of a frame, the cached backdrop's and the per-frame ones.
std::vector<scene::Label> all_labels(const scene::SceneFrame& f) {
    std::vector<scene::Label> labels = f.backdrop_labels;
    labels.insert(labels.end(), f.labels.begin(), f.labels.end());
    return labels;
}

/// A state in the middle of the cascade (every view has its live labels).
sim::State busy_state() {
    sim::State s;
    s.time_h = 1.0;
    s.plasma_ng_per_ml = 120.0;
    s.plasma_uM = 0.5;
    s.effect_site_uM = 0.45;
    s.nmda_block_interneuron = 0.3;
    s.interneuron_rate_rel = 0.6;
    s.pyramidal_rate_rel = 2.5;
    s.glutamate_rel = 1.6;
    s.bdnf_rel = 1.4;
    s.mtor_phospho_rel = 1.5;
    s.spine_density_rel = 1.1;
    return s;
}

/// Presenter mode at 1366x768: the picture in the area the caption and timeline leave, with or without a key
/// plot beside it (session::presenter_layout's proportions).
scene::ViewOptions presenter(scene::View view, float ui_scale, bool key_plot) {
    scene::ViewOptions o;
    o.view = view;
    o.width_px = 1366;
    o.height_px = 768;
    o.text_scale = ui_scale;
    o.min_text_px = 18.0f;
    o.caption = false;
    o.picture_rect_px = {0.0f, 0.0f, key_plot ? 847.0f : 1366.0f, 478.0f};
    return o;
}

}  // namespace

TEST_CASE("presenter mode: every label is at least 18 px at 1366x768, and grows with the UI scale") {
    for (scene::View view : {scene::View::circuit, scene::View::synapse, scene::View::spine})
        for (bool key_plot : {false, true}) {
            CAPTURE(scene::view_id(view), key_plot);
            const auto at1 = all_labels(scene::build(busy_state(), 2.0, 1, presenter(view, 1.0f, key_plot)));
            REQUIRE(at1.size() > 10);
            for (const scene::Label& l : at1) {
                CAPTURE(l.text);
                CHECK(l.size_px >= 18.0f);
            }
            for (float scale : {1.5f, 2.0f}) {
                const auto at_scale = all_labels(scene::build(busy_state(), 2.0, 1, presenter(view, scale, key_plot)));
                // A readout line that no longer fits above the picture's bottom at the larger text is left out.
                REQUIRE(at_scale.size() <= at1.size());
                REQUIRE(at_scale.size() + 6 >= at1.size());
                std::vector<bool> used(at1.size(), false);
                for (const scene::Label& l : at_scale) {
                    CAPTURE(scale, l.text);
                    CHECK(l.size_px >= 18.0f * scale);
                    std::size_t i = 0;
                    while (i < at1.size() && (used[i] || at1[i].text != l.text)) ++i;
                    if (i == at1.size()) continue;  // a live label whose figure differs: its size is checked above
                    used[i] = true;
                    if (at1[i].screen_space)  // the title, readout and legend: exactly in proportion
                        CHECK(l.size_px == Approx(at1[i].size_px * scale));
                    else  // the picture's labels: in proportion at least to the 18 px floor
                        CHECK(l.size_px >= 0.8f * scale * at1[i].size_px);
                }
            }
        }
}

TEST_CASE("outside presenter mode the labels keep their own sizes") {
    scene::ViewOptions o = presenter(scene::View::circuit, 1.0f, false);
    o.min_text_px = 0.0f;
    bool smaller = false;
    for (const scene::Label& l : all_labels(scene::build(busy_state(), 2.0, 1, o))) smaller |= l.size_px < 18.0f;
    CHECK(smaller);  // the floor is presenter mode's, not the window's
}
