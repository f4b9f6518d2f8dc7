// Start-up marks: how long from the process start each step of the first frame took, and the memory by then.
#pragma once
#include <cstdint>

namespace app {

/// When this process started, on CLOCK_MONOTONIC in nanoseconds: SYNAPSE_STARTUP_T0_NS when the process that
/// started this one set it (--benchmark does, just before it starts the program), else the time main() began.
std::int64_t startup_origin_ns();

/// CLOCK_MONOTONIC now, nanoseconds (the clock of SYNAPSE_STARTUP_T0_NS).
std::int64_t monotonic_ns();

/// Where the start-up report goes: nowhere unless --startup-report was given (a hidden flag for --benchmark).
struct StartupReport {
    bool enabled = false;
    std::int64_t origin_ns = 0;  ///< startup_origin_ns() at main()

    /// Prints `startup_STEP_ms T ms` (since the process start) and `startup_STEP_rss_mb M MB` (the peak resident
    /// memory so far, MB of 1,000,000 bytes) on stdout, flushed, when enabled.
    void mark(const char* step) const;
};

/// --benchmark's start-up figures: starts this program `runs` times for each of the window's first frame at
/// 1920x1080 (on the display, or SDL's offscreen driver where there is none) and a headless 1920x1080 screenshot
/// with and without panels, and prints the medians as `name value unit` lines: milliseconds from the process
/// start to the first frame presented (or the PNG written), each step's mark, and the peak resident memory.
void print_startup_benchmark(int runs);

}  // namespace app
