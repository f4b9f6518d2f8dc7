// One-at-a-time sensitivity of the headline outputs to each varied model constant.
#include "sim/sensitivity.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "sim/dose_response.hpp"
#include "sim/simulate.hpp"

namespace sim {
namespace {

struct Output {
    const char* header;      ///< CSV column
    const char* short_name;  ///< text table column
    const char* label;       ///< words, for the short form
    double HeadlineOutputs::*field;
};

constexpr std::array<Output, 8> kOutputs = {{
    {"peak_plasma_ng_per_ml", "plasma", "peak plasma", &HeadlineOutputs::peak_plasma_ng_per_ml},
    {"peak_block_interneuron_frac", "block", "peak block", &HeadlineOutputs::peak_block_interneuron},
    {"glutamate_surge_rel", "glu", "glutamate surge", &HeadlineOutputs::glutamate_surge_rel},
    {"mtor_peak_rel", "mTOR", "mTORC1 peak", &HeadlineOutputs::mtor_peak_rel},
    {"spine_gain_24h_rel", "spine24h", "spine gain at 24 h", &HeadlineOutputs::spine_gain_24h_rel},
    {"spine_gain_7d_rel", "spine7d", "spine gain at 7 d", &HeadlineOutputs::spine_gain_7d_rel},
    {"clinical_peak", "clinical", "clinical peak", &HeadlineOutputs::clinical_peak},
    {"clinical_duration_h", "duration", "clinical duration", &HeadlineOutputs::clinical_duration_h},
}};

Trajectory run(const Scenario& scenario, const Parameters& parameters, Trajectory&& storage) {
    SimulateOptions options;
    options.parameters = parameters;
    return simulate(scenario, std::move(storage), options);
}

/// Percent change of `value` from `typical`, as text: "+12", "-3", "0"; "n/a" when the typical value is 0.
std::string percent_text(double value, double typical) {
    if (typical == 0.0) return value == 0.0 ? "0" : "n/a";
    const long percent = std::lround(100.0 * (value - typical) / std::abs(typical));
    if (percent == 0) return "0";
    std::string text = percent > 0 ? "+" : "";
    text.append(std::to_string(percent));
    return text;
}

void write_number(std::ostream& out, double v) {
    std::array<char, 32> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::general, 7);
    out.write(buf.data(), r.ptr - buf.data());
}

void write_outputs(std::ostream& out, const HeadlineOutputs& o) {
    for (const Output& column : kOutputs) {
        out << ',';
        write_number(out, o.*column.field);
    }
    out << '\n';
}

}  // namespace

HeadlineOutputs headline_outputs(const Trajectory& trajectory) {
    HeadlineOutputs o;
    if (trajectory.empty()) return o;
    for (const State& s : trajectory.samples()) {
        o.peak_plasma_ng_per_ml = std::max(o.peak_plasma_ng_per_ml, s.plasma_ng_per_ml);
        o.peak_block_interneuron = std::max(o.peak_block_interneuron, s.nmda_block_interneuron);
        o.glutamate_surge_rel = std::max(o.glutamate_surge_rel, s.glutamate_rel - 1.0);
        o.mtor_peak_rel = std::max(o.mtor_peak_rel, s.mtor_phospho_rel - 1.0);
        o.clinical_peak = std::max(o.clinical_peak, s.clinical_effect);
        if (s.clinical_effect >= kDoseResponseEffectLevel) o.clinical_duration_h += trajectory.step_h();
    }
    const double start = trajectory.samples().front().spine_density_rel;
    o.spine_gain_24h_rel = trajectory.at(24.0).spine_density_rel - start;
    o.spine_gain_7d_rel = trajectory.at(24.0 * 7.0).spine_density_rel - start;
    return o;
}

SensitivityResult sensitivity(const Scenario& scenario, double change) {
    SensitivityResult result;
    result.scenario_name = scenario.name;
    result.change = change;
    const Parameters typical;
    Trajectory storage = run(scenario, typical, Trajectory{});
    result.typical = headline_outputs(storage);
    for (const ParameterInfo& info : parameter_table()) {
        SensitivityRow row;
        row.parameter = &info;
        row.typical_value = typical.*info.field;
        Parameters low = typical, high = typical;
        low.*info.field = row.typical_value * (1.0 - change);
        high.*info.field = row.typical_value * (1.0 + change);
        low = sanitized(low);
        high = sanitized(high);
        row.low_value = low.*info.field;
        row.high_value = high.*info.field;
        storage = run(scenario, low, std::move(storage));
        row.low = headline_outputs(storage);
        storage = run(scenario, high, std::move(storage));
        row.high = headline_outputs(storage);
        row.no_effect = true;
        for (const Output& o : kOutputs)
            if (row.low.*o.field != result.typical.*o.field || row.high.*o.field != result.typical.*o.field)
                row.no_effect = false;
        result.rows.push_back(row);
    }
    return result;
}

std::string sensitivity_text(const SensitivityResult& result) {
    const long percent = std::lround(100.0 * result.change);
    const std::string p = std::to_string(percent);
    std::string text = "Sensitivity of ";
    text.append(result.scenario_name).append(": each constant moved by -").append(p).append(" % and +").append(p);
    text.append(" % in turn (fractions capped at 1); % change of each output, down/up.\n");
    char line[512];
    std::snprintf(line, sizeof line, "%-38s %-11s", "constant", "basis");
    text += line;
    for (const Output& o : kOutputs) {
        std::snprintf(line, sizeof line, " %10s", o.short_name);
        text += line;
    }
    text += "\n";
    std::snprintf(line, sizeof line, "%-38s %-11s", "typical run (absolute)", "");
    text += line;
    for (const Output& o : kOutputs) {
        std::snprintf(line, sizeof line, " %10.4g", result.typical.*o.field);
        text += line;
    }
    text += "\n";
    std::string no_effect;
    for (const SensitivityRow& row : result.rows) {
        if (row.no_effect) {
            if (!no_effect.empty()) no_effect.append(", ");
            no_effect.append(row.parameter->id);
            continue;
        }
        const std::string label(row.parameter->label);
        const std::string basis(basis_name(row.parameter->basis));
        std::snprintf(line, sizeof line, "%-38s %-11s", label.c_str(), basis.c_str());
        text += line;
        for (const Output& o : kOutputs) {
            std::string cell = percent_text(row.low.*o.field, result.typical.*o.field);
            cell.append("/").append(percent_text(row.high.*o.field, result.typical.*o.field));
            std::snprintf(line, sizeof line, " %10s", cell.c_str());
            text += line;
        }
        text += "\n";
    }
    if (!no_effect.empty()) text += "No effect in this scenario: " + no_effect + ".\n";
    text +=
        "Outputs: plasma = peak plasma ng/mL; block = peak interneuron NMDAR block; glu = glutamate surge (peak "
        "excess); mTOR = peak phospho-mTORC1 excess; spine24h/spine7d = spine gain at 24 h / 7 d; clinical = peak "
        "clinical index; duration = hours with the index >= 0.1.\n";
    return text;
}

double largest_percent_change(const SensitivityRow& row, const HeadlineOutputs& typical,
                              double HeadlineOutputs::*field) {
    const double t = typical.*field;
    if (t == 0.0) return 0.0;
    return 100.0 * std::max(std::abs(row.low.*field - t), std::abs(row.high.*field - t)) / std::abs(t);
}

std::vector<std::string> sensitivity_short_form(const SensitivityResult& result) {
    std::vector<std::string> lines;
    for (const Output& o : kOutputs) {
        std::vector<const SensitivityRow*> ranked;
        for (const SensitivityRow& row : result.rows) ranked.push_back(&row);
        std::stable_sort(ranked.begin(), ranked.end(), [&](const SensitivityRow* a, const SensitivityRow* b) {
            return largest_percent_change(*a, result.typical, o.field) >
                   largest_percent_change(*b, result.typical, o.field);
        });
        std::string line = o.label;
        line.append(": ");
        for (std::size_t i = 0; i < 2 && i < ranked.size(); ++i) {
            const SensitivityRow& row = *ranked[i];
            if (i > 0) line.append(", ");
            line.append(row.parameter->label).append(" (").append(basis_name(row.parameter->basis)).append(") ");
            line.append(percent_text(row.low.*o.field, result.typical.*o.field)).append("/");
            line.append(percent_text(row.high.*o.field, result.typical.*o.field)).append(" %");
        }
        lines.push_back(line);
    }
    return lines;
}

void write_sensitivity_csv(const SensitivityResult& result, std::ostream& out) {
    out << "parameter,basis,direction,value";
    for (const Output& o : kOutputs) out << ',' << o.header;
    out << '\n';
    out << "typical,,none,";
    write_outputs(out, result.typical);
    for (const SensitivityRow& row : result.rows) {
        for (const bool up : {false, true}) {
            out << row.parameter->id << ',' << basis_name(row.parameter->basis) << ',' << (up ? "up" : "down") << ',';
            write_number(out, up ? row.high_value : row.low_value);
            write_outputs(out, up ? row.high : row.low);
        }
    }
}

}  // namespace sim
