// Recording scripts: validation errors name file, segment and field; the state at a video time is exact.
#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>
#include <string>

#include "export/srt.hpp"
#include "session/fixture.hpp"
#include "session/lesson/lesson.hpp"
#include "session/recording/script.hpp"
#include "session/recording/script_source.hpp"
#include "support/support.hpp"

using nlohmann::json;

namespace {

session::Script parse(const std::string& text) { return session::parse_script(json::parse(text), "t.json"); }

/// The one-line error parse_script throws for `text`.
std::string error_of(const std::string& text) {
    try {
        parse(text);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "(no error)";
}

const char* kStory = R"({
  "title": "Test", "scenario": "standard-infusion",
  "segments": [
    {"duration_s": 2, "view": "circuit", "time_h": 0, "rate_h_per_s": 0.5, "caption": "One"},
    {"duration_s": 1, "caption": "One", "labels": false},
    {"duration_s": 2, "view": "spine", "view_transition_s": 1, "hold": true, "caption": {"text": "Two", "source": "S"}},
    {"duration_s": 4, "time_h": {"from": "1h", "to": "16h", "ease": "log"}, "params": {"experiments": {"rapamycin": true}}},
    {"duration_s": 1, "camera": {"zoom": 2, "pan": [1, -1], "transition_s": 1}}
  ]})";

}  // namespace

TEST_CASE("A script parses into segments with derived caption cues") {
    const auto s = parse(kStory);
    CHECK(s.title == "Test");
    CHECK(s.scenario_name == "standard-infusion");
    REQUIRE(s.segments.size() == 5);
    CHECK(s.duration_s() == Approx(10.0));
    CHECK(session::frame_count(s, 30) == 300);
    CHECK(session::frame_count(s, 60) == 600);
    REQUIRE(s.captions.size() == 2);  // the two "One" segments merge
    CHECK(s.captions[0].start_s == 0.0);
    CHECK(s.captions[0].end_s == Approx(3.0));
    CHECK(s.captions[1].text == "Two");
    CHECK(s.captions[1].source == "S");
    CHECK(session::params_version_count(s) == 2);
}

TEST_CASE("The sim clock is set, advanced at a rate, held and animated") {
    const auto s = parse(kStory);
    using session::script_state_at;
    CHECK(script_state_at(s, 0.0).sim_time_h == 0.0);
    CHECK(script_state_at(s, 1.0).sim_time_h == Approx(0.5));
    CHECK(script_state_at(s, 2.5).sim_time_h == Approx(1.25));  // the rate carries over
    CHECK(script_state_at(s, 3.5).sim_time_h == Approx(1.5));   // held
    CHECK(script_state_at(s, 4.9).sim_time_h == Approx(1.5));
    CHECK(script_state_at(s, 5.0).sim_time_h == Approx(1.0));   // log ease from 1 h ...
    CHECK(script_state_at(s, 7.0).sim_time_h == Approx(4.0));   // ... halfway is the geometric mean
    CHECK(script_state_at(s, 9.0).sim_time_h == Approx(16.0));  // after: the carried rate again
    CHECK(script_state_at(s, 10.0).sim_time_h == Approx(16.5));
    CHECK(script_state_at(s, 99.0).sim_time_h == Approx(16.5));  // clamped to the end
}

TEST_CASE("Views change with a transition, labels, params and cameras carry over") {
    const auto s = parse(kStory);
    using session::script_state_at;
    const auto before = script_state_at(s, 2.9);
    CHECK(before.view == scene::View::circuit);
    CHECK_FALSE(before.labels);
    CHECK_FALSE(before.from_view);
    const auto changing = script_state_at(s, 3.25);
    CHECK(changing.view == scene::View::spine);
    REQUIRE(changing.from_view);
    CHECK(*changing.from_view == scene::View::circuit);
    CHECK(changing.view_transition == Approx(0.25));
    CHECK_FALSE(script_state_at(s, 4.5).from_view);
    CHECK(script_state_at(s, 4.5).view_transition == 1.0);
    CHECK(script_state_at(s, 4.5).params_version == 0);
    CHECK(script_state_at(s, 5.0).params_version == 1);
    CHECK_FALSE(script_state_at(s, 5.0).labels);
    CHECK(script_state_at(s, 9.0).camera.zoom == Approx(1.0));
    CHECK(script_state_at(s, 9.5).camera.zoom == Approx(std::sqrt(2.0)));
    CHECK(script_state_at(s, 10.0).camera.zoom == Approx(2.0));
    CHECK(script_state_at(s, 10.0).camera.pan_y == Approx(-1.0));
}

TEST_CASE("Segment boundaries follow frame times exactly") {
    const auto s = parse(R"({"scenario": "x", "segments": [
        {"duration_s": 0.1, "view": "circuit"}, {"duration_s": 0.1, "view": "spine", "view_transition_s": 0},
        {"duration_s": 0.1, "view": "synapse"}]})");
    const int fps = 30;
    for (long i = 0; i < session::frame_count(s, fps); ++i) {
        const auto f = session::script_state_at(s, session::frame_time_s(i, fps));
        INFO("frame " << i);
        CHECK(f.segment_index == i / 3);
    }
}

TEST_CASE("Captions fade in and out and carry quote ids until resolved") {
    auto s = parse(R"({"scenario": "x", "segments": [{"duration_s": 2, "caption": {"quote": "nmda-1"}}]})");
    const auto f = session::script_state_at(s, 1.0);
    REQUIRE(f.caption);
    CHECK(f.caption->quote_id == "nmda-1");
    CHECK(f.caption_alpha == 1.0);
    CHECK(session::script_state_at(s, 0.0).caption_alpha == 0.0);
    CHECK(session::script_state_at(s, 0.125).caption_alpha == Approx(0.5));
    session::resolve_quotes(s, [](const std::string& id) -> std::optional<session::QuoteText> {
        if (id == "nmda-1") return session::QuoteText{"Quoted.", "A blog"};
        return std::nullopt;
    });
    CHECK(s.captions[0].text == "Quoted.");
    CHECK(s.captions[0].source == "A blog");
    auto bad =
        parse(R"({"scenario": "x", "segments": [{"duration_s": 1}, {"duration_s": 1, "caption": {"quote": "nope"}}]})");
    CHECK_THROWS_WITH(session::resolve_quotes(bad, [](const std::string&) { return std::nullopt; }),
                      "t.json: segments[1].caption.quote: unknown quote id 'nope'");
}

TEST_CASE("Parameter changes accumulate onto the scenario") {
    const auto s = parse(R"({"scenario": "x", "segments": [
        {"duration_s": 1, "params": {"magnesium_mM": 2, "experiments": {"nbqx": true}}},
        {"duration_s": 1, "params": {"hypotheses": {"disinhibition": false}, "body_weight_kg": 80}}]})");
    const sim::Scenario base;
    CHECK(session::script_state_at(s, 0.5).params_version == 1);
    CHECK(session::script_state_at(s, 1.5).params_version == 2);
    const auto v1 = session::scenario_at_version(s, base, 1);
    CHECK(v1.params.magnesium_mM == 2.0);
    CHECK(v1.experiments.nbqx);
    CHECK(v1.hypotheses.disinhibition);
    const auto v2 = session::scenario_at_version(s, base, 2);
    CHECK_FALSE(v2.hypotheses.disinhibition);
    CHECK(v2.body_weight_kg == 80.0);
    CHECK(v2.experiments.nbqx);
}

TEST_CASE("A script names the split receptor close-up, which carries over with its view") {
    const session::Script s = parse(R"({"scenario": "x", "segments": [
        {"duration_s": 2, "view": "receptor"},
        {"duration_s": 2, "view": "receptor-split"},
        {"duration_s": 2, "time_h": 1},
        {"duration_s": 2, "view": "synapse"}]})");
    using session::script_state_at;
    CHECK(script_state_at(s, 1.0).view == scene::View::receptor);
    CHECK_FALSE(script_state_at(s, 1.0).receptor_split);
    CHECK(script_state_at(s, 3.0).view == scene::View::receptor);
    CHECK(script_state_at(s, 3.0).receptor_split);
    CHECK_FALSE(script_state_at(s, 3.0).from_view);  // the same view: the split is a cut, not a zoom
    CHECK(script_state_at(s, 5.0).receptor_split);   // carried over
    CHECK(script_state_at(s, 7.0).view == scene::View::synapse);
    CHECK_FALSE(script_state_at(s, 7.0).receptor_split);
}

TEST_CASE("Bad scripts give one line naming the field and segment") {
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": 1}, {"duration_s": 0}]})") ==
          "t.json: segments[1].duration_s: must be > 0");
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": 1, "colour": 1}]})") ==
          "t.json: segments[0].colour: unknown key");
    CHECK(error_of(R"({"scenario": "x", "segments": [{"time_h": 1}]})") == "t.json: segments[0].duration_s: missing");
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": "long"}]})") ==
          "t.json: segments[0].duration_s: must be a number of seconds or \"fit\", got 'long'");
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": 1, "colour": 1, "hue": 2}]})") ==
          "t.json: segments[0].colour: unknown key (and 1 more)");  // every unknown key, the first line alone
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": 1, "view": "brain"}]})") ==
          "t.json: segments[0].view: expected circuit, synapse, spine, receptor, receptor-split or signalling, got "
          "'brain'");
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": 1, "time_h": "3 weeks"}]})") ==
          "t.json: segments[0].time_h: expected a time such as \"90s\", \"40min\", \"2h\" or \"3d\", got '3 weeks'");
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": 1, "time_h": {"to": 5, "ease": "log"}}]})") ==
          "t.json: segments[0].time_h: ease log needs a start time > 0 (give \"from\")");
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": 1, "params": {"experiments": {"x": true}}}]})") ==
          "t.json: segments[0].params.experiments.x: unknown key");
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": 1, "camera": {"pan": [1]}}]})") ==
          "t.json: segments[0].camera.pan: must be [x, y] in world units");
    CHECK(error_of(R"({"scenario": "x", "segments": [{"duration_s": 1, "caption": {"source": "s"}}]})") ==
          "t.json: segments[0].caption: needs \"text\" or \"quote\"");
    CHECK(error_of(R"({"scenario": "x", "segments": []})") == "t.json: segments: must be a non-empty array");
    CHECK(error_of(R"({"segments": [{"duration_s": 1}]})") == "t.json: scenario: missing");
    CHECK(error_of(R"({"scenario": "x", "fps": 30, "segments": [{"duration_s": 1}]})") == "t.json: fps: unknown key");
    CHECK(error_of(R"({"scenario": 3, "segments": [{"duration_s": 1}]})").rfind("t.json: scenario: must be", 0) == 0);
    CHECK(error_of(R"({"_comment": "ok", "scenario": {"name": "x"}, "segments": [{"duration_s": 1}]})") ==
          "(no error)");
}

TEST_CASE("Script files report unreadable and malformed files by name") {
    CHECK_THROWS_WITH(session::load_script_file("/nonexistent/intro.json"),
                      "/nonexistent/intro.json: cannot read the script");
    CHECK_THROWS_WITH(session::load_script_file(SYNAPSE_SOURCE_DIR "/CMakeLists.txt"),
                      Catch::Matchers::StartsWith("CMakeLists.txt:1:1: syntax error"));
}

TEST_CASE("A number the JSON library cannot hold is one line naming the file, without the library's code") {
    test_support::TempDir dir("script-overflow");
    test_support::write_file(dir / "huge.json",
                             R"({"scenario": "standard-infusion", "segments": [{"duration_s": 1e400}]})");
    CHECK_THROWS_WITH(session::load_script_file(dir / "huge.json"),
                      "huge.json:1:63: number overflow parsing '1e400'");
    CHECK(session::json_error_text(std::runtime_error("[json.exception.type_error.302] type must be string")) ==
          "type must be string");
    CHECK(session::json_error_text(std::runtime_error("plain")) == "plain");
}

TEST_CASE("The title and description are kept for the video's metadata") {
    const auto s = session::parse_script(nlohmann::json::parse(R"({"scenario": "x", "title": "T",
        "description": "About it.", "segments": [{"duration_s": 1}]})"),
                                         "t.json");
    CHECK(s.title == "T");
    CHECK(s.description == "About it.");
}

TEST_CASE("Every shipped script parses") {
    const std::string dir = SYNAPSE_SOURCE_DIR "/assets/scripts/";
    for (const char* name : {"ketamine-mechanism.json"}) {
        INFO(name);
        const auto s = session::load_script_file(dir + name);
        CHECK(s.duration_s() >= 60.0);
        CHECK(s.duration_s() <= 150.0);  // narrated: about two minutes of speech
    }
}

TEST_CASE("A whole scenario set on a segment replaces the one before and counts as a parameter change") {
    auto s = session::parse_script(nlohmann::json::parse(R"({"scenario": "x", "segments": [
        {"duration_s": 1}, {"duration_s": 1, "params": {"magnesium_mM": 2}}, {"duration_s": 1}]})"),
                                   "t.json");
    const sim::Scenario base;
    sim::Scenario& other = s.segments[2].scenario.emplace(session::scenario_at_version(s, base, 0));
    other.name = "other";
    other.body_weight_kg = 55.0;
    CHECK(session::params_version_count(s) == 3);
    CHECK(session::script_state_at(s, 2.5).params_version == 2);
    CHECK(session::scenario_at_version(s, base, 1).params.magnesium_mM == Approx(2.0));
    const sim::Scenario v2 = session::scenario_at_version(s, base, 2);
    CHECK(v2.name == "other");
    CHECK(v2.body_weight_kg == Approx(55.0));
    CHECK(v2.params.magnesium_mM == Approx(other.params.magnesium_mM));  // replaced, not patched
}

TEST_CASE("Caption cues can be derived for a script built in code") {
    std::vector<session::Segment> segments(3);
    for (auto& seg : segments) seg.duration_s = 2.0;
    segments[0].caption.text = segments[1].caption.text = "same";
    segments[2].caption.text = "other";
    const auto cues = session::caption_cues(segments);
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].end_s == Approx(4.0));
    CHECK(cues[1].start_s == Approx(4.0));
    CHECK(cues[1].segment_index == 2);
}

TEST_CASE("SRT cues from a script start on the frames whose state shows their caption") {
    const auto s = session::parse_script(nlohmann::json::parse(R"({"scenario": "x", "segments": [
        {"duration_s": 1.5},
        {"duration_s": 2.0, "caption": {"text": "Ketamine blocks NMDA receptors.", "source": "Stackwise"}},
        {"duration_s": 0.01},
        {"duration_s": 0.01, "caption": "Only 60 fps has a frame in here."},
        {"duration_s": 1.0, "caption": "Glutamate surges."},
        {"duration_s": 1.0, "caption": "Glutamate surges."}]})"),
                                         "t.json");
    REQUIRE(s.captions.size() == 3);  // the two "Glutamate surges." segments merge
    CHECK(session::frame_count(s, 30) == 166);
    CHECK(exporter::srt_text(session::subtitles(s.captions), 60, session::frame_count(s, 60)) ==
          "1\n00:00:01,500 --> 00:00:03,500\nKetamine blocks NMDA receptors.\n\u2014 Stackwise\n\n"
          "2\n00:00:03,517 --> 00:00:03,533\nOnly 60 fps has a frame in here.\n\n"
          "3\n00:00:03,533 --> 00:00:05,517\nGlutamate surges.\n\n");
    // The frames agree with the state the recorder draws.
    const auto* at_211 = session::script_state_at(s, session::frame_time_s(211, 60)).caption;
    REQUIRE(at_211);
    CHECK(at_211->text == "Only 60 fps has a frame in here.");
    CHECK(session::script_state_at(s, session::frame_time_s(105, 30)).caption == nullptr);
    CHECK(session::script_state_at(s, session::frame_time_s(104, 30)).caption != nullptr);
}

TEST_CASE("the shipped scripts' and lessons' SRT entries have at most 2 lines and last at least kMinCue_s",
          "[session][script][srt]") {
    std::vector<std::string> paths = {test::assets_dir() + "/scripts/ketamine-mechanism.json"};
    for (const std::string& lesson : session::list_lesson_files(test::assets_dir())) paths.push_back(lesson);
    for (const std::string& path : paths) {
        const session::ScriptSource source = session::load_script_source(path, test::assets_dir());
        constexpr int kFps = 30;
        const long frames = session::frame_count(source.script, kFps);
        const std::string srt = exporter::srt_text(session::subtitles(source.script.captions), kFps, frames);
        INFO(path << "\n" << srt);
        REQUIRE_FALSE(srt.empty());
        std::istringstream in(srt);
        int lines_in_entry = -2;  // the number and the times come first
        for (std::string line; std::getline(in, line);) {
            if (line.empty()) {
                CHECK(lines_in_entry >= 1);
                CHECK(lines_in_entry <= 2);
                lines_in_entry = -2;
                continue;
            }
            ++lines_in_entry;
            const auto arrow = line.find(" --> ");
            if (lines_in_entry != 0 || arrow == std::string::npos) continue;
            auto seconds = [](const std::string& t) {
                return std::stoi(t.substr(0, 2)) * 3600.0 + std::stoi(t.substr(3, 2)) * 60.0 +
                       std::stoi(t.substr(6, 2)) + std::stoi(t.substr(9, 3)) / 1000.0;
            };
            const double end_s = seconds(line.substr(arrow + 5));
            if (end_s < static_cast<double>(frames) / kFps - 1e-6)  // the video's last cue may be cut by its end
                CHECK(end_s - seconds(line.substr(0, arrow)) >= exporter::kMinCue_s - 1e-9);
        }
    }
}
