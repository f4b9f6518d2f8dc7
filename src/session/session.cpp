// Session state updates that are independent of drawing: baseline pinning, the two clocks, stepping, the UI
// scale.
#include "session/session.hpp"

#include <algorithm>

#include "session/lesson.hpp"
#include "session/question.hpp"
#include "session/timeline_axis.hpp"
#include "session/words.hpp"

namespace session {

Session::Session() : catalogue(builtin_catalogue()) {}

Requests& Requests::operator|=(const Requests& other) {
    quit |= other.quit;
    screenshot |= other.screenshot;
    toggle_fullscreen |= other.toggle_fullscreen;
    open_scenario_dialog |= other.open_scenario_dialog;
    help_dialog |= other.help_dialog;
    close_dialogs |= other.close_dialogs;
    save_as_dialog |= other.save_as_dialog;
    welcome_dialog |= other.welcome_dialog;
    preview_tab |= other.preview_tab;
    glossary |= other.glossary;
    about |= other.about;
    if (other.clipboard_text) clipboard_text = other.clipboard_text;
    if (other.pick_file != FileUse::none) pick_file = other.pick_file;
    return *this;
}

void pin_baseline(Session& app, const std::string& label) {
    app.pinned = PinnedRun{label, app.model};  // the current run, already computed
}

void pin_baseline(Session& app, const sim::Scenario& scenario, const std::string& label) {
    app.pinned = PinnedRun{label, Model(scenario)};
}

namespace {

/// The cursor time after dt_s seconds of playback at the chosen speed.
double played_time(const Session& app, double dt_s) {
    const auto& speeds = speed_choices();
    const bool in_range = app.speed_index >= 0 && app.speed_index < static_cast<int>(speeds.size());
    const double h_per_s = in_range ? speeds[static_cast<std::size_t>(app.speed_index)].h_per_s : app.speed_h_per_s;
    if (h_per_s > 0.0) return app.time_h + h_per_s * dt_s;
    const TimeAxis axis = make_time_axis(trajectory(app).duration_h(), app.axis_segmented);
    return axis_time(axis, axis_fraction(axis, app.time_h) + dt_s / kFollowBarSpan_s);
}

/// Starts a camera move when the view changed since the last frame (by key, panel or lesson); with reduced motion the
/// camera cuts to the new view instead.
void follow_view_change(Session& app) {
    if (app.view.view == app.shown_view) return;
    app.from_view = app.shown_view;
    if (app.reduced_motion) app.from_view.reset();
    app.shown_view = app.view.view;
    app.view_switch_anim_s = app.anim_time_s;
}

}  // namespace

void advance(Session& app, double dt_s) {
    update_population(app);  // a few milliseconds a frame, never the whole population at once
    if (previewing(app)) {
        advance_preview(app, dt_s);
        return;
    }
    follow_view_change(app);
    app.anim_time_s += app.reduced_motion ? dt_s * kReducedMotionPace : dt_s;
    set_time(app, app.time_h);  // a shorter run (another preset, a changed schedule) ends before the old time
    if (!app.playing) return;
    double end_h = trajectory(app).duration_h();
    if (app.play_until_h && *app.play_until_h > app.time_h) end_h = std::min(end_h, *app.play_until_h);
    app.time_h = std::min(played_time(app, dt_s), end_h);
    if (app.time_h >= end_h) {
        app.playing = false;
        app.play_until_h.reset();
    }
    update_question(app);
}

void toggle_play(Session& app) {
    if (previewing(app)) {
        toggle_preview_play(app);
        return;
    }
    if (app.playing) {
        app.playing = false;
        return;
    }
    if (lesson_question_pending(app)) {  // "predict, then run": Space (or a clicker) runs the step
        run_question(app);
        return;
    }
    if (question_phase(app) == QuestionPhase::waiting) {  // run, nothing chosen: Space shows the answer
        reveal_answer(app);
        return;
    }
    if (app.time_h >= trajectory(app).duration_h() - 1e-9) app.time_h = 0.0;
    if (app.play_until_h && *app.play_until_h <= app.time_h) app.play_until_h.reset();
    app.playing = true;
}

bool lesson_question_pending(const Session& app) {
    const QuestionPhase phase = question_phase(app);
    return phase == QuestionPhase::asking || phase == QuestionPhase::chosen;
}

void step(Session& app, bool backward) {
    app.playing = false;
    const TimeAxis axis = make_time_axis(trajectory(app).duration_h(), app.axis_segmented);
    set_time(app, step_time(axis, app.time_h, backward));
}

void set_time(Session& app, double t_h) {
    const double latest_h = spoiler_horizon_h(app).value_or(trajectory(app).duration_h());
    app.time_h = std::clamp(t_h, 0.0, std::min(latest_h, trajectory(app).duration_h()));
}

void set_ui_scale(Session& app, float scale) { app.ui_scale = std::clamp(scale, kMinUiScale, kMaxUiScale); }

float headless_display_scale(int height_px) {
    return std::clamp(static_cast<float>(height_px) / 1080.0f, 1.0f, kMaxUiScale);
}

}  // namespace session
