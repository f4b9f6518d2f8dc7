// Writing RGBA pixels to PNG files atomically (temporary name, then rename).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace exporter {

/// Writes `rgba` (rows top to bottom) as a PNG at `path`, atomically (write_file_atomically).
/// Throws std::runtime_error with one line naming the path when it cannot be written.
void write_png(const std::string& path, int width_px, int height_px, const std::vector<std::uint8_t>& rgba);

/// Encodes to PNG bytes in memory (used for hashing and tests).
std::vector<std::uint8_t> encode_png(int width_px, int height_px, const std::vector<std::uint8_t>& rgba);

}  // namespace exporter
