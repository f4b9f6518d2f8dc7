// Tests of the keyboard shortcuts: the key -> action mapping and the actions' effects.
#include <catch2/catch.hpp>

#include "session/fixture.hpp"
#include "session/keys.hpp"
#include "session/timeline_axis.hpp"

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
    session::Session app = test::make_app();
    session::apply_action(app, Action::toggle_play);
    CHECK(app.playing);
    session::apply_action(app, Action::step_forward);
    CHECK_FALSE(app.playing);
    CHECK(app.time_h == Approx(5.0 / 60.0));
    session::apply_action(app, Action::step_back);
    CHECK(app.time_h == Approx(0.0));
    session::apply_action(app, Action::view_spine);
    CHECK(app.view.view == scene::View::spine);
    session::apply_action(app, Action::toggle_theme);
    CHECK(app.view.theme == scene::Theme::light);
    session::apply_action(app, Action::scale_up);
    CHECK(app.ui_scale == Approx(1.25f));
    for (int i = 0; i < 20; ++i) session::apply_action(app, Action::scale_up);
    CHECK(app.ui_scale == Approx(3.0f));
    session::apply_action(app, Action::toggle_presenter);
    CHECK(app.presenter);
    CHECK(session::apply_action(app, Action::close_open).close_dialogs);  // Esc closes what is open
    CHECK(app.presenter);                                                 // and never leaves presenter mode
    CHECK(session::key_action(Key::escape, {}, {}) == Action::close_open);
    session::apply_action(app, Action::toggle_presenter);  // P leaves it
    CHECK_FALSE(app.presenter);
    CHECK(session::apply_action(app, Action::screenshot).screenshot);
    CHECK(session::apply_action(app, Action::toggle_fullscreen).toggle_fullscreen);
    CHECK(session::apply_action(app, Action::open_scenario).open_scenario_dialog);
    CHECK(session::apply_action(app, Action::show_help).help_dialog);
    session::apply_action(app, Action::toggle_labels);
    CHECK_FALSE(app.view.labels);
}

TEST_CASE("pressing play never loses the user's place") {
    session::Session app = test::make_app();
    app.time_h = 30.0;
    session::toggle_play(app);
    CHECK(app.time_h == 30.0);
    session::advance(app, 0.5);
    CHECK(app.time_h > 30.0);
    const double t = app.time_h;
    session::toggle_play(app);
    session::advance(app, 1.0);
    CHECK(app.time_h == t);
    session::toggle_play(app);
    CHECK(app.time_h == t);
}

TEST_CASE("every playback speed moves forward, from real time to days per second") {
    session::Session app = test::make_app();
    for (int i = 0; i < static_cast<int>(session::speed_choices().size()); ++i) {
        app.time_h = 1.0;
        app.speed_index = i;
        app.playing = true;
        session::advance(app, 1.0);
        CHECK(app.time_h > 1.0);
        if (session::speed_choices()[static_cast<std::size_t>(i)].h_per_s > 0.0)
            CHECK(app.time_h == Approx(1.0 + session::speed_choices()[static_cast<std::size_t>(i)].h_per_s));
    }
}

TEST_CASE("the time cursor stays within the run, whatever asks for a time outside it") {
    session::Session app = test::make_app();
    const double end_h = session::trajectory(app).duration_h();
    session::set_time(app, end_h + 100.0);
    CHECK(app.time_h == end_h);
    session::set_time(app, -5.0);
    CHECK(app.time_h == 0.0);
    session::set_time(app, 2.5);
    CHECK(app.time_h == 2.5);
    session::apply_action(app, session::Action::jump_end);
    CHECK(app.time_h == end_h);
    session::apply_action(app, session::Action::jump_start);
    CHECK(app.time_h == 0.0);
}
