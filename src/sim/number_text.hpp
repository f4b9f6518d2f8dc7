// The one way a number is written as text in messages and links: shortest round-trip, independent of the locale.
#pragma once
#include <string>

namespace sim {

/// Shortest text that reads back as exactly `v` ("50", "0.5", "1e+09"), whatever the locale: error messages say the
/// number that was given, and a link restores the value it was written from. (Defined in synapse_sim, whose web
/// build supplies the std::to_chars that Emscripten's libc++ lacks.)
std::string number_text(double v);

}  // namespace sim
