// Pure mapping between simulated time and a position on the time bar: segmented so minutes and weeks both
// read.
#pragma once
#include <string>
#include <vector>

namespace session {

/// One linear piece of the time bar: it ends at end_h (hours) placed at end_frac (0..1) of the bar.
struct AxisSegment {
    double end_h = 0.0;
    double end_frac = 0.0;
    double step_h = 0.0;  ///< step-forward/back size inside this segment, hours
};

/// The time bar's mapping. Segments ascend; the last ends at duration_h and 1.0.
struct TimeAxis {
    double duration_h = 0.0;
    std::vector<AxisSegment> segments;
};

/// Segmented (default): the first 2 h get 30 % of the bar, 2-24 h the next 25 %, the days after the
/// remaining 45 %. Linear: one segment. Spans of a day or less are always linear.
TimeAxis make_time_axis(double duration_h, bool segmented = true);

/// Position of time t_h on the bar, 0..1 (clamped).
double axis_fraction(const TimeAxis& axis, double t_h);
/// Time at position frac (0..1, clamped) of the bar; the inverse of axis_fraction.
double axis_time(const TimeAxis& axis, double frac);

/// The time after one step forward (or back) from t_h; steps are 5 min in the first hours,
/// 1 h in the first day and 12 h after; the result stays within 0..duration.
double step_time(const TimeAxis& axis, double t_h, bool backward);

struct AxisTick {
    double t_h = 0.0;
    std::string label;   ///< "40 min", "6 h", "3 d"
    bool major = false;  ///< a segment boundary
};
/// Tick marks with labels for the bar (readable in every segment).
std::vector<AxisTick> axis_ticks(const TimeAxis& axis);

/// A tick's label on the time bar and the plots: "40 min", "6 h", "3 d".
std::string tick_time_text(double t_h);
/// The cursor's time in the panels (to the minute): "35 min", "2 h 30 min", "3 d 4 h".
std::string cursor_time_text(double t_h);

/// Playback speeds offered to the user (hours of simulated time per second of playback).
struct SpeedChoice {
    const char* words_key;  ///< the catalogue key of its label: "timeline.speed.auto"
    double h_per_s;  ///< 0 = follow the time bar (a constant pace along the segmented bar)
};
const std::vector<SpeedChoice>& speed_choices();
/// Seconds of playback that "follow the time bar" takes for the whole bar.
inline constexpr double kFollowBarSpan_s = 60.0;

}  // namespace session
