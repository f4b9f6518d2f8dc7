// Draws known scenes headless and checks the pixels: colours, positions, antialiased edges, resizing.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "render/gl_context.hpp"
#include "render/renderer.hpp"

namespace {

struct Pixel {
    int r, g, b, a;
};

Pixel pixel_at(const std::vector<std::uint8_t>& rgba, int width, int x, int y) {
    const std::size_t i =
        (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]};
}

/// A red circle of radius 2.1 at (-5, 0) and a blue box at (5, 0) on black, camera half height 10.
scene::SceneFrame known_scene() {
    scene::SceneFrame f;
    f.background = {0.0f, 0.0f, 0.0f, 1.0f};
    f.camera.half_height = 10.0f;
    scene::Instance circle;
    circle.center = {-5.0f, 0.0f};
    circle.half_size = {2.1f, 2.1f};
    circle.fill = {1.0f, 0.0f, 0.0f, 1.0f};
    f.instances.push_back(circle);
    scene::Instance box;
    box.shape = scene::Shape::box;
    box.center = {5.0f, 5.0f};
    box.half_size = {1.0f, 1.0f};
    box.fill = {0.0f, 0.0f, 1.0f, 1.0f};
    f.instances.push_back(box);
    return f;
}

}  // namespace

TEST_CASE("A known scene renders the expected pixels headless") {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    INFO(error);
    REQUIRE(context);
    auto renderer = render::Renderer::create(error);
    INFO(error);
    REQUIRE(renderer);

    const int w = 200, h = 100;  // 5 px per world unit; world x in [-20, 20], y in [-10, 10]
    renderer->draw(known_scene(), w, h);
    std::vector<std::uint8_t> rgba;
    renderer->read_rgba(rgba);
    REQUIRE(rgba.size() == static_cast<std::size_t>(w * h * 4));

    // Circle centre (-5, 0) -> pixel (75, 50): red.
    const Pixel red = pixel_at(rgba, w, 75, 50);
    CHECK(red.r > 250);
    CHECK(red.g < 5);
    CHECK(red.b < 5);
    // Outside the circle, 3 units right of its centre (pixel 90, 50): background.
    CHECK(pixel_at(rgba, w, 90, 50).r < 5);
    // Box at (5, 5) -> pixel (125, 25) (rows top to bottom): blue.
    const Pixel blue = pixel_at(rgba, w, 125, 25);
    CHECK(blue.b > 250);
    CHECK(blue.r < 5);
    // The same box mirrored below the axis is absent: the image is not upside down.
    CHECK(pixel_at(rgba, w, 125, 75).b < 5);
    // The circle's edge is antialiased: a pixel straddling the radius is partly red.
    const Pixel edge = pixel_at(rgba, w, 85, 50);  // centre at x = -2.9 world, exactly on the edge
    CHECK(edge.r > 40);
    CHECK(edge.r < 215);
}

TEST_CASE("The offscreen target follows the requested size") {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    REQUIRE(context);
    auto renderer = render::Renderer::create(error);
    REQUIRE(renderer);
    renderer->draw(known_scene(), 64, 48);
    CHECK(renderer->width_px() == 64);
    renderer->draw(known_scene(), 320, 200);
    std::vector<std::uint8_t> rgba;
    renderer->read_rgba(rgba);
    CHECK(rgba.size() == 320u * 200u * 4u);
    CHECK(pixel_at(rgba, 320, 160 - 40, 100).r > 250);  // circle centre: 8 px per unit -> x = 160 - 5*8
}
