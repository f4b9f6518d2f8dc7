// Writing RGBA pixels to PNG files atomically (temporary name, then rename).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace exporter {

/// Writes `rgba` (rows top to bottom) as a PNG at `path` via `path.tmp` + rename.
/// Throws std::runtime_error with one line naming the path when it cannot be written.
void write_png(const std::string& path, int width_px, int height_px, const std::vector<std::uint8_t>& rgba);

/// Encodes to PNG bytes in memory (used for hashing and tests).
std::vector<std::uint8_t> encode_png(int width_px, int height_px, const std::vector<std::uint8_t>& rgba);

/// Renames `tmp` to `path`, or removes `tmp` and throws when that fails.
void commit_file(const std::string& tmp, const std::string& path);

}  // namespace exporter
