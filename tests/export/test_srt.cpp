// SRT captions: entries start on the first frame that shows them and end on the frame after the last one.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "export/srt.hpp"

using exporter::Subtitle;

TEST_CASE("SRT timestamps format hours, minutes, seconds and milliseconds") {
    CHECK(exporter::srt_timestamp(0.0) == "00:00:00,000");
    CHECK(exporter::srt_timestamp(1.0 / 30.0) == "00:00:00,033");
    CHECK(exporter::srt_timestamp(61.5) == "00:01:01,500");
    CHECK(exporter::srt_timestamp(3725.0426) == "01:02:05,043");
}

TEST_CASE("SRT cues are timed to frames") {
    const std::vector<Subtitle> cues = {{1.5, 3.5, "Ketamine blocks NMDA receptors.", "Stackwise"},
                                        {3.51, 3.52, "Only 60 fps has a frame in here.", ""},
                                        {3.52, 5.52, "Glutamate surges.", ""}};
    // 30 fps: no frame falls in [3.51, 3.52); the cue [3.52, 5.52) shows frames 106..165 of 166.
    CHECK(exporter::srt_text(cues, 30, 166) ==
          "1\n00:00:01,500 --> 00:00:03,500\nKetamine blocks NMDA receptors.\n\u2014 Stackwise\n\n"
          "2\n00:00:03,533 --> 00:00:05,533\nGlutamate surges.\n\n");
    // 60 fps: frame 211 (3.5167 s) shows the short caption; the next cue starts at frame 212 and lasts to the
    // video's end: round(5.52 x 60) = 331 frames, 5.5167 s.
    CHECK(exporter::srt_text(cues, 60, 331) ==
          "1\n00:00:01,500 --> 00:00:03,500\nKetamine blocks NMDA receptors.\n\u2014 Stackwise\n\n"
          "2\n00:00:03,517 --> 00:00:03,533\nOnly 60 fps has a frame in here.\n\n"
          "3\n00:00:03,533 --> 00:00:05,517\nGlutamate surges.\n\n");
}

TEST_CASE("First frames of boundaries tolerate sums of fractional durations") {
    CHECK(exporter::first_frame_at(0.1 + 0.2, 30) == 9);
    CHECK(exporter::first_frame_at(0.0, 30) == 0);
    CHECK(exporter::first_frame_at(0.001, 30) == 1);
    CHECK(exporter::first_frame_at(1.0, 24) == 24);
}

TEST_CASE("The last cue ends with the video's last frame, never after it") {
    // 3 x 0.33 s = 0.99 s: 59 frames at 60 fps (0.983 s), though the last segment ends at 0.99 s.
    const std::vector<Subtitle> cues = {{0.0, 0.33, "One.", ""}, {0.33, 0.66, "Two.", ""}, {0.66, 0.99, "Three.", ""}};
    CHECK(exporter::srt_text(cues, 60, 59) ==
          "1\n00:00:00,000 --> 00:00:00,333\nOne.\n\n"
          "2\n00:00:00,333 --> 00:00:00,667\nTwo.\n\n"
          "3\n00:00:00,667 --> 00:00:00,983\nThree.\n\n");
    // A cue that starts after the last frame is never shown.
    CHECK(exporter::srt_text(cues, 60, 40) ==
          "1\n00:00:00,000 --> 00:00:00,333\nOne.\n\n"
          "2\n00:00:00,333 --> 00:00:00,667\nTwo.\n\n");
}

namespace {

/// The text lines of every entry of an .srt (timestamps and numbers left out), and the number of entries.
std::vector<std::vector<std::string>> srt_entries(const std::string& srt) {
    std::vector<std::vector<std::string>> entries;
    std::istringstream in(srt);
    std::string line;
    int field = 0;
    while (std::getline(in, line)) {
        if (line.empty()) {
            field = 0;
            continue;
        }
        if (field == 0) entries.emplace_back();
        if (field >= 2) entries.back().push_back(line);
        ++field;
    }
    return entries;
}

std::size_t code_points(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

TEST_CASE("SRT text wraps at about 42 characters, at most 2 lines an entry, the source under the last part") {
    const std::vector<Subtitle> cues = {
        {0.0, 3.0, "Ketamine enters open NMDA receptor channels and is trapped when they close.", ""},
        {3.0, 9.0,
         "Disinhibition (a leading hypothesis): busy GABA interneurons lose the most NMDA current, so they quiet "
         "down and take the brake off pyramidal neurons, and glutamate surges.",
         "Stackwise: Ketamine therapy, a review of the evidence"}};
    const std::string srt = exporter::srt_text(cues, 30, 270);
    const auto entries = srt_entries(srt);
    REQUIRE(entries.size() >= 3);
    CHECK(entries[0] ==
          std::vector<std::string>{"Ketamine enters open NMDA receptor", "channels and is trapped when they close."});
    std::vector<std::string> lines;
    for (std::size_t i = 1; i < entries.size(); ++i) {
        INFO(srt);
        CHECK(entries[i].size() <= 2);
        for (const std::string& line : entries[i]) CHECK(code_points(line) <= exporter::kSrtLineChars);
        lines.insert(lines.end(), entries[i].begin(), entries[i].end());
    }
    // The source, cut at a word to fit one line, ends the last part (never an entry of its own).
    CHECK(entries.back().size() == 2);
    CHECK(entries.back().back() == "\u2014 Stackwise: Ketamine therapy, a review\u2026");
    std::string rejoined;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) rejoined += (i == 0 ? "" : " ") + lines[i];
    CHECK(rejoined == cues[1].text);                            // split on word boundaries, nothing lost
    CHECK(lines == exporter::srt_cue_lines(cues[1]));           // the same lines, in pages
    CHECK(srt.find("00:00:03,000 --> ") != std::string::npos);  // the parts tile the cue's frames
    CHECK(srt.find(" --> 00:00:09,000") != std::string::npos);
}

TEST_CASE("each part of a split caption stays up at least kMinCue_s when the caption is long enough") {
    const std::vector<Subtitle> cues = {
        {0.0, 5.0,
         "\u201cWithin hours, ketamine produced a rapid antidepressant response in patients whose depression had "
         "resisted other treatments.\u201d",
         "Zarate et al., Arch Gen Psychiatry 2006"}};
    const std::string srt = exporter::srt_text(cues, 30, 150);
    const auto entries = srt_entries(srt);
    INFO(srt);
    REQUIRE(entries.size() >= 2);
    for (const auto& e : entries) CHECK(e.size() <= 2);
    CHECK(entries.back().back() == "\u2014 Zarate et al., Arch Gen Psychiatry 2006");
    std::istringstream in(srt);
    int cues_seen = 0;
    for (std::string line; std::getline(in, line);) {
        const auto arrow = line.find(" --> ");
        if (arrow == std::string::npos) continue;
        auto seconds = [](const std::string& t) {
            return std::stoi(t.substr(0, 2)) * 3600.0 + std::stoi(t.substr(3, 2)) * 60.0 + std::stoi(t.substr(6, 2)) +
                   std::stoi(t.substr(9, 3)) / 1000.0;
        };
        CHECK(seconds(line.substr(arrow + 5)) - seconds(line.substr(0, arrow)) >= exporter::kMinCue_s - 1e-9);
        ++cues_seen;
    }
    CHECK(cues_seen == static_cast<int>(entries.size()));
}
