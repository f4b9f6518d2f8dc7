// The dose-response view: one simulation per dose and route, summarised by peak effect and duration.
#include "sim/dose_response.hpp"

#include <array>
#include <charconv>

#include "sim/scenario_io.hpp"
#include "sim/simulate.hpp"
#include "sim/studied_range.hpp"

namespace sim {

std::vector<double> dose_response_doses() { return {0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.5}; }

DoseResponsePoint dose_response_point(const Scenario& base, Route route, double dose_mg_per_kg) {
    Scenario s = base;
    s.doses = {Dose{0.0, route, dose_mg_per_kg, 0.0, 40.0}};
    s.duration_days = 21.0;
    const Trajectory t = simulate(s);
    DoseResponsePoint p;
    p.dose_mg_per_kg = dose_mg_per_kg;
    p.route = route;
    p.spine_peak_rel = 0.0;  // the largest over the run (after stress it starts below 1)
    double first_h = -1.0, last_h = -1.0;
    for (const State& x : t.samples()) {
        if (x.clinical_effect > p.peak_effect) {
            p.peak_effect = x.clinical_effect;
            p.peak_time_h = x.time_h;
        }
        if (x.spine_density_rel > p.spine_peak_rel) p.spine_peak_rel = x.spine_density_rel;
        if (x.clinical_effect >= kDoseResponseEffectLevel) {
            if (first_h < 0.0) first_h = x.time_h;
            last_h = x.time_h;
        }
    }
    p.duration_h = first_h < 0.0 ? 0.0 : last_h - first_h;
    p.extrapolated = !extrapolation_reasons(s).empty();
    return p;
}

std::vector<DoseResponsePoint> dose_response(const Scenario& base, const std::vector<double>& doses_mg_per_kg) {
    std::vector<DoseResponsePoint> points;
    for (Route route : {Route::iv_infusion, Route::iv_bolus})
        for (double dose : doses_mg_per_kg) points.push_back(dose_response_point(base, route, dose));
    return points;
}

namespace {
void write_number(std::ostream& out, double v) {
    std::array<char, 32> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::general, 7);
    out.write(buf.data(), r.ptr - buf.data());
}
}  // namespace

void write_dose_response_csv(const std::vector<DoseResponsePoint>& points, std::ostream& out) {
    out << "dose_mg_per_kg,route,peak_effect,peak_time_h,duration_h,spine_peak_rel,extrapolated\n";
    for (const DoseResponsePoint& p : points) {
        write_number(out, p.dose_mg_per_kg);
        out << ',' << route_id(p.route) << ',';
        write_number(out, p.peak_effect);
        out << ',';
        write_number(out, p.peak_time_h);
        out << ',';
        write_number(out, p.duration_h);
        out << ',';
        write_number(out, p.spine_peak_rel);
        out << ',' << (p.extrapolated ? 1 : 0) << '\n';
    }
}

}  // namespace sim
