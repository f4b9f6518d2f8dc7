// The program's modes, one function each: window, screenshot, CSV, benchmark, quote listing.
#pragma once
#include "app/cli.hpp"

namespace app {

/// Each returns the process exit code; errors are printed as one line on stderr.
int run_window(const Options& options);
int run_screenshot(const Options& options);
int run_csv(const Options& options);
int run_dose_response_csv(const Options& options);
int run_sensitivity(const Options& options);
int run_benchmark(const Options& options);
int run_soak(const Options& options);
int run_record(const Options& options);
int run_list_quotes(const Options& options);

}  // namespace app
