// Tests of the panel layout: every panel on-screen at any size and scale, the scene keeps the centre.
#include <catch2/catch.hpp>

#include "session/view/layout.hpp"

namespace {

bool inside(const session::Rect& r, float w, float h) {
    return r.empty() || (r.x >= 0.0f && r.y >= 0.0f && r.x + r.w <= w + 0.5f && r.y + r.h <= h + 0.5f);
}

}  // namespace

TEST_CASE("panels stay inside the display at every size and scale") {
    for (auto [w, h] : {std::pair{640.0f, 400.0f}, {1366.0f, 768.0f}, {1920.0f, 1080.0f}, {3840.0f, 2160.0f}})
        for (float scale : {1.0f, 1.5f, 2.0f, 3.0f})
            for (bool presenter : {false, true})
                for (bool all_plots : {false, true}) {
                    session::LayoutInput in;
                    in.width_px = w;
                    in.height_px = h;
                    in.font_px = 17.0f * scale;
                    in.bar_h = 25.0f * scale;
                    in.presenter = presenter;
                    in.all_plots = all_plots;
                    const session::Layout l = session::compute_layout(in);
                    for (const session::Rect& r : {l.menu, l.left, l.right, l.bottom, l.caption, l.status, l.scene})
                        CHECK(inside(r, w, h));
                    CHECK(l.left.w + l.right.w <= w * 0.8f + 0.5f);
                }
}

TEST_CASE("at common sizes the scene keeps the central 60 % of the width and most of the height") {
    session::LayoutInput in;
    in.width_px = 1920.0f;
    in.height_px = 1080.0f;
    const session::Layout l = session::compute_layout(in);
    CHECK(l.scene.w >= 0.58f * in.width_px);
    CHECK(l.scene.h >= 0.5f * in.height_px);
    CHECK(l.left.x == 0.0f);
    CHECK(l.right.x + l.right.w == Approx(in.width_px));
}

TEST_CASE("hidden panels give their room to the scene, presenter mode shows only caption and timeline") {
    session::LayoutInput in;
    in.left = in.right = false;
    session::Layout l = session::compute_layout(in);
    CHECK(l.left.empty());
    CHECK(l.right.empty());
    CHECK(l.scene.w == Approx(in.width_px));
    in.presenter = true;
    l = session::compute_layout(in);
    CHECK(l.menu.empty());
    CHECK(l.left.empty());
    CHECK(l.right.empty());
    CHECK_FALSE(l.caption.empty());
    CHECK_FALSE(l.bottom.empty());
}

TEST_CASE("presenter mode: a lesson step's key plot beside the picture, where the picture keeps room for labels") {
    session::LayoutInput in;
    in.width_px = 1366.0f;
    in.height_px = 768.0f;
    in.presenter = true;
    in.key_plot = true;
    const session::Layout at1 = session::compute_layout(in);
    CHECK_FALSE(at1.plot.empty());
    CHECK(at1.scene.w + at1.plot.w == Approx(in.width_px));
    CHECK(at1.scene.w >= in.font_px * session::kPictureBesidePlotEm);
    in.font_px = 17.0f * 1.5f;  // a larger text: the picture alone, its labels need the room
    const session::Layout at15 = session::compute_layout(in);
    CHECK(at15.plot.empty());
    CHECK(at15.scene.w == Approx(in.width_px));
    in.tall_caption = true;  // a question's choices: a taller caption, the scene keeps the rest
    CHECK(session::compute_layout(in).caption.h > at15.caption.h);
}

TEST_CASE(
    "the scene's readout and legend windows get columns inside the scene, open where it has room or as the user left "
    "them") {
    session::LayoutInput in;
    in.width_px = 1366.0f;
    in.height_px = 768.0f;
    in.readout = true;
    in.legend = true;
    session::Layout l = session::compute_layout(in);
    REQUIRE_FALSE(l.readout.empty());
    CHECK(l.readout.x > l.scene.x);
    CHECK(l.readout.w == Approx(session::kReadoutWidth_em * in.font_px).margin(1.0));
    CHECK(l.readout.bottom() <= l.scene.bottom());
    CHECK(l.legend.empty());  // a 1366-pixel window has no room for both beside the picture: the legend starts folded

    in.legend_open = true;
    in.readout_open = false;
    l = session::compute_layout(in);
    CHECK(l.readout.empty());
    REQUIRE_FALSE(l.legend.empty());
    CHECK(l.legend.right() < l.scene.right());
    CHECK(l.legend.x > l.scene.x);

    in.readout_open = true;
    l = session::compute_layout(in);
    CHECK(l.readout.right() < l.legend.x);  // side by side, never over each other

    in.readout = false;  // the scenario panel hidden: the scene draws its own readout
    CHECK(session::compute_layout(in).readout.empty());
}
