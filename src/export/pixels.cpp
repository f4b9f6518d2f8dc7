// RGBA8 pixel conversions shared by the read-back and the frame sinks.
#include "export/pixels.hpp"

#include <algorithm>

namespace exporter {

void flip_rows(std::vector<std::uint8_t>& rgba, int width_px, int height_px) {
    const std::size_t row = static_cast<std::size_t>(width_px) * 4;
    for (int y = 0; y < height_px / 2; ++y) {
        auto a = rgba.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y));
        auto b = rgba.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(height_px - 1 - y));
        std::swap_ranges(a, a + static_cast<std::ptrdiff_t>(row), b);
    }
}

void unpremultiply(std::vector<std::uint8_t>& rgba) {
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) {
        const unsigned a = rgba[i + 3];
        if (a == 0 || a == 255) continue;
        for (std::size_t c = 0; c < 3; ++c)
            rgba[i + c] = static_cast<std::uint8_t>(std::min(255u, (rgba[i + c] * 255u + a / 2) / a));
    }
}

}  // namespace exporter
