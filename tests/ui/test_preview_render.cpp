// The recording-script preview composed headless (EGL) at 1366x768: the lower third over the 16:9 picture.
// Set SYNAPSE_PREVIEW_PNG=/path.png to keep the screenshot for a look.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "app/compositor.hpp"
#include "app/session.hpp"
#include "export/png.hpp"
#include "harness.hpp"
#include "render/gl_context.hpp"
#include "ui/preview_panel.hpp"
#include "ui/script_preview.hpp"

namespace {

constexpr int kWidth = 1366, kHeight = 768;

std::vector<std::uint8_t> compose(app::Compositor& compositor, ui::AppState& app, bool decorate) {
    for (int i = 0; i < 3; ++i)  // ImGui lays windows out over a few frames
        compositor.compose(app, kWidth, kHeight, true, 1.0 / 60.0, nullptr,
                           decorate ? app::preview_decorator(app) : app::FrameDecorator{});
    std::vector<std::uint8_t> rgba;
    compositor.renderer().read_rgba(rgba);
    return rgba;
}

/// How many pixels differ between two images inside the rectangle (x, y, w, h).
long differing(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b, const std::array<float, 4>& r) {
    long n = 0;
    for (int y = static_cast<int>(r[1]); y < static_cast<int>(r[1] + r[3]); ++y)
        for (int x = static_cast<int>(r[0]); x < static_cast<int>(r[0] + r[2]); ++x) {
            const std::size_t i = (static_cast<std::size_t>(y) * kWidth + static_cast<std::size_t>(x)) * 4;
            n += a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2];
        }
    return n;
}

}  // namespace

TEST_CASE("the preview draws the script's caption as a lower third over its 16:9 picture") {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    if (!context) {
        WARN("no headless GL context (" << error << "): preview render skipped");
        return;
    }
    auto compositor = app::Compositor::create(app::default_fonts(), 1.0f, error);
    REQUIRE(compositor);
    ui::AppState app = test::make_app();
    ui::show_preview_tab(app);
    REQUIRE(ui::open_script_preview(app, test::assets_dir() + "/scripts/ketamine-mechanism.json"));
    ui::seek_preview(app, 16.0);  // a caption is on screen
    REQUIRE(ui::preview_frame(app)->caption);
    REQUIRE(!app::preview_decorator(app) == false);
    const std::vector<std::uint8_t> plain = compose(*compositor, app, false);
    const std::vector<std::uint8_t> shown = compose(*compositor, app, true);
    REQUIRE(ui::preview_video_rect(app));
    const std::array<float, 4> picture = *ui::preview_video_rect(app);
    const std::array<float, 4> lower_third{picture[0], picture[1] + 0.7f * picture[3], picture[2], 0.25f * picture[3]};
    CHECK(differing(plain, shown, lower_third) > static_cast<long>(0.2f * lower_third[2] * lower_third[3]));
    const char* keep = std::getenv("SYNAPSE_PREVIEW_PNG");
    const std::string path =
        keep ? keep : (std::filesystem::temp_directory_path() / "synapse-preview-test.png").string();
    exporter::write_png(path, kWidth, kHeight, shown);
    CHECK(std::filesystem::file_size(path) > 10000);
    if (!keep) std::filesystem::remove(path);
    ui::close_script_preview(app);
    CHECK_FALSE(app::preview_decorator(app));
}
