// Parsing of command-line values and locating the assets folder.
#include "app/cli.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <regex>

namespace app {

std::optional<Size> parse_size(const std::string& text) {
    static const std::regex pattern(R"((\d{1,5})x(\d{1,5}))");
    std::smatch m;
    if (!std::regex_match(text, m, pattern)) return std::nullopt;
    const int w = std::stoi(m[1].str()), h = std::stoi(m[2].str());
    if (w < 16 || h < 16 || w > 16384 || h > 16384) return std::nullopt;
    return Size{w, h};
}

std::string find_assets_dir(const char* argv0) {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("SYNAPSE_ASSETS"); env && *env) return env;
    std::error_code ec;
    const fs::path exe = fs::canonical(fs::path("/proc/self/exe"), ec);
    const fs::path base = ec ? fs::path(argv0).parent_path() : exe.parent_path();
    for (const fs::path& candidate : {base / "assets", base / "../share/synapse-lab/assets"})
        if (fs::is_directory(candidate / "scenarios")) return fs::weakly_canonical(candidate).string();
    return SYNAPSE_SOURCE_ASSETS_DIR;
}

}  // namespace app
