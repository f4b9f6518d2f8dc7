// End to end: `synapse-lab --record` on small scripts: frame counts, determinism, alpha, captions and faults.
#include <catch2/catch.hpp>

#include <stb_image.h>

#include <filesystem>
#include <string>

#include "test_support.hpp"

namespace fs = std::filesystem;
using test_support::TempDir;

namespace {

const std::string kApp = SYNAPSE_BINARY_DIR "/synapse-lab";

/// Two seconds: a title, a caption, a view change with a dip, a parameter change and a camera move.
const char* kScript = R"({
  "title": "test", "scenario": "standard-infusion",
  "segments": [
    {"duration_s": 0.5, "view": "circuit", "time_h": "10min", "rate_h_per_s": 0.5, "title": "Test"},
    {"duration_s": 0.7, "caption": {"text": "NMDA receptors are blocked.", "source": "A test"}},
    {"duration_s": 0.8, "view": "spine", "view_transition_s": 0.3, "time_h": {"from": "1h", "to": "3d", "ease": "log"},
     "params": {"experiments": {"rapamycin": true}}, "camera": {"zoom": 1.5, "transition_s": 0.5}, "caption": "Spines grow."}
  ]})";

bool app_built() {
    if (fs::exists(kApp)) return true;
    WARN("synapse-lab is not built: end-to-end recording tests skipped");
    return false;
}

/// Runs synapse-lab with `arguments` (after `prefix`, e.g. environment settings); returns the exit status.
int record(const std::string& arguments, std::string& output, const std::string& prefix = "") {
    return test_support::run(prefix + "'" + kApp + "' " + arguments, output);
}

std::string script_in(const TempDir& dir, const char* text = kScript) {
    const std::string path = dir / "script.json";
    test_support::write_file(path, text);
    return path;
}

/// True when the two directories hold the same file names with byte-identical contents.
bool same_files(const fs::path& a, const fs::path& b) {
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(a)) {
        const fs::path other = b / entry.path().filename();
        if (test_support::read_file(entry.path()) != test_support::read_file(other)) return false;
        ++count;
    }
    return count == static_cast<std::size_t>(std::distance(fs::directory_iterator(b), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("Recording an MP4 gives duration x fps frames and an SRT beside it") {
    if (!app_built() || !test_support::have_program("ffprobe")) return;
    TempDir dir("rec-mp4");
    std::string out;
    const int rc =
        record("--record '" + dir / "clip.mp4" + "' --script '" + script_in(dir) + "' --size 160x90 --fps 30", out);
    INFO(out);
    REQUIRE(rc == 0);
    const std::string info = test_support::probe(dir / "clip.mp4");
    CHECK_THAT(info, Catch::Matchers::Contains("nb_read_frames=60"));
    CHECK_THAT(info, Catch::Matchers::Contains("width=160"));
    std::string duration;
    test_support::run("ffprobe -v error -show_entries format=duration -of csv=p=0 '" + dir / "clip.mp4" + "'",
                      duration);
    CHECK(std::stod(duration) == Approx(2.0).margin(0.02));
    CHECK(test_support::read_file(dir / "clip.srt") ==
          "1\n00:00:00,500 --> 00:00:01,200\nNMDA receptors are blocked.\n\u2014 A test\n\n"
          "2\n00:00:01,200 --> 00:00:02,000\nSpines grow.\n\n");
    CHECK_FALSE(fs::exists(dir / "clip.partial.mp4"));
}

TEST_CASE("The same script, size and fps give byte-identical PNG frames") {
    if (!app_built()) return;
    TempDir dir("rec-png");
    const std::string script = script_in(dir);
    std::string out;
    for (const char* name : {"a/", "b/"}) {
        const int rc = record("--record '" + dir / name + "' --script '" + script + "' --size 160x90 --fps 10", out);
        INFO(out);
        REQUIRE(rc == 0);
    }
    CHECK(fs::exists(dir / "a/frame_000019.png"));
    CHECK_FALSE(fs::exists(dir / "a/frame_000020.png"));
    CHECK(fs::exists(dir / "a/captions.srt"));
    CHECK(same_files(dir.path() / "a", dir.path() / "b"));
    CHECK(test_support::read_file(dir / "a/frame_000000.png") != test_support::read_file(dir / "a/frame_000019.png"));
}

TEST_CASE("Transparent PNGs have a clear background and opaque shapes") {
    if (!app_built()) return;
    TempDir dir("rec-alpha");
    std::string out;
    const int rc = record(
        "--record '" + dir / "f/" + "' --script '" + script_in(dir) + "' --size 160x90 --fps 5 --transparent", out);
    INFO(out);
    REQUIRE(rc == 0);
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load((dir / "f/frame_000004.png").c_str(), &w, &h, &channels, 4);
    REQUIRE(pixels);
    CHECK(channels == 4);
    int clear = 0, opaque = 0;
    for (int i = 0; i < w * h; ++i) {
        clear += pixels[i * 4 + 3] == 0;
        opaque += pixels[i * 4 + 3] == 255;
    }
    const int corner_alpha = pixels[3];  // top-left corner: background
    stbi_image_free(pixels);
    CHECK(corner_alpha == 0);
    CHECK(clear > w * h / 20);  // at 160x90 labels, halos and the caption band cover much of the frame
    CHECK(opaque > 0);
}

TEST_CASE("Recording faults: a clear line, a non-zero exit and no file under the name") {
    if (!app_built()) return;
    TempDir dir("rec-faults");
    const std::string script = script_in(dir);
    std::string out;
    SECTION("a bad script names the field and segment") {
        const std::string bad = dir / "bad.json";
        test_support::write_file(
            bad, R"({"scenario": "standard-infusion", "segments": [{"duration_s": 1}, {"duration_s": -2}]})");
        CHECK(record("--record '" + dir / "o.mp4" + "' --script '" + bad + "' --size 160x90", out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("bad.json: segments[1].duration_s: must be > 0"));
        CHECK_FALSE(fs::exists(dir / "o.mp4"));
    }
    SECTION("ffmpeg missing") {
        CHECK(record("--record '" + dir / "o.mp4" + "' --script '" + script + "' --size 160x90", out,
                     "PATH=/nonexistent ") != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("ffmpeg not found"));
        CHECK_FALSE(fs::exists(dir / "o.mp4"));
    }
    SECTION("an unwritable output") {
        CHECK(record("--record '" + dir / "missing/o.mp4" + "' --script '" + script + "' --size 160x90", out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("cannot write"));
    }
    SECTION("ffmpeg dying mid-way") {
        fs::create_directory(dir / "bin");
        test_support::write_file(dir / "bin/ffmpeg",
                                 "#!/bin/sh\nhead -c 200000 >/dev/null\necho 'encoder died' >&2\nexit 1\n");
        fs::permissions(dir / "bin/ffmpeg", fs::perms::owner_all);
        CHECK(record("--record '" + dir / "o.mp4" + "' --script '" + script + "' --size 160x90", out,
                     "PATH='" + dir / "bin" + "':/usr/bin:/bin ") != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("encoder died"));
        CHECK_FALSE(fs::exists(dir / "o.mp4"));
        CHECK_FALSE(fs::exists(dir / "o.partial.mp4"));
    }
    SECTION("a full disk (a file size limit) while writing PNGs or video") {
        CHECK(record("--record '" + dir / "f/" + "' --script '" + script + "' --size 640x360 --fps 2", out,
                     "ulimit -f 8; ") != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("write failed"));
        CHECK_FALSE(fs::exists(dir / "f"));
        CHECK_FALSE(fs::exists(dir / "f.partial"));
        if (test_support::have_program("ffmpeg")) {
            CHECK(record("--record '" + dir / "o.mp4" + "' --script '" + script + "' --size 640x360 --fps 30", out,
                         "ulimit -f 2; ") != 0);
            CHECK_THAT(out, Catch::Matchers::Contains("ffmpeg"));
            CHECK_FALSE(fs::exists(dir / "o.mp4"));
            CHECK_FALSE(fs::exists(dir / "o.partial.mp4"));
        }
    }
    SECTION("--transparent with a video") {
        CHECK(record("--record '" + dir / "o.mp4" + "' --script '" + script + "' --size 160x90 --transparent", out) !=
              0);
        CHECK_THAT(out, Catch::Matchers::Contains("--transparent"));
    }
    SECTION("no script") {
        CHECK(record("--record '" + dir / "o.mp4" + "' --size 160x90", out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("--script"));
    }
}
