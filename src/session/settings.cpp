// The settings file: "key=value" lines under the user's config folder, written atomically.
#include "session/settings.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "export/atomic_file.hpp"

namespace session {

std::string settings_file_path() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg) return std::string(xdg) + "/synapse-lab/settings.ini";
    const char* home = std::getenv("HOME");
    if (home && *home) return std::string(home) + "/.config/synapse-lab/settings.ini";
    return "";
}

Settings load_settings(const std::string& path) {
    Settings settings;
    if (path.empty()) return settings;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line == "welcome_seen=1") settings.welcome_seen = true;
        if (line.rfind("language=", 0) == 0) settings.language = line.substr(9);
    }
    return settings;
}

bool save_settings(const std::string& path, const Settings& settings) {
    if (path.empty()) return false;
    try {
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        exporter::write_file_atomically(
            path, std::string("# Synapse Lab settings\nwelcome_seen=") + (settings.welcome_seen ? "1" : "0") + "\n" +
                      (settings.language.empty() ? "" : "language=" + settings.language + "\n"));
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool first_start(const std::string& path) {
    if (path.empty()) return false;  // nowhere to remember it: the welcome would show at every start
    Settings settings = load_settings(path);
    if (settings.welcome_seen) return false;
    settings.welcome_seen = true;
    save_settings(path, settings);
    return true;
}

}  // namespace session
