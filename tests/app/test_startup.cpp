// Start-up marks (the hidden --startup-report) and --benchmark's start-up and memory figures, headless.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "support/support.hpp"

using test_support::run_synapse_lab;

namespace {

/// `name value unit` lines in order.
std::vector<std::pair<std::string, double>> figures(const std::string& text) {
    std::vector<std::pair<std::string, double>> out;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string name, unit;
        double value = 0.0;
        if (fields >> name >> value >> unit) out.emplace_back(name, value);
    }
    return out;
}

/// The marks' times (the `_ms` figures), in the order printed.
std::vector<std::pair<std::string, double>> times(const std::string& text) {
    std::vector<std::pair<std::string, double>> out;
    for (const auto& [name, value] : figures(text))
        if (name.size() > 3 && name.compare(name.size() - 3, 3, "_ms") == 0) out.emplace_back(name, value);
    return out;
}

}  // namespace

TEST_CASE("start-up marks (--startup-report) follow a screenshot's steps in order, with the peak memory at each") {
    const std::string png = test_support::temp_dir("startup-shot") + "/shot.png";
    const auto r = run_synapse_lab("--screenshot " + png + " --size 320x180 --startup-report");
    INFO(r.stderr_text);
    REQUIRE(r.exit_code == 0);
    const auto marks = times(r.stdout_text);
    std::vector<std::string> names;
    for (const auto& [name, ms] : marks) names.push_back(name);
    CHECK(names == std::vector<std::string>{"startup_gl_context_ms", "startup_compositor_ms", "startup_session_ms",
                                            "startup_read_back_ms", "startup_png_written_ms"});
    for (std::size_t i = 1; i < marks.size(); ++i) CHECK(marks[i].second >= marks[i - 1].second);
    CHECK(r.stdout_text.find("startup_png_written_rss_mb ") != std::string::npos);
    CHECK(test_support::file_exists(png));
}

TEST_CASE("with --startup-report the window quits after its first frame (here on SDL's offscreen driver)") {
    const auto r = run_synapse_lab("--size 320x180 --startup-report", "SDL_VIDEODRIVER=offscreen");
    INFO(r.stderr_text);
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> names;
    for (const auto& [name, ms] : times(r.stdout_text)) names.push_back(name);
    CHECK(names == std::vector<std::string>{"startup_window_ms", "startup_compositor_ms", "startup_session_ms",
                                            "startup_to_first_frame_ms"});
}

TEST_CASE(
    "the benchmark (--benchmark) prints the window's start-up to its first frame and the peak memory, with and without "
    "Mesa's shader cache, and a 1080p screenshot's") {
    const auto r = run_synapse_lab("--benchmark");
    INFO(r.stderr_text);
    REQUIRE(r.exit_code == 0);
    std::map<std::string, double> by_name;
    for (const auto& [name, value] : figures(r.stdout_text)) by_name[name] = value;
    for (const char* name :
         {"startup_to_first_frame_ms", "startup_peak_rss_mb", "startup_cold_cache_to_first_frame_ms",
          "startup_cold_cache_peak_rss_mb", "screenshot_1920x1080_png_written_ms", "screenshot_1920x1080_peak_rss_mb",
          "screenshot_1920x1080_no_ui_peak_rss_mb", "frame_1920x1080_synapse_ui_ms"}) {
        INFO(name);
        REQUIRE(by_name.count(name) == 1);
        CHECK(by_name[name] > 0.0);
    }
    CHECK(by_name["startup_window_ms"] < by_name["startup_to_first_frame_ms"]);
    CHECK(by_name["startup_peak_rss_mb"] >= by_name["startup_window_rss_mb"]);
}
