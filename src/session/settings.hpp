// The user's settings file (first start): where it lives and what it remembers.
#pragma once
#include <string>

namespace session {

/// What the program remembers between starts.
struct Settings {
    bool welcome_seen = false;  ///< the welcome was shown once: later starts open straight on the scenario
    std::string language;       ///< "en" or "es" once chosen (--lang or the View menu); empty: the locale's
};

/// $XDG_CONFIG_HOME/synapse-lab/settings.ini, else $HOME/.config/synapse-lab/settings.ini; empty when neither
/// variable is set (then nothing is remembered).
std::string settings_file_path();

/// The settings in the file at `path` (defaults when it is missing or unreadable; unknown lines are ignored).
Settings load_settings(const std::string& path);
/// Writes the settings atomically, creating the folder; false (nothing written) when that fails.
bool save_settings(const std::string& path, const Settings& settings);

/// True on the first start: the welcome has not been shown yet. Remembers that it now has been (when the
/// settings file can be written). False when there is no settings path.
bool first_start(const std::string& path);

}  // namespace session
