// Loading a recording script for the app: the script, its scenario (preset, file or inline) and quote captions.
#pragma once
#include <string>

#include "ui/script_source.hpp"

namespace app {

/// The script and the scenario it starts from (shared with the window's preview, see ui/script_source.hpp).
using RecordScript = ui::ScriptSource;

/// Loads `path` (a recording script, or a guided lesson file played as a script) and resolves its scenario
/// and quotes from `assets_dir`. Throws std::runtime_error with one line naming the file and field.
RecordScript load_record_script(const std::string& path, const std::string& assets_dir);

}  // namespace app
