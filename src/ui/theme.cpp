// The two themes: ImGui's dark/light styles with stronger text contrast, plus palettes for plots and badges.
#include "ui/theme.hpp"

#include "session/view/layout.hpp"
#include "ui/theme_colors.hpp"

namespace ui {

namespace {

ImVec4 imvec(scene::Rgba c) { return ImVec4(c.r, c.g, c.b, c.a); }

/// The table's colours over ImGui's style (panel_colors: the numbers the contrast test checks).
void raise_contrast(ImGuiStyle& style, scene::Theme theme) {
    const PanelColors p = panel_colors(theme);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = imvec(p.text);
    c[ImGuiCol_TextDisabled] = imvec(p.text_disabled);
    c[ImGuiCol_WindowBg] = imvec(p.window_bg);
    c[ImGuiCol_ChildBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
    c[ImGuiCol_PopupBg] = imvec(p.popup_bg);
    c[ImGuiCol_MenuBarBg] = imvec(p.menu_bar_bg);
    c[ImGuiCol_TitleBgActive] = imvec(p.title_bg_active);
    c[ImGuiCol_FrameBg] = imvec(p.frame_bg);
    c[ImGuiCol_Border] = imvec(p.border);
    c[ImGuiCol_Button] = imvec(p.button);
    c[ImGuiCol_ButtonActive] = imvec(p.button_active);
    c[ImGuiCol_Header] = imvec(p.header);
    c[ImGuiCol_CheckMark] = imvec(p.check_mark);
    c[ImGuiCol_SliderGrab] = imvec(p.slider_grab);
    c[ImGuiCol_PlotHistogram] = imvec(p.plot_histogram);
    c[ImGuiCol_PlotLinesHovered] = imvec(p.plot_cursor);
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
    style.FrameBorderSize = 1.0f;  // a control's edge in `border`, at 3:1 against the window (WCAG 1.4.11)
    style.FramePadding = ImVec2(6.0f, session::kFramePaddingY_px);
    style.ItemSpacing = ImVec2(8.0f, 5.0f);
    style.ScrollbarSize = 16.0f;
    style.ScaleAllSizes(scale);
    style.WindowMinSize = ImVec2(4.0f, 4.0f);  // the one-line status bar is shorter than ImGui's default minimum
    ImGui::GetStyle() = style;
}

ImU32 series_color(scene::Theme theme, std::size_t index) {
    const auto& series = panel_colors(theme).series;
    return ImGui::ColorConvertFloat4ToU32(imvec(series[index % series.size()]));
}

ImVec4 verdict_color(std::string_view verdict) { return imvec(verdict_badge(verdict)); }

ImVec4 verdict_text_color(scene::Theme theme, std::string_view verdict) { return imvec(verdict_text(theme, verdict)); }

ImVec4 link_color(scene::Theme theme) { return imvec(panel_colors(theme).link); }

ImU32 highlight_color(scene::Theme theme) { return ImGui::ColorConvertFloat4ToU32(imvec(panel_colors(theme).highlight)); }

ImVec4 status_color(scene::Theme theme, Status status) {
    const PanelColors p = panel_colors(theme);
    switch (status) {
        case Status::right: return imvec(p.right);
        case Status::wrong: return imvec(p.wrong);
        case Status::caution: return imvec(p.caution);
        case Status::choice_right: return imvec(p.choice_right);
        case Status::choice_wrong: return imvec(p.choice_wrong);
    }
    return imvec(p.text);
}

}  // namespace ui
