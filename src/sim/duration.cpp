// Durations written as text: one parser for every file format and the command line.
#include "sim/duration.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace sim {

std::optional<double> parse_duration_h(const std::string& text) {
    static constexpr std::pair<const char*, double> kHoursPerUnit[] = {{"", 1.0},           {"h", 1.0},
                                                                       {"min", 1.0 / 60.0}, {"m", 1.0 / 60.0},
                                                                       {"s", 1.0 / 3600.0}, {"sec", 1.0 / 3600.0},
                                                                       {"d", 24.0},         {"w", 24.0 * 7.0}};
    if (text.empty() || std::isspace(static_cast<unsigned char>(text.front()))) return std::nullopt;
    std::size_t used = 0;
    double value = 0.0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    std::string unit = text.substr(used);
    unit.erase(unit.begin(), std::find_if(unit.begin(), unit.end(), [](unsigned char c) { return !std::isspace(c); }));
    if (!std::isfinite(value) || value < 0.0) return std::nullopt;
    for (const auto& [name, hours] : kHoursPerUnit)
        if (unit == name) {
            const double value_h = value * hours;  // 1e308d overflows to infinity
            return std::isfinite(value_h) ? std::optional<double>(value_h) : std::nullopt;
        }
    return std::nullopt;
}

}  // namespace sim
