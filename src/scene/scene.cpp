// PLACEHOLDER scene (replaced by the circuit, synapse and spine views): receptors and glutamate.
#include "scene/scene.hpp"

#include <cmath>
#include <random>

namespace scene {

std::string_view view_id(View view) {
    switch (view) {
        case View::circuit: return "circuit";
        case View::synapse: return "synapse";
        case View::spine: return "spine";
    }
    return "synapse";
}

std::optional<View> view_from_id(std::string_view id) {
    for (View v : {View::circuit, View::synapse, View::spine})
        if (view_id(v) == id) return v;
    return std::nullopt;
}

SceneFrame build(const sim::State& state, double anim_time_s, std::uint64_t seed, const ViewOptions& options) {
    SceneFrame frame;
    frame.camera.half_height = 10.0f;
    const int receptors = 12;
    const int blocked = static_cast<int>(std::lround(state.nmda_block_pyramidal * receptors));
    for (int i = 0; i < receptors; ++i) {
        Instance r;
        r.shape = Shape::box;
        r.center = {-11.0f + 2.0f * static_cast<float>(i), -4.0f};
        r.half_size = {0.6f, 1.0f};
        r.corner_radius = 0.3f;
        r.fill = i < blocked ? Rgba{0.84f, 0.37f, 0.0f, 1.0f} : Rgba{0.0f, 0.45f, 0.70f, 1.0f};
        r.outline_px = 2.0f;
        r.outline = {1.0f, 1.0f, 1.0f, 0.8f};
        frame.instances.push_back(r);
    }
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    const int glutamate = static_cast<int>(std::lround(20.0 * state.glutamate_rel));
    for (int i = 0; i < glutamate; ++i) {
        Instance g;
        const float phase = static_cast<float>(anim_time_s) * (0.5f + 0.5f * u(rng));
        g.center = {12.0f * u(rng) + std::sin(phase) * 0.5f, 1.0f + 2.0f * u(rng) + std::cos(phase) * 0.5f};
        g.half_size = {0.25f, 0.25f};
        g.fill = {0.94f, 0.89f, 0.26f, 1.0f};
        frame.instances.push_back(g);
    }
    Label title;
    title.text = "Placeholder synapse";
    title.anchor = {0.0f, 7.0f};
    title.size_px = 28.0f * options.text_scale;
    frame.labels.push_back(title);
    return frame;
}

}  // namespace scene
