// The one way a number is written as text in messages and links: shortest round-trip, independent of the locale.
#pragma once
#include "json/reader.hpp"

namespace sim {

/// Shortest text that reads back as exactly `v` ("50", "0.5", "1e+09"), whatever the locale: error messages say the
/// number that was given, and a link restores the value it was written from (json_reader::number_text, whose web
/// build supplies the std::to_chars that Emscripten's libc++ lacks).
using json_reader::number_text;

}  // namespace sim
