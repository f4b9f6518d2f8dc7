// Loading a recording script for the app: the script, its scenario (preset, file or inline) and quote captions.
#pragma once
#include <string>

#include "export/script.hpp"
#include "sim/scenario.hpp"

namespace app {

struct RecordScript {
    exporter::Script script;     ///< quote captions resolved to their text and source
    sim::Scenario base_scenario; ///< the script's scenario before any "params" change
};

/// Loads `path` (a recording script, or a guided lesson file played as a script) and resolves its scenario
/// and quotes from `assets_dir`. Throws std::runtime_error with one line naming the file and field.
RecordScript load_record_script(const std::string& path, const std::string& assets_dir);

}  // namespace app
