// Reduced motion (the browser's prefers-reduced-motion, the desktop's --reduced-motion and View menu): view changes
// cut instead of moving the camera, and the scene's molecules move on a slower animation clock.
#include <catch2/catch.hpp>

#include "fixture.hpp"
#include "scene/scene.hpp"
#include "session/view/scene_view.hpp"

namespace {

/// The scene the program would draw for the session now (no panels), as a hash of every field.
std::uint64_t drawn_scene_hash(const session::Session& session) {
    const scene::ViewOptions view = session::scene_view(session, std::nullopt);
    return scene::frame_hash(scene::build(session::trajectory(session).at(session.time_h), session.anim_time_s, session.seed, view));
}

}  // namespace

TEST_CASE("reduced motion: the animation clock runs at a quarter of real time, the simulated time does not",
          "[session]") {
    session::Session normal = test::make_app();
    session::Session reduced = test::make_app();
    reduced.reduced_motion = true;
    normal.playing = reduced.playing = true;
    for (int frame = 0; frame < 60; ++frame) {
        session::advance(normal, 1.0 / 60.0);
        session::advance(reduced, 1.0 / 60.0);
    }
    CHECK(normal.anim_time_s == Approx(1.0));
    CHECK(reduced.anim_time_s == Approx(session::kReducedMotionPace * 1.0));
    CHECK(reduced.time_h == Approx(normal.time_h));
    CHECK(reduced.time_h > 0.0);
}

TEST_CASE("reduced motion: the scene after a second shows the molecules where normal motion has them at 0.25 s",
          "[session]") {
    session::Session reduced = test::make_app();
    reduced.reduced_motion = true;
    session::Session normal = test::make_app();
    session::advance(reduced, 1.0);
    const std::uint64_t reduced_after_1s = drawn_scene_hash(reduced);
    session::advance(normal, 0.25);
    CHECK(reduced_after_1s == drawn_scene_hash(normal));
    session::advance(normal, 0.75);
    CHECK(reduced_after_1s != drawn_scene_hash(normal));  // the molecules did move in that second, less far
}

TEST_CASE("reduced motion: a view change cuts to the new view, where it otherwise moves the camera", "[session]") {
    session::Session session = test::make_app();
    session::advance(session, 0.1);
    session.view.view = scene::View::spine;
    session::advance(session, 0.1);
    scene::ViewOptions moving = session::scene_view(session, std::nullopt);
    REQUIRE(moving.from_view == scene::View::synapse);
    CHECK(moving.transition < 1.0f);

    session::Session calm = test::make_app();
    calm.reduced_motion = true;
    session::advance(calm, 0.1);
    calm.view.view = scene::View::spine;
    session::advance(calm, 0.1);
    const scene::ViewOptions cut = session::scene_view(calm, std::nullopt);
    CHECK_FALSE(cut.from_view.has_value());
    CHECK(cut.transition == 1.0f);
    CHECK(calm.shown_view == scene::View::spine);

    SECTION("switching it on during a camera move ends the move at once") {
        session.reduced_motion = true;
        const scene::ViewOptions now = session::scene_view(session, std::nullopt);
        CHECK_FALSE(now.from_view.has_value());
        CHECK(now.view == scene::View::spine);
    }
}
