// The compositor keeps unchanged panels' pixels between frames: a frame with kept panels must be the frame drawn whole.
#include <catch2/catch.hpp>

#include "render_harness.hpp"
#include "ui/harness.hpp"

namespace {

constexpr int kWidth = 1366, kHeight = 768;

std::vector<std::uint8_t> frame(app::Compositor& compositor, session::Session& session, ui::Panels& panels) {
    compositor.compose(session, &panels, kWidth, kHeight, 1.0 / 60.0);
    std::vector<std::uint8_t> rgba;
    compositor.renderer().read_rgba(rgba);
    return rgba;
}

/// The same state drawn with every panel drawn again.
std::vector<std::uint8_t> whole_frame(app::Compositor& compositor, session::Session& session, ui::Panels& panels) {
    compositor.forget_panels();
    return frame(compositor, session, panels);
}

long differing_pixels(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
    return test::differing_pixels(a, b, {0.0f, 0.0f, float(kWidth), float(kHeight)}, kWidth);
}

}  // namespace

TEST_CASE("Kept panels give the same pixels as panels drawn again") {
    const auto rig = test::make_compose_rig();
    app::Compositor* compositor = rig->compositor.get();
    session::Session session = test::make_app();
    ui::Panels panels;
    session.time_h = 0.67;
    for (int i = 0; i < 3; ++i) frame(*compositor, session, panels);  // ImGui lays windows out over a few frames

    SECTION("nothing changed: no panel is drawn") {
        const auto kept = frame(*compositor, session, panels);
        CHECK(compositor->panels_drawn() == 0);
        CHECK(differing_pixels(kept, whole_frame(*compositor, session, panels)) == 0);
    }
    SECTION("the time moved within a stage: only the panels that show it are drawn") {
        session.time_h = 0.70;
        const auto kept = frame(*compositor, session, panels);
        const int drawn = compositor->panels_drawn();
        const auto whole = whole_frame(*compositor, session, panels);
        CHECK(drawn >= 1);
        CHECK(drawn < compositor->panels_drawn());
        CHECK(differing_pixels(kept, whole) == 0);
    }
    SECTION("the stage changed: the frames after it, kept, are the frames drawn whole") {
        session.time_h = 30.0;
        for (int i = 0; i < 3; ++i) frame(*compositor, session, panels);  // the sources panel settles over a frame or two
        const auto kept = frame(*compositor, session, panels);
        CHECK(compositor->panels_drawn() == 0);
        CHECK(differing_pixels(kept, whole_frame(*compositor, session, panels)) == 0);
    }
    SECTION("a floating window opened and closed leaves nothing behind") {
        panels.dialogs.open_scenario = true;
        const auto open = frame(*compositor, session, panels);
        panels.dialogs.open_scenario = false;
        const auto closed = frame(*compositor, session, panels);
        CHECK(differing_pixels(open, closed) > 1000);
        frame(*compositor, session, panels);  // kept again
        CHECK(compositor->panels_drawn() == 0);
        CHECK(differing_pixels(frame(*compositor, session, panels), whole_frame(*compositor, session, panels)) == 0);
    }
    SECTION("while a floating window stays open, only the panels under it are drawn") {
        panels.dialogs.open_scenario = true;
        for (int i = 0; i < 3; ++i) frame(*compositor, session, panels);
        const auto kept = frame(*compositor, session, panels);
        CHECK(compositor->panels_drawn() < 5);
        CHECK(differing_pixels(kept, whole_frame(*compositor, session, panels)) == 0);
    }
    SECTION("a theme change draws every panel") {
        session.view.theme = session.view.theme == scene::Theme::dark ? scene::Theme::light : scene::Theme::dark;
        const auto kept = frame(*compositor, session, panels);
        CHECK(differing_pixels(kept, whole_frame(*compositor, session, panels)) == 0);
    }
}
