// Tests of the keyboard shortcuts: the key -> action mapping and the actions' effects.
#include <catch2/catch.hpp>

#include "harness.hpp"
#include "ui/keys.hpp"
#include "ui/timeline_axis.hpp"

using ui::Action;
using ui::Key;

TEST_CASE("keys map to the classroom actions") {
    CHECK(ui::key_action(Key::space, {}, {}) == Action::toggle_play);
    CHECK(ui::key_action(Key::right, {}, {}) == Action::step_forward);
    CHECK(ui::key_action(Key::left, {}, {}) == Action::step_back);
    CHECK(ui::key_action(Key::page_down, {}, {}) == Action::lesson_next);
    CHECK(ui::key_action(Key::page_up, {}, {}) == Action::lesson_prev);
    CHECK(ui::key_action(Key::digit1, {}, {}) == Action::view_circuit);
    CHECK(ui::key_action(Key::digit3, {}, {}) == Action::view_spine);
    CHECK(ui::key_action(Key::p, {}, {}) == Action::toggle_presenter);
    CHECK(ui::key_action(Key::f11, {}, {}) == Action::toggle_fullscreen);
    CHECK(ui::key_action(Key::f12, {}, {}) == Action::screenshot);
    CHECK(ui::key_action(Key::s, {true, false, false}, {}) == Action::save_scenario);
    CHECK(ui::key_action(Key::p, {true, false, false}, {}) == Action::screenshot);
    CHECK(ui::key_action(Key::e, {true, false, false}, {}) == Action::export_csv);
}

TEST_CASE("no shortcut steals a key from a text field; navigation keys belong to a navigated panel") {
    const ui::KeyContext typing{true, false};
    for (Key k : {Key::space, Key::p, Key::digit1, Key::l, Key::page_down})
        CHECK_FALSE(ui::key_action(k, {}, typing).has_value());
    CHECK_FALSE(ui::key_action(Key::s, {true, false, false}, typing).has_value());
    const ui::KeyContext navigating{false, true};
    CHECK_FALSE(ui::key_action(Key::space, {}, navigating).has_value());
    CHECK_FALSE(ui::key_action(Key::left, {}, navigating).has_value());
    CHECK(ui::key_action(Key::page_down, {}, navigating) == Action::lesson_next);  // clickers always work
    CHECK(ui::key_action(Key::p, {}, navigating) == Action::toggle_presenter);
}

TEST_CASE("actions change the state: play, step, views, theme, scale, presenter, requests") {
    ui::AppState app = test::make_app();
    ui::apply_action(app, Action::toggle_play);
    CHECK(app.playing);
    ui::apply_action(app, Action::step_forward);
    CHECK_FALSE(app.playing);
    CHECK(app.time_h == Approx(5.0 / 60.0));
    ui::apply_action(app, Action::step_back);
    CHECK(app.time_h == Approx(0.0));
    ui::apply_action(app, Action::view_spine);
    CHECK(app.view.view == scene::View::spine);
    ui::apply_action(app, Action::toggle_theme);
    CHECK(app.view.theme == scene::Theme::light);
    ui::apply_action(app, Action::scale_up);
    CHECK(app.ui_scale == Approx(1.25f));
    CHECK(app.fonts_dirty);
    for (int i = 0; i < 20; ++i) ui::apply_action(app, Action::scale_up);
    CHECK(app.ui_scale == Approx(3.0f));
    ui::apply_action(app, Action::toggle_presenter);
    CHECK(app.presenter);
    ui::apply_action(app, Action::leave_presenter);
    CHECK_FALSE(app.presenter);
    ui::apply_action(app, Action::screenshot);
    CHECK(app.screenshot_requested);
    ui::apply_action(app, Action::toggle_fullscreen);
    CHECK(app.fullscreen_toggle_requested);
    ui::apply_action(app, Action::toggle_labels);
    CHECK_FALSE(app.view.labels);
}

TEST_CASE("pressing play never loses the user's place") {
    ui::AppState app = test::make_app();
    app.time_h = 30.0;
    ui::toggle_play(app);
    CHECK(app.time_h == 30.0);
    ui::advance(app, 0.5);
    CHECK(app.time_h > 30.0);
    const double t = app.time_h;
    ui::toggle_play(app);
    ui::advance(app, 1.0);
    CHECK(app.time_h == t);
    ui::toggle_play(app);
    CHECK(app.time_h == t);
}

TEST_CASE("every playback speed moves forward, from real time to days per second") {
    ui::AppState app = test::make_app();
    for (int i = 0; i < static_cast<int>(ui::speed_choices().size()); ++i) {
        app.time_h = 1.0;
        app.speed_index = i;
        app.playing = true;
        ui::advance(app, 1.0);
        CHECK(app.time_h > 1.0);
        if (ui::speed_choices()[static_cast<std::size_t>(i)].h_per_s > 0.0)
            CHECK(app.time_h == Approx(1.0 + ui::speed_choices()[static_cast<std::size_t>(i)].h_per_s));
    }
}
