// The teaching session's state that panels read and change: scenario, trajectory, clocks, view, display options.
#pragma once
#include <cstdint>
#include <string>

#include "scene/scene.hpp"
#include "sim/scenario.hpp"
#include "sim/simulate.hpp"
#include "sim/trajectory.hpp"

namespace ui {

struct AppState {
    std::string assets_dir;
    sim::Scenario scenario;
    sim::Trajectory trajectory;     ///< recomputed whenever the scenario changes
    double time_h = 0.0;            ///< simulated time at the cursor, hours
    double anim_time_s = 0.0;       ///< animation clock, seconds of on-screen motion
    bool playing = false;
    double speed_h_per_s = 0.25;    ///< simulated hours per second of playback
    scene::ViewOptions view;
    std::uint64_t seed = 1;
    float ui_scale = 1.0f;          ///< user's UI scale (1-3x), multiplied by the display's DPI scale
    bool show_ui = true;            ///< panels drawn (false: scene only)
    bool presenter = false;         ///< presenter mode: scene, timeline and a large caption only
    bool fonts_dirty = false;       ///< set when ui_scale changed and the font atlas must be rebuilt
    bool quit_requested = false;
    bool screenshot_requested = false;
};

/// Recomputes the trajectory from the scenario (keeps the cursor time within the new span).
void recompute(AppState& app);

/// Advances both clocks by dt_s seconds of wall/recording time (fixed steps, no clock reads).
void advance(AppState& app, double dt_s);

}  // namespace ui
