// The recorder's layout: the overlays a script shows never cover the picture's subject, at every output size from
// 640x360 to 3840x2160, or the size is refused in one line.
#include <catch2/catch.hpp>

#include <string>

#include "scene/scene.hpp"
#include "session/fixture.hpp"
#include "session/recording/recording_layout.hpp"
#include "session/recording/script_overlay.hpp"
#include "session/recording/script_source.hpp"
#include "sim/simulate.hpp"

namespace {

struct Size {
    int w, h;
};
constexpr Size kSizes[] = {{640, 360}, {854, 480}, {1280, 720}, {1366, 768}, {1920, 1080}, {2560, 1440}, {3840, 2160}};

session::ScriptOverlays overlays(bool readout, bool legend, bool title, bool caption) {
    session::ScriptOverlays o;
    o.readout = readout;
    o.legend = legend;
    o.title = title;
    o.caption = caption;
    return o;
}

/// Every screen-space box of the frames a recording of `source` draws at this layout, checked against the subject's
/// box (the view's content through the frame's camera) at several moments, views and captions.
void check_no_overlap(const session::ScriptSource& source, const session::RecordingLayout& layout, Size size) {
    const sim::Trajectory run = sim::simulate(source.base_scenario);
    const bool captioned = !source.script.captions.empty() && layout.shown.caption;
    for (scene::View view : {scene::View::circuit, scene::View::synapse, scene::View::spine}) {
        for (double t_h : {0.3, 1.0, 24.0}) {
            scene::ViewOptions o;
            o.view = view;
            o.width_px = size.w;
            o.height_px = size.h;
            o.text_scale = layout.text_scale;
            o.picture_rect_px = layout.picture;
            o.title = layout.shown.title;
            o.readout = layout.shown.readout;
            o.legend = layout.shown.legend;
            o.labels = layout.shown.labels;
            const std::vector<const session::CaptionCue*> cues = [&] {
                std::vector<const session::CaptionCue*> c{nullptr};
                if (captioned)
                    for (const auto& cue : source.script.captions) c.push_back(&cue);
                return c;
            }();
            for (const session::CaptionCue* cue : cues) {
                o.caption = layout.shown.caption && cue == nullptr;  // as apply_script_state: the band replaces it
                scene::SceneFrame frame = scene::build(run.at(t_h), 1.0, 1, o);
                session::ScriptFrame state;
                state.view = view;
                state.captioned = captioned;
                state.caption = cue;
                state.caption_alpha = cue ? 1.0 : 0.0;
                state.labels = layout.shown.labels;
                session::overlay_script_frame(frame, state, size.w, size.h, false);
                const scene::Rect subject = scene::content_box_px(frame.camera, size.w, size.h);
                for (const scene::Rect& box : scene::screen_space_boxes(frame)) {
                    const scene::Rect common = box.intersect(subject);
                    INFO(size.w << "x" << size.h << " view " << scene::view_id(view) << " t " << t_h << " h, caption "
                                << (cue ? cue->text.substr(0, 30) : std::string("none")) << ": box " << box.x << ","
                                << box.y << " " << box.w << "x" << box.h << " subject " << subject.x << "," << subject.y
                                << " " << subject.w << "x" << subject.h);
                    CHECK((common.w < 0.5f || common.h < 0.5f));
                }
                CHECK(subject.h >= session::kMinSubjectHeightShare * static_cast<float>(size.h) - 0.5f);
                for (const scene::Label& l : frame.labels)  // the labels in the picture stay legible
                    if (!l.screen_space) {
                        INFO(size.w << "x" << size.h << " " << scene::view_id(view) << " label " << l.text);
                        CHECK(l.size_px >= session::kMinOverlayText_px - 0.01f);
                    }
            }
        }
    }
}

}  // namespace

TEST_CASE("a recording's overlays never cover the subject's box at any size from 640x360 to 3840x2160",
          "[session][recording]") {
    const session::ScriptSource source =
        session::load_script_source(test::assets_dir() + "/scripts/ketamine-mechanism.json", test::assets_dir());
    const session::ScriptOverlays sets[] = {overlays(true, true, true, true), overlays(true, false, false, true),
                                            overlays(false, true, false, true), overlays(true, true, true, false),
                                            overlays(false, false, false, false)};
    int laid_out = 0, refused = 0;
    for (const Size size : kSizes) {
        for (const session::ScriptOverlays& asked : sets) {
            const bool captioned = !source.script.captions.empty() && asked.caption;
            try {
                const session::RecordingLayout layout =
                    session::recording_layout(size.w, size.h, asked, true, captioned);
                CHECK(layout.shown == asked);  // asked for explicitly: all shown or an error
                CHECK(layout.text_scale * 12.0f >= session::kMinOverlayText_px - 1e-4f);
                check_no_overlap(source, layout, size);
                ++laid_out;
            } catch (const std::runtime_error& e) {
                const std::string message = e.what();
                INFO(message);
                CHECK(message.find('\n') == std::string::npos);
                CHECK(message.find("is too small for the") != std::string::npos);
                CHECK(size.h < 1080);  // full HD and above always fit every overlay
                ++refused;
            }
        }
    }
    CHECK(refused > 0);  // 640x360 cannot show the legend and the readout legibly beside a picture
    CHECK(laid_out > refused);
}

TEST_CASE("without an \"overlays\" key the recorder leaves out what does not fit, and says so",
          "[session][recording]") {
    const session::ScriptSource source =
        session::load_script_source(test::assets_dir() + "/scripts/ketamine-mechanism.json", test::assets_dir());
    const session::RecordingLayout small = session::recording_layout(640, 360, {}, false, true);
    CHECK_FALSE(small.shown.legend);
    CHECK(small.left_out.find("legend") != std::string::npos);
    check_no_overlap(source, small, {640, 360});
    const session::RecordingLayout full = session::recording_layout(1920, 1080, {}, false, true);
    CHECK(full.left_out.empty());
    CHECK(full.shown == session::ScriptOverlays{});
}

TEST_CASE("a script's \"overlays\" are validated strictly", "[session][recording][script]") {
    const std::string head = R"({"scenario": "standard-infusion", "segments": [{"duration_s": 1}], "overlays": )";
    const auto parse = [&](const std::string& overlays) {
        return session::parse_script(nlohmann::json::parse(head + overlays + "}"), "v.json");
    };
    const session::Script s = parse(R"({"legend": false, "readout": false})");
    CHECK(s.overlays_given);
    CHECK_FALSE(s.overlays.legend);
    CHECK_FALSE(s.overlays.readout);
    CHECK(s.overlays.labels);
    CHECK_THROWS_WITH(parse(R"({"legnd": false})"),
                      "v.json: overlays.legnd: unknown overlay (expected readout, legend, labels, title or caption)");
    CHECK_THROWS_WITH(parse(R"({"legend": 0})"), Catch::Contains("v.json: overlays.legend"));
    CHECK_THROWS_WITH(parse(R"(["legend"])"), Catch::Contains("v.json: overlays: must be an object"));
    const std::string captioned =
        R"({"scenario": "standard-infusion", "segments": [{"duration_s": 1, "caption": "Hello"}], "overlays": )";
    const auto with_caption = [&](const std::string& overlays) {
        return session::script_state_at(
            session::parse_script(nlohmann::json::parse(captioned + overlays + "}"), "c.json"), 0.5);
    };
    const session::ScriptFrame shown = with_caption("{}");
    CHECK(shown.labels);
    CHECK(shown.captioned);
    REQUIRE(shown.caption);
    const session::ScriptFrame quiet = with_caption(R"({"caption": false, "labels": false})");
    CHECK_FALSE(quiet.labels);
    CHECK_FALSE(quiet.captioned);
    CHECK(quiet.caption == nullptr);
}
