// PNG encoding through stb_image_write (Debian's libstb provides the implementation).
#include "export/png.hpp"

#include <stb_image_write.h>

#include <stdexcept>
#include <string_view>

#include "export/atomic_file.hpp"

namespace exporter {
namespace {

void append_bytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

}  // namespace

std::vector<std::uint8_t> encode_png(int width_px, int height_px, const std::vector<std::uint8_t>& rgba) {
    // No row filter, rather than stb's trial of all five per row: for this program's flat colours and smooth edges
    // the file is about 10 % smaller and encodes 2 to 3 times faster (a 1920x1080 frame with panels: 575 KB in
    // 206 ms -> 499 KB in 85 ms). The same pixels; stb reads this setting on every call, and it is only ever 0 here.
    stbi_write_force_png_filter = 0;
    std::vector<std::uint8_t> png;
    if (!stbi_write_png_to_func(append_bytes, &png, width_px, height_px, 4, rgba.data(), width_px * 4))
        throw std::runtime_error("PNG encoding failed");
    return png;
}

void write_png(const std::string& path, int width_px, int height_px, const std::vector<std::uint8_t>& rgba) {
    const auto png = encode_png(width_px, height_px, rgba);
    write_file_atomically(path, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
}

}  // namespace exporter
