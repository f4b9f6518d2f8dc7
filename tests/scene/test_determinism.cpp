// Determinism: the frame is a pure function of (state, animation time, seed, options); golden hashes pin it.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "scene_states.hpp"

using namespace scene;

namespace {

const std::string kGoldenPath = std::string(SYNAPSE_SOURCE_DIR) + "/tests/scene/golden_hashes.txt";

std::map<std::string, std::string> read_golden() {
    std::map<std::string, std::string> golden;
    std::ifstream in(kGoldenPath);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string name, hash;
        if (fields >> name >> hash) golden[name] = hash;
    }
    return golden;
}

std::string hex(std::uint64_t h) {
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

std::map<std::string, std::string> current_hashes() {
    std::map<std::string, std::string> out;
    const sim::State rest, peak = scene_test::peak_state(), day = scene_test::day_one_state();
    for (View view : {View::circuit, View::synapse, View::spine, View::receptor, View::signalling}) {
        const std::string id(view_id(view));
        out[id + "_rest_t0"] = hex(frame_hash(build(rest, 0.0, 1, scene_test::options(view))));
        out[id + "_peak_t12.5"] = hex(frame_hash(build(peak, 12.5, 1, scene_test::options(view))));
        ViewOptions light = scene_test::options(view, 3840, 2160);
        light.theme = Theme::light;
        light.text_scale = 2.0f;
        out[id + "_day1_light_4k"] = hex(frame_hash(build(day, 30.0, 42, light)));
    }
    return out;
}

}  // namespace

TEST_CASE("The same inputs always build the same frame") {
    const sim::State s = scene_test::peak_state();
    for (View view : {View::circuit, View::synapse, View::spine, View::receptor, View::signalling}) {
        const auto o = scene_test::options(view);
        CHECK(frame_hash(build(s, 3.25, 17, o)) == frame_hash(build(s, 3.25, 17, o)));
        if (view != View::signalling)  // the signalling close-up is a diagram: nothing in it is random
            CHECK(frame_hash(build(s, 3.25, 17, o)) != frame_hash(build(s, 3.25, 18, o)));  // the seed matters
        CHECK(frame_hash(build(s, 3.25, 17, o)) != frame_hash(build(s, 3.30, 17, o)));  // molecules move
    }
}

TEST_CASE("Golden frame hashes (regenerate with SYNAPSE_UPDATE_GOLDEN=1 after an intended change)") {
    const auto now = current_hashes();
    if (const char* update = std::getenv("SYNAPSE_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::ofstream out(kGoldenPath, std::ios::trunc);
        out << "# Golden scene::frame_hash values (tests/scene/test_determinism.cpp); regenerate with\n"
               "# SYNAPSE_UPDATE_GOLDEN=1 ./test_scene after an intended change to the picture.\n";
        for (const auto& [name, hash] : now) out << name << ' ' << hash << '\n';
        FAIL("rewrote " << kGoldenPath
                        << ": an update never passes; run the tests again without SYNAPSE_UPDATE_GOLDEN");
    }
    const auto golden = read_golden();
    INFO("golden file: " << kGoldenPath);
    INFO("if the picture changed on purpose, run: SYNAPSE_UPDATE_GOLDEN=1 ./test_scene");
    REQUIRE(!golden.empty());
    for (const auto& [name, hash] : now) {
        INFO(name);
        const auto it = golden.find(name);
        REQUIRE(it != golden.end());
        CHECK(it->second == hash);
    }
}
