// CSV export of a trajectory with unit-carrying headers and locale-independent numbers.
#include "sim/csv.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "sim/stage.hpp"
#include "sim/state_fields.hpp"

namespace sim {
namespace {

/// A band column of write_population_csv: written and banded (every column but the time).
bool has_band_columns(const StateField& field) { return field.in_csv && field.bands; }

void write_number(std::ostream& out, double v) {
    std::array<char, 32> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::general, 7);
    out.write(buf.data(), r.ptr - buf.data());
}

}  // namespace

/// Hours and step checked, the number of rows from t = 0 to min(hours, span) inclusive.
long long row_count(const Trajectory& trajectory, double hours, double step_min) {
    if (!std::isfinite(step_min) || step_min <= 0.0) throw std::invalid_argument("step_min must be > 0");
    if (!std::isfinite(hours) || hours < 0.0) throw std::invalid_argument("hours must be >= 0");
    const double end_h = std::min(hours, trajectory.duration_h());
    return static_cast<long long>(std::floor(end_h / (step_min / 60.0) + 1e-9)) + 1;
}

void write_state(std::ostream& out, const State& s) {
    for (const StateField& field : kStateFields) {
        if (!field.in_csv) continue;
        write_number(out, s.*field.member);
        out << ',';
    }
    out << stage_id(s.stage);
}

std::string csv_header() {
    std::string h;
    for (const StateField& field : kStateFields)
        if (field.in_csv) h.append(field.name).append(",");
    return h + "stage";
}

void write_csv(const Trajectory& trajectory, std::ostream& out, double hours, double step_min) {
    const long long rows = row_count(trajectory, hours, step_min);
    out << csv_header() << '\n';
    const double step_h = step_min / 60.0;
    for (long long i = 0; i < rows; ++i) {
        write_state(out, trajectory.at(static_cast<double>(i) * step_h));
        out << '\n';
    }
}

std::string population_csv_header() {
    std::string h = csv_header();
    for (const StateField& field : kStateFields) {
        if (!has_band_columns(field)) continue;
        for (Percentile p : kPercentiles) {
            h.append(",").append(field.name).append("_");
            h.append(percentile_name(p));
        }
    }
    return h + ",responding_frac,remitting_frac";
}

void write_population_csv(const Trajectory& typical, const PopulationRun& population, std::ostream& out, double hours,
                          double step_min) {
    if (!population.done()) throw std::invalid_argument("the population is not computed yet");
    const long long rows = row_count(typical, hours, step_min);
    out << population_csv_header() << '\n';
    const double step_h = step_min / 60.0;
    for (long long i = 0; i < rows; ++i) {
        const double t_h = static_cast<double>(i) * step_h;
        write_state(out, typical.at(t_h));
        std::array<State, kPercentiles.size()> band{};
        for (std::size_t p = 0; p < kPercentiles.size(); ++p) band[p] = population.band(kPercentiles[p]).at(t_h);
        for (const StateField& field : kStateFields) {
            if (!has_band_columns(field)) continue;
            for (const State& s : band) {
                out << ',';
                write_number(out, s.*field.member);
            }
        }
        out << ',';
        write_number(out, population.fraction_responding(t_h));
        out << ',';
        write_number(out, population.fraction_remitting(t_h));
        out << '\n';
    }
}

}  // namespace sim
