// Scenario files from the UI: presets, open and atomic save through sim/scenario_io, with one-line status
// messages.
#include <exception>

#include "sim/scenario_io.hpp"
#include "ui/file_actions.hpp"
#include "ui/scenario_source.hpp"

namespace ui {

std::vector<std::string> preset_names(const AppState& app) {
    try {
        return sim::list_presets(app.assets_dir);
    } catch (const std::exception&) {
        return {};
    }
}

bool load_scenario_into(AppState& app, const std::string& name_or_path) {
    try {
        sim::Scenario s = sim::load_preset(app.assets_dir, name_or_path);
        app.scenario = s;
        app.default_scenario = std::move(s);
        recompute(app);
        app.status = "Loaded " + name_or_path;
        return true;
    } catch (const std::exception& e) {
        app.status = e.what();
        return false;
    }
}

bool save_scenario_to(AppState& app, const std::string& path) {
    try {
        sim::save_scenario_file(app.scenario, path);
        app.status = "Saved the scenario to " + path;
        return true;
    } catch (const std::exception& e) {
        app.status = e.what();
        return false;
    }
}

PresetLoader preset_loader(const AppState& app) {
    const std::string assets_dir = app.assets_dir;
    return [assets_dir](const std::string& name) { return sim::load_preset(assets_dir, name); };
}

}  // namespace ui
