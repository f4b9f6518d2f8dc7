// The scene's view options for a frame with the UI: scene overlays that panels would cover are turned off.
#pragma once
#include "scene/scene.hpp"
#include "ui/app_state.hpp"

namespace ui {

/// app.view, with the scene's legend hidden under the right panel, its title under the left panel, its
/// caption line under the bottom panel or the presenter caption, and the run's starting spine density so
/// that new spines are drawn as new. While a recording script is previewed, the picture keeps the video's
/// 16:9 shape inside the area the panels leave free.
scene::ViewOptions scene_view(const AppState& app, bool with_ui);

}  // namespace ui
