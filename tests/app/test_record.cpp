// End to end: `synapse-lab --record` on small scripts: frame counts, determinism, alpha, captions and faults.
#include <catch2/catch.hpp>

#include <stb_image.h>

#include <cstring>
#include <filesystem>
#include <string>
#include <utility>

#include "session/recording/script_source.hpp"
#include "support/support.hpp"

namespace fs = std::filesystem;
using test_support::TempDir;

namespace {

/// Two seconds: a title, a caption, a view change with a dip, a parameter change and a camera move.
const char* kScript = R"({
  "title": "test", "scenario": "standard-infusion",
  "segments": [
    {"duration_s": 0.5, "view": "circuit", "time_h": "10min", "rate_h_per_s": 0.5, "title": "Test"},
    {"duration_s": 0.7, "caption": {"text": "NMDA receptors are blocked.", "source": "A test"}},
    {"duration_s": 0.8, "view": "spine", "view_transition_s": 0.3, "time_h": {"from": "1h", "to": "3d", "ease": "log"},
     "params": {"experiments": {"rapamycin": true}}, "camera": {"zoom": 1.5, "transition_s": 0.5}, "caption": "Spines grow."}
  ]})";

/// Runs synapse-lab with `arguments` (after `prefix`, e.g. environment settings); returns the exit status.
int record(const std::string& arguments, std::string& output, const std::string& prefix = "") {
    return test_support::run(prefix + "'" + test_support::synapse_lab_path() + "' " + arguments, output);
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
    test_support::require_program("ffprobe");
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
    std::string title;
    test_support::run("ffprobe -v error -show_entries format_tags=title -of csv=p=0 '" + dir / "clip.mp4" + "'", title);
    CHECK(title == "test\n");  // the script's title
    CHECK(test_support::read_file(dir / "clip.srt") ==
          "1\n00:00:00,500 --> 00:00:01,200\nNMDA receptors are blocked.\n\u2014 A test\n\n"
          "2\n00:00:01,200 --> 00:00:02,000\nSpines grow.\n\n");
    CHECK_FALSE(fs::exists(dir / "clip.partial.mp4"));
}

TEST_CASE("The same script, size and fps give byte-identical PNG frames") {
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
    SECTION("a script shorter than one frame") {
        const std::string tiny = dir / "tiny.json";
        test_support::write_file(tiny, R"({"scenario": "standard-infusion", "segments": [{"duration_s": 0.01}]})");
        CHECK(record("--record '" + dir / "o.mp4" + "' --script '" + tiny + "' --size 160x90 --fps 30", out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("tiny.json: the script is shorter than one frame at 30 fps"));
        CHECK_FALSE(fs::exists(dir / "o.mp4"));
        CHECK_FALSE(fs::exists(dir / "o.partial.mp4"));
    }
    SECTION("a number too large for the JSON library") {
        const std::string huge = dir / "huge.json";
        test_support::write_file(huge, R"({"scenario": "standard-infusion", "segments": [{"duration_s": 1e400}]})");
        CHECK(record("--record '" + dir / "o.mp4" + "' --script '" + huge + "' --size 160x90", out) != 0);
        CHECK(out == "synapse-lab: huge.json:1:63: number overflow parsing '1e400'\n");
    }
    SECTION("no script") {
        CHECK(record("--record '" + dir / "o.mp4" + "' --size 160x90", out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("--script"));
    }
}

namespace {

/// A script long enough to interrupt on any machine: 600 s of one caption (18,000 frames at 30 fps; the recording
/// would have to draw and encode 36,000 frames a second to end before the signal half a second in).
const char* kLongScript = R"({"scenario": "standard-infusion",
  "segments": [{"duration_s": 600, "time_h": {"from": 0, "to": "2h"}, "caption": "Long enough."}]})";

/// Starts a recording in its own process group (as a shell job is), waits (however long it takes, while the
/// recording runs) until its partial output `partial` appears, sends `signal` to the whole group (as Ctrl-C does)
/// and returns the exit status; stderr in `err`.
int interrupt_recording(const TempDir& dir, const std::string& output, const std::string& partial,
                        const std::string& signal, std::string& err) {
    const std::string script = dir / "long.json";
    test_support::write_file(script, kLongScript);
    fs::create_directory(dir / "tmp");
    const std::string command = "cd '" + dir.path().string() + "' && TMPDIR='" + dir / "tmp" + "' setsid '" +
                                test_support::synapse_lab_path() + "' --record '" + output + "' --script '" + script +
                                "' --size 320x180 --fps 30 2>err.txt & pid=$!; "
                                "while [ ! -e '" + partial +
                                "' ] && kill -0 $pid 2>/dev/null; do sleep 0.05; done; sleep 0.5; kill -" + signal +
                                " -$pid; wait $pid; echo $?";
    std::string out;
    test_support::run(command, out);
    err = test_support::read_file(dir / "err.txt");
    return std::stoi(out);
}

/// Fraction of pixels that differ between two PNG files of the same size (1 when either does not load).
double fraction_different(const std::string& a_path, const std::string& b_path) {
    int w = 0, h = 0, wb = 0, hb = 0, channels = 0;
    unsigned char* a = stbi_load(a_path.c_str(), &w, &h, &channels, 4);
    unsigned char* b = stbi_load(b_path.c_str(), &wb, &hb, &channels, 4);
    double fraction = 1.0;
    if (a && b && w == wb && h == hb) {
        long differ = 0;
        for (long i = 0; i < static_cast<long>(w) * h; ++i) differ += std::memcmp(a + i * 4, b + i * 4, 4) != 0;
        fraction = static_cast<double>(differ) / (static_cast<double>(w) * h);
    }
    stbi_image_free(a);
    stbi_image_free(b);
    return fraction;
}

}  // namespace

TEST_CASE("Ctrl-C or SIGTERM stops a recording: one line, 128 + signal, and nothing left behind") {
    test_support::require_program("setsid");
    TempDir dir("rec-interrupt");
    std::string err;
    SECTION("SIGINT to the process group while encoding a video") {
        test_support::require_program("ffmpeg");
        CHECK(interrupt_recording(dir, dir / "o.mp4", dir / "o.partial.mp4", "INT", err) == 130);
        CHECK(err == "synapse-lab: interrupted; nothing written\n");
        CHECK_FALSE(fs::exists(dir / "o.mp4"));
        CHECK_FALSE(fs::exists(dir / "o.partial.mp4"));
        CHECK_FALSE(fs::exists(dir / "o.srt"));
        CHECK(fs::is_empty(dir / "tmp"));  // no ffmpeg log left
    }
    SECTION("SIGTERM while writing PNGs") {
        CHECK(interrupt_recording(dir, dir / "f/", dir / "f.partial", "TERM", err) == 143);
        CHECK(err == "synapse-lab: interrupted; nothing written\n");
        CHECK_FALSE(fs::exists(dir / "f"));
        CHECK_FALSE(fs::exists(dir / "f.partial"));
    }
}

TEST_CASE("With the panels, the script's caption shows in the scene's area, above the bottom panel") {
    TempDir dir("rec-with-ui");
    // Both have captions (a captioned script frames its picture above the band), only one at 1-2 s.
    const char* with_caption = R"({"scenario": "standard-infusion", "segments": [
        {"duration_s": 1, "time_h": "30min"}, {"duration_s": 1, "caption": "A caption over the scene."},
        {"duration_s": 1, "caption": "Later."}]})";
    const char* without = R"({"scenario": "standard-infusion", "segments": [
        {"duration_s": 1, "time_h": "30min"}, {"duration_s": 1}, {"duration_s": 1, "caption": "Later."}]})";
    std::string out;
    for (const auto& [name, text] : {std::pair{"a", with_caption}, std::pair{"b", without}}) {
        const std::string script = dir / (std::string(name) + ".json");
        test_support::write_file(script, text);
        const int rc = record("--record '" + dir / (std::string(name) + "/") + "' --script '" + script +
                                  "' --size 640x360 --fps 2 --with-ui",
                              out);
        INFO(out);
        REQUIRE(rc == 0);
    }
    // Frame 3 (1.5 s) shows the caption fully; frame 1 (0.5 s) has none in either.
    CHECK(fraction_different(dir / "a/frame_000001.png", dir / "b/frame_000001.png") == 0.0);
    CHECK(fraction_different(dir / "a/frame_000003.png", dir / "b/frame_000003.png") > 0.002);
}

TEST_CASE("On a terminal, an error starts a line of its own after the progress line") {
    test_support::require_program("script");
    TempDir dir("rec-tty");
    fs::create_directory(dir / "bin");
    test_support::write_file(dir / "bin/ffmpeg",
                             "#!/bin/sh\nhead -c 200000 >/dev/null\necho 'encoder died' >&2\nexit 1\n");
    fs::permissions(dir / "bin/ffmpeg", fs::perms::owner_all);
    const std::string command = "PATH='" + dir / "bin" + "':/usr/bin:/bin '" + test_support::synapse_lab_path() +
                                "' --record '" + dir / "o.mp4" + "' --script '" + script_in(dir) + "' --size 160x90";
    std::string out;
    test_support::run("script -qec \"" + command + "\" /dev/null", out);
    INFO(out);
    const auto at = out.find("synapse-lab: ");
    REQUIRE(at != std::string::npos);
    REQUIRE(out.find("frames (") != std::string::npos);  // the progress line was drawn
    CHECK(at > 0);
    CHECK(out[at - 1] == '\n');
}

TEST_CASE("Recording a lesson with --record gives duration x fps PNG frames and its captions") {
    TempDir dir("lesson-record");
    const std::string lesson = dir / "short-lesson.json";
    test_support::write_file(lesson, R"({"title": "Short", "steps": [
        {"title": "One", "caption": "Before the dose.", "time": "0min", "view": "circuit", "duration_s": 1},
        {"title": "Two", "caption": "The infusion.", "time": "0min", "run_until": "40min", "view": "synapse",
         "duration_s": 1.5},
        {"title": "Three", "caption": "Rapamycin.", "scenario": {"preset": "rapamycin"}, "time": "2h",
         "run_until": "3d", "view": "spine", "duration_s": 0.5}]})");
    const auto png_count = [](const fs::path& folder) {
        long n = 0;
        for (const auto& entry : fs::directory_iterator(folder)) n += entry.path().extension() == ".png";
        return n;
    };
    std::string out;
    REQUIRE(record("--record '" + dir / "short/" + "' --script '" + lesson + "' --size 160x90 --fps 4", out) == 0);
    INFO(out);
    CHECK(png_count(dir.path() / "short") == 12);  // 3 s x 4 fps
    CHECK(fs::exists(dir.path() / "short" / "captions.srt"));
    const std::string mechanism = std::string(SYNAPSE_SOURCE_DIR) + "/assets/lessons/mechanism.json";
    const double duration_s =
        session::load_script_source(mechanism, std::string(SYNAPSE_SOURCE_DIR) + "/assets").script.duration_s();
    REQUIRE(record("--record '" + dir / "mechanism/" + "' --script '" + mechanism + "' --size 160x90 --fps 2", out) ==
            0);
    CHECK(png_count(dir.path() / "mechanism") == std::lround(duration_s * 2.0));
}
