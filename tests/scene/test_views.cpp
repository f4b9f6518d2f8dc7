// The three views draw what the model says: receptor states, molecule counts, spikes, spines, layers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "scene/mapping.hpp"
#include "scene_states.hpp"

using namespace scene;
using scene_test::count_tag;
using scene_test::options;

namespace {

int nmda_blocked(const SceneFrame& f) {
    return count_tag(f, Tag::nmda_ketamine_blocked) + count_tag(f, Tag::nmda_trapped);
}

int nmda_total(const SceneFrame& f) {
    return nmda_blocked(f) + count_tag(f, Tag::nmda_closed) + count_tag(f, Tag::nmda_open) +
           count_tag(f, Tag::nmda_mg_blocked);
}

int spines_drawn(const SceneFrame& f) {
    return count_tag(f, Tag::spine) + count_tag(f, Tag::spine_new) + count_tag(f, Tag::spine_growing);
}

}  // namespace

TEST_CASE("Synapse view: the fraction of NMDA receptors drawn blocked equals the model's block") {
    for (double block : {0.0, 0.1, 0.2, 0.35, 0.62, 0.9, 1.0}) {
        sim::State s = scene_test::peak_state();
        s.nmda_block_pyramidal = block;
        for (double t : {0.0, 1.3, 7.7}) {  // whatever the animation time
            const SceneFrame f = build(s, t, 3, options(View::synapse));
            INFO("block " << block << " at " << t << " s");
            CHECK(nmda_total(f) == mapping::kNmdaReceptors);
            CHECK(nmda_blocked(f) == static_cast<int>(std::lround(block * mapping::kNmdaReceptors)));
        }
    }
}

TEST_CASE("Synapse view: blocked receptors are drawn trapped when closed (1 - Po), all states appear") {
    sim::State s = scene_test::peak_state();
    s.nmda_block_pyramidal = s.nmda_block_interneuron = 0.6;
    s.pyramidal_rate_rel = 20.0;  // Po 1: every blocked channel open
    CHECK(count_tag(build(s, 2.0, 1, options(View::synapse)), Tag::nmda_trapped) == 0);
    s.pyramidal_rate_rel = 1.0;  // Po 0.05
    const SceneFrame f = build(s, 2.0, 1, options(View::synapse));
    CHECK(count_tag(f, Tag::nmda_trapped) == 6);
    CHECK(count_tag(f, Tag::nmda_ketamine_blocked) == 0);
    // Unblocked receptors cycle through Mg2+ block, opening and closing over the animation clock.
    sim::State rest;
    rest.nmda_mg_blocked = 0.43;  // the model's resting value
    int mg = 0, open = 0, closed = 0;
    for (int k = 0; k < 40; ++k) {
        const SceneFrame g = build(rest, 0.17 * k, 1, options(View::synapse));
        mg += count_tag(g, Tag::nmda_mg_blocked);
        open += count_tag(g, Tag::nmda_open);
        closed += count_tag(g, Tag::nmda_closed);
    }
    CHECK(mg > 0);
    CHECK(open > 0);
    CHECK(closed > 0);
    CHECK(mg > open);  // at rest, Mg2+ block is common and opening rare
}

TEST_CASE("Synapse view: glutamate count follows the model's glutamate level") {
    sim::State s;
    for (double glu : {0.0, 0.5, 1.0, 1.6, 2.0, 3.0}) {
        s.glutamate_rel = glu;
        const SceneFrame f = build(s, 4.2, 9, options(View::synapse));
        CHECK(count_tag(f, Tag::glutamate) == static_cast<int>(std::lround(glu * mapping::kGlutamatePerRel)));
    }
    s.glutamate_rel = 1.0;
    const int base = count_tag(build(s, 4.2, 9, options(View::synapse)), Tag::glutamate);
    s.glutamate_rel = 2.0;
    CHECK(count_tag(build(s, 4.2, 9, options(View::synapse)), Tag::glutamate) == 2 * base);
}

TEST_CASE("Synapse view: ketamine, AMPA, BDNF/TrkB, mTORC1 and proteins follow the model") {
    const sim::State rest;
    const sim::State peak = scene_test::peak_state();
    const SceneFrame a = build(rest, 3.0, 1, options(View::synapse));
    const SceneFrame b = build(peak, 3.0, 1, options(View::synapse));
    CHECK(count_tag(a, Tag::ketamine) == 0);
    CHECK(count_tag(b, Tag::ketamine) == mapping::ketamine_molecules_tissue(peak));
    CHECK(count_tag(b, Tag::trkb_active) > count_tag(a, Tag::trkb_active));
    CHECK(count_tag(b, Tag::bdnf) == mapping::bdnf_dimers(peak));
    CHECK(count_tag(b, Tag::bdnf) > count_tag(a, Tag::bdnf));
    CHECK(count_tag(b, Tag::protein) == mapping::new_proteins(peak));
    // AMPA activity, averaged over the animation, rises with the model's AMPA activation.
    int active_rest = 0, active_peak = 0;
    for (int k = 0; k < 30; ++k) {
        active_rest += count_tag(build(rest, 0.21 * k, 1, options(View::synapse)), Tag::ampa_active);
        active_peak += count_tag(build(peak, 0.21 * k, 1, options(View::synapse)), Tag::ampa_active);
    }
    CHECK(static_cast<double>(active_peak) / active_rest == Approx(1.6).epsilon(0.35));
    // The mTORC1 glow is brighter when more mTORC1 is phosphorylated.
    auto glow_alpha = [](const SceneFrame& f) {
        for (const Instance& i : f.instances)
            if (i.tag == Tag::mtor) return i.fill.a;
        return -1.0f;
    };
    CHECK(glow_alpha(b) > glow_alpha(a));
}

TEST_CASE("Circuit view: spikes follow the firing rates, interneuron receptors show the block") {
    const sim::State rest;
    const sim::State peak = scene_test::peak_state();
    auto spikes = [](const sim::State& s, Tag tag) {
        int n = 0;
        for (int k = 0; k < 400; ++k) n += count_tag(build(s, 0.5 * k, 5, options(View::circuit)), tag);
        return static_cast<double>(n);
    };
    const double int_rest = spikes(rest, Tag::spike_interneuron), int_peak = spikes(peak, Tag::spike_interneuron);
    const double pyr_rest = spikes(rest, Tag::spike_pyramidal), pyr_peak = spikes(peak, Tag::spike_pyramidal);
    CHECK(int_peak < int_rest);  // the interneuron quiets ...
    CHECK(pyr_peak > pyr_rest);  // ... and the pyramidal neuron fires more
    CHECK(int_peak / int_rest == Approx(peak.interneuron_rate_rel).epsilon(0.25));
    CHECK(pyr_peak / pyr_rest == Approx(peak.pyramidal_rate_rel).epsilon(0.25));

    const SceneFrame f = build(peak, 1.0, 5, options(View::circuit));
    const int blocked = count_tag(f, Tag::receptor_interneuron_blocked);
    CHECK(blocked == static_cast<int>(std::lround(peak.nmda_block_interneuron * mapping::kInterneuronReceptors)));
    CHECK(blocked + count_tag(f, Tag::receptor_interneuron_free) == mapping::kInterneuronReceptors);
    CHECK(count_tag(build(rest, 1.0, 5, options(View::circuit)), Tag::receptor_interneuron_blocked) == 0);
}

TEST_CASE("Circuit view: ketamine arrives with plasma concentration and fades as it falls") {
    sim::State s;
    const int none = count_tag(build(s, 2.0, 1, options(View::circuit)), Tag::ketamine);
    s = scene_test::peak_state();
    const int peak = count_tag(build(s, 2.0, 1, options(View::circuit)), Tag::ketamine);
    s.plasma_uM *= 0.3;
    s.effect_site_uM *= 0.3;
    const int falling = count_tag(build(s, 2.0, 1, options(View::circuit)), Tag::ketamine);
    CHECK(none == 0);
    CHECK(peak == mapping::ketamine_molecules_vessel(scene_test::peak_state()) +
                      mapping::ketamine_molecules_tissue(scene_test::peak_state()));
    CHECK(falling < peak);
    CHECK(falling > 0);
    // The vessel shows plasma, the tissue the effect site: each alone, with different counts.
    sim::State in_plasma;
    in_plasma.plasma_uM = 1.5;
    sim::State at_receptor;
    at_receptor.effect_site_uM = 0.5;
    REQUIRE(mapping::ketamine_molecules_vessel(in_plasma) != mapping::ketamine_molecules_tissue(at_receptor));
    CHECK(count_tag(build(in_plasma, 2.0, 1, options(View::circuit)), Tag::ketamine) ==
          mapping::ketamine_molecules_vessel(in_plasma));
    CHECK(count_tag(build(at_receptor, 2.0, 1, options(View::circuit)), Tag::ketamine) ==
          mapping::ketamine_molecules_tissue(at_receptor));
}

TEST_CASE("Spine view: spines are counted from the density, stress shows fewer, new ones grow") {
    sim::State s;
    for (double density : {0.7, 0.85, 1.0, 1.16, 1.3}) {
        s.spine_density_rel = density;
        const SceneFrame f = build(s, 1.0, 2, options(View::spine));
        const double expected = density * mapping::kSpinesAtHealthyDensity;
        INFO("density " << density);
        // Whole spines plus the one growing now.
        CHECK(spines_drawn(f) == static_cast<int>(std::ceil(expected - 0.02)));
        CHECK(count_tag(f, Tag::spine) + count_tag(f, Tag::spine_new) == static_cast<int>(std::floor(expected + 0.02)));
        CHECK(count_tag(f, Tag::spine_lost) ==
              std::max(0, mapping::kSpinesAtHealthyDensity - static_cast<int>(std::ceil(expected - 0.02))));
    }
    s.spine_density_rel = 1.0;
    CHECK(count_tag(build(s, 1.0, 2, options(View::spine)), Tag::spine_new) == 0);  // rapamycin: none new
    s.spine_density_rel = 1.25;
    CHECK(count_tag(build(s, 1.0, 2, options(View::spine)), Tag::spine_new) == 4);
    // A stressed scenario: its own baseline is lower, so regrowth towards health counts as new.
    ViewOptions o = options(View::spine);
    o.baseline_spine_density_rel = 0.75f;
    s.spine_density_rel = 1.0;
    CHECK(count_tag(build(s, 1.0, 2, o), Tag::spine_new) == 4);
}

TEST_CASE("Layers: labels, legend, title and caption can be hidden, the backdrop is static") {
    const sim::State s = scene_test::peak_state();
    for (View view : {View::circuit, View::synapse, View::spine}) {
        ViewOptions o = options(view);
        const SceneFrame full = build(s, 1.0, 1, o);
        CHECK(count_tag(full, Tag::legend) > 0);
        o.legend = false;
        o.title = false;
        o.caption = false;
        o.labels = false;
        const SceneFrame bare = build(s, 1.0, 1, o);
        CHECK(count_tag(bare, Tag::legend) == 0);
        CHECK(bare.labels.size() + bare.backdrop_labels.size() < full.labels.size() + full.backdrop_labels.size());
        // What the renderer caches does not move with the clock or the model.
        const ViewOptions def = options(view);
        CHECK(backdrop_hash(build(s, 1.0, 1, def)) == backdrop_hash(build(sim::State{}, 9.0, 1, def)));
    }
}

TEST_CASE("At a large text scale the legend shrinks to stay inside the picture") {
    for (View view : {View::circuit, View::synapse, View::spine}) {
        ViewOptions o = options(view, 1920, 1080);
        o.text_scale = 2.0f;
        o.picture_rect_px = scene::Rect{0.0f, 0.0f, 1920.0f, 720.0f};  // presenter mode: the caption takes the rest
        const SceneFrame f = build(scene_test::peak_state(), 1.0, 1, o);
        float bottom_px = 0.0f;
        for (const Instance& i : f.backdrop_overlay)
            if (i.tag == Tag::legend) bottom_px = std::max(bottom_px, i.center.y + i.half_size.y);
        INFO(view_id(view));
        CHECK(bottom_px > 360.0f);  // still large
        CHECK(bottom_px <= 720.0f);
    }
}

TEST_CASE("Themes, transparency and resolution") {
    const sim::State s = scene_test::peak_state();
    ViewOptions o = options(View::synapse);
    o.theme = Theme::light;
    const SceneFrame light = build(s, 1.0, 1, o);
    CHECK(light.background.r > 0.9f);
    o.theme = Theme::dark;
    CHECK(build(s, 1.0, 1, o).background.r < 0.15f);
    o.transparent = true;
    CHECK(build(s, 1.0, 1, o).background.a == 0.0f);
    // The same picture at 4K: the same world content, the camera shows the same region.
    const SceneFrame small = build(s, 1.0, 1, options(View::synapse, 1366, 768));
    const SceneFrame big = build(s, 1.0, 1, options(View::synapse, 3840, 2160));
    CHECK(small.camera.half_height == Approx(big.camera.half_height));
    CHECK(small.instances.size() == big.instances.size());
}

TEST_CASE("View transitions blend two views and end on the chosen one") {
    const sim::State s = scene_test::peak_state();
    ViewOptions o = options(View::synapse);
    o.from_view = View::circuit;
    o.transition = 1.0f;
    CHECK(frame_hash(build(s, 1.0, 1, o)) == frame_hash(build(s, 1.0, 1, options(View::synapse))));
    o.transition = 0.5f;
    const SceneFrame mid = build(s, 1.0, 1, o);
    CHECK(count_tag(mid, Tag::soma_pyramidal) == 1);  // the circuit is still there ...
    CHECK(count_tag(mid, Tag::glutamate) > 0);        // ... and the synapse already
    CHECK(transition_progress(0.0) == 0.0f);
    CHECK(transition_progress(0.45) > 0.4f);
    CHECK(transition_progress(0.45) < 0.6f);
    CHECK(transition_progress(5.0) == 1.0f);
    CHECK(view_from_id(view_id(View::spine)) == View::spine);
    CHECK(!view_from_id("cortex"));
}

TEST_CASE("Each figure of the readout shows its own model quantity") {
    sim::State s;
    s.time_h = 2.0;
    s.plasma_ng_per_ml = 101.0;
    s.plasma_uM = 0.42;
    s.nmda_block_interneuron = 0.62;
    s.nmda_block_pyramidal = 0.31;
    s.interneuron_rate_rel = 0.55;
    s.pyramidal_rate_rel = 1.75;
    s.glutamate_rel = 2.35;
    s.bdnf_rel = 1.43;
    s.mtor_phospho_rel = 1.87;
    s.spine_density_rel = 1.16;
    s.synaptic_protein_rel = 1.29;
    const auto text_of = [&](View view) {
        std::string all;
        for (const Label& l : build(s, 1.0, 1, options(view)).labels) all += l.text + "\n";
        return all;
    };
    const std::pair<View, const char*> expected[] = {
        {View::circuit, "Plasma 101 ng/mL (0.42 \u00b5M)"},
        {View::circuit, "Interneuron NMDARs blocked 62 %"},
        {View::circuit, "Interneuron firing 0.55\u00d7"},
        {View::circuit, "Pyramidal firing 1.75\u00d7"},
        {View::circuit, "Glutamate release 2.35\u00d7"},
        {View::synapse, "NMDA receptors blocked 31 %"},
        {View::synapse, "Glutamate 2.35\u00d7"},
        {View::synapse, "BDNF 1.43\u00d7, mTORC1 1.87\u00d7"},
        {View::spine, "Spine density 1.16\u00d7"},
        {View::spine, "Synaptic proteins 1.29\u00d7"},
    };
    for (const auto& [view, figure] : expected) {
        INFO(view_id(view) << ": " << figure);
        CHECK(text_of(view).find(figure) != std::string::npos);
    }
}

TEST_CASE("the legend swatches give the five NMDA receptor states five different looks, in both themes") {
    for (scene::Theme theme : {scene::Theme::dark, scene::Theme::light}) {
        const auto swatches = scene::legend_swatches(scene::View::synapse, theme);
        std::vector<std::vector<float>> looks;
        for (const auto& s : swatches) {
            if (s.text.find("NMDA") == std::string::npos && s.text.find("blocked") == std::string::npos &&
                s.text.find("trapped") == std::string::npos)
                continue;
            REQUIRE_FALSE(s.shapes.empty());
            std::vector<float> look;
            for (const scene::Instance& i : s.shapes)
                for (float v : {i.fill.r, i.fill.g, i.fill.b, i.fill.a, i.outline.r, i.outline.g, i.outline.b,
                                i.center.x, i.center.y, static_cast<float>(i.shape)})
                    look.push_back(v);
            looks.push_back(look);
        }
        REQUIRE(looks.size() == 5);
        for (std::size_t a = 0; a < looks.size(); ++a)
            for (std::size_t b = a + 1; b < looks.size(); ++b) CHECK(looks[a] != looks[b]);
    }
}

TEST_CASE("the picture keeps clear of UI windows over its sides, shrinking to at most 70 percent of its size") {
    scene::ViewOptions o;
    o.width_px = 1366;
    o.height_px = 768;
    o.picture_rect_px = {275.0f, 25.0f, 820.0f, 450.0f};  // the docked layout's scene area at 1366x768
    const scene::Rect free = scene::content_box_px(scene::camera_for(o), o.width_px, o.height_px);
    CHECK(free.x < 620.0f);  // centred, it would reach under a readout window ending at 620 px

    o.keep_right_of_px = 620.0f;
    const scene::Rect beside = scene::content_box_px(scene::camera_for(o), o.width_px, o.height_px);
    CHECK(beside.x >= 620.0f - 1.0f);
    CHECK(beside.right() <= 1095.0f + 1.0f);
    CHECK(beside.w >= 0.7f * free.w);

    o.keep_left_of_px = 700.0f;  // a legend too: no room for the picture between them
    const scene::Rect squeezed = scene::content_box_px(scene::camera_for(o), o.width_px, o.height_px);
    CHECK(squeezed.w == Approx(0.7f * free.w).epsilon(0.02));
    CHECK(squeezed.x + 0.5f * squeezed.w == Approx(660.0f).margin(1.0));  // centred on the room that is left

    o.keep_right_of_px = 300.0f;  // windows that do not reach the picture change nothing
    o.keep_left_of_px = 1080.0f;
    const scene::Rect unchanged = scene::content_box_px(scene::camera_for(o), o.width_px, o.height_px);
    CHECK(unchanged.x == Approx(free.x));
    CHECK(unchanged.w == Approx(free.w));
}
