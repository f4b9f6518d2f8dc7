// Pausing motion (WCAG 2.2.2): M and the View menu stop the animation clock; the simulated time still plays.
#include <catch2/catch.hpp>

#include "fixture.hpp"
#include "session/keys.hpp"
#include "session/registry.hpp"
#include "session/view/scene_view.hpp"

namespace {

void advance_frames(session::Session& session, int frames) {
    for (int frame = 0; frame < frames; ++frame) session::advance(session, 1.0 / 60.0);
}

}  // namespace

TEST_CASE("pause motion: M stops the animation clock while the simulated time plays on", "[session]") {
    using session::Action;
    using session::Key;
    REQUIRE(session::key_action(Key::m, {}, {}) == Action::toggle_motion_paused);
    session::Session session = test::make_app();
    session.playing = true;
    advance_frames(session, 30);
    const double anim_before_s = session.anim_time_s, time_before_h = session.time_h;
    REQUIRE(anim_before_s > 0.0);
    session::apply_action(session, Action::toggle_motion_paused);
    REQUIRE(session.motion_paused);
    advance_frames(session, 60);
    CHECK(session.anim_time_s == anim_before_s);
    CHECK(session.time_h > time_before_h);
    CHECK(session.playing);

    session::apply_action(session, Action::toggle_motion_paused);
    advance_frames(session, 60);
    CHECK(session.anim_time_s == Approx(anim_before_s + 1.0));
}

TEST_CASE("pause motion: kept with reduced motion on, and reduced motion kept when motion resumes", "[session]") {
    session::Session session = test::make_app();
    session::apply_action(session, session::Action::toggle_reduced_motion);
    session::apply_action(session, session::Action::toggle_motion_paused);
    advance_frames(session, 60);
    CHECK(session.anim_time_s == 0.0);  // stopped, not only slowed
    session::apply_action(session, session::Action::toggle_reduced_motion);
    CHECK(session.motion_paused);
    session::apply_action(session, session::Action::toggle_reduced_motion);
    session::apply_action(session, session::Action::toggle_motion_paused);
    CHECK(session.reduced_motion);
    advance_frames(session, 60);
    CHECK(session.anim_time_s == Approx(session::kReducedMotionPace * 1.0));
}

TEST_CASE("pause motion: a view change cuts (a camera move on a stopped clock would never arrive)", "[session]") {
    session::Session session = test::make_app();
    session.motion_paused = true;
    session::advance(session, 0.1);
    session.view.view = scene::View::spine;
    session::advance(session, 0.1);
    const scene::ViewOptions view = session::scene_view(session, std::nullopt);
    CHECK_FALSE(view.from_view.has_value());
    CHECK(view.view == scene::View::spine);
}

TEST_CASE("pause motion: a View menu toggle, shown checked while paused", "[session]") {
    const session::Command& command = session::command(session::Action::toggle_motion_paused);
    CHECK(command.menu == session::Menu::view);
    REQUIRE(command.checked != nullptr);
    session::Session session = test::make_app();
    CHECK_FALSE(command.checked(session));
    session.motion_paused = true;
    CHECK(command.checked(session));
}
