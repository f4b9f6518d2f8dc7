// SRT captions: entries start on the first frame that shows them and end on the frame after the last one.
#include <catch2/catch.hpp>

#include "export/srt.hpp"

namespace {

exporter::Script parse(const std::string& text) {
    return exporter::parse_script(nlohmann::json::parse(text), "t.json");
}

}  // namespace

TEST_CASE("SRT timestamps format hours, minutes, seconds and milliseconds") {
    CHECK(exporter::srt_timestamp(0.0) == "00:00:00,000");
    CHECK(exporter::srt_timestamp(1.0 / 30.0) == "00:00:00,033");
    CHECK(exporter::srt_timestamp(61.5) == "00:01:01,500");
    CHECK(exporter::srt_timestamp(3725.0426) == "01:02:05,043");
}

TEST_CASE("SRT cues are timed to frames") {
    const auto s = parse(R"({"scenario": "x", "segments": [
        {"duration_s": 1.5},
        {"duration_s": 2.0, "caption": {"text": "Ketamine blocks NMDA receptors.", "source": "Stackwise"}},
        {"duration_s": 0.01},
        {"duration_s": 0.01, "caption": "Only 60 fps has a frame in here."},
        {"duration_s": 1.0, "caption": "Glutamate surges."},
        {"duration_s": 1.0, "caption": "Glutamate surges."}]})");
    // 30 fps: no frame falls in [3.51, 3.52); the merged cue [3.52, 5.52) shows frames 106..165.
    CHECK(exporter::srt_text(s.captions, 30) ==
          "1\n00:00:01,500 --> 00:00:03,500\nKetamine blocks NMDA receptors.\n\u2014 Stackwise\n\n"
          "2\n00:00:03,533 --> 00:00:05,533\nGlutamate surges.\n\n");
    // 60 fps: frame 211 (3.5167 s) shows the short caption; the next cue starts at frame 212.
    CHECK(exporter::srt_text(s.captions, 60) ==
          "1\n00:00:01,500 --> 00:00:03,500\nKetamine blocks NMDA receptors.\n\u2014 Stackwise\n\n"
          "2\n00:00:03,517 --> 00:00:03,533\nOnly 60 fps has a frame in here.\n\n"
          "3\n00:00:03,533 --> 00:00:05,533\nGlutamate surges.\n\n");
    // The frames agree with the state the recorder draws.
    const auto* at_211 = exporter::script_state_at(s, exporter::frame_time_s(211, 60)).caption;
    REQUIRE(at_211);
    CHECK(at_211->text == "Only 60 fps has a frame in here.");
    CHECK(exporter::script_state_at(s, exporter::frame_time_s(105, 30)).caption == nullptr);
    CHECK(exporter::script_state_at(s, exporter::frame_time_s(104, 30)).caption != nullptr);
}

TEST_CASE("First frames of boundaries tolerate sums of fractional durations") {
    CHECK(exporter::first_frame_at(0.1 + 0.2, 30) == 9);
    CHECK(exporter::first_frame_at(0.0, 30) == 0);
    CHECK(exporter::first_frame_at(0.001, 30) == 1);
    CHECK(exporter::first_frame_at(1.0, 24) == 24);
}
