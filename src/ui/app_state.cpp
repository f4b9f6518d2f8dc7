// Session state updates that are independent of drawing: recompute, baseline pinning, the two clocks,
// stepping.
#include "ui/app_state.hpp"

#include <algorithm>

#include "ui/timeline_axis.hpp"

namespace ui {

AppState::AppState() = default;

void recompute(AppState& app) {
    app.trajectory = sim::simulate(app.scenario, std::move(app.trajectory));
    app.events = timeline_events(app.scenario, app.trajectory);
    app.time_h = std::clamp(app.time_h, 0.0, app.trajectory.duration_h());
    ++app.recompute_count;
}

void pin_baseline(AppState& app, const std::string& label) {
    app.pinned = PinnedRun{label, app.scenario, app.trajectory};
}

void pin_baseline(AppState& app, const sim::Scenario& scenario, const std::string& label) {
    app.pinned = PinnedRun{label, scenario, sim::simulate(scenario)};
}

namespace {

/// The cursor time after dt_s seconds of playback at the chosen speed.
double played_time(const AppState& app, double dt_s) {
    const auto& speeds = speed_choices();
    const bool in_range = app.speed_index >= 0 && app.speed_index < static_cast<int>(speeds.size());
    const double h_per_s = in_range ? speeds[static_cast<std::size_t>(app.speed_index)].h_per_s : app.speed_h_per_s;
    if (h_per_s > 0.0) return app.time_h + h_per_s * dt_s;
    const TimeAxis axis = make_time_axis(app.trajectory.duration_h(), app.axis_segmented);
    return axis_time(axis, axis_fraction(axis, app.time_h) + dt_s / kFollowBarSpan_s);
}

}  // namespace

namespace {
/// Starts a camera move when the view changed since the last frame (by key, panel or lesson).
void follow_view_change(AppState& app) {
    if (app.view.view == app.shown_view) return;
    app.from_view = app.shown_view;
    app.shown_view = app.view.view;
    app.view_switch_anim_s = app.anim_time_s;
}
}  // namespace

void advance(AppState& app, double dt_s) {
    if (previewing(app)) {
        advance_preview(app, dt_s);
        return;
    }
    follow_view_change(app);
    app.anim_time_s += dt_s;
    if (!app.playing) return;
    double end_h = app.trajectory.duration_h();
    if (app.play_until_h && *app.play_until_h > app.time_h) end_h = std::min(end_h, *app.play_until_h);
    app.time_h = std::min(played_time(app, dt_s), end_h);
    if (app.time_h >= end_h) {
        app.playing = false;
        app.play_until_h.reset();
    }
}

void toggle_play(AppState& app) {
    if (previewing(app)) {
        toggle_preview_play(app);
        return;
    }
    if (app.playing) {
        app.playing = false;
        return;
    }
    if (lesson_question_pending(app)) {  // "predict, then run": Space (or a clicker) runs the step
        run_lesson_step(app);
        return;
    }
    if (app.time_h >= app.trajectory.duration_h() - 1e-9) app.time_h = 0.0;
    if (app.play_until_h && *app.play_until_h <= app.time_h) app.play_until_h.reset();
    app.playing = true;
}

bool lesson_question_pending(const AppState& app) {
    if (!app.lesson.lesson || app.lesson.step < 0 || app.lesson.ran) return false;
    return app.lesson.lesson->steps[static_cast<std::size_t>(app.lesson.step)].question.has_value();
}

void step(AppState& app, bool backward) {
    app.playing = false;
    const TimeAxis axis = make_time_axis(app.trajectory.duration_h(), app.axis_segmented);
    app.time_h = step_time(axis, app.time_h, backward);
}

void set_time(AppState& app, double t_h) { app.time_h = std::clamp(t_h, 0.0, app.trajectory.duration_h()); }

void set_ui_scale(AppState& app, float scale) {
    const float clamped = std::clamp(scale, 1.0f, 3.0f);
    if (clamped == app.ui_scale) return;
    app.ui_scale = clamped;
    app.fonts_dirty = true;
}

}  // namespace ui
