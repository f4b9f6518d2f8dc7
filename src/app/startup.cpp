// Start-up marks (milliseconds since the process start and peak memory at each step) and --benchmark's measurement
// of them in fresh processes.
#include "app/startup.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/spawn.hpp"
#include "export/temp_folder.hpp"

extern char** environ;

namespace app {
namespace {

/// Kibibytes (what /proc and getrusage count in) as megabytes of 1,000,000 bytes, the budgets' unit.
double kib_to_mb(double kib) { return kib * 1024.0 / 1e6; }

/// VmHWM, the peak resident set so far, in MB (0 where /proc is missing).
double peak_rss_mb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return kib_to_mb(std::strtod(line.c_str() + 6, nullptr));
    return 0.0;
}

}  // namespace

std::int64_t monotonic_ns() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

std::int64_t startup_origin_ns() {
    if (const char* given = std::getenv("SYNAPSE_STARTUP_T0_NS"); given && *given) {
        char* end = nullptr;
        const long long ns = std::strtoll(given, &end, 10);
        if (end && *end == '\0' && ns > 0) return ns;
    }
    return monotonic_ns();
}

void StartupReport::mark(const char* step) const {
    if (!enabled) return;
    std::printf("startup_%s_ms %.1f ms\nstartup_%s_rss_mb %.1f MB\n", step, (monotonic_ns() - origin_ns) / 1e6, step,
                peak_rss_mb());
    std::fflush(stdout);
}

namespace {

/// One run's figures: `name value` in the order printed, and the process's peak resident memory.
struct RunFigures {
    std::vector<std::pair<std::string, double>> marks;
    double peak_rss_mb = 0.0;
};

/// No display to open a window on, and no SDL video driver chosen: the window is measured on SDL's offscreen driver.
bool offscreen_window() {
    return !std::getenv("SDL_VIDEODRIVER") && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY");
}

/// This environment with the start time set, `extra` added, and SDL's offscreen driver where there is no display.
std::vector<std::string> child_environment(std::int64_t t0_ns, const std::vector<std::string>& extra) {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e)
        if (std::strncmp(*e, "SYNAPSE_STARTUP_T0_NS=", 22) != 0) env.emplace_back(*e);
    env.push_back("SYNAPSE_STARTUP_T0_NS=" + std::to_string(t0_ns));
    if (offscreen_window()) env.emplace_back("SDL_VIDEODRIVER=offscreen");
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

/// A start-up to measure: the program's arguments and what to add to its environment.
struct Launch {
    std::vector<std::string> args;
    std::vector<std::string> env;
};

/// Starts `exe args` with --startup-report, reads its marks from a pipe, and waits for it.
RunFigures run_once(const std::string& exe, const Launch& launch) {
    std::vector<std::string> args = launch.args;
    args.insert(args.begin(), exe);
    args.emplace_back("--startup-report");
    const std::vector<std::string> environment = child_environment(monotonic_ns(), launch.env);
    exporter::SpawnOptions spawn;
    spawn.stdout_pipe = true;  // the marks
    spawn.environment = &environment;
    const exporter::Child child = exporter::spawn_program(args, spawn);
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = read(child.stdout_fd, buffer, sizeof buffer)) > 0;)
        text.append(buffer, static_cast<std::size_t>(n));
    close(child.stdout_fd);
    rusage usage{};
    const int status = exporter::wait_program(child.pid, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("start-up benchmark: " + args[0] + " " + args[1] + " ... failed (run it alone)");
    RunFigures figures;
    std::istringstream lines(text);
    std::string name, unit;
    double value = 0.0;
    while (lines >> name >> value >> unit) figures.marks.emplace_back(name, value);
    figures.peak_rss_mb = kib_to_mb(static_cast<double>(usage.ru_maxrss));
    return figures;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Runs one start-up `runs` times and prints each mark's median, `startup_` renamed to `prefix`, then the median
/// peak memory as PREFIX`peak_rss_mb`.
void measure(const std::string& exe, const Launch& launch, int runs, const std::string& prefix) {
    std::vector<std::string> order;
    std::map<std::string, std::vector<double>> values;
    std::vector<double> peaks;
    for (int i = 0; i < runs; ++i) {
        const RunFigures figures = run_once(exe, launch);
        for (const auto& [name, value] : figures.marks) {
            if (!values.count(name)) order.push_back(name);
            values[name].push_back(value);
        }
        peaks.push_back(figures.peak_rss_mb);
    }
    for (const std::string& name : order) {
        const std::string shown = name.rfind("startup_", 0) == 0 ? prefix + name.substr(8) : name;
        const bool memory = shown.size() > 3 && shown.compare(shown.size() - 3, 3, "_mb") == 0;
        std::printf("%s %.3f %s\n", shown.c_str(), median(values[name]), memory ? "MB" : "ms");
    }
    std::printf("%speak_rss_mb %.3f MB\n", prefix.c_str(), median(peaks));
}

}  // namespace

void print_startup_benchmark(int runs) {
    namespace fs = std::filesystem;
    const std::string exe = fs::canonical("/proc/self/exe").string();
    std::printf(
        "# start-up, median of %d fresh processes each: the window at 1920x1080 (%s), the same with Mesa's shader "
        "cache off (a first start), headless 1920x1080 screenshots; _ms: since the process start, _rss_mb: the peak "
        "resident memory by then, in MB of 1,000,000 bytes\n",
        runs, offscreen_window() ? "SDL's offscreen driver: no display" : "on the display");
    std::fflush(stdout);
    const std::vector<std::string> window{"--size", "1920x1080"};
    measure(exe, {window, {}}, runs, "startup_");
    measure(exe, {window, {"MESA_SHADER_CACHE_DISABLE=true"}}, runs, "startup_cold_cache_");
    {
        const exporter::TempFolder work("synapse-startup");
        const std::string png = work / "frame.png";
        measure(exe, {{"--screenshot", png, "--size", "1920x1080"}, {}}, runs, "screenshot_1920x1080_");
        measure(exe, {{"--screenshot", png, "--size", "1920x1080", "--no-ui"}, {}}, runs,
                "screenshot_1920x1080_no_ui_");
    }
    std::fflush(stdout);
}

}  // namespace app
