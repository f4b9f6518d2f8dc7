// Durations written as text ("90s", "40min", "2h", "3d", "1w" or bare hours), as scenarios, lessons, scripts and --at
// use them.
#pragma once
#include <optional>
#include <string>

namespace sim {

/// Hours in `text`: a number, optional spaces, then s/sec, m/min, h (or nothing), d or w.
/// nullopt when malformed, negative or not finite.
std::optional<double> parse_duration_h(const std::string& text);

}  // namespace sim
