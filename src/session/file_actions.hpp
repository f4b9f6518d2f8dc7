// File actions started from the UI: save/load scenarios (JSON, atomic), presets, CSV export of the plots'
// data.
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "session/lesson/lesson.hpp"
#include "session/session.hpp"

namespace session {

/// A loader for lesson files: preset name -> scenario, from session.assets_dir.
PresetLoader preset_loader(const Session& session);

/// Names of the shipped presets (assets/scenarios), for the preset chooser.
std::vector<std::string> preset_names(const Session& session);
/// Loads a preset (by name) or a scenario file (by path) as the new scenario and its reset target.
/// Reports success or the one-line error in session.status; returns false on error (state unchanged).
bool load_scenario_into(Session& session, const std::string& name_or_path);
/// Loads the lesson file at `path` and starts it; on error the one-line message goes to session.lesson.error.
bool open_lesson_file(Session& session, const std::string& path);
/// Opens the file at `path` as `use` (a scenario, a lesson to start, a script or lesson to preview as a video), as
/// the desktop's file fields do: nullopt when it opened, else the one-line error, the session left as it was.
std::optional<std::string> open_file_as(Session& session, FileUse use, const std::string& path);
/// Saves the scenario as JSON at `path` (temporary file + rename); reports in session.status.
bool save_scenario_to(Session& session, const std::string& path);

/// Writes the shown plots' series (and the pinned baseline's) as CSV with units in the headers,
/// one row per trajectory sample: time_h, then one column per series.
void write_plots_csv(const Session& session, std::ostream& out);
/// write_plots_csv to `path` via a temporary file and rename; reports in session.status.
bool export_plots_csv(Session& session, const std::string& path);
/// "synapse-lab-<scenario>-plots.csv"
std::string default_csv_path(const Session& session);

}  // namespace session
