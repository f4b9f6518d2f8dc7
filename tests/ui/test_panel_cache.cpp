// The compositor keeps unchanged panels' pixels between frames: a frame with kept panels must be the frame drawn whole.
#include <catch2/catch.hpp>

#include "harness.hpp"
#include "render_harness.hpp"

namespace {

constexpr int kWidth = 1366, kHeight = 768;

std::vector<std::uint8_t> frame(app::Compositor& compositor, ui::AppState& app) {
    compositor.compose(app, kWidth, kHeight, true, 1.0 / 60.0);
    std::vector<std::uint8_t> rgba;
    compositor.renderer().read_rgba(rgba);
    return rgba;
}

/// The same state drawn with every panel drawn again.
std::vector<std::uint8_t> whole_frame(app::Compositor& compositor, ui::AppState& app) {
    compositor.forget_panels();
    return frame(compositor, app);
}

long differing_pixels(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
    return test::differing_pixels(a, b, {0.0f, 0.0f, float(kWidth), float(kHeight)}, kWidth);
}

}  // namespace

TEST_CASE("Kept panels give the same pixels as panels drawn again") {
    const auto rig = test::make_compose_rig("panel cache test");
    if (!rig) return;
    app::Compositor* compositor = rig->compositor.get();
    ui::AppState app = test::make_app();
    app.time_h = 0.67;
    for (int i = 0; i < 3; ++i) frame(*compositor, app);  // ImGui lays windows out over a few frames

    SECTION("nothing changed: no panel is drawn") {
        const auto kept = frame(*compositor, app);
        CHECK(compositor->panels_drawn() == 0);
        CHECK(differing_pixels(kept, whole_frame(*compositor, app)) == 0);
    }
    SECTION("the time moved within a stage: only the panels that show it are drawn") {
        app.time_h = 0.70;
        const auto kept = frame(*compositor, app);
        const int drawn = compositor->panels_drawn();
        const auto whole = whole_frame(*compositor, app);
        CHECK(drawn >= 1);
        CHECK(drawn < compositor->panels_drawn());
        CHECK(differing_pixels(kept, whole) == 0);
    }
    SECTION("the stage changed: the frames after it, kept, are the frames drawn whole") {
        app.time_h = 30.0;
        for (int i = 0; i < 3; ++i) frame(*compositor, app);  // the sources panel settles over a frame or two
        const auto kept = frame(*compositor, app);
        CHECK(compositor->panels_drawn() == 0);
        CHECK(differing_pixels(kept, whole_frame(*compositor, app)) == 0);
    }
    SECTION("a floating window opened and closed leaves nothing behind") {
        app.dialogs.open_scenario = true;
        const auto open = frame(*compositor, app);
        app.dialogs.open_scenario = false;
        const auto closed = frame(*compositor, app);
        CHECK(differing_pixels(open, closed) > 1000);
        frame(*compositor, app);  // kept again
        CHECK(compositor->panels_drawn() == 0);
        CHECK(differing_pixels(frame(*compositor, app), whole_frame(*compositor, app)) == 0);
    }
    SECTION("while a floating window stays open, only the panels under it are drawn") {
        app.dialogs.open_scenario = true;
        for (int i = 0; i < 3; ++i) frame(*compositor, app);
        const auto kept = frame(*compositor, app);
        CHECK(compositor->panels_drawn() < 5);
        CHECK(differing_pixels(kept, whole_frame(*compositor, app)) == 0);
    }
    SECTION("a theme change draws every panel") {
        app.view.theme = app.view.theme == scene::Theme::dark ? scene::Theme::light : scene::Theme::dark;
        const auto kept = frame(*compositor, app);
        CHECK(differing_pixels(kept, whole_frame(*compositor, app)) == 0);
    }
}
