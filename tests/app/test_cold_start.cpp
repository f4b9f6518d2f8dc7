// No frame depends on the one before it: the first frame after a cold start is the frame the tenth would be.
#include <catch2/catch.hpp>

#include "render_harness.hpp"
#include "session/view/layout.hpp"
#include "ui/harness.hpp"

namespace {

std::vector<std::uint8_t> composed(app::Compositor& compositor, session::Session& session, ui::Panels* panels, int w,
                                   int h) {
    compositor.compose(session, panels, w, h, 1.0 / 60.0);
    std::vector<std::uint8_t> rgba;
    compositor.renderer().read_rgba(rgba);
    return rgba;
}

}  // namespace

TEST_CASE("a cold start's first frame equals its tenth, with and without panels, in each view and mode") {
    for (const auto& [w, h] : {std::pair{1366, 768}, std::pair{1920, 1080}}) {
        for (const int mode : {0, 1, 2}) {  // panels, presenter mode, scene only
            for (const scene::View view : {scene::View::circuit, scene::View::synapse, scene::View::spine}) {
                INFO(w << "x" << h << " mode " << mode << " view " << scene::view_id(view));
                const auto rig = test::make_compose_rig(session::headless_display_scale(h));
                session::Session session = test::make_app();
                session.time_h = 0.67;
                session.view.view = session.shown_view = view;
                session.presenter = mode == 1;
                ui::Panels panels;
                ui::Panels* shown = mode == 2 ? nullptr : &panels;
                const std::vector<std::uint8_t> first = composed(*rig->compositor, session, shown, w, h);
                for (int i = 0; i < 8; ++i) rig->compositor->compose(session, shown, w, h, 1.0 / 60.0);
                rig->compositor->forget_panels();  // the tenth drawn whole, not from kept panels
                const std::vector<std::uint8_t> tenth = composed(*rig->compositor, session, shown, w, h);
                CHECK(test::differing_pixels(first, tenth, {0.0f, 0.0f, float(w), float(h)}, w) == 0);
            }
        }
    }
}
