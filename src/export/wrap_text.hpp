// Wrapping caption text into short lines, counted in UTF-8 code points (video captions and SRT files).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace exporter {

/// The number of code points in UTF-8 `text`.
std::size_t utf8_length(const std::string& text);

/// Splits UTF-8 `text` at spaces into lines of at most `max_chars` code points (longer words stand alone).
std::vector<std::string> wrap_text(const std::string& text, std::size_t max_chars);

}  // namespace exporter
