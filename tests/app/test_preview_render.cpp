// The window composed headless (EGL): the recording-script preview's lower third over its 16:9 picture, an opened
// fact-check and a quote shown in its source. SYNAPSE_PREVIEW_PNG=/path.png or SYNAPSE_DOCS_PNG_DIR=docs/images
// keep the screenshots for a look.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <tuple>

#include "app/compositor.hpp"
#include "app/session_setup.hpp"
#include "export/png.hpp"
#include "render_harness.hpp"
#include "session/view/layout.hpp"
#include "session/recording/script_preview.hpp"
#include "support/support.hpp"
#include "ui/harness.hpp"
#include "ui/preview_panel.hpp"

namespace {

constexpr int kWidth = 1366, kHeight = 768;

std::vector<std::uint8_t> compose(app::Compositor& compositor, session::Session& session, ui::Panels& panels, bool decorate,
                                  int width = kWidth, int height = kHeight) {
    compositor.compose(session, &panels, width, height, 1.0 / 60.0, nullptr,
                       decorate ? app::preview_decorator(session) : app::FrameDecorator{});
    std::vector<std::uint8_t> rgba;
    compositor.renderer().read_rgba(rgba);
    return rgba;
}

/// Writes the frame to $SYNAPSE_DOCS_PNG_DIR/name when that is set.
void keep_for_docs(const std::string& name, int width, int height, const std::vector<std::uint8_t>& rgba) {
    if (const char* dir = std::getenv("SYNAPSE_DOCS_PNG_DIR"))
        exporter::write_png((std::filesystem::path(dir) / name).string(), width, height, rgba);
}

/// The first fact-check on a quote of `stage`, in the order the panel lists them.
const content::FactCheck* first_fact_check(const content::Library& library, std::string_view stage) {
    for (const content::Quote* quote : library.quotes_for_stage(stage))
        if (const auto checks = library.fact_checks_for_quote(quote->id); !checks.empty()) return checks.front();
    return nullptr;
}

}  // namespace

TEST_CASE("the preview draws the script's caption as a lower third over its 16:9 picture") {
    const auto rig = test::make_compose_rig();
    app::Compositor* compositor = rig->compositor.get();
    session::Session session = test::make_app();
    ui::Panels panels;
    ui::show_preview_tab(session, panels);
    REQUIRE(session::open_script_preview(session, test::assets_dir() + "/scripts/ketamine-mechanism.json"));
    session::seek_preview(session, 16.0);  // a caption is on screen
    REQUIRE(session::preview_frame(session)->caption);
    REQUIRE(!app::preview_decorator(session) == false);
    const std::vector<std::uint8_t> plain = compose(*compositor, session, panels, false);
    const std::vector<std::uint8_t> shown = compose(*compositor, session, panels, true);
    const session::Layout layout = session::compute_layout(session::layout_input(session, kWidth, kHeight, 1.0f));
    const scene::Rect picture = session::fit_video_aspect(layout.scene);
    const scene::Rect lower_third{picture.x, picture.y + 0.7f * picture.h, picture.w, 0.25f * picture.h};
    CHECK(test::differing_pixels(plain, shown, lower_third, kWidth) >
          static_cast<long>(0.2f * lower_third.w * lower_third.h));
    const char* keep = std::getenv("SYNAPSE_PREVIEW_PNG");
    const std::string path = keep ? keep : test_support::temp_dir("preview-render") + "/preview.png";
    exporter::write_png(path, kWidth, kHeight, shown);
    CHECK(std::filesystem::file_size(path) > 10000);
    if (!keep) std::filesystem::remove(path);
    session::close_script_preview(session);
    CHECK_FALSE(app::preview_decorator(session));
}

TEST_CASE("an opened fact-check and a quote shown in its source text are drawn, at 1366x768 and 3840x2160") {
    for (const auto& [width, height] : {std::tuple{1366, 768}, std::tuple{3840, 2160}}) {
        const auto rig = test::make_compose_rig(session::headless_display_scale(height));
        app::Compositor* compositor = rig->compositor.get();
        session::Session session = test::make_app();
        ui::Panels panels;
        session.time_h = 0.6;
        panels.sources.pinned_stage = sim::Stage::nmda_block;
        const content::FactCheck* check = first_fact_check(*session.content, "nmda_block");
        REQUIRE(check);
        const std::string size = "-" + std::to_string(width) + ".png";
        const std::vector<std::uint8_t> closed = compose(*compositor, session, panels, false, width, height);
        panels.sources.open_factcheck_id = check->id;
        const std::vector<std::uint8_t> opened = compose(*compositor, session, panels, false, width, height);
        const scene::Rect right_panel{0.75f * width, 0.05f * height, 0.25f * width - 1.0f, 0.55f * height};
        CHECK(test::differing_pixels(closed, opened, right_panel, width) >
              static_cast<long>(0.02f * right_panel.w * right_panel.h));
        keep_for_docs("ui-factcheck-panel" + size, width, height, opened);
        panels.sources.open_quote_id = check->quote_id;
        panels.sources.scroll_to_quote = true;
        const std::vector<std::uint8_t> in_source = compose(*compositor, session, panels, false, width, height);
        const scene::Rect centre{0.3f * width, 0.2f * height, 0.4f * width, 0.4f * height};
        CHECK(test::differing_pixels(opened, in_source, centre, width) > static_cast<long>(0.2f * centre.w * centre.h));
        keep_for_docs("ui-factcheck" + size, width, height, in_source);
    }
}
