// Shared test helpers: temporary directories, running commands and the built synapse-lab, files, test patterns.
#pragma once
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "export/temp_folder.hpp"

namespace test_support {

/// The result of running the built synapse-lab.
struct RunResult {
    int exit_code = -1;
    std::string stdout_text;
    std::string stderr_text;
};

/// The built synapse-lab; throws (a test failure) when it is missing, so that no test passes without it.
std::string synapse_lab_path();

/// Runs `synapse-lab ARGS` (arguments already shell-quoted) with DISPLAY and WAYLAND_DISPLAY unset,
/// and optional extra environment (`NAME=value ...`).
RunResult run_synapse_lab(const std::string& args, const std::string& env_assignments = "");

/// A fresh empty directory for one test's output files, under the build tree (each ctest process has its own).
std::string temp_dir(const std::string& name);

bool file_exists(const std::string& path);

/// Fails the calling test (throws) when `program` is not on the PATH: a missing prerequisite is a failure, never
/// a silent skip.
void require_program(const std::string& program);

namespace fs = std::filesystem;

/// A fresh directory under the temporary directory (TMPDIR/synapse-test-NAME-XXXXXX), removed with everything in it
/// at scope exit: the program's own exporter::TempFolder, which throws naming the path when it cannot be made.
class TempDir : public exporter::TempFolder {
public:
    explicit TempDir(const std::string& name) : TempFolder("synapse-test-" + name) {}
};

/// Runs a shell command; returns its exit status and fills `output` with stdout + stderr.
inline int run(const std::string& command, std::string& output) {
    output.clear();
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return -1;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
    const int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

inline bool have_program(const std::string& name) {
    std::string out;
    return run("command -v " + name + " >/dev/null", out) == 0;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_file(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

/// A moving gradient test pattern, RGBA8, rows top to bottom.
inline std::vector<std::uint8_t> pattern(int width, int height, int frame) {
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(width) * height * 4);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
            p[0] = static_cast<std::uint8_t>(x + frame * 4);
            p[1] = static_cast<std::uint8_t>(y * 2);
            p[2] = static_cast<std::uint8_t>(frame * 16);
            p[3] = 255;
        }
    return rgba;
}

/// "frames,duration_s" of a video's first stream, counted by ffprobe.
inline std::string probe(const std::string& video) {
    std::string out;
    run("ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames,width,height,pix_fmt "
        "-of default=noprint_wrappers=1 '" +
            video + "'",
        out);
    return out;
}

}  // namespace test_support
