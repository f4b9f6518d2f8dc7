// PNG encoding through stb_image_write (Debian's libstb provides the implementation).
#include "export/png.hpp"

#include <stb_image_write.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace exporter {
namespace {

void append_bytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

}  // namespace

std::vector<std::uint8_t> encode_png(int width_px, int height_px, const std::vector<std::uint8_t>& rgba) {
    std::vector<std::uint8_t> png;
    if (!stbi_write_png_to_func(append_bytes, &png, width_px, height_px, 4, rgba.data(), width_px * 4))
        throw std::runtime_error("PNG encoding failed");
    return png;
}

void commit_file(const std::string& tmp, const std::string& path) {
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(tmp.c_str());
        throw std::runtime_error(path + ": cannot write: " + why);
    }
}

void write_png(const std::string& path, int width_px, int height_px, const std::vector<std::uint8_t>& rgba) {
    const auto png = encode_png(width_px, height_px, rgba);
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error(path + ": cannot write: " + std::strerror(errno));
        out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            throw std::runtime_error(path + ": write failed (disk full?)");
        }
    }
    commit_file(tmp, path);
}

}  // namespace exporter
