// Scenario and lesson files from the UI: presets, open and atomic save through sim/scenario_io, lessons, with
// one-line status messages.
#include <exception>

#include "export/atomic_file.hpp"
#include "session/file_actions.hpp"
#include "session/recording/script_preview.hpp"
#include "session/words.hpp"
#include "sim/scenario_io.hpp"

namespace session {

std::vector<std::string> preset_names(const Session& session) {
    try {
        return sim::list_presets(session.assets_dir);
    } catch (const std::exception&) {
        return {};
    }
}

bool load_scenario_into(Session& session, const std::string& name_or_path) {
    try {
        sim::Scenario s = sim::load_preset(session.assets_dir, name_or_path);
        session.model.scenario = s;
        session.default_scenario = std::move(s);
        set_time(session, session.time_h);  // within the new run, which may be shorter
        session.status = words(session, "status.loaded", {{"name", name_or_path}});
        return true;
    } catch (const std::exception& e) {
        session.status = e.what();
        return false;
    }
}

bool save_scenario_to(Session& session, const std::string& path) {
    try {
        exporter::write_file_atomically(path, sim::scenario_file_text(session.model.scenario, path));
        session.saved_scenario = session.model.scenario;
        session.status = words(session, "status.saved", {{"path", path}});
        return true;
    } catch (const std::exception& e) {
        session.status = e.what();
        return false;
    }
}

PresetLoader preset_loader(const Session& session) {
    const std::string assets_dir = session.assets_dir;
    return [assets_dir](const std::string& name) { return sim::load_preset(assets_dir, name); };
}

bool open_lesson_file(Session& session, const std::string& path) {
    try {
        start_lesson(session, load_lesson(path, preset_loader(session)));
        session.status = words(session, "status.lesson", {{"title", session.lesson.lesson->title}});
        return true;
    } catch (const std::exception& e) {
        session.lesson.error = e.what();
        session.status = e.what();
        return false;
    }
}

std::optional<std::string> open_file_as(Session& session, FileUse use, const std::string& path) {
    switch (use) {
        case FileUse::scenario:
            if (load_scenario_into(session, path)) return std::nullopt;
            return session.status;
        case FileUse::lesson:
            if (open_lesson_file(session, path)) return std::nullopt;
            return session.lesson.error;
        case FileUse::script:
            if (open_script_preview(session, path)) return std::nullopt;
            return session.preview.error;
        case FileUse::none: break;
    }
    return words(session, "file_actions.nothing_to_open", {{"path", path}});
}

}  // namespace session
