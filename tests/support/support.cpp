// Shared test helpers: running the built program, temporary folders, required programs.
#include "support/support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace test_support {
namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

// ctest runs each test case in its own process, in parallel: the process id keeps their folders apart.
std::string temp_dir(const std::string& name) {
    const auto dir =
        std::filesystem::path(SYNAPSE_BINARY_DIR) / "test-output" / (name + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

bool file_exists(const std::string& path) { return std::filesystem::exists(path); }

std::string synapse_lab_path() {
    const std::string path = std::string(SYNAPSE_BINARY_DIR) + "/synapse-lab";
    if (!std::filesystem::exists(path)) throw std::runtime_error(path + " is missing: build the synapse-lab target");
    return path;
}

void require_program(const std::string& program) {
    if (!have_program(program)) throw std::runtime_error(program + " is not installed (scripts/deps.sh installs it)");
}

RunResult run_synapse_lab(const std::string& args, const std::string& env_assignments) {
    static int call_count = 0;
    const std::string dir = temp_dir("run-capture-" + std::to_string(++call_count));
    const std::string out = dir + "/stdout.txt", err = dir + "/stderr.txt";
    const std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY " + env_assignments + " " + synapse_lab_path() +
                                " " + args + " >" + out + " 2>" + err;
    const int status = std::system(command.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.stdout_text = slurp(out);
    r.stderr_text = slurp(err);
    return r;
}

}  // namespace test_support
