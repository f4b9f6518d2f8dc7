// A PNG decoded to RGBA for the program's end-to-end tests (stb_image): its size and pixels, empty on failure.
#pragma once
#include <stb_image.h>

#include <memory>
#include <string>

namespace test {

struct Image {
    int width = 0, height = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, stbi_image_free};
};

inline Image load_png(const std::string& path) {
    Image img;
    int channels = 0;
    img.pixels.reset(stbi_load(path.c_str(), &img.width, &img.height, &channels, 4));
    return img;
}

}  // namespace test
