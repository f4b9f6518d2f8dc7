// Narration in scripts: "say" as the caption, quotes read with their source, "fit" segments and recorded audio.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "export/audio.hpp"
#include "session/recording/narration.hpp"
#include "session/recording/script.hpp"
#include "session/recording/script_preview.hpp"
#include "session/session.hpp"
#include "support/support.hpp"

namespace {

session::Script parse(const char* text) { return session::parse_script(nlohmann::json::parse(text), "t.json"); }

std::string parse_error(const char* text) {
    try {
        parse(text);
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

/// A WAV of `seconds` of a 440 Hz tone at `rate_hz`.
void write_tone(const std::string& path, double seconds, int rate_hz) {
    exporter::AudioClip clip{rate_hz, std::vector<float>(static_cast<std::size_t>(seconds * rate_hz))};
    for (std::size_t i = 0; i < clip.samples.size(); ++i)
        clip.samples[i] =
            0.5f * static_cast<float>(std::sin(2.0 * 3.14159265 * 440.0 * static_cast<double>(i) / rate_hz));
    exporter::write_wav(path, clip);
}

}  // namespace

TEST_CASE("A say line is the segment's caption unless the segment gives one") {
    const auto s = parse(R"({"scenario": "x", "segments": [
        {"duration_s": 3, "say": "NMDA receptors are blocked."},
        {"duration_s": 3, "say": "track B", "caption": "TrkB"}]})");
    REQUIRE(s.captions.size() == 2);
    CHECK(s.captions[0].text == "NMDA receptors are blocked.");
    CHECK(s.segments[0].narration.say == "NMDA receptors are blocked.");
    CHECK(s.captions[1].text == "TrkB");
    CHECK(s.segments[1].narration.say == "track B");
}

TEST_CASE("A fit segment is estimated from its words until it is spoken, then lasts its speech and pause") {
    auto s = parse(R"({"scenario": "x", "segments": [
        {"duration_s": "fit", "say": "one two three four five", "pause_s": 1},
        {"duration_s": 2, "say": "short"}]})");
    CHECK(s.segments[0].fit);
    CHECK(s.segments[0].duration_s == Approx(5 * session::kEstimatedSpeech_s_per_word + 1.0));
    session::fit_to_speech(s, {2.5, 1.0});
    CHECK(s.segments[0].duration_s == Approx(3.5));
    CHECK(s.duration_s() == Approx(5.5));
    CHECK(s.captions[1].start_s == Approx(3.5));  // the captions move with it
    try {
        session::fit_to_speech(s, {2.5, 2.4});
        FAIL("a line longer than its fixed segment must be refused");
    } catch (const std::exception& e) {
        CHECK_THAT(e.what(), Catch::Matchers::Contains("segments[1]: the narration lasts 2.40 s, longer than "
                                                       "duration_s 2.00"));
    }
}

TEST_CASE("Narration keys are checked with one line naming the field") {
    CHECK_THAT(parse_error(R"({"scenario": "x", "segments": [{"duration_s": "fit"}]})"),
               Catch::Matchers::Contains("segments[0].duration_s: \"fit\" needs \"say\" or \"audio\""));
    CHECK_THAT(parse_error(R"({"scenario": "x", "segments": [{"duration_s": 2, "say": "a", "pause_s": 1}]})"),
               Catch::Matchers::Contains("segments[0].pause_s: only with \"duration_s\": \"fit\""));
    CHECK_THAT(parse_error(R"({"scenario": "x", "segments": [{"duration_s": 2, "say": " "}]})"),
               Catch::Matchers::Contains("segments[0].say: must not be empty"));
    CHECK_THAT(parse_error(R"({"scenario": "x", "segments": [{"duration_s": 2, "say": {"text": "a"}}]})"),
               Catch::Matchers::Contains("segments[0].say"));
    CHECK_THAT(parse_error(R"({"scenario": "x", "segments": [{"duration_s": "long", "say": "a"}]})"),
               Catch::Matchers::Contains("segments[0].duration_s"));
}

TEST_CASE("A quote is read with its source and shown as the caption") {
    auto s = parse(R"({"scenario": "x", "segments": [{"duration_s": "fit", "say": {"quote": "q1"}}]})");
    session::resolve_quotes(s, [](const std::string& id) -> std::optional<session::QuoteText> {
        if (id != "q1") return std::nullopt;
        return session::QuoteText{"\u201cWords here.\u201d", "A blog"};
    });
    CHECK(s.segments[0].narration.say == "\u201cWords here.\u201d From A blog.");
    REQUIRE(s.captions.size() == 1);
    CHECK(s.captions[0].text == "\u201cWords here.\u201d");
    CHECK(s.captions[0].source == "A blog");
    CHECK(s.segments[0].duration_s == Approx(5 * session::kEstimatedSpeech_s_per_word + session::kDefaultFitPause_s));
}

TEST_CASE("Recorded narration is placed at its segment, fits it and pads the track to the video") {
    test_support::TempDir dir("narration-track");
    write_tone(dir / "a.wav", 1.0, 22050);  // resampled to 48 kHz
    auto s = parse(R"({"scenario": "x", "segments": [{"duration_s": 0.5}, {"duration_s": "fit", "audio": "a.wav",
        "pause_s": 0.25}, {"duration_s": 1}]})");
    s.segments[1].narration.audio_path = dir / "a.wav";
    session::NarrationOptions options;
    options.work_dir = dir.path().string();
    const auto track = session::build_narration(s, options, 30);
    REQUIRE(track);
    CHECK(s.segments[1].duration_s == Approx(1.25));
    const long frames = session::frame_count(s, 30);
    CHECK(frames == 83);  // 2.75 s
    CHECK(static_cast<long>(track->samples.size()) == exporter::sample_at_frame(frames, 30, 48000));
    // silence before the segment, the tone from its first sample (0.5 s), silence after it
    CHECK(track->samples[23999] == 0.0f);
    float loudest = 0.0f;
    for (long i = 24000; i < 24000 + 48; ++i)
        loudest = std::max(loudest, std::abs(track->samples[static_cast<std::size_t>(i)]));
    CHECK(loudest > 0.1f);
    CHECK(track->samples[static_cast<std::size_t>(24000 + 48000 + 10)] == 0.0f);
}

TEST_CASE("A whole-video audio track longer than the video, or an unreadable one, is refused") {
    test_support::TempDir dir("narration-bad");
    write_tone(dir / "long.wav", 3.0, 48000);
    auto s = parse(R"({"scenario": "x", "segments": [{"duration_s": 2}]})");
    session::NarrationOptions options;
    options.work_dir = dir.path().string();
    options.audio_file = dir / "long.wav";
    CHECK_THROWS_WITH(session::build_narration(s, options, 30),
                      Catch::Matchers::Contains("--audio: the track lasts 3.00 s, longer than the video's 2.00 s"));
    options.audio_file = dir / "missing.wav";
    CHECK_THROWS_WITH(session::build_narration(s, options, 30),
                      Catch::Matchers::Contains("missing.wav: cannot read the audio file"));
    test_support::write_file(dir / "text.wav", "not audio at all");
    options.audio_file = dir / "text.wav";
    CHECK_THROWS_WITH(session::build_narration(s, options, 30), Catch::Matchers::Contains("not a WAV file"));
}

TEST_CASE("An unknown or missing voice engine is one clear line") {
    auto s = parse(R"({"scenario": "x", "segments": [{"duration_s": 2, "say": "hello"}]})");
    session::NarrationOptions options;
    options.voice = "espeak-magic";
    CHECK_THROWS_WITH(session::build_narration(s, options, 30), Catch::Matchers::Contains("unknown engine"));
    options.voice = "/nonexistent/flite";
    CHECK_THROWS_WITH(session::build_narration(s, options, 30), Catch::Matchers::Contains("not found"));
    auto silent = parse(R"({"scenario": "x", "segments": [{"duration_s": 2}]})");
    options.voice = "flite";
    CHECK_THROWS_WITH(session::build_narration(silent, options, 30), Catch::Matchers::Contains("no \"say\" lines"));
}

TEST_CASE("The preview says what each segment narrates and when, and the render command asks for the voice") {
    const auto s = parse(R"({"scenario": "x", "segments": [
        {"duration_s": 2, "caption": "silent"},
        {"duration_s": "fit", "say": "one two three", "pause_s": 0.8}]})");
    CHECK(s.narrated);
    const session::Session app;
    CHECK(session::narration_line(app, s, session::script_state_at(s, 1.0)).empty());
    CHECK(session::narration_line(app, s, session::script_state_at(s, 2.5)) ==
          "Says (2.0-4.0 s, timed at 150 words a minute until spoken): one two three");
    CHECK_FALSE(parse(R"({"scenario": "x", "segments": [{"duration_s": 2, "caption": "c"}]})").narrated);
    CHECK_THAT(session::render_command("s.json", s.narrated), Catch::Matchers::EndsWith(" --voice flite"));
}
