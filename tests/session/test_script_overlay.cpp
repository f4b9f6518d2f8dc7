// The recorder's overlay: captions wrap and scale with the output height; fades, cameras and transparency.
#include <catch2/catch.hpp>

#include <utility>

#include "session/recording/script_overlay.hpp"

namespace {

session::Script parse(const std::string& text) { return session::parse_script(nlohmann::json::parse(text), "t.json"); }

scene::SceneFrame sample_frame() {
    scene::SceneFrame f;
    f.camera.half_height = 10.0f;
    scene::Label label;
    label.text = "NMDA";
    f.labels.push_back(label);
    f.instances.push_back(scene::Instance{});
    return f;
}

}  // namespace

TEST_CASE("Captions become a lower third sized for the output") {
    const auto s = parse(
        R"({"scenario": "x", "segments": [{"duration_s": 2, "caption": {"text": "Hello there", "source": "Src"}}]})");
    const auto state = session::script_state_at(s, 1.0);
    for (int height : {360, 1080, 2160}) {
        auto frame = sample_frame();
        session::overlay_script_frame(frame, state, height * 16 / 9, height, false);
        REQUIRE(frame.labels.size() == 3);  // the scene's label, the caption line, the source line
        const auto& line = frame.labels[1];
        CHECK(line.text == "Hello there");
        CHECK(line.screen_space);
        if (height >= 1080)  // a small video's caption shrinks to fit its band, never below the legible size
            CHECK(line.size_px == Approx(session::overlay_metrics(height).caption_px));
        CHECK(line.size_px >= session::kMinCaptionText_px);
        CHECK(line.anchor.y > 0.7f * height);  // the lower third
        CHECK(frame.labels[2].text == "\u2014 Src");
        CHECK(frame.instances.size() == 1);
        CHECK(frame.overlay.size() == 2);  // the band and the accent bar, in pixels
        CHECK(frame.overlay[0].center.y > 0.7f * height);
    }
}

TEST_CASE("Long quotes shrink to fit a few lines") {
    std::string quote;
    for (int i = 0; i < 30; ++i) quote += "glutamate ";
    const auto s = parse(R"({"scenario": "x", "segments": [{"duration_s": 2, "caption": ")" + quote + R"("}]})");
    auto frame = sample_frame();
    session::overlay_script_frame(frame, session::script_state_at(s, 1.0), 1920, 1080, false);
    CHECK(frame.labels.size() <= 1 + 4);
    CHECK(frame.labels.back().size_px < session::overlay_metrics(1080).caption_px);
}

TEST_CASE("Labels hide, cameras zoom, titles dim the scene and transparency clears the background") {
    const auto s = parse(R"({"scenario": "x", "segments": [{"duration_s": 1, "view": "circuit"},
        {"duration_s": 1, "view": "spine", "labels": false, "camera": {"zoom": 2, "pan": [3, 0]}, "title": "Hi"}]})");
    auto frame = sample_frame();
    scene::Label readout;
    readout.screen_space = true;
    frame.labels.push_back(readout);
    session::overlay_script_frame(frame, session::script_state_at(s, 1.5), 320, 180, false);
    REQUIRE(frame.labels.size() == 2);  // the world label went; the screen readout and the title stay
    CHECK(frame.labels[1].text == "Hi");
    CHECK(frame.labels[1].bold);
    CHECK(frame.camera.half_height == Approx(5.0f));
    CHECK(frame.camera.center.x == Approx(3.0f));
    REQUIRE(frame.overlay.size() == 1);
    CHECK(frame.overlay[0].half_size.x == Approx(160.0f));
    auto clear = sample_frame();
    session::overlay_script_frame(clear, session::script_state_at(s, 0.5), 320, 180, true);
    CHECK(clear.background == scene::Rgba(0.0f));
    CHECK(clear.labels.size() == 1);
}

TEST_CASE("World labels under the caption band give way to it") {
    const auto s = parse(R"({"scenario": "x", "segments": [{"duration_s": 2, "caption": "Hello"}]})");
    auto frame = sample_frame();  // its label sits at the world origin: the middle of the picture
    scene::Label low, lower;
    low.text = "low";
    low.anchor = {0.0f, -9.0f};  // near the view's bottom edge (camera half height 10): above the band
    lower.text = "lower";
    lower.anchor = {0.0f, -13.0f};  // below the view's framing, where the band goes
    frame.labels.push_back(low);
    frame.labels.push_back(lower);
    session::overlay_script_frame(frame, session::script_state_at(s, 1.0), 1280, 720, false);
    REQUIRE(frame.labels.size() == 3);
    CHECK(frame.labels[0].text == "NMDA");
    CHECK(frame.labels[1].text == "low");
    CHECK(frame.labels[2].text == "Hello");
}

TEST_CASE("A captioned script frames the view above the caption band, keeping the picture's top edge") {
    const auto captioned = parse(R"({"scenario": "x", "segments": [{"duration_s": 1}, {"duration_s": 1,
        "caption": "Hello"}]})");
    const auto plain = parse(R"({"scenario": "x", "segments": [{"duration_s": 2}]})");
    for (const auto& [script, framed] : {std::pair{&captioned, true}, std::pair{&plain, false}}) {
        auto frame = sample_frame();
        const auto state = session::script_state_at(*script, 0.5);  // no caption shows yet
        CHECK(state.captioned == framed);
        session::overlay_script_frame(frame, state, 1280, 720, false);
        const float top = frame.camera.center.y + frame.camera.half_height;
        const float bottom = frame.camera.center.y - frame.camera.half_height;
        CHECK(top == Approx(10.0f));
        // The view's own bottom edge (y = -10) sits at 75 % of the height: the band takes the rest.
        CHECK((-10.0f - bottom) / (top - bottom) == Approx(framed ? session::kCaptionReserve : 0.0f).margin(1e-4));
    }
    CHECK(session::caption_reserve(720.0f) == session::kCaptionReserve);
    CHECK(session::caption_reserve(360.0f) > session::kCaptionReserve);  // room for legible lines in a small video
    CHECK(session::caption_reserve(90.0f) == 0.5f);
}

TEST_CASE("Captions and titles can be laid out in a part of the image (the window's preview)") {
    const auto s =
        parse(R"({"scenario": "x", "segments": [{"duration_s": 2, "caption": "Hello there", "title": "T"}]})");
    const auto state = session::script_state_at(s, 1.0);
    auto full = sample_frame(), part = sample_frame();
    session::overlay_script_frame(full, state, 640, 360, false);
    session::overlay_script_frame(part, state, 840, 460, scene::Rect{100.0f, 50.0f, 640.0f, 360.0f}, false);
    REQUIRE(full.overlay.size() == part.overlay.size());
    REQUIRE(full.labels.size() == part.labels.size());
    for (std::size_t i = 0; i < full.overlay.size(); ++i) {
        CHECK(part.overlay[i].center.x == Approx(full.overlay[i].center.x + 100.0f));
        CHECK(part.overlay[i].center.y == Approx(full.overlay[i].center.y + 50.0f));
        CHECK(part.overlay[i].half_size.x == Approx(full.overlay[i].half_size.x));
    }
    CHECK(part.labels[0].anchor == full.labels[0].anchor);  // the scene's own world label stays put
    for (std::size_t i = 1; i < full.labels.size(); ++i) {
        CHECK(part.labels[i].anchor.x == Approx(full.labels[i].anchor.x + 100.0f));
        CHECK(part.labels[i].size_px == Approx(full.labels[i].size_px));
    }
}

TEST_CASE("A title card dims the labels and HUD as much as the shapes, and not its own text") {
    const auto s = parse(R"({"scenario": "x", "segments": [{"duration_s": 2, "title": "Hi", "caption": "Under it"}]})");
    auto frame = sample_frame();
    frame.labels[0].color = {1.0f, 1.0f, 1.0f, 1.0f};
    frame.labels[0].halo = {0.0f, 0.0f, 0.0f, 0.8f};
    scene::Label hud;
    hud.screen_space = true;
    hud.text = "Now: NMDA block";
    frame.labels.push_back(hud);
    session::overlay_script_frame(frame, session::script_state_at(s, 1.0), 320, 180, false);  // title fully shown
    REQUIRE(frame.labels.size() >= 4);
    CHECK(frame.labels[0].color.a == Approx(0.35f));
    CHECK(frame.labels[0].halo.a == Approx(0.8f * 0.35f));
    CHECK(frame.labels[1].color.a == Approx(0.35f));
    CHECK(frame.labels[2].text == "Hi");
    CHECK(frame.labels[2].color.a == Approx(1.0f));
    CHECK(frame.labels.back().text == "Under it");
    CHECK(frame.labels.back().color.a == Approx(1.0f));
}
