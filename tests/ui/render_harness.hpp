// Test harness for composed frames: a headless GL context with a compositor, and pixel comparisons of read-back frames.
#pragma once
#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/compositor.hpp"
#include "app/session.hpp"
#include "render/gl_context.hpp"

namespace test {

/// A current headless GL context and a compositor on it (the context must outlive the compositor).
struct ComposeRig {
    std::unique_ptr<render::HeadlessContext> context;
    std::unique_ptr<app::Compositor> compositor;
};

/// The rig, or nullptr after a WARN naming `what` as skipped when this machine has no headless GL.
inline std::unique_ptr<ComposeRig> make_compose_rig(const char* what) {
    std::string error;
    auto rig = std::make_unique<ComposeRig>();
    rig->context = render::HeadlessContext::create(error);
    if (!rig->context) {
        WARN("no headless GL context (" << error << "): " << what << " skipped");
        return nullptr;
    }
    rig->compositor = app::Compositor::create(app::default_fonts(), 1.0f, error);
    REQUIRE(rig->compositor);
    return rig;
}

/// How many pixels differ (in colour) between two RGBA images `width` wide, inside the rectangle (x, y, w, h).
inline long differing_pixels(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b,
                             const std::array<float, 4>& r, int width) {
    REQUIRE(a.size() == b.size());
    long n = 0;
    for (int y = static_cast<int>(r[1]); y < static_cast<int>(r[1] + r[3]); ++y)
        for (int x = static_cast<int>(r[0]); x < static_cast<int>(r[0] + r[2]); ++x) {
            const std::size_t i = (static_cast<std::size_t>(y) * width + static_cast<std::size_t>(x)) * 4;
            n += a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2];
        }
    return n;
}

}  // namespace test
