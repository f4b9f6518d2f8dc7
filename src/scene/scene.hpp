// Builds the picture of the mechanism for a model state: scene::build(state, anim time, seed, view).
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "scene/frame.hpp"
#include "sim/state.hpp"

namespace scene {

enum class View { circuit, synapse, spine };
enum class Theme { dark, light };

std::string_view view_id(View view);
std::optional<View> view_from_id(std::string_view id);

/// How to draw: output size, which view, which layers.
struct ViewOptions {
    View view = View::synapse;
    Theme theme = Theme::dark;
    int width_px = 1280;
    int height_px = 720;
    bool labels = true;
    float text_scale = 1.0f;  ///< multiplies label sizes (presenter mode, UI scale)
};

/// The frame for `state` at animation time `anim_time_s` (seconds of on-screen motion). Pure and
/// deterministic: the same arguments always give the same frame.
SceneFrame build(const sim::State& state, double anim_time_s, std::uint64_t seed, const ViewOptions& options);

}  // namespace scene
