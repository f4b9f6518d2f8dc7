// WAV files read and written, resampling, silence trimming and the WebVTT captions.
#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>

#include "export/audio.hpp"
#include "export/srt.hpp"
#include "support/support.hpp"

namespace {

/// A PCM WAV with the given header fields and `data` as its data chunk.
void write_raw_wav(const std::string& path, int channels, int rate_hz, int bits,
                   const std::vector<std::uint8_t>& data) {
    std::vector<std::uint8_t> out;
    auto put = [&](std::uint32_t v, int bytes) {
        for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    };
    auto tag = [&](const char* t) { out.insert(out.end(), t, t + 4); };
    tag("RIFF");
    put(static_cast<std::uint32_t>(36 + data.size()), 4);
    tag("WAVE");
    tag("fmt ");
    put(16, 4);
    put(1, 2);
    put(static_cast<std::uint32_t>(channels), 2);
    put(static_cast<std::uint32_t>(rate_hz), 4);
    put(static_cast<std::uint32_t>(rate_hz * channels * bits / 8), 4);
    put(static_cast<std::uint32_t>(channels * bits / 8), 2);
    put(static_cast<std::uint32_t>(bits), 2);
    tag("data");
    put(static_cast<std::uint32_t>(data.size()), 4);
    out.insert(out.end(), data.begin(), data.end());
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(out.data()), static_cast<std::streamsize>(out.size()));
}

std::string read_error(const std::string& path) {
    try {
        exporter::read_wav(path);
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("A WAV written is read back sample for sample at 16-bit precision") {
    test_support::TempDir dir("wav-roundtrip");
    exporter::AudioClip clip{48000, {0.0f, 0.5f, -0.5f, 1.0f, -1.0f, 0.25f}};
    exporter::write_wav(dir / "a.wav", clip);
    const exporter::AudioClip back = exporter::read_wav(dir / "a.wav");
    CHECK(back.rate_hz == 48000);
    REQUIRE(back.samples.size() == clip.samples.size());
    for (std::size_t i = 0; i < clip.samples.size(); ++i)
        CHECK(back.samples[i] == Approx(clip.samples[i]).margin(1e-4));
}

TEST_CASE("Stereo is mixed down to mono and other rates are resampled to the track's") {
    test_support::TempDir dir("wav-stereo");
    // two stereo frames of 16-bit: (16384, 0) and (-16384, -16384)
    write_raw_wav(dir / "s.wav", 2, 44100, 16, {0x00, 0x40, 0x00, 0x00, 0x00, 0xC0, 0x00, 0xC0});
    const exporter::AudioClip clip = exporter::read_wav(dir / "s.wav");
    CHECK(clip.rate_hz == 44100);
    REQUIRE(clip.samples.size() == 2);
    CHECK(clip.samples[0] == Approx(0.25));
    CHECK(clip.samples[1] == Approx(-0.5));
    const exporter::AudioClip one_second{22050, std::vector<float>(22050, 0.5f)};
    const exporter::AudioClip resampled = exporter::resample(one_second, 48000);
    CHECK(resampled.samples.size() == 48000);
    CHECK(resampled.duration_s() == Approx(1.0));
    CHECK(resampled.samples[30000] == Approx(0.5));
}

TEST_CASE("Unreadable, foreign and unsupported audio files are one clear line each") {
    test_support::TempDir dir("wav-bad");
    CHECK_THAT(read_error(dir / "missing.wav"), Catch::Matchers::Contains("missing.wav: cannot read the audio file"));
    test_support::write_file(dir / "text.wav", "RIFF but not really a wave file");
    CHECK_THAT(read_error(dir / "text.wav"), Catch::Matchers::Contains("not a WAV file"));
    write_raw_wav(dir / "six.wav", 6, 48000, 16, std::vector<std::uint8_t>(24, 0));
    CHECK_THAT(read_error(dir / "six.wav"), Catch::Matchers::Contains("6 channels; narration must be mono or stereo"));
    write_raw_wav(dir / "empty.wav", 1, 48000, 16, {});
    CHECK_THAT(read_error(dir / "empty.wav"), Catch::Matchers::Contains("holds no samples"));
    write_raw_wav(dir / "low.wav", 1, 4000, 16, {0, 0});
    CHECK_THAT(read_error(dir / "low.wav"), Catch::Matchers::Contains("sample rate 4000 Hz"));
}

TEST_CASE("Silence is trimmed from both ends of a spoken line") {
    const exporter::AudioClip clip{48000, {0.0f, 0.001f, 0.3f, -0.2f, 0.0f, 0.0f}};
    const exporter::AudioClip trimmed = exporter::trim_silence(clip);
    REQUIRE(trimmed.samples.size() == 2);
    CHECK(trimmed.samples[0] == 0.3f);
    CHECK(exporter::sample_at_frame(30, 30, 48000) == 48000);
    CHECK(exporter::sample_at_frame(1, 30, 48000) == 1600);
}

TEST_CASE("WebVTT captions are the SRT's cues with a header and dotted milliseconds") {
    const std::string srt = "1\n00:00:00,500 --> 00:00:01,200\nBlocked, then open.\n\n";
    CHECK(exporter::vtt_from_srt(srt) == "WEBVTT\n\n1\n00:00:00.500 --> 00:00:01.200\nBlocked, then open.\n\n");
    CHECK(exporter::vtt_from_srt("").empty());
}
