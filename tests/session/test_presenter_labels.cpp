// Presenter mode at 1366x768, every lesson step at UI scales 1, 1.5 and 2 (1.5 and 2 are reduced to what fits, 1.125):
// the scene's title, readout and stage strip never cover the picture's subject, the key plot or each other, the
// picture's callout labels never overlap each other, and a larger scale enlarges the text in proportion. Measured
// from the label boxes the scene produces.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fixture.hpp"
#include "scene/scene.hpp"
#include "session/file_actions.hpp"
#include "session/view/layout.hpp"
#include "session/lesson/lesson.hpp"
#include "session/lesson/question.hpp"
#include "session/view/scene_view.hpp"

namespace {

constexpr int kWidth = 1366, kHeight = 768;

bool overlap(const scene::Rect& a, const scene::Rect& b) { return a.intersect(b).w > 0.5f && a.intersect(b).h > 0.5f; }

bool inside(const scene::Rect& inner, const scene::Rect& outer) {
    constexpr float kSlack = 0.5f;
    return inner.x >= outer.x - kSlack && inner.y >= outer.y - kSlack && inner.right() <= outer.right() + kSlack &&
           inner.bottom() <= outer.bottom() + kSlack;
}

struct PresenterFrame {
    scene::SceneFrame frame;
    session::Layout layout;
    float scale = 1.0f;
};

/// The frame the program draws for the app as it is, in presenter mode at 1366x768 with the UI scale `requested`
/// (the compositor's steps: effective scale, layout, scene options).
PresenterFrame presenter_frame(const session::Session& session, float requested) {
    PresenterFrame out;
    out.scale = session::effective_scale(requested, kWidth, kHeight);
    out.layout = session::compute_layout(session::layout_input(session, kWidth, kHeight, out.scale));
    scene::ViewOptions o = session::scene_view(session, out.layout.scene);
    o.width_px = kWidth;
    o.height_px = kHeight;
    o.text_scale = out.scale;
    out.frame = scene::build(session::trajectory(session).at(session.time_h), 2.0, 1, o);
    return out;
}

bool is_enantiomer_mark(const std::string& text) { return text == "S" || text == "R"; }

void check_step(const session::Session& session, const std::string& where) {
    std::vector<scene::LabelBox> at_scale_1;
    for (float requested : {1.0f, 1.5f, 2.0f}) {
        CAPTURE(where, requested);
        const PresenterFrame p = presenter_frame(session, requested);
        const scene::Rect subject = scene::content_box_px(p.frame.camera, kWidth, kHeight);
        const std::vector<scene::LabelBox> labels = scene::label_boxes_px(p.frame, kWidth, kHeight);
        REQUIRE(labels.size() > 5);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            CAPTURE(labels[i].text);
            if (labels[i].screen_space) {
                CHECK_FALSE(overlap(labels[i].box, subject));  // the HUD beside the subject, not over it
                CHECK(inside(labels[i].box, p.layout.scene));  // not under the key plot, caption or timeline
            }
            for (std::size_t j = i + 1; j < labels.size(); ++j) {
                // A ketamine molecule's S or R mark drifts with it (a glyph, not text placed to be read).
                if (is_enantiomer_mark(labels[i].text) || is_enantiomer_mark(labels[j].text)) continue;
                CAPTURE(labels[j].text);
                CAPTURE(labels[i].box.intersect(labels[j].box).w, labels[i].box.intersect(labels[j].box).h);
                CHECK_FALSE(overlap(labels[i].box, labels[j].box));
            }
        }
        if (at_scale_1.empty()) {
            at_scale_1 = labels;
            continue;
        }
        // Every text in proportion to the scale (a readout line that no longer fits above the caption is left out).
        for (const scene::LabelBox& label : labels)
            for (const scene::LabelBox& small : at_scale_1)
                if (label.screen_space && small.screen_space && label.text == small.text) {
                    CAPTURE(label.text);
                    CHECK(label.box.h == Approx(small.box.h * p.scale).epsilon(0.01));
                }
    }
}

}  // namespace

TEST_CASE("presenter mode at 1366x768: the HUD never covers the subject or the key plot, no two labels overlap") {
    for (const char* name : {"mechanism", "experiments"}) {
        session::Session session = test::make_app();
        session.presenter = true;
        session.panels.left = session.panels.right = session.panels.bottom = false;
        session::start_lesson(
            session, session::load_lesson(session.assets_dir + "/lessons/" + name + ".json", session::preset_loader(session)));
        for (int step = 0; step < static_cast<int>(session.lesson.lesson->steps.size()); ++step) {
            session::apply_lesson_step(session, step);
            check_step(session, std::string(name) + " step " + std::to_string(step + 1) + " (" +
                                std::string(scene::view_id(session.view.view)) + ")");
        }
    }
}

TEST_CASE("presenter mode: at twice the size and twice the UI scale every label box is twice as large") {
    session::Session session = test::make_app();
    session.presenter = true;
    session::start_lesson(
        session, session::load_lesson(session.assets_dir + "/lessons/mechanism.json", session::preset_loader(session)));
    session::apply_lesson_step(session, 1);
    const auto at = [&](int w, int h, float scale) {
        const session::Layout layout = session::compute_layout(session::layout_input(session, w, h, scale));
        scene::ViewOptions o = session::scene_view(session, layout.scene);
        o.width_px = w;
        o.height_px = h;
        o.text_scale = scale;
        return scene::label_boxes_px(scene::build(session::trajectory(session).at(session.time_h), 2.0, 1, o), w, h);
    };
    const auto small = at(kWidth, kHeight, 1.0f), large = at(2 * kWidth, 2 * kHeight, 2.0f);
    REQUIRE(small.size() == large.size());
    for (std::size_t i = 0; i < small.size(); ++i) {
        CAPTURE(small[i].text);
        CHECK(large[i].box.h == Approx(2.0f * small[i].box.h).epsilon(0.02));
        if (small[i].screen_space) CHECK(large[i].box.x == Approx(2.0f * small[i].box.x).margin(4.0f));
    }
}

TEST_CASE("the stage strip does not mark the steps an experiment blocks until a question's answer is revealed") {
    session::Session session = test::make_app();
    session::start_lesson(
        session, session::load_lesson(session.assets_dir + "/lessons/experiments.json", session::preset_loader(session)));
    int nbqx_question = -1;
    for (int i = 0; i < static_cast<int>(session.lesson.lesson->steps.size()); ++i) {
        const session::LessonStep& s = session.lesson.lesson->steps[static_cast<std::size_t>(i)];
        if (s.question && s.scenario.experiments.nbqx) nbqx_question = i;
    }
    REQUIRE(nbqx_question >= 0);
    session::apply_lesson_step(session, nbqx_question);
    const auto blocked_rows = [&] {  // the rows the picture's stage strip marks "(blocked)"
        const scene::SceneFrame f =
            scene::build(session::trajectory(session).at(session.time_h), 0.0, 1, session::scene_view(session, std::nullopt));
        int n = 0;
        for (const scene::Label& l : f.labels) n += l.text.find("(blocked)") != std::string::npos ? 1 : 0;
        return n;
    };
    CHECK(blocked_rows() == 0);  // "does BDNF still rise?" is the question
    session::reveal_answer(session);
    CHECK(blocked_rows() == 3);  // AMPA/BDNF, mTORC1 and the new spines
}
