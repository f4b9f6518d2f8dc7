// Draws the program's icon from one list of shapes: writes it as SVG and rasterises it to PNGs (build-time tool).
//
// The mark, on a 64-unit grid whose edges fall on whole pixels at 16 px: a dark rounded square; above, a
// presynaptic terminal (a sky-blue half disc, flat side down); below, the postsynaptic spine (an orange half disc,
// flat side up); in the cleft between them, three yellow glutamate dots. The colours are the scene's (Okabe-Ito).
//
//   synapse_make_icon OUT_DIR SIZE...   ->  OUT_DIR/synapse-lab.svg and OUT_DIR/synapse-lab-SIZE.png for each SIZE
#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

struct Rgb {
    std::uint8_t r, g, b;
};

enum class Kind { rounded_square, half_disc_up, half_disc_down, disc };

/// One shape in grid units (0..64, y down). half_disc_up: the half above its centre line (flat side down).
struct Shape {
    Kind kind;
    double cx, cy, r;  ///< centre and radius (rounded_square: corner radius; it fills the whole grid)
    Rgb color;
};

constexpr double kGrid = 64.0;
constexpr Rgb kBackground{0x14, 0x16, 0x1c}, kSkyBlue{0x56, 0xb4, 0xe9}, kOrange{0xe6, 0x9f, 0x00},
    kYellow{0xf0, 0xe4, 0x42};

const std::vector<Shape>& shapes() {
    static const std::vector<Shape> kShapes = {
        {Kind::rounded_square, 32, 32, 12, kBackground},
        {Kind::half_disc_up, 32, 24, 20, kSkyBlue},   // presynaptic terminal: y 4..24
        {Kind::half_disc_down, 32, 40, 20, kOrange},  // postsynaptic spine head: y 40..60
        {Kind::disc, 20, 32, 4, kYellow},             // glutamate in the cleft
        {Kind::disc, 32, 32, 4, kYellow},
        {Kind::disc, 44, 32, 4, kYellow},
    };
    return kShapes;
}

bool inside(const Shape& s, double x, double y) {
    const double dx = x - s.cx, dy = y - s.cy;
    switch (s.kind) {
        case Kind::rounded_square: {
            const double qx = std::max(std::abs(dx) - (kGrid / 2 - s.r), 0.0);
            const double qy = std::max(std::abs(dy) - (kGrid / 2 - s.r), 0.0);
            return qx * qx + qy * qy <= s.r * s.r;
        }
        case Kind::half_disc_up: return dy <= 0 && dx * dx + dy * dy <= s.r * s.r;
        case Kind::half_disc_down: return dy >= 0 && dx * dx + dy * dy <= s.r * s.r;
        case Kind::disc: return dx * dx + dy * dy <= s.r * s.r;
    }
    return false;
}

std::string hex(Rgb c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

std::string svg() {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">\n"
        "  <title>Synapse Lab</title>\n";
    for (const Shape& s : shapes()) {
        const std::string fill = "fill=\"" + hex(s.color) + "\"";
        const int cx = static_cast<int>(s.cx), cy = static_cast<int>(s.cy), r = static_cast<int>(s.r);
        switch (s.kind) {
            case Kind::rounded_square:
                out += "  <rect width=\"64\" height=\"64\" rx=\"" + std::to_string(r) + "\" " + fill + "/>\n";
                break;
            case Kind::half_disc_up:
            case Kind::half_disc_down: {
                const std::string sweep = s.kind == Kind::half_disc_up ? "1" : "0";
                out += "  <path d=\"M" + std::to_string(cx - r) + " " + std::to_string(cy) + " A" + std::to_string(r) +
                       " " + std::to_string(r) + " 0 0 " + sweep + " " + std::to_string(cx + r) + " " +
                       std::to_string(cy) + " Z\" " + fill + "/>\n";
                break;
            }
            case Kind::disc:
                out += "  <circle cx=\"" + std::to_string(cx) + "\" cy=\"" + std::to_string(cy) + "\" r=\"" +
                       std::to_string(r) + "\" " + fill + "/>\n";
                break;
        }
    }
    return out + "</svg>\n";
}

/// RGBA8 at size x size pixels: 8x8 samples per pixel, each shape painted over the ones before it.
std::vector<std::uint8_t> raster(int size) {
    constexpr int kSamples = 8;
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(size) * size * 4);
    const double unit = kGrid / size;
    for (int py = 0; py < size; ++py)
        for (int px = 0; px < size; ++px) {
            double r = 0, g = 0, b = 0, a = 0;  // premultiplied sums over the samples
            for (int sy = 0; sy < kSamples; ++sy)
                for (int sx = 0; sx < kSamples; ++sx) {
                    const double x = (px + (sx + 0.5) / kSamples) * unit, y = (py + (sy + 0.5) / kSamples) * unit;
                    const Shape* top = nullptr;
                    for (const Shape& s : shapes())
                        if (inside(s, x, y)) top = &s;
                    if (!top) continue;
                    r += top->color.r, g += top->color.g, b += top->color.b, a += 1;
                }
            std::uint8_t* p = &rgba[(static_cast<std::size_t>(py) * size + px) * 4];
            const double n = kSamples * kSamples;
            p[0] = static_cast<std::uint8_t>(a > 0 ? std::lround(r / a) : 0);
            p[1] = static_cast<std::uint8_t>(a > 0 ? std::lround(g / a) : 0);
            p[2] = static_cast<std::uint8_t>(a > 0 ? std::lround(b / a) : 0);
            p[3] = static_cast<std::uint8_t>(std::lround(255.0 * a / n));
        }
    return rgba;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: synapse_make_icon OUT_DIR SIZE...\n");
        return 2;
    }
    const std::string dir = argv[1];
    std::ofstream(dir + "/synapse-lab.svg") << svg();
    for (int i = 2; i < argc; ++i) {
        const int size = std::atoi(argv[i]);
        if (size < 8 || size > 1024) {
            std::fprintf(stderr, "synapse_make_icon: size %s out of 8..1024\n", argv[i]);
            return 2;
        }
        const std::string path = dir + "/synapse-lab-" + std::to_string(size) + ".png";
        if (!stbi_write_png(path.c_str(), size, size, 4, raster(size).data(), size * 4)) {
            std::fprintf(stderr, "synapse_make_icon: cannot write %s\n", path.c_str());
            return 1;
        }
    }
    return 0;
}
