// Tests of the session's write paths that the panels call instead of setting fields: scrubbing, speed, panels, the
// population switch and the rapamycin comparison.
#include <catch2/catch.hpp>

#include "session/fixture.hpp"
#include "session/session.hpp"
#include "session/view/timeline_axis.hpp"
#include "support/support.hpp"

TEST_CASE("Scrubbing moves the cursor within the run and pauses playback", "[session][write]") {
    session::Session session = test::make_app();
    session.playing = true;
    session::scrub_to(session, 2.0);
    CHECK(session.time_h == Approx(2.0));
    CHECK_FALSE(session.playing);
    session::scrub_to(session, 1e9);  // clamped as set_time clamps
    CHECK(session.time_h == Approx(trajectory(session).duration_h()));
    session::scrub_to(session, -5.0);
    CHECK(session.time_h == 0.0);
}

TEST_CASE("A speed is one of the speed choices, and an index outside them changes nothing", "[session][write]") {
    session::Session session = test::make_app();
    const int last = static_cast<int>(session::speed_choices().size()) - 1;
    session::set_speed(session, last);
    CHECK(session.speed_index == last);
    session::set_speed(session, last + 1);
    session::set_speed(session, -1);
    CHECK(session.speed_index == last);
}

TEST_CASE("Showing the left panel leaves presenter mode, showing the sources keeps it", "[session][write]") {
    session::Session session = test::make_app();
    session.presenter = true;
    session.panels.right = session.panels.left = false;
    session::show_panel(session, session::Panel::right);
    CHECK(session.panels.right);
    CHECK(session.presenter);
    session::show_panel(session, session::Panel::left);
    CHECK(session.panels.left);
    CHECK_FALSE(session.presenter);
}

TEST_CASE("The rapamycin comparison pins the run without it and switches it on", "[session][write]") {
    session::Session session = test::make_app();
    REQUIRE_FALSE(session.model.scenario.experiments.rapamycin);
    session::compare_with_rapamycin(session, "without rapamycin");
    CHECK(session.model.scenario.experiments.rapamycin);
    REQUIRE(session.pinned);
    CHECK_FALSE(session.pinned->model.scenario.experiments.rapamycin);
    CHECK(session.pinned->label == "without rapamycin");
    session::show_population(session, true);
    CHECK(session.population.shown);
    session::report(session, "Copied");
    CHECK(session.status == "Copied");
}
