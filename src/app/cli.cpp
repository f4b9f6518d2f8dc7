// Parsing of command-line values and locating the assets folder.
#include "app/cli.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include "sim/population.hpp"

namespace app {

std::optional<Size> parse_size(const std::string& text) {
    static const std::regex pattern(R"((\d{1,5})x(\d{1,5}))");
    std::smatch m;
    if (!std::regex_match(text, m, pattern)) return std::nullopt;
    const int w = std::stoi(m[1].str()), h = std::stoi(m[2].str());
    if (w < 16 || h < 16 || w > 16384 || h > 16384) return std::nullopt;
    return Size{w, h};
}

namespace {
/// A whole decimal number (digits only, no sign or spaces) that fits in 64 bits.
std::optional<std::uint64_t> parse_whole(const std::string& text) {
    if (text.empty() || text.size() > 20) return std::nullopt;
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}
}  // namespace

std::optional<std::size_t> parse_population(const std::string& text) {
    const auto n = parse_whole(text);
    if (!n || *n < sim::kPopulationMinPeople || *n > sim::kPopulationMaxPeople) return std::nullopt;
    return static_cast<std::size_t>(*n);
}

std::optional<std::uint64_t> parse_seed(const std::string& text) { return parse_whole(text); }

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
