// RGBA8 pixel conversions: row order and premultiplied alpha (one implementation for the read-back and the sinks).
#pragma once
#include <cstdint>
#include <vector>

namespace exporter {

/// Reverses the order of the rows of an RGBA8 image in place (OpenGL reads rows bottom to top).
void flip_rows(std::vector<std::uint8_t>& rgba, int width_px, int height_px);

/// Converts premultiplied RGBA (what blending over a transparent background leaves) to straight alpha.
void unpremultiply(std::vector<std::uint8_t>& rgba);

}  // namespace exporter
