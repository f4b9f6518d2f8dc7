// Writers under faults, run as a user would: symbolic links, standard output, directories and a full disk.
#include <sys/wait.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/support.hpp"

namespace fs = std::filesystem;
using test_support::read_file;
using test_support::run_synapse_lab;
using test_support::RunResult;
using test_support::TempDir;
using test_support::write_file;

namespace {

/// Runs synapse-lab with its files limited to `limit_kb` KiB, as on a nearly full disk: a write past it fails
/// with EFBIG (SIGXFSZ ignored, as a full disk gives ENOSPC and no signal).
RunResult run_with_file_size_limit(const TempDir& dir, const std::string& args, int limit_kb) {
    const std::string out = dir / "stdout.txt", err = dir / "stderr.txt";
    const std::string command = "sh -c 'trap \"\" XFSZ; ulimit -f " + std::to_string(limit_kb * 2) +
                                "; exec env -u DISPLAY -u WAYLAND_DISPLAY \"$0\" \"$@\"' " +
                                test_support::synapse_lab_path() + " " + args + " >" + out + " 2>" + err;
    const int status = std::system(command.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.stderr_text = read_file(err);
    return r;
}

bool one_line(const std::string& text) { return !text.empty() && text.find('\n') == text.size() - 1; }

}  // namespace

TEST_CASE("A CSV to \"-\" (--csv -) writes the table to standard output", "[app][faults]") {
    const RunResult r = run_synapse_lab("--csv - --hours 1 --step-min 30");
    REQUIRE(r.exit_code == 0);
    CHECK(r.stdout_text.rfind("time_h,", 0) == 0);
    CHECK(std::count(r.stdout_text.begin(), r.stdout_text.end(), '\n') == 4);  // header, 0, 30, 60 min
}

TEST_CASE("A CSV (--csv) through a symbolic link replaces the link's target and keeps the link", "[app][faults]") {
    TempDir dir("faults-link");
    write_file(dir / "table.csv", "old");
    fs::create_symlink("table.csv", dir / "link.csv");
    REQUIRE(run_synapse_lab("--csv " + (dir / "link.csv") + " --hours 1").exit_code == 0);
    CHECK(fs::is_symlink(dir / "link.csv"));
    CHECK(read_file(dir / "table.csv").rfind("time_h,", 0) == 0);
}

TEST_CASE("Writing over a directory is one line and leaves the directory alone", "[app][faults]") {
    TempDir dir("faults-dir");
    fs::create_directory(dir / "out.png");
    for (const std::string& args : {"--csv " + (dir / "out.png") + " --hours 1",
                                    "--screenshot " + (dir / "out.png") + " --size 320x240 --no-ui"}) {
        const RunResult r = run_synapse_lab(args);
        CHECK(r.exit_code != 0);
        CHECK(r.stderr_text == "synapse-lab: " + (dir / "out.png") + ": cannot write: is a directory\n");
        CHECK(fs::is_directory(dir / "out.png"));
    }
}

TEST_CASE("A full disk fails the write in one line and keeps the old file whole", "[app][faults]") {
    TempDir dir("faults-full");
    for (const std::string name : {"table.csv", "frame.png"}) {
        const std::string path = dir / name;
        write_file(path, "the old file");
        const std::string args = name == "table.csv" ? "--csv " + path + " --hours 500 --step-min 1"
                                                     : "--screenshot " + path + " --size 1280x720";
        const RunResult r = run_with_file_size_limit(dir, args, 64);
        CHECK(r.exit_code != 0);
        CHECK(one_line(r.stderr_text));
        CHECK(r.stderr_text.rfind("synapse-lab: " + path + ": ", 0) == 0);
        CHECK(read_file(path) == "the old file");
        CHECK_FALSE(fs::exists(path + ".tmp"));
    }
}

TEST_CASE("A full disk fails a recording in one line, to a video or to PNG frames, and leaves nothing new",
          "[app][faults]") {
    test_support::require_program("ffmpeg");
    TempDir dir("faults-record");
    write_file(dir / "s.json",
               R"({"title": "t", "scenario": "standard-infusion", "segments": [{"duration_s": 2, "view": "synapse",
                   "time_h": {"from": "10min", "to": "40min"}}]})");
    write_file(dir / "v.mp4", "the old video");
    fs::create_directory(dir / "frames");
    for (const std::string& out : {dir / "v.mp4", dir / "frames/"}) {
        INFO(out);
        const RunResult r = run_with_file_size_limit(
            dir, "--record " + out + " --script " + (dir / "s.json") + " --size 640x360 --fps 15", 64);
        CHECK(r.exit_code != 0);
        CHECK(one_line(r.stderr_text));
    }
    CHECK(read_file(dir / "v.mp4") == "the old video");
    CHECK(fs::is_empty(dir / "frames"));
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        const std::string name = entry.path().filename().string();
        CHECK(name.find("partial") == std::string::npos);
        CHECK(name.find(".tmp") == std::string::npos);
    }
}
