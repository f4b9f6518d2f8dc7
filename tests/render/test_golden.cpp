// Renders the views headless and compares them with reference PNGs in tests/render/golden/, with a tolerance.
#include <catch2/catch.hpp>

#include <stb_image.h>
#include <stb_image_write.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "../scene/scene_states.hpp"
#include "render/gl_context.hpp"
#include "render/renderer.hpp"
#include "scene/scene.hpp"

namespace {

using scene_test::day_one_state;
using scene_test::peak_state;

const std::string kGoldenDir = std::string(SYNAPSE_SOURCE_DIR) + "/tests/render/golden/";
const std::string kActualDir = std::string(SYNAPSE_BINARY_DIR) + "/golden_actual/";
constexpr int kW = 640, kH = 360;
constexpr int kChannelTolerance = 24;            ///< per channel, of 255
constexpr double kMaxDifferingFraction = 0.004;  ///< of all pixels

struct Case {
    const char* name;
    scene::View view;
    scene::Theme theme;
    sim::State state;
    double anim_s;
    sim::Experiments experiments;
    bool receptor_split = false;
    sim::Drug drug = sim::Drug::racemic;
};

std::vector<std::uint8_t> draw_case(render::Renderer& r, const Case& c) {
    scene::ViewOptions o;
    o.view = c.view;
    o.theme = c.theme;
    o.width_px = kW;
    o.height_px = kH;
    o.text_scale = 0.75f;
    o.experiments = c.experiments;
    o.receptor_split = c.receptor_split;
    o.drug = c.drug;
    r.draw(scene::build(c.state, c.anim_s, 1, o), kW, kH);
    std::vector<std::uint8_t> rgba;
    r.read_rgba(rgba);
    return rgba;
}

/// Fraction of pixels where any channel differs by more than the tolerance.
double differing_fraction(const std::vector<std::uint8_t>& a, const std::uint8_t* b) {
    std::size_t bad = 0;
    for (std::size_t i = 0; i < a.size(); i += 4) {
        int worst = 0;
        for (std::size_t c = 0; c < 4; ++c) worst = std::max(worst, std::abs(int(a[i + c]) - int(b[i + c])));
        bad += worst > kChannelTolerance ? 1 : 0;
    }
    return static_cast<double>(bad) / static_cast<double>(a.size() / 4);
}

bool updating() {
    const char* v = std::getenv("SYNAPSE_UPDATE_GOLDEN");
    return v && std::string(v) == "1";
}

}  // namespace

TEST_CASE("Views match their reference images (regenerate with SYNAPSE_UPDATE_GOLDEN=1)") {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    INFO(error);
    REQUIRE(context);
    auto renderer = render::Renderer::create(error);
    REQUIRE(renderer);
    const Case cases[] = {
        {"synapse_40min_dark", scene::View::synapse, scene::Theme::dark, peak_state(), 12.5, {}},
        {"circuit_40min_dark", scene::View::circuit, scene::Theme::dark, peak_state(), 12.5, {}},
        {"spine_24h_light", scene::View::spine, scene::Theme::light, day_one_state(), 3.0, {}},
        {"synapse_rest_light", scene::View::synapse, scene::Theme::light, sim::State{}, 0.0, {}},
        {"receptor_40min_dark", scene::View::receptor, scene::Theme::dark, peak_state(), 12.5, {}},
        {"signalling_40min_rapamycin_light",
         scene::View::signalling,
         scene::Theme::light,
         peak_state(),
         12.5,
         {.rapamycin = true}},
        {"receptor_split_40min_esketamine_light",
         scene::View::receptor,
         scene::Theme::light,
         peak_state(),
         12.5,
         {},
         true,
         sim::Drug::esketamine},
    };
    std::filesystem::create_directories(kActualDir);
    for (const Case& c : cases) {
        const std::vector<std::uint8_t> actual = draw_case(*renderer, c);
        const std::string golden = kGoldenDir + c.name + ".png", written = kActualDir + c.name + ".png";
        stbi_write_png(written.c_str(), kW, kH, 4, actual.data(), kW * 4);
        if (updating()) {
            std::filesystem::copy_file(written, golden, std::filesystem::copy_options::overwrite_existing);
            WARN("rewrote " << golden);
            continue;
        }
        int w = 0, h = 0, channels = 0;
        std::uint8_t* expected = stbi_load(golden.c_str(), &w, &h, &channels, 4);
        INFO(c.name << ": reference " << golden << ", this run " << written);
        INFO("if the picture changed on purpose: SYNAPSE_UPDATE_GOLDEN=1 ./test_render, then look at the PNGs");
        REQUIRE(expected);
        CHECK(w == kW);
        CHECK(h == kH);
        if (w == kW && h == kH) CHECK(differing_fraction(actual, expected) <= kMaxDifferingFraction);
        stbi_image_free(expected);
    }
    // An update never leaves a green run behind it: look at the PNGs, then run again to compare.
    if (updating())
        FAIL("golden images rewritten: look at them, then run the tests again without SYNAPSE_UPDATE_GOLDEN");
}

TEST_CASE("The cached backdrop gives the same pixels as a fresh renderer") {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    REQUIRE(context);
    auto warm = render::Renderer::create(error);
    auto fresh = render::Renderer::create(error);
    REQUIRE(warm);
    REQUIRE(fresh);
    const Case first{"a", scene::View::synapse, scene::Theme::dark, sim::State{}, 1.0, {}};
    const Case second{"b", scene::View::synapse, scene::Theme::dark, peak_state(), 5.0, {}};
    draw_case(*warm, first);  // fills the cache with the same backdrop
    const auto reused = draw_case(*warm, second);
    const auto drawn = draw_case(*fresh, second);
    CHECK(reused == drawn);
    const Case other{"c", scene::View::circuit, scene::Theme::dark, peak_state(), 5.0, {}};
    CHECK(draw_case(*warm, other) == draw_case(*fresh, other));  // a new backdrop replaces the cache
}

TEST_CASE("Labels are drawn as text with a halo, and a transparent frame reads back with alpha") {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    REQUIRE(context);
    auto renderer = render::Renderer::create(error);
    REQUIRE(renderer);
    scene::SceneFrame f;
    f.background = {0.0f, 0.0f, 0.0f, 0.0f};
    scene::Label l;
    l.text = "NMDA";
    l.screen_space = true;
    l.anchor = {100.0f, 50.0f};
    l.size_px = 40.0f;
    l.color = {1.0f, 1.0f, 1.0f, 1.0f};
    l.halo = {0.0f, 0.0f, 1.0f, 1.0f};
    f.labels.push_back(l);
    renderer->draw(f, 200, 100);
    std::vector<std::uint8_t> rgba;
    renderer->read_rgba(rgba);
    int white = 0, blue = 0, clear = 0;
    for (std::size_t i = 0; i < rgba.size(); i += 4) {
        white += rgba[i] > 200 && rgba[i + 2] > 200 && rgba[i + 3] > 200 ? 1 : 0;
        blue += rgba[i] < 60 && rgba[i + 2] > 200 && rgba[i + 3] > 200 ? 1 : 0;
        clear += rgba[i + 3] == 0 ? 1 : 0;
    }
    CHECK(white > 150);  // glyphs
    CHECK(blue > 100);   // halo around them
    CHECK(clear > 200 * 100 / 2);
    CHECK(rgba[3] == 0);  // the corner stays transparent
}
