// Runs the built synapse-lab with arguments, without a display, capturing exit code and stderr.
#pragma once
#include <string>

struct RunResult {
    int exit_code = -1;
    std::string stdout_text;
    std::string stderr_text;
};

/// Runs `synapse-lab ARGS` (arguments already shell-quoted) with DISPLAY and WAYLAND_DISPLAY unset,
/// and optional extra environment (`NAME=value ...`).
RunResult run_synapse_lab(const std::string& args, const std::string& env_assignments = "");

/// A fresh empty directory for one test's output files.
std::string temp_dir(const std::string& name);

bool file_exists(const std::string& path);
