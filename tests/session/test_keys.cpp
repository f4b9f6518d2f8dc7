// Tests of the keyboard shortcuts: the key -> action mapping and the actions' effects.
#include <catch2/catch.hpp>

#include "session/fixture.hpp"
#include "session/keys.hpp"
#include "session/view/timeline_axis.hpp"

using session::Action;
using session::Key;

TEST_CASE("keys map to the classroom actions") {
    CHECK(session::key_action(Key::space, {}, {}) == Action::toggle_play);
    CHECK(session::key_action(Key::right, {}, {}) == Action::step_forward);
    CHECK(session::key_action(Key::left, {}, {}) == Action::step_back);
    CHECK(session::key_action(Key::page_down, {}, {}) == Action::lesson_next);
    CHECK(session::key_action(Key::page_up, {}, {}) == Action::lesson_prev);
    CHECK(session::key_action(Key::digit1, {}, {}) == Action::view_circuit);
    CHECK(session::key_action(Key::digit3, {}, {}) == Action::view_spine);
    CHECK(session::key_action(Key::digit4, {}, {}) == Action::view_receptor);
    CHECK(session::key_action(Key::digit5, {}, {}) == Action::view_signalling);
    CHECK(session::key_action(Key::p, {}, {}) == Action::toggle_presenter);
    CHECK(session::key_action(Key::f11, {}, {}) == Action::toggle_fullscreen);
    CHECK(session::key_action(Key::f12, {}, {}) == Action::screenshot);
    CHECK(session::key_action(Key::s, {true, false, false}, {}) == Action::save_scenario);
    CHECK(session::key_action(Key::p, {true, false, false}, {}) == Action::screenshot);
    CHECK(session::key_action(Key::e, {true, false, false}, {}) == Action::export_csv);
}

TEST_CASE("no shortcut steals a key from a text field, navigation keys belong to a navigated panel") {
    const session::KeyContext typing{true, false};
    for (Key k : {Key::space, Key::p, Key::digit1, Key::l, Key::page_down})
        CHECK_FALSE(session::key_action(k, {}, typing).has_value());
    CHECK_FALSE(session::key_action(Key::s, {true, false, false}, typing).has_value());
    const session::KeyContext navigating{false, true};
    CHECK_FALSE(session::key_action(Key::space, {}, navigating).has_value());
    CHECK_FALSE(session::key_action(Key::left, {}, navigating).has_value());
    CHECK(session::key_action(Key::page_down, {}, navigating) == Action::lesson_next);  // clickers always work
    CHECK(session::key_action(Key::p, {}, navigating) == Action::toggle_presenter);
}

TEST_CASE("actions change the state: play, step, views, theme, scale, presenter, requests") {
    session::Session session = test::make_app();
    session::apply_action(session, Action::toggle_play);
    CHECK(session.playing);
    session::apply_action(session, Action::step_forward);
    CHECK_FALSE(session.playing);
    CHECK(session.time_h == Approx(5.0 / 60.0));
    session::apply_action(session, Action::step_back);
    CHECK(session.time_h == Approx(0.0));
    session::apply_action(session, Action::view_spine);
    CHECK(session.view.view == scene::View::spine);
    session::apply_action(session, Action::toggle_theme);
    CHECK(session.view.theme == scene::Theme::light);
    session::apply_action(session, Action::scale_up);
    CHECK(session.ui_scale == Approx(1.25f));
    for (int i = 0; i < 20; ++i) session::apply_action(session, Action::scale_up);
    CHECK(session.ui_scale == Approx(3.0f));
    session::apply_action(session, Action::toggle_presenter);
    CHECK(session.presenter);
    CHECK(session::apply_action(session, Action::close_open).close_dialogs);  // Esc closes what is open
    CHECK(session.presenter);                                                 // and never leaves presenter mode
    CHECK(session::key_action(Key::escape, {}, {}) == Action::close_open);
    session::apply_action(session, Action::toggle_presenter);  // P leaves it
    CHECK_FALSE(session.presenter);
    CHECK(session::apply_action(session, Action::screenshot).screenshot);
    CHECK(session::apply_action(session, Action::toggle_fullscreen).toggle_fullscreen);
    CHECK(session::apply_action(session, Action::open_scenario).open_scenario_dialog);
    CHECK(session::apply_action(session, Action::show_help).help_dialog);
    session::apply_action(session, Action::toggle_labels);
    CHECK_FALSE(session.view.labels);
}

TEST_CASE("pressing play never loses the user's place") {
    session::Session session = test::make_app();
    session.time_h = 30.0;
    session::toggle_play(session);
    CHECK(session.time_h == 30.0);
    session::advance(session, 0.5);
    CHECK(session.time_h > 30.0);
    const double t = session.time_h;
    session::toggle_play(session);
    session::advance(session, 1.0);
    CHECK(session.time_h == t);
    session::toggle_play(session);
    CHECK(session.time_h == t);
}

TEST_CASE("every playback speed moves forward, from real time to days per second") {
    session::Session session = test::make_app();
    for (int i = 0; i < static_cast<int>(session::speed_choices().size()); ++i) {
        session.time_h = 1.0;
        session.speed_index = i;
        session.playing = true;
        session::advance(session, 1.0);
        CHECK(session.time_h > 1.0);
        if (session::speed_choices()[static_cast<std::size_t>(i)].h_per_s > 0.0)
            CHECK(session.time_h == Approx(1.0 + session::speed_choices()[static_cast<std::size_t>(i)].h_per_s));
    }
}

TEST_CASE("the time cursor stays within the run, whatever asks for a time outside it") {
    session::Session session = test::make_app();
    const double end_h = session::trajectory(session).duration_h();
    session::set_time(session, end_h + 100.0);
    CHECK(session.time_h == end_h);
    session::set_time(session, -5.0);
    CHECK(session.time_h == 0.0);
    session::set_time(session, 2.5);
    CHECK(session.time_h == 2.5);
    session::apply_action(session, session::Action::jump_end);
    CHECK(session.time_h == end_h);
    session::apply_action(session, session::Action::jump_start);
    CHECK(session.time_h == 0.0);
}
