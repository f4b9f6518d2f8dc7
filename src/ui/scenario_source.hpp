// How the UI reaches shipped presets (sim::load_preset under the session's assets directory).
#pragma once
#include "ui/app_state.hpp"
#include "ui/lesson.hpp"

namespace ui {

/// A loader for lesson files: preset name -> scenario, from app.assets_dir.
PresetLoader preset_loader(const AppState& app);

}  // namespace ui
