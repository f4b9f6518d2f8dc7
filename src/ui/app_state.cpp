// Session state updates that are independent of drawing: recompute and the two clocks.
#include "ui/app_state.hpp"

#include <algorithm>

namespace ui {

void recompute(AppState& app) {
    app.trajectory = sim::simulate(app.scenario);
    app.time_h = std::clamp(app.time_h, 0.0, app.trajectory.duration_h());
}

void advance(AppState& app, double dt_s) {
    app.anim_time_s += dt_s;
    if (!app.playing) return;
    app.time_h = std::min(app.time_h + app.speed_h_per_s * dt_s, app.trajectory.duration_h());
    if (app.time_h >= app.trajectory.duration_h()) app.playing = false;
}

}  // namespace ui
