// The segmented time bar: time <-> position, step sizes, ticks and time formatting (no ImGui).
#include "session/view/timeline_axis.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace session {

TimeAxis make_time_axis(double duration_h, bool segmented) {
    TimeAxis axis;
    axis.duration_h = std::max(duration_h, 1e-6);
    if (!segmented || axis.duration_h <= 24.0) {
        axis.segments = {{axis.duration_h, 1.0, std::max(axis.duration_h / 200.0, 1.0 / 60.0)}};
        return axis;
    }
    axis.segments = {{2.0, 0.30, 5.0 / 60.0}, {24.0, 0.55, 1.0}, {axis.duration_h, 1.0, 12.0}};
    return axis;
}

double axis_fraction(const TimeAxis& axis, double t_h) {
    double start_h = 0.0, start_frac = 0.0;
    for (const AxisSegment& s : axis.segments) {
        if (t_h <= s.end_h) {
            const double span = s.end_h - start_h;
            const double u = span > 0.0 ? (t_h - start_h) / span : 0.0;
            return std::clamp(start_frac + std::max(u, 0.0) * (s.end_frac - start_frac), 0.0, 1.0);
        }
        start_h = s.end_h;
        start_frac = s.end_frac;
    }
    return 1.0;
}

double axis_time(const TimeAxis& axis, double frac) {
    frac = std::clamp(frac, 0.0, 1.0);
    double start_h = 0.0, start_frac = 0.0;
    for (const AxisSegment& s : axis.segments) {
        if (frac <= s.end_frac) {
            const double width = s.end_frac - start_frac;
            const double u = width > 0.0 ? (frac - start_frac) / width : 0.0;
            return start_h + u * (s.end_h - start_h);
        }
        start_h = s.end_h;
        start_frac = s.end_frac;
    }
    return axis.duration_h;
}

namespace {

/// The segment holding t_h (for a backward step: the one holding the time just before t_h).
const AxisSegment& segment_at(const TimeAxis& axis, double t_h, bool backward) {
    for (const AxisSegment& s : axis.segments)
        if (backward ? t_h <= s.end_h + 1e-9 : t_h < s.end_h - 1e-9) return s;
    return axis.segments.back();
}

}  // namespace

double step_time(const TimeAxis& axis, double t_h, bool backward) {
    if (axis.segments.empty()) return t_h;
    const double step_h = segment_at(axis, t_h, backward).step_h;
    // Snap to the step grid so that repeated steps land on round times (5, 10, 15 min ...).
    const double k = t_h / step_h;
    const double next = backward ? (std::ceil(k - 1e-6) - 1.0) * step_h : (std::floor(k + 1e-6) + 1.0) * step_h;
    return std::clamp(next, 0.0, axis.duration_h);
}

std::string tick_time_text(double t_h) {
    char buf[32];
    if (t_h < 0.999)
        std::snprintf(buf, sizeof buf, "%.0f min", t_h * 60.0);
    else if (t_h < 23.999)
        std::snprintf(buf, sizeof buf, "%g h", std::round(t_h * 10.0) / 10.0);
    else
        std::snprintf(buf, sizeof buf, "%g d", std::round(t_h / 24.0 * 10.0) / 10.0);
    return buf;
}

std::string cursor_time_text(double t_h) {
    const long total_min = std::lround(std::max(t_h, 0.0) * 60.0);
    const long days = total_min / (24 * 60), hours = (total_min / 60) % 24, minutes = total_min % 60;
    char buf[48];
    if (days > 0)
        std::snprintf(buf, sizeof buf, "%ld d %ld h", days, hours);
    else if (hours > 0)
        std::snprintf(buf, sizeof buf, "%ld h %02ld min", hours, minutes);
    else
        std::snprintf(buf, sizeof buf, "%ld min", minutes);
    return buf;
}

namespace {

std::vector<double> linear_tick_times(double duration_h) {
    const double candidates_h[] = {1.0 / 6.0, 0.25, 0.5, 1.0, 2.0, 4.0, 6.0, 12.0, 24.0, 48.0, 72.0, 168.0, 336.0};
    double step = candidates_h[0];
    for (double c : candidates_h) {
        step = c;
        if (duration_h / c <= 8.0) break;
    }
    std::vector<double> times;
    for (double t = 0.0; t <= duration_h + 1e-9; t += step) times.push_back(t);
    return times;
}

}  // namespace

std::vector<AxisTick> axis_ticks(const TimeAxis& axis) {
    std::vector<AxisTick> ticks;
    if (axis.segments.size() == 1) {
        for (double t : linear_tick_times(axis.duration_h)) ticks.push_back({t, tick_time_text(t), t == 0.0});
        return ticks;
    }
    const double minutes[] = {0.0, 20.0, 40.0, 60.0, 90.0};
    for (double m : minutes) ticks.push_back({m / 60.0, tick_time_text(m / 60.0), m == 0.0});
    for (double h : {2.0, 6.0, 12.0, 18.0}) ticks.push_back({h, tick_time_text(h), h == 2.0});
    std::vector<double> days = {1, 2, 3, 5, 7, 10, 14, 21};
    for (double d = 28; d * 24.0 <= axis.duration_h + 1e-9; d += 7) days.push_back(d);
    if (axis.duration_h > 35 * 24.0)
        days.erase(std::remove_if(days.begin(), days.end(), [](double d) { return d == 5 || d == 10; }), days.end());
    for (double d : days)
        if (d * 24.0 <= axis.duration_h + 1e-9) ticks.push_back({d * 24.0, tick_time_text(d * 24.0), d == 1});
    return ticks;
}

const std::vector<SpeedChoice>& speed_choices() {
    static const std::vector<SpeedChoice> kChoices = {
        {"timeline.speed.auto", 0.0},       {"timeline.speed.real_time", 1.0 / 3600.0},
        {"timeline.speed.1_min", 1.0 / 60.0}, {"timeline.speed.10_min", 10.0 / 60.0},
        {"timeline.speed.1_h", 1.0},          {"timeline.speed.6_h", 6.0},
        {"timeline.speed.1_day", 24.0},       {"timeline.speed.3_days", 72.0},
    };
    return kChoices;
}

}  // namespace session
