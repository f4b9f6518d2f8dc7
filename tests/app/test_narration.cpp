// End to end: narrated recordings (flite), the video formats with alpha, GIFs, --clips and refused narration input.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "app/clips.hpp"
#include "app/preview_audio.hpp"
#include "export/audio.hpp"
#include "png_image.hpp"
#include "session/recording/script_preview.hpp"
#include "session/session.hpp"
#include "sim/scenario_io.hpp"
#include "support/support.hpp"

namespace fs = std::filesystem;
using test_support::TempDir;

namespace {

/// Two spoken lines: one sized by its speech, one fixed, then a silent second.
const char* kNarrated = R"({
  "title": "narrated", "scenario": "standard-infusion",
  "segments": [
    {"duration_s": "fit", "view": "circuit", "time_h": "10min", "say": "Ketamine blocks NMDA receptors.", "pause_s": 0.4},
    {"duration_s": 2, "say": "Spines grow."},
    {"duration_s": 1, "title": "The end"}
  ]})";

/// Two short silent segments for the formats.
const char* kSilent = R"({
  "title": "silent", "scenario": "standard-infusion",
  "segments": [
    {"duration_s": 0.5, "view": "circuit", "time_h": "10min", "caption": "Before the dose"},
    {"duration_s": 0.5, "title": "After: new spines"}
  ]})";

constexpr int kFps = 30;

int record(const std::string& arguments, std::string& output, const std::string& prefix = "") {
    return test_support::run(prefix + "'" + test_support::synapse_lab_path() + "' " + arguments, output);
}

std::string script_in(const TempDir& dir, const char* text, const std::string& name = "script.json") {
    const std::string path = dir / name;
    test_support::write_file(path, text);
    return path;
}

/// A stream's duration in seconds as ffprobe reports it ("v:0" or "a:0"), or the container's.
double stream_duration_s(const std::string& file, const std::string& stream) {
    std::string out;
    test_support::run(
        "ffprobe -v error -select_streams " + stream + " -show_entries stream=duration -of csv=p=0 '" + file + "'",
        out);
    return std::stod(out);
}

std::string probe_field(const std::string& file, const std::string& entries) {
    std::string out;
    test_support::run("ffprobe -v error -count_frames -select_streams v:0 -show_entries " + entries +
                          " -of default=noprint_wrappers=1:nokey=1 '" + file + "'",
                      out);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

/// The video's sound decoded to mono 48 kHz 16-bit samples.
std::vector<std::int16_t> decoded_audio(const TempDir& dir, const std::string& video) {
    std::string out;
    const std::string raw = dir / "decoded.raw";
    test_support::run("ffmpeg -v error -y -i '" + video + "' -f s16le -ac 1 -ar 48000 '" + raw + "'", out);
    const std::string bytes = test_support::read_file(raw);
    std::vector<std::int16_t> samples(bytes.size() / 2);
    std::memcpy(samples.data(), bytes.data(), samples.size() * 2);
    return samples;
}

/// The time of the first sample at or after `from_s` louder than -50 dBFS, seconds (-1 when none).
double onset_s(const std::vector<std::int16_t>& samples, double from_s) {
    for (auto i = static_cast<std::size_t>(std::max(0.0, from_s) * 48000); i < samples.size(); ++i)
        if (std::abs(samples[i]) > 100) return static_cast<double>(i) / 48000.0;
    return -1.0;
}

/// The start of each SRT cue, seconds ("00:00:02,967 --> ..." lines).
std::vector<double> cue_starts_s(const std::string& srt) {
    std::vector<double> starts;
    for (std::size_t at = srt.find(" --> "); at != std::string::npos; at = srt.find(" --> ", at + 1)) {
        const std::string t = srt.substr(at - 12, 12);
        starts.push_back(std::stoi(t.substr(0, 2)) * 3600.0 + std::stoi(t.substr(3, 2)) * 60.0 +
                         std::stoi(t.substr(6, 2)) + std::stoi(t.substr(9, 3)) / 1000.0);
    }
    return starts;
}

/// The alpha of the first frame's top-left pixel, decoded with `decoder` ("" for ffmpeg's choice).
int corner_alpha(const TempDir& dir, const std::string& video, const std::string& decoder) {
    std::string out;
    const std::string png = dir / "frame.png";
    test_support::run("ffmpeg -v error -y " + (decoder.empty() ? "" : "-c:v " + decoder) + " -i '" + video +
                          "' -frames:v 1 -pix_fmt rgba '" + png + "'",
                      out);
    const test::Image image = test::load_png(png);
    REQUIRE(image.pixels);
    return image.pixels.get()[3];
}

}  // namespace

TEST_CASE("A narrated recording has a sound track as long as its video and each line starts with its segment") {
    test_support::require_program("ffprobe");
    test_support::require_program("flite");  // scripts/deps.sh installs it
    TempDir dir("narrated");
    const std::string video = dir / "n.mp4";
    std::string out;
    const int rc = record(
        "--record '" + video + "' --script '" + script_in(dir, kNarrated) + "' --size 160x90 --fps 30 --voice flite",
        out);
    INFO(out);
    REQUIRE(rc == 0);
    CHECK(probe_field(video, "stream=codec_name") == "h264");
    const double video_s = stream_duration_s(video, "v:0"), audio_s = stream_duration_s(video, "a:0");
    CHECK(std::abs(video_s - audio_s) <= 1.0 / kFps);
    CHECK(video_s > 3.0 + 0.4);  // the fitted line lasts its speech and pause
    // The say lines are the captions; each cue starts with its segment, and so must its speech.
    const std::string srt = test_support::read_file(dir / "n.srt");
    CHECK_THAT(srt, Catch::Matchers::Contains("Ketamine blocks NMDA receptors."));
    CHECK_THAT(test_support::read_file(dir / "n.vtt"), Catch::Matchers::StartsWith("WEBVTT\n\n1\n00:00:00.000 --> "));
    const std::vector<double> starts = cue_starts_s(srt);
    REQUIRE(starts.size() == 2);
    const std::vector<std::int16_t> samples = decoded_audio(dir, video);
    for (const double start_s : starts) {
        INFO("segment at " << start_s << " s");
        CHECK(std::abs(onset_s(samples, start_s - 1.0 / kFps) - start_s) <= 1.0 / kFps);
    }
    // silence in the last, silent second
    CHECK(onset_s(samples, video_s - 0.9) == Approx(-1.0));

    SECTION("the same script and voice give the same samples") {
        const std::string again = dir / "again.mp4";
        REQUIRE(record("--record '" + again + "' --script '" + (dir / "script.json") +
                           "' --size 160x90 --fps 30 --voice flite",
                       out) == 0);
        CHECK(decoded_audio(dir, again) == samples);
    }
}

TEST_CASE("WebM and MOV recordings with --transparent carry alpha that decodes as transparent") {
    test_support::require_program("ffprobe");
    TempDir dir("alpha");
    const std::string script = script_in(dir, kSilent);
    std::string out;
    REQUIRE(record("--record '" + dir / "a.webm" + "' --transparent --script '" + script + "' --size 160x90", out) ==
            0);
    CHECK(probe_field(dir / "a.webm", "stream=codec_name") == "vp9");
    CHECK(probe_field(dir / "a.webm", "stream_tags=alpha_mode") == "1");  // VP9 keeps alpha in a side stream
    CHECK(probe_field(dir / "a.webm", "stream=nb_read_frames") == "30");
    CHECK(corner_alpha(dir, dir / "a.webm", "libvpx-vp9") == 0);
    REQUIRE(record("--record '" + dir / "a.mov" + "' --transparent --script '" + script + "' --size 160x90", out) == 0);
    CHECK(probe_field(dir / "a.mov", "stream=codec_name") == "prores");
    CHECK_THAT(probe_field(dir / "a.mov", "stream=pix_fmt"), Catch::Matchers::StartsWith("yuva444p"));
    CHECK(corner_alpha(dir, dir / "a.mov", "") == 0);
    // An opaque WebM has no alpha; MP4 cannot have it
    REQUIRE(record("--record '" + dir / "o.webm" + "' --script '" + script + "' --size 160x90", out) == 0);
    CHECK(corner_alpha(dir, dir / "o.webm", "libvpx-vp9") == 255);
    CHECK(record("--record '" + dir / "t.mp4" + "' --transparent --script '" + script + "' --size 160x90", out) != 0);
    CHECK_THAT(out, Catch::Matchers::Contains("--transparent: .mp4 video has no alpha"));
    CHECK_FALSE(fs::exists(dir / "t.mp4"));
}

TEST_CASE("A GIF keeps at most 20 frames a second with one palette") {
    test_support::require_program("ffprobe");
    TempDir dir("gif");
    std::string out;
    REQUIRE(record("--record '" + dir / "s.gif" + "' --script '" + script_in(dir, kSilent) + "' --size 160x90 --fps 30",
                   out) == 0);
    CHECK(probe_field(dir / "s.gif", "stream=codec_name") == "gif");
    CHECK(probe_field(dir / "s.gif", "stream=nb_read_frames") == "20");  // 1 s at 20 fps
    CHECK(probe_field(dir / "s.gif", "stream=width") == "160");
    for (const auto& entry : fs::directory_iterator(dir.path()))  // no stage files left behind
        CHECK_THAT(entry.path().filename().string(), !Catch::Matchers::Contains("partial"));
}

TEST_CASE("Clips: one numbered video per segment, named after it") {
    test_support::require_program("ffprobe");
    TempDir dir("clips");
    std::string out;
    REQUIRE(record("--clips '" + dir / "deck/" + "' --script '" + script_in(dir, kSilent) + "' --size 160x90 --fps 30",
                   out) == 0);
    std::vector<std::string> videos;
    for (const auto& entry : fs::directory_iterator(dir / "deck"))
        if (entry.path().extension() == ".mp4") videos.push_back(entry.path().filename().string());
    std::sort(videos.begin(), videos.end());
    CHECK(videos == std::vector<std::string>{"01-before-the-dose.mp4", "02-after-new-spines.mp4"});
    CHECK(probe_field(dir / "deck/01-before-the-dose.mp4", "stream=nb_read_frames") == "15");
    CHECK(probe_field(dir / "deck/02-after-new-spines.mp4", "stream=nb_read_frames") == "15");
    CHECK(fs::exists(dir / "deck/01-before-the-dose.srt"));
    CHECK_FALSE(fs::exists(dir / "deck.partial"));
    // A folder with files in it is not overwritten
    CHECK(record("--clips '" + dir / "deck/" + "' --script '" + (dir / "script.json") + "' --size 160x90", out) != 0);
    CHECK_THAT(out, Catch::Matchers::Contains("must be a new or empty folder"));
}

TEST_CASE("A festival-style engine (text2wave: the text on stdin, -o FILE) is run as festival") {
    test_support::require_program("flite");
    TempDir dir("festival");
    fs::create_directory(dir / "bin");
    // A stand-in for festival's text2wave that speaks what it reads from stdin with flite.
    test_support::write_file(dir / "bin/text2wave",
                             "#!/bin/sh\n[ \"$1\" = -o ] || exit 9\nread -r text\nexec flite -t \"$text\" -o \"$2\"\n");
    fs::permissions(dir / "bin/text2wave", fs::perms::owner_all);
    std::string out;
    const int rc = record("--record '" + dir / "f.mp4" + "' --script '" + script_in(dir, kNarrated) +
                              "' --size 160x90 --voice '" + dir / "bin/text2wave" + "'",
                          out);
    INFO(out);
    REQUIRE(rc == 0);
    const std::vector<std::int16_t> samples = decoded_audio(dir, dir / "f.mp4");
    CHECK(std::abs(onset_s(samples, 0.0)) <= 1.0 / kFps);
}

TEST_CASE("Captions left out of the picture with --captions file-only are still in the subtitle files") {
    TempDir dir("file-only");
    const std::string script = script_in(dir, kSilent);
    std::string out;
    REQUIRE(record("--record '" + dir / "burn/" + "' --script '" + script + "' --size 320x180", out) == 0);
    REQUIRE(record("--record '" + dir / "files/" + "' --script '" + script + "' --size 320x180 --captions file-only",
                   out) == 0);
    CHECK(test_support::read_file(dir / "burn/captions.srt") == test_support::read_file(dir / "files/captions.srt"));
    CHECK_THAT(test_support::read_file(dir / "files/captions.srt"), Catch::Matchers::Contains("Before the dose"));
    // Mid-caption, the burned frame's caption band has the caption's text; the file-only frame has none.
    const test::Image burn = test::load_png(dir / "burn/frame_000007.png");
    const test::Image files = test::load_png(dir / "files/frame_000007.png");
    REQUIRE(burn.pixels);
    REQUIRE(files.pixels);
    long differing = 0;
    for (int y = burn.height * 3 / 4; y < burn.height; ++y)
        for (int x = 0; x < burn.width; ++x) {
            const std::size_t at = (static_cast<std::size_t>(y) * burn.width + x) * 4;
            differing += burn.pixels.get()[at] != files.pixels.get()[at] ? 1 : 0;
        }
    CHECK(differing > 200);
}

TEST_CASE("A lesson recorded with a voice says each step's caption and lasts as long as that takes") {
    test_support::require_program("flite");
    TempDir dir("lesson-voice");
    const std::string lesson = script_in(dir, R"({"title": "Short", "steps": [
        {"title": "One", "caption": "Before the dose, GABA interneurons keep the pyramidal neurons of the prefrontal cortex in check, and glutamate carries signals between them.", "time": "0min", "view": "circuit"},
        {"title": "Two", "caption": "The infusion.", "time": "0min", "view": "synapse"}]})",
                                         "lesson.json");
    std::string out;
    REQUIRE(record("--record '" + dir / "l.mp4" + "' --script '" + lesson + "' --size 160x90 --voice flite", out) == 0);
    const double video_s = stream_duration_s(dir / "l.mp4", "v:0");
    CHECK(std::abs(video_s - stream_duration_s(dir / "l.mp4", "a:0")) <= 1.0 / kFps);
    // Step one's speech (about 7 s) plus a 1.5 s breath is longer than its 6 s floor; step two's is shorter.
    const std::string srt = test_support::read_file(dir / "l.srt");
    const std::size_t two = srt.find("Two \u2014");
    REQUIRE(two != std::string::npos);
    const double two_start_s = cue_starts_s(srt.substr(0, two)).back();
    CHECK(two_start_s > 6.5);
    CHECK(video_s == Approx(two_start_s + 6.0).margin(1.0 / kFps));
    const std::vector<std::int16_t> samples = decoded_audio(dir, dir / "l.mp4");
    CHECK(std::abs(onset_s(samples, two_start_s - 1.0 / kFps) - two_start_s) <= 1.0 / kFps);
}

TEST_CASE("Clip names are the segment's words, without a lesson step's number") {
    CHECK(app::clip_slug("1. Before the dose") == "before-the-dose");
    CHECK(app::clip_slug("12) Ketamine's effect: NMDA receptors are blocked and trapped") ==
          "ketamines-effect-nmda-receptors-are-blocked");
    CHECK(app::clip_slug("\u201cQuoted\u201d text") == "quoted-text");
    CHECK(app::clip_slug("\u2014") == "segment");
    CHECK(app::clip_slug("2026 in review") == "2026-in-review");
}

TEST_CASE("Narration that cannot be made is refused with one line and no output") {
    TempDir dir("narration-refused");
    const std::string script = script_in(dir, kNarrated);
    const std::string video = dir / "o.mp4";
    std::string out;
    SECTION("no flite on PATH") {
        CHECK(record("--record '" + video + "' --script '" + script + "' --size 160x90 --voice flite", out,
                     "PATH=/usr/local/nonexistent:/nonexistent ") != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("--voice flite: flite not found"));
    }
    SECTION("a voice program that fails") {
        fs::create_directory(dir / "bin");
        test_support::write_file(dir / "bin/flite", "#!/bin/sh\necho 'no voice data' >&2\nexit 3\n");
        fs::permissions(dir / "bin/flite", fs::perms::owner_all);
        CHECK(record("--record '" + video + "' --script '" + script + "' --size 160x90 --voice '" + dir / "bin/flite" +
                         "'",
                     out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("failed on \"Ketamine blocks NMDA receptors.\" (no voice data)"));
    }
    SECTION("a line longer than its fixed segment") {
        test_support::require_program("flite");
        const std::string tight = script_in(dir, R"({"scenario": "standard-infusion", "segments": [
            {"duration_s": 0.5, "say": "This sentence takes far longer than half a second to say aloud."}]})",
                                            "tight.json");
        CHECK(record("--record '" + video + "' --script '" + tight + "' --size 160x90 --voice flite", out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("tight.json: segments[0]: the narration lasts"));
    }
    SECTION("recorded narration that is missing, not audio, or longer than the video") {
        const std::string missing = script_in(dir, R"({"scenario": "standard-infusion", "segments": [
            {"duration_s": "fit", "audio": "narration/step3.wav"}]})",
                                              "missing.json");
        CHECK(record("--record '" + video + "' --script '" + missing + "' --size 160x90", out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("missing.json: segments[0].audio: "));
        CHECK_THAT(out, Catch::Matchers::Contains("narration/step3.wav: cannot read the audio file"));
        fs::create_directory(dir / "narration");
        test_support::write_file(dir / "narration/step3.wav", "ID3 an mp3, say");
        CHECK(record("--record '" + video + "' --script '" + missing + "' --size 160x90", out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("not a WAV file"));
        exporter::write_wav(dir / "long.wav", {48000, std::vector<float>(48000 * 5, 0.1f)});
        CHECK(record("--record '" + video + "' --script '" + script_in(dir, kSilent, "silent.json") +
                         "' --size 160x90 --audio '" + dir / "long.wav" + "'",
                     out) != 0);
        CHECK_THAT(out, Catch::Matchers::Contains("--audio: the track lasts 5.00 s, longer than the video's 1.00 s"));
    }
    CHECK_FALSE(fs::exists(video));
    CHECK_FALSE(fs::exists(dir / "o.partial.mp4"));
    CHECK_FALSE(fs::exists(dir / "o.srt"));
}

TEST_CASE("Recorded narration fits its segment and is muxed as the sound track") {
    test_support::require_program("ffprobe");
    TempDir dir("recorded");
    fs::create_directory(dir / "narration");
    exporter::AudioClip tone{44100, std::vector<float>(44100 * 3 / 2)};  // 1.5 s at 44.1 kHz, resampled
    for (std::size_t i = 0; i < tone.samples.size(); ++i)
        tone.samples[i] = 0.3f * static_cast<float>(std::sin(static_cast<double>(i) * 0.06));
    exporter::write_wav(dir / "narration/step1.wav", tone);
    const std::string script = script_in(dir, R"({"scenario": "standard-infusion", "segments": [
        {"duration_s": 0.5, "caption": "Quiet"},
        {"duration_s": "fit", "audio": "narration/step1.wav", "say": "What the recording says.", "pause_s": 0.5}]})");
    std::string out;
    REQUIRE(record("--record '" + dir / "r.webm" + "' --script '" + script + "' --size 160x90 --captions file-only",
                   out) == 0);
    CHECK(probe_field(dir / "r.webm", "stream=nb_read_frames") == "75");  // 0.5 + 1.5 + 0.5 s
    std::string codec;
    test_support::run(
        "ffprobe -v error -select_streams a:0 -show_entries stream=codec_name -of csv=p=0 '" + dir / "r.webm" + "'",
        codec);
    CHECK(codec == "opus\n");
    const std::vector<std::int16_t> samples = decoded_audio(dir, dir / "r.webm");
    CHECK(std::abs(onset_s(samples, 0.0) - 0.5) <= 1.0 / kFps);
    CHECK_THAT(test_support::read_file(dir / "r.srt"), Catch::Matchers::Contains("What the recording says."));
}

TEST_CASE("The window's preview speaks a narrated script and plays it from the preview's time") {
    test_support::require_program("flite");
    setenv("SDL_AUDIODRIVER", "dummy", 1);  // no sound card in a test: SDL's dummy output takes the samples
    TempDir dir("preview-audio");
    session::Session session;
    session.assets_dir = SYNAPSE_SOURCE_DIR "/assets";
    session.model.scenario = sim::load_preset(session.assets_dir, "standard-infusion");
    session.default_scenario = session.model.scenario;
    REQUIRE(session::open_script_preview(session, script_in(dir, kNarrated)));
    app::PreviewAudio audio;
    audio.update(session);
    REQUIRE(audio.track());
    // The preview is timed by the speech, as the recording is: the track covers the fitted script's frames.
    const long frames = session::frame_count(session.preview.source->script, kFps);
    CHECK(std::abs(static_cast<long>(audio.track()->samples.size()) - frames * 1600) <= 1600);
    CHECK(audio.queued_bytes() == 0);  // nothing plays until the preview does
    session::seek_preview(session, 1.0);
    session::toggle_preview_play(session);
    audio.update(session);
    const auto rest_bytes = static_cast<unsigned>((audio.track()->samples.size() - 48000) * sizeof(float));
    CHECK(audio.queued_bytes() > 0);
    CHECK(audio.queued_bytes() <= rest_bytes);  // queued from the preview's time, not from the start
    session::toggle_preview_play(session);
    audio.update(session);
    CHECK(audio.queued_bytes() == 0);  // paused: cleared
    session::close_script_preview(session);
    audio.update(session);
    CHECK_FALSE(audio.track());
}
