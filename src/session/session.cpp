// Session state updates that are independent of drawing: baseline pinning, the two clocks, stepping, the UI
// scale.
#include "session/session.hpp"

#include <algorithm>
#include <utility>

#include "session/lesson/lesson.hpp"
#include "session/lesson/question.hpp"
#include "session/view/timeline_axis.hpp"
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

void pin_baseline(Session& session, const std::string& label) {
    session.pinned = PinnedRun{label, session.model};  // the current run, already computed
}

void pin_baseline(Session& session, const sim::Scenario& scenario, const std::string& label) {
    session.pinned = PinnedRun{label, Model(scenario)};
}

namespace {

/// The cursor time after dt_s seconds of playback at the chosen speed.
double played_time(const Session& session, double dt_s) {
    const auto& speeds = speed_choices();
    const bool in_range = session.speed_index >= 0 && session.speed_index < static_cast<int>(speeds.size());
    const double h_per_s = in_range ? speeds[static_cast<std::size_t>(session.speed_index)].h_per_s : session.speed_h_per_s;
    if (h_per_s > 0.0) return session.time_h + h_per_s * dt_s;
    const TimeAxis axis = make_time_axis(trajectory(session).duration_h(), session.axis_segmented);
    return axis_time(axis, axis_fraction(axis, session.time_h) + dt_s / kFollowBarSpan_s);
}

/// Starts a camera move when the view changed since the last frame (by key, panel or lesson); with reduced motion or
/// paused motion the camera cuts to the new view instead.
void follow_view_change(Session& session) {
    if (session.view.view == session.shown_view) return;
    session.from_view = session.shown_view;
    if (session.reduced_motion || session.motion_paused) session.from_view.reset();
    session.shown_view = session.view.view;
    session.view_switch_anim_s = session.anim_time_s;
}

}  // namespace

void advance(Session& session, double dt_s) {
    update_population(session);  // a few milliseconds a frame, never the whole population at once
    if (previewing(session)) {
        advance_preview(session, dt_s);
        return;
    }
    follow_view_change(session);
    if (!session.motion_paused) session.anim_time_s += session.reduced_motion ? dt_s * kReducedMotionPace : dt_s;
    set_time(session, session.time_h);  // a shorter run (another preset, a changed schedule) ends before the old time
    if (!session.playing) return;
    double end_h = trajectory(session).duration_h();
    if (session.play_until_h && *session.play_until_h > session.time_h) end_h = std::min(end_h, *session.play_until_h);
    session.time_h = std::min(played_time(session, dt_s), end_h);
    if (session.time_h >= end_h) {
        session.playing = false;
        session.play_until_h.reset();
    }
    update_question(session);
}

void toggle_play(Session& session) {
    if (previewing(session)) {
        toggle_preview_play(session);
        return;
    }
    if (session.playing) {
        session.playing = false;
        return;
    }
    if (lesson_question_pending(session)) {  // "predict, then run": Space (or a clicker) runs the step
        run_question(session);
        return;
    }
    if (question_phase(session) == QuestionPhase::waiting) {  // run, nothing chosen: Space shows the answer
        reveal_answer(session);
        return;
    }
    if (session.time_h >= trajectory(session).duration_h() - 1e-9) session.time_h = 0.0;
    if (session.play_until_h && *session.play_until_h <= session.time_h) session.play_until_h.reset();
    session.playing = true;
}

bool lesson_question_pending(const Session& session) {
    const QuestionPhase phase = question_phase(session);
    return phase == QuestionPhase::asking || phase == QuestionPhase::chosen;
}

void step(Session& session, bool backward) {
    session.playing = false;
    const TimeAxis axis = make_time_axis(trajectory(session).duration_h(), session.axis_segmented);
    set_time(session, step_time(axis, session.time_h, backward));
}

void set_time(Session& session, double t_h) {
    const double latest_h = spoiler_horizon_h(session).value_or(trajectory(session).duration_h());
    session.time_h = std::clamp(t_h, 0.0, std::min(latest_h, trajectory(session).duration_h()));
}

void scrub_to(Session& session, double t_h) {
    set_time(session, t_h);
    session.playing = false;
}

void set_speed(Session& session, int speed_index) {
    if (speed_index >= 0 && speed_index < static_cast<int>(speed_choices().size())) session.speed_index = speed_index;
}

void show_panel(Session& session, Panel panel) {
    switch (panel) {
        case Panel::left:
            session.panels.left = true;
            session.presenter = false;
            break;
        case Panel::right: session.panels.right = true; break;
        case Panel::bottom: session.panels.bottom = true; break;
    }
}

void show_population(Session& session, bool shown) { session.population.shown = shown; }

void compare_with_rapamycin(Session& session, const std::string& pinned_label) {
    sim::Scenario without = session.model.scenario;
    without.experiments.rapamycin = false;
    session.model.scenario.experiments.rapamycin = true;
    pin_baseline(session, without, pinned_label);
}

void report(Session& session, std::string line) { session.status = std::move(line); }

void set_ui_scale(Session& session, float scale) { session.ui_scale = std::clamp(scale, kMinUiScale, kMaxUiScale); }

float headless_display_scale(int height_px) {
    return std::clamp(static_cast<float>(height_px) / 1080.0f, 1.0f, kMaxUiScale);
}

}  // namespace session
