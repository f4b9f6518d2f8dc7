// The two themes: ImGui's dark/light styles with stronger text contrast, plus palettes for plots and badges.
#include "ui/theme.hpp"

#include "session/view/layout.hpp"

namespace ui {

namespace {

void raise_contrast(ImGuiStyle& style, scene::Theme theme) {
    ImVec4* c = style.Colors;
    if (theme == scene::Theme::dark) {
        c[ImGuiCol_Text] = ImVec4(0.96f, 0.96f, 0.96f, 1.0f);
        c[ImGuiCol_TextDisabled] = ImVec4(0.68f, 0.70f, 0.74f, 1.0f);
        c[ImGuiCol_WindowBg] = ImVec4(0.08f, 0.09f, 0.11f, 0.96f);
        c[ImGuiCol_ChildBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
        c[ImGuiCol_FrameBg] = ImVec4(0.17f, 0.19f, 0.24f, 1.0f);
        c[ImGuiCol_Border] = ImVec4(0.36f, 0.38f, 0.44f, 0.8f);
        c[ImGuiCol_PlotLinesHovered] = ImVec4(1.0f, 0.85f, 0.25f, 1.0f);
    } else {
        c[ImGuiCol_Text] = ImVec4(0.05f, 0.05f, 0.07f, 1.0f);
        c[ImGuiCol_TextDisabled] = ImVec4(0.30f, 0.32f, 0.36f, 1.0f);
        c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 0.97f);
        c[ImGuiCol_ChildBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
        c[ImGuiCol_FrameBg] = ImVec4(0.88f, 0.89f, 0.92f, 1.0f);
        c[ImGuiCol_Border] = ImVec4(0.55f, 0.57f, 0.62f, 0.8f);
        c[ImGuiCol_PlotLinesHovered] = ImVec4(0.85f, 0.10f, 0.10f, 1.0f);
    }
}

}  // namespace

void apply_theme(scene::Theme theme, float scale) {
    ImGuiStyle style;
    if (theme == scene::Theme::dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    raise_contrast(style, theme);
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.WindowBorderSize = 1.0f;
    style.FramePadding = ImVec2(6.0f, session::kFramePaddingY_px);
    style.ItemSpacing = ImVec2(8.0f, 5.0f);
    style.ScrollbarSize = 16.0f;
    style.ScaleAllSizes(scale);
    style.WindowMinSize = ImVec2(4.0f, 4.0f);  // the one-line status bar is shorter than ImGui's default minimum
    ImGui::GetStyle() = style;
}

ImU32 series_color(scene::Theme theme, std::size_t index) {
    static constexpr ImU32 kDark[] = {IM_COL32(255, 169, 77, 255), IM_COL32(77, 195, 255, 255),
                                      IM_COL32(140, 233, 154, 255), IM_COL32(247, 131, 172, 255)};
    static constexpr ImU32 kLight[] = {IM_COL32(217, 72, 15, 255), IM_COL32(24, 100, 171, 255),
                                       IM_COL32(43, 138, 62, 255), IM_COL32(166, 30, 77, 255)};
    return theme == scene::Theme::dark ? kDark[index % 4] : kLight[index % 4];
}

ImVec4 verdict_color(std::string_view verdict) {
    if (verdict == "wrong") return ImVec4(0.80f, 0.15f, 0.15f, 1.0f);
    if (verdict == "misleading") return ImVec4(0.85f, 0.40f, 0.05f, 1.0f);
    if (verdict == "overstated") return ImVec4(0.70f, 0.52f, 0.0f, 1.0f);
    if (verdict == "incomplete") return ImVec4(0.15f, 0.40f, 0.80f, 1.0f);
    if (verdict == "unsupported") return ImVec4(0.50f, 0.25f, 0.70f, 1.0f);
    return ImVec4(0.40f, 0.42f, 0.46f, 1.0f);
}

ImVec4 link_color(scene::Theme theme) {
    return theme == scene::Theme::dark ? ImVec4(0.45f, 0.78f, 1.0f, 1.0f) : ImVec4(0.05f, 0.30f, 0.70f, 1.0f);
}

ImU32 highlight_color(scene::Theme theme) {
    return theme == scene::Theme::dark ? IM_COL32(160, 120, 0, 150) : IM_COL32(255, 220, 60, 200);
}

}  // namespace ui
