// Scenario and lesson files from the UI: presets, open and atomic save through sim/scenario_io, lessons, with
// one-line status messages.
#include <exception>

#include "export/atomic_file.hpp"
#include "session/file_actions.hpp"
#include "session/script_preview.hpp"
#include "sim/scenario_io.hpp"

namespace session {

std::vector<std::string> preset_names(const Session& app) {
    try {
        return sim::list_presets(app.assets_dir);
    } catch (const std::exception&) {
        return {};
    }
}

bool load_scenario_into(Session& app, const std::string& name_or_path) {
    try {
        sim::Scenario s = sim::load_preset(app.assets_dir, name_or_path);
        app.model.scenario = s;
        app.default_scenario = std::move(s);
        set_time(app, app.time_h);  // within the new run, which may be shorter
        app.status = "Loaded " + name_or_path;
        return true;
    } catch (const std::exception& e) {
        app.status = e.what();
        return false;
    }
}

bool save_scenario_to(Session& app, const std::string& path) {
    try {
        exporter::write_file_atomically(path, sim::scenario_file_text(app.model.scenario, path));
        app.status = "Saved the scenario to " + path;
        return true;
    } catch (const std::exception& e) {
        app.status = e.what();
        return false;
    }
}

PresetLoader preset_loader(const Session& app) {
    const std::string assets_dir = app.assets_dir;
    return [assets_dir](const std::string& name) { return sim::load_preset(assets_dir, name); };
}

bool open_lesson_file(Session& app, const std::string& path) {
    try {
        start_lesson(app, load_lesson(path, preset_loader(app)));
        app.status = "Lesson: " + app.lesson.lesson->title;
        return true;
    } catch (const std::exception& e) {
        app.lesson.error = e.what();
        app.status = e.what();
        return false;
    }
}

std::optional<std::string> open_file_as(Session& app, FileUse use, const std::string& path) {
    switch (use) {
        case FileUse::scenario:
            if (load_scenario_into(app, path)) return std::nullopt;
            return app.status;
        case FileUse::lesson:
            if (open_lesson_file(app, path)) return std::nullopt;
            return app.lesson.error;
        case FileUse::script:
            if (open_script_preview(app, path)) return std::nullopt;
            return app.preview.error;
        case FileUse::none: break;
    }
    return "nothing to open " + path + " as";
}

}  // namespace session
