// Panels (foundation version): scenario summary, timeline, view and display settings.
#include "ui/ui.hpp"

#include <imgui.h>

#include <cstdio>

#include "sim/stage.hpp"

namespace ui {

void load_fonts(const FontPaths& fonts, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFont* font = nullptr;
    if (!fonts.regular.empty()) {
        ImFontConfig config;
        config.OversampleH = 2;
        config.OversampleV = 2;
        font = io.Fonts->AddFontFromFileTTF(fonts.regular.c_str(), 17.0f * scale, &config);
    }
    if (!font) {
        ImFontConfig config;
        config.SizePixels = 13.0f * scale;
        io.Fonts->AddFontDefault(&config);
    }
    io.Fonts->Build();
}

void apply_style(scene::Theme theme, float scale) {
    ImGuiStyle style;
    if (theme == scene::Theme::dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

namespace {

void draw_timeline(AppState& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float height = ImGui::GetFrameHeightWithSpacing() * 2.0f + ImGui::GetStyle().WindowPadding.y * 2.0f;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
    ImGui::Begin("Timeline", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    if (ImGui::Button(app.playing ? "Pause" : "Play")) app.playing = !app.playing;
    ImGui::SameLine();
    float hours = static_cast<float>(app.time_h);
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderFloat("##time", &hours, 0.0f, static_cast<float>(app.trajectory.duration_h()), "%.2f h"))
        app.time_h = hours;
    const sim::State s = app.trajectory.at(app.time_h);
    ImGui::Text("%s  |  plasma %.0f ng/mL  |  NMDA block %.0f %%  |  spines %.2fx", 
                std::string(sim::stage_title(s.stage)).c_str(), s.plasma_ng_per_ml,
                100.0 * s.nmda_block_pyramidal, s.spine_density_rel);
    ImGui::End();
}

void draw_settings(AppState& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 10.0f, vp->WorkPos.y + 10.0f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(320.0f * app.ui_scale, 0.0f), ImGuiCond_Always);
    ImGui::Begin("Synapse Lab");
    ImGui::TextWrapped("Scenario: %s", app.scenario.name.c_str());
    int view = static_cast<int>(app.view.view);
    ImGui::RadioButton("Circuit", &view, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Synapse", &view, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Spine", &view, 2);
    app.view.view = static_cast<scene::View>(view);
    float scale = app.ui_scale;
    if (ImGui::SliderFloat("UI scale", &scale, 1.0f, 3.0f, "%.2fx") && scale != app.ui_scale) {
        app.ui_scale = scale;
        app.fonts_dirty = true;
    }
    ImGui::TextDisabled("Teaching model - not medical or dosing advice.");
    ImGui::End();
}

}  // namespace

void draw(AppState& app) {
    if (!app.show_ui) return;
    draw_settings(app);
    draw_timeline(app);
}

}  // namespace ui
