// Tests of the segmented time axis: time <-> position, steps, ticks and formatting.
#include <catch2/catch.hpp>

#include "session/view/timeline_axis.hpp"

TEST_CASE("segmented axis gives the first two hours 30 % and the first day 55 % of the bar") {
    const session::TimeAxis axis = session::make_time_axis(21 * 24.0);
    CHECK(session::axis_fraction(axis, 0.0) == Approx(0.0));
    CHECK(session::axis_fraction(axis, 2.0) == Approx(0.30));
    CHECK(session::axis_fraction(axis, 24.0) == Approx(0.55));
    CHECK(session::axis_fraction(axis, 21 * 24.0) == Approx(1.0));
    CHECK(session::axis_fraction(axis, 40.0 / 60.0) == Approx(0.10));  // the end of the infusion is readable
}

TEST_CASE("axis_time inverts axis_fraction everywhere, and both clamp") {
    for (bool segmented : {true, false}) {
        const session::TimeAxis axis = session::make_time_axis(35 * 24.0, segmented);
        for (double t : {0.0, 0.1, 0.5, 1.9, 2.0, 7.5, 23.0, 24.0, 100.0, 800.0, 840.0})
            CHECK(session::axis_time(axis, session::axis_fraction(axis, t)) == Approx(t).margin(1e-9));
        CHECK(session::axis_fraction(axis, -5.0) == 0.0);
        CHECK(session::axis_fraction(axis, 1e6) == 1.0);
        CHECK(session::axis_time(axis, 2.0) == Approx(35 * 24.0));
    }
}

TEST_CASE("the mapping is monotonic") {
    const session::TimeAxis axis = session::make_time_axis(21 * 24.0);
    double last = -1.0;
    for (int i = 0; i <= 1000; ++i) {
        const double f = session::axis_fraction(axis, i * 21 * 24.0 / 1000.0);
        CHECK(f >= last);
        last = f;
    }
}

TEST_CASE("steps are 5 min, 1 h, then 12 h, land on round times, and step back undoes step forward") {
    const session::TimeAxis axis = session::make_time_axis(21 * 24.0);
    CHECK(session::step_time(axis, 0.0, false) == Approx(5.0 / 60.0));
    CHECK(session::step_time(axis, 0.5, false) == Approx(35.0 / 60.0));
    CHECK(session::step_time(axis, 0.51, false) == Approx(35.0 / 60.0));
    CHECK(session::step_time(axis, 3.0, false) == Approx(4.0));
    CHECK(session::step_time(axis, 48.0, false) == Approx(60.0));
    CHECK(session::step_time(axis, 0.0, true) == 0.0);
    CHECK(session::step_time(axis, 21 * 24.0, false) == Approx(21 * 24.0));
    for (double t : {0.0, 0.25, 1.0, 2.0, 5.0, 24.0, 36.0, 120.0, 492.0}) {
        const double fwd = session::step_time(axis, t, false);
        CHECK(session::step_time(axis, fwd, true) == Approx(t).margin(1e-9));
    }
}

TEST_CASE("ticks cover minutes, hours and days with readable labels") {
    const auto ticks = session::axis_ticks(session::make_time_axis(21 * 24.0));
    auto has = [&](const char* label) {
        for (const auto& t : ticks)
            if (t.label == label) return true;
        return false;
    };
    CHECK(has("0 min"));
    CHECK(has("40 min"));
    CHECK(has("6 h"));
    CHECK(has("1 d"));
    CHECK(has("7 d"));
    CHECK(has("21 d"));
    CHECK(session::cursor_time_text(40.0 / 60.0) == "40 min");
    CHECK(session::cursor_time_text(2.5) == "2 h 30 min");
    CHECK(session::cursor_time_text(76.0) == "3 d 4 h");
}
