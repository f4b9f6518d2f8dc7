// Headless screenshots with no display: the PNG decodes at the asked size and shows the scene (and the UI).
#include <catch2/catch.hpp>

#include <memory>
#include <set>

#include "png_image.hpp"
#include "support/support.hpp"

using namespace test_support;

namespace {

using test::Image;
using test::load_png;

/// Number of distinct colours in the image (a blank or uniform frame has 1).
std::size_t distinct_colours(const Image& img) {
    std::set<std::uint32_t> colours;
    const auto* p = reinterpret_cast<const std::uint32_t*>(img.pixels.get());
    for (int i = 0; i < img.width * img.height; i += 7) colours.insert(p[i]);
    return colours.size();
}

/// Fraction of pixels that differ between two images of the same size.
double fraction_different(const Image& a, const Image& b) {
    const auto* pa = reinterpret_cast<const std::uint32_t*>(a.pixels.get());
    const auto* pb = reinterpret_cast<const std::uint32_t*>(b.pixels.get());
    int differ = 0;
    for (int i = 0; i < a.width * a.height; ++i) differ += pa[i] != pb[i];
    return static_cast<double>(differ) / (a.width * a.height);
}

}  // namespace

TEST_CASE("Screenshots render headless at the requested size, with and without the UI") {
    const std::string dir = temp_dir("screenshot");
    const RunResult with_ui = run_synapse_lab("--screenshot " + dir + "/ui.png --size 640x360 --at 40min");
    INFO(with_ui.stderr_text);
    REQUIRE(with_ui.exit_code == 0);
    const RunResult no_ui = run_synapse_lab("--screenshot " + dir + "/scene.png --size 640x360 --at 40min --no-ui");
    REQUIRE(no_ui.exit_code == 0);
    CHECK_FALSE(file_exists(dir + "/ui.png.tmp"));

    const Image ui = load_png(dir + "/ui.png");
    const Image scene = load_png(dir + "/scene.png");
    REQUIRE(ui.pixels);
    REQUIRE(scene.pixels);
    CHECK(ui.width == 640);
    CHECK(ui.height == 360);
    CHECK(distinct_colours(scene) > 8);           // a picture, not a cleared frame
    CHECK(fraction_different(ui, scene) > 0.05);  // the panels are drawn on top
}

TEST_CASE("Screenshots are deterministic") {
    const std::string dir = temp_dir("determinism");
    for (const char* name : {"a", "b"})
        REQUIRE(run_synapse_lab("--screenshot " + dir + "/" + name + ".png --size 320x180 --at 2h --no-ui").exit_code ==
                0);
    const Image a = load_png(dir + "/a.png");
    const Image b = load_png(dir + "/b.png");
    REQUIRE(a.pixels);
    REQUIRE(b.pixels);
    CHECK(fraction_different(a, b) == 0.0);
}

TEST_CASE("Screenshots with the differences between people are deterministic and show the bands") {
    const std::string dir = temp_dir("population");
    const std::string common = " --size 960x540 --at 4h";
    for (const char* name : {"a", "b"})
        REQUIRE(run_synapse_lab("--screenshot " + dir + "/" + name + ".png" + common + " --open people=1").exit_code ==
                0);
    REQUIRE(run_synapse_lab("--screenshot " + dir + "/typical.png" + common).exit_code == 0);
    REQUIRE(
        run_synapse_lab("--screenshot " + dir + "/person.png" + common + " --open 'people=1&person=slow'").exit_code ==
        0);
    const Image a = load_png(dir + "/a.png");
    const Image b = load_png(dir + "/b.png");
    const Image typical = load_png(dir + "/typical.png");
    const Image person = load_png(dir + "/person.png");
    REQUIRE(a.pixels);
    REQUIRE(b.pixels);
    REQUIRE(typical.pixels);
    REQUIRE(person.pixels);
    CHECK(fraction_different(a, b) == 0.0);         // the bands are complete in every screenshot
    CHECK(fraction_different(a, typical) > 0.002);  // and drawn
    CHECK(fraction_different(person, a) > 0.002);   // the slow metaboliser's run: another scene and lines
}
