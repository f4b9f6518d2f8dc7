// Test harness for composed frames: a headless GL context with a compositor, and pixel comparisons of read-back frames.
#pragma once
#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/compositor.hpp"
#include "app/session_setup.hpp"
#include "render/gl_context.hpp"

namespace test {

/// A current headless GL context and a compositor on it (the context must outlive the compositor).
struct ComposeRig {
    std::unique_ptr<render::HeadlessContext> context;
    std::unique_ptr<app::Compositor> compositor;
};

/// The rig; a machine without headless GL fails the test (scripts/deps.sh installs Mesa's EGL).
inline std::unique_ptr<ComposeRig> make_compose_rig(float display_scale = 1.0f) {
    std::string error;
    auto rig = std::make_unique<ComposeRig>();
    rig->context = render::HeadlessContext::create(error);
    INFO(error);
    REQUIRE(rig->context);
    rig->compositor = app::Compositor::create(app::default_fonts(), display_scale, error);
    REQUIRE(rig->compositor);
    return rig;
}

/// How many pixels differ (in colour) between two RGBA images `width` wide, inside `r`.
inline long differing_pixels(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b,
                             const scene::Rect& r, int width) {
    REQUIRE(a.size() == b.size());
    long n = 0;
    for (int y = static_cast<int>(r.y); y < static_cast<int>(r.bottom()); ++y)
        for (int x = static_cast<int>(r.x); x < static_cast<int>(r.right()); ++x) {
            const std::size_t i = (static_cast<std::size_t>(y) * width + static_cast<std::size_t>(x)) * 4;
            n += a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2];
        }
    return n;
}

}  // namespace test
