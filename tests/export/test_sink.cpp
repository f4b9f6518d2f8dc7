// Frame sinks: ffmpeg videos with the exact frame count, PNG sequences, atomic outputs and every failure path.
#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>

#include "export/pixels.hpp"
#include "export/png.hpp"
#include "export/sink.hpp"
#include "support/support.hpp"

namespace fs = std::filesystem;
using test_support::TempDir;

namespace {

exporter::OutputOptions small(const std::string& path) {
    exporter::OutputOptions o;
    o.path = path;
    o.width_px = 160;
    o.height_px = 90;
    o.fps = 30;
    return o;
}

void write_frames(exporter::FrameSink& sink, int count) {
    for (int i = 0; i < count; ++i) {
        auto frame = test_support::pattern(160, 90, i);
        sink.write(frame);
    }
}

}  // namespace

TEST_CASE("Paths ending in / or naming a directory are PNG sequences") {
    TempDir dir("paths");
    CHECK(exporter::is_png_sequence_path("out/"));
    CHECK(exporter::is_png_sequence_path(dir.path().string()));
    CHECK_FALSE(exporter::is_png_sequence_path(dir / "out.mp4"));
    CHECK(exporter::srt_path_for(dir / "a/b.mp4") == dir / "a/b.srt");
    CHECK(exporter::srt_path_for("frames/") == "frames/captions.srt");
    CHECK(exporter::find_program("sh").find("/sh") != std::string::npos);
    CHECK(exporter::find_program("synapse-no-such-program").empty());
}

TEST_CASE("The ffmpeg sink writes exactly the frames given, then renames") {
    test_support::require_program("ffmpeg");
    test_support::require_program("ffprobe");
    TempDir dir("video");
    auto options = small(dir / "out.mp4");
    options.srt = "1\n00:00:00,000 --> 00:00:01,000\nHello\n\n";
    auto sink = exporter::make_async(exporter::open_sink(options));
    write_frames(*sink, 45);
    CHECK_FALSE(fs::exists(dir / "out.mp4"));
    CHECK(fs::exists(dir / "out.partial.mp4"));
    sink->finish();
    CHECK(sink->frames_written() == 45);
    CHECK_FALSE(fs::exists(dir / "out.partial.mp4"));
    const std::string info = test_support::probe(dir / "out.mp4");
    CHECK_THAT(info, Catch::Matchers::Contains("nb_read_frames=45"));
    CHECK_THAT(info, Catch::Matchers::Contains("pix_fmt=yuv420p"));
    CHECK(test_support::read_file(dir / "out.srt") == options.srt);
}

TEST_CASE("An unfinished ffmpeg sink leaves nothing behind") {
    test_support::require_program("ffmpeg");
    TempDir dir("abandon");
    {
        auto sink = exporter::open_sink(small(dir / "out.mp4"));
        write_frames(*sink, 3);
    }
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("A missing ffmpeg is reported before anything is written") {
    TempDir dir("missing");
    auto options = small(dir / "out.mp4");
    options.ffmpeg = "synapse-no-such-ffmpeg";
    CHECK_THROWS_WITH(exporter::open_sink(options), Catch::Matchers::StartsWith("ffmpeg not found on PATH"));
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("ffmpeg dying mid-way is an error naming its last words, and leaves no file") {
    TempDir dir("dying");
    const std::string fake = dir / "fake-ffmpeg";
    test_support::write_file(fake,
                             "#!/bin/sh\nhead -c 100000 >/dev/null\necho 'simulated encoder crash' >&2\nexit 3\n");
    fs::permissions(fake, fs::perms::owner_all);
    fs::create_directory(dir / "out");
    auto options = small(dir / "out/video.mp4");
    options.ffmpeg = fake;
    auto sink = exporter::make_async(exporter::open_sink(options));
    std::string error;
    try {
        write_frames(*sink, 60);
        sink->finish();
    } catch (const std::runtime_error& e) {
        error = e.what();
    }
    CHECK_THAT(error, Catch::Matchers::Contains("ffmpeg exited with status 3"));
    CHECK_THAT(error, Catch::Matchers::Contains("simulated encoder crash"));
    sink.reset();
    CHECK(fs::is_empty(dir / "out"));
}

TEST_CASE("Unwritable outputs are refused up front") {
    TempDir dir("unwritable");
    CHECK_THROWS_WITH(exporter::open_sink(small(dir / "no/such/dir/out.mp4")),
                      Catch::Matchers::Contains("cannot write: no directory"));
    CHECK_THROWS_WITH(exporter::open_sink(small(dir / "out.avi")), Catch::Matchers::Contains("expected a .mp4"));
    CHECK_THROWS_WITH(exporter::open_sink(small(dir / "no/such/dir/frames/")),
                      Catch::Matchers::Contains("cannot write: no directory"));
    auto odd = small(dir / "out.mp4");
    odd.width_px = 161;
    CHECK_THROWS_WITH(exporter::open_sink(odd), Catch::Matchers::Contains("even width and height"));
    auto alpha = small(dir / "out.mp4");
    alpha.transparent = true;
    CHECK_THROWS_WITH(exporter::open_sink(alpha), Catch::Matchers::Contains("--transparent"));
    fs::create_directory(dir / "frames");
    test_support::write_file(dir / "frames/keep.txt", "mine");
    CHECK_THROWS_WITH(exporter::open_sink(small(dir / "frames/")), Catch::Matchers::Contains("holds other files"));
    CHECK(test_support::read_file(dir / "frames/keep.txt") == "mine");
}

TEST_CASE("A PNG sequence appears under its name only when complete, with captions inside") {
    TempDir dir("sequence");
    auto options = small(dir / "frames/");
    options.srt = "1\n00:00:00,000 --> 00:00:00,100\nHi\n\n";
    auto sink = exporter::make_async(exporter::open_sink(options));
    write_frames(*sink, 4);
    CHECK_FALSE(fs::exists(dir / "frames"));
    sink->finish();
    CHECK_FALSE(fs::exists(dir / "frames.partial"));
    for (const char* name : {"frame_000000.png", "frame_000003.png", "captions.srt"})
        CHECK(fs::exists(dir / "frames/" + name));
    CHECK_FALSE(fs::exists(dir / "frames/frame_000004.png"));
    const auto expected = exporter::encode_png(160, 90, test_support::pattern(160, 90, 3));
    CHECK(test_support::read_file(dir / "frames/frame_000003.png") == std::string(expected.begin(), expected.end()));
    // Recording again over an earlier recording replaces it.
    auto again = exporter::open_sink(small(dir / "frames"));
    write_frames(*again, 2);
    again->finish();
    CHECK_FALSE(fs::exists(dir / "frames/frame_000003.png"));
    CHECK_FALSE(fs::exists(dir / "frames/captions.srt"));
}

TEST_CASE("An abandoned PNG sequence is removed") {
    TempDir dir("abandon-seq");
    {
        auto sink = exporter::make_async(exporter::open_sink(small(dir / "frames/")));
        write_frames(*sink, 2);
    }
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("Premultiplied pixels become straight alpha") {
    std::vector<std::uint8_t> rgba = {100, 50, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0, 255, 255, 255, 255};
    exporter::unpremultiply(rgba);
    CHECK(rgba == std::vector<std::uint8_t>{199, 100, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0, 255, 255, 255, 255});
}

TEST_CASE("Bottom-up frames are flipped by the sink") {
    std::vector<std::uint8_t> rgba = {1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3};
    exporter::flip_rows(rgba, 1, 3);
    CHECK(rgba == std::vector<std::uint8_t>{3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1});
    TempDir dir("flip");
    auto options = small(dir / "frames/");
    options.bottom_up = true;
    auto sink = exporter::open_sink(options);
    auto frame = test_support::pattern(160, 90, 0);
    exporter::flip_rows(frame, 160, 90);
    sink->write(frame);
    sink->finish();
    const auto expected = exporter::encode_png(160, 90, test_support::pattern(160, 90, 0));
    CHECK(test_support::read_file(dir / "frames/frame_000000.png") == std::string(expected.begin(), expected.end()));
}

TEST_CASE("A directory named like a video is refused, not filled with PNGs") {
    TempDir dir("video-dir");
    fs::create_directory(dir / "out.mp4");
    CHECK_THROWS_WITH(exporter::open_sink(small(dir / "out.mp4")), Catch::Matchers::Contains("is a directory"));
    CHECK(fs::is_empty(dir / "out.mp4"));
    CHECK_FALSE(fs::exists(dir / "out.mp4.partial"));
    CHECK(exporter::has_video_extension("a/b.WebM"));
    CHECK_FALSE(exporter::has_video_extension("frames"));
}

TEST_CASE("A leftover partial output is replaced only when it is a recording's own") {
    TempDir dir("leftover");
    SECTION("a DIR.partial/ with someone's files stays, and the recording is refused") {
        fs::create_directory(dir / "frames.partial");
        test_support::write_file(dir / "frames.partial/notes.txt", "mine");
        CHECK_THROWS_WITH(exporter::open_sink(small(dir / "frames/")), Catch::Matchers::Contains("is in the way"));
        CHECK(test_support::read_file(dir / "frames.partial/notes.txt") == "mine");
        CHECK_FALSE(fs::exists(dir / "frames"));
    }
    SECTION("a DIR.partial/ of frames and captions from an interrupted recording is replaced") {
        fs::create_directory(dir / "frames.partial");
        test_support::write_file(dir / "frames.partial/frame_000007.png", "old");
        test_support::write_file(dir / "frames.partial/captions.srt", "old");
        auto sink = exporter::open_sink(small(dir / "frames/"));
        write_frames(*sink, 1);
        sink->finish();
        CHECK(fs::exists(dir / "frames/frame_000000.png"));
        CHECK_FALSE(fs::exists(dir / "frames/frame_000007.png"));
        CHECK_FALSE(fs::exists(dir / "frames.partial"));
    }
    SECTION("an OUT.partial.mp4 that is not a file is refused") {
        fs::create_directory(dir / "out.partial.mp4");
        test_support::write_file(dir / "out.partial.mp4/keep.txt", "mine");
        CHECK_THROWS_WITH(exporter::open_sink(small(dir / "out.mp4")), Catch::Matchers::Contains("is in the way"));
        CHECK(test_support::read_file(dir / "out.partial.mp4/keep.txt") == "mine");
    }
}

TEST_CASE("Re-recording a video without captions removes the old captions, the title is metadata") {
    test_support::require_program("ffmpeg");
    test_support::require_program("ffprobe");
    TempDir dir("stale-srt");
    test_support::write_file(dir / "out.partial.mp4", "an interrupted recording's");  // replaced
    test_support::write_file(dir / "out.srt", "1\n00:00:00,000 --> 00:00:01,000\nOld\n\n");
    auto options = small(dir / "out.mp4");
    options.title = "Ketamine: \"how\" it works; $HOME 'x' = y";
    options.description = "One sentence.";
    auto sink = exporter::open_sink(options);
    write_frames(*sink, 3);
    sink->finish();
    CHECK(fs::exists(dir / "out.mp4"));
    CHECK_FALSE(fs::exists(dir / "out.srt"));
    std::string tags;
    test_support::run("ffprobe -v error -show_entries format_tags=title,description -of default=noprint_wrappers=1 '" +
                          dir / "out.mp4" + "'",
                      tags);
    CHECK_THAT(tags, Catch::Matchers::Contains("title=Ketamine: \"how\" it works; $HOME 'x' = y"));
    CHECK_THAT(tags, Catch::Matchers::Contains("description=One sentence."));
}

TEST_CASE("A sink with no frames, or cancelled, commits nothing") {
    TempDir dir("nothing");
    SECTION("no frames") {
        auto sink = exporter::open_sink(small(dir / "frames/"));
        CHECK_THROWS_WITH(sink->finish(), Catch::Matchers::Contains("no frames"));
        sink.reset();
        CHECK(fs::is_empty(dir.path()));
    }
    SECTION("cancelled while ffmpeg finishes, or before the frames are renamed") {
        bool cancel = false;
        for (const char* name : {"frames/", "out.mp4"}) {
            if (std::string(name) == "out.mp4" && !test_support::have_program("ffmpeg")) continue;
            auto options = small(dir / name);
            options.cancelled = [&] { return cancel; };
            auto sink = exporter::make_async(exporter::open_sink(options));
            write_frames(*sink, 3);
            cancel = true;
            CHECK_THROWS_AS(sink->finish(), exporter::Cancelled);
            sink.reset();
            cancel = false;
            CHECK(fs::is_empty(dir.path()));
        }
    }
}
