// Loading a video script for the recorder and the window's preview: a recording script or a guided lesson,
// with its scenario (preset, file or inline) and quote captions resolved.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "session/recording/script.hpp"
#include "sim/scenario.hpp"

namespace session {

struct ScriptSource {
    Script script;                ///< quote captions resolved to their text and source
    sim::Scenario base_scenario;  ///< the script's scenario before any change
};

/// A guided lesson file (it has "steps" and no "segments") rather than a recording script.
bool is_lesson_json(const nlohmann::json& root);

/// Loads `path`, a recording script or a lesson played as one (lesson_to_script), and resolves its
/// scenario and quotes from `assets_dir`. Throws std::runtime_error with one line naming the file and field.
ScriptSource load_script_source(const std::string& path, const std::string& assets_dir);

}  // namespace session
