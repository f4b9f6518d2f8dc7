// The About page names the program's version: project(VERSION) in CMakeLists.txt, as --version and the package do.
#include <catch2/catch.hpp>

#include <string>

#include "harness.hpp"
#include "ui/sources_panel.hpp"

namespace {

/// Every text the sources panel draws in one frame (in a window of its own, with ImGui's text log on).
std::string sources_panel_text(session::Session& session, ui::Panels& panels) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ImGui::SetNextWindowSize(ImVec2(500.0f, 700.0f));
    ImGui::Begin("sources under test");
    ImGui::LogToBuffer();  // logging ends at the End() of a top-level window: this one, after the panel
    panels.sources.tab_requested = true;
    ui::draw_sources_panel(session, panels);
    const std::string text = ImGui::GetCurrentContext()->LogBuffer.c_str();
    ImGui::LogFinish();
    ImGui::End();
    ImGui::Render();
    return text;
}

}  // namespace

TEST_CASE("the About page shows the version that CMake's project(VERSION) gives") {
    session::Session session = test::make_app();
    test::Harness h;
    REQUIRE(session.content);
    h.panels.sources.tab = ui::RightTab::about;
    sources_panel_text(session, h.panels);  // a new tab bar selects the asked tab in its first frame
    const std::string shown = sources_panel_text(session, h.panels);
    CHECK(shown.find("About the science") != std::string::npos);
    CHECK(shown.find("Synapse Lab " SYNAPSE_PROJECT_VERSION) != std::string::npos);
}
