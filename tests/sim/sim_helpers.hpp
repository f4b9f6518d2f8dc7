// Helpers shared by the model tests: scenario builders and trajectory measurements.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "sim/scenario.hpp"
#include "sim/simulate.hpp"

namespace simtest {

/// 0.5 mg/kg racemic IV over 40 min, 70 kg (the default scenario).
inline sim::Scenario standard() { return sim::Scenario{}; }

inline sim::Scenario single_dose(sim::Route route, double mg_per_kg, sim::Drug drug = sim::Drug::racemic) {
    sim::Scenario s;
    s.drug = drug;
    s.doses = {sim::Dose{0.0, route, mg_per_kg, 0.0, 40.0}};
    return s;
}

inline sim::Scenario with_experiment(bool sim::Experiments::*flag) {
    sim::Scenario s;
    s.experiments.*flag = true;
    return s;
}

struct Peak {
    double value = -1e300;
    double time_h = 0.0;
};

/// Largest value of a State field within [from_h, to_h].
inline Peak peak(const sim::Trajectory& t, double sim::State::*field, double from_h = 0.0, double to_h = 1e9) {
    Peak p;
    for (const sim::State& s : t.samples())
        if (s.time_h >= from_h && s.time_h <= to_h && s.*field > p.value) p = {s.*field, s.time_h};
    return p;
}

/// Means of a field over consecutive bins of bin_h hours from 0 to to_h (like microdialysis samples).
inline std::vector<double> bin_means(const sim::Trajectory& t, double sim::State::*field, double bin_h, double to_h) {
    std::vector<double> means;
    for (double a = 0.0; a + bin_h <= to_h + 1e-9; a += bin_h) {
        double sum = 0.0;
        int n = 0;
        for (const sim::State& s : t.samples())
            if (s.time_h >= a && s.time_h < a + bin_h) {
                sum += s.*field;
                ++n;
            }
        means.push_back(n ? sum / n : 0.0);
    }
    return means;
}

/// Area under a field's curve (trapezoid), field-units x hours.
inline double area(const sim::Trajectory& t, double sim::State::*field) {
    const auto& v = t.samples();
    double a = 0.0;
    for (std::size_t i = 1; i < v.size(); ++i)
        a += 0.5 * (v[i].*field + v[i - 1].*field) * (v[i].time_h - v[i - 1].time_h);
    return a;
}

inline double max_of(const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); }
inline double min_of(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }

}  // namespace simtest
