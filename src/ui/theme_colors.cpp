// The panels' colour tables: ImGui's dark and light styles with the values changed for WCAG 2.1 AA contrast.
#include "ui/theme_colors.hpp"

#include <cstddef>

namespace ui {
namespace {

constexpr scene::Rgba rgb(float r, float g, float b, float a = 1.0f) { return scene::Rgba{r, g, b, a}; }
constexpr scene::Rgba rgb8(int r, int g, int b) {
    return scene::Rgba{static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f, static_cast<float>(b) / 255.0f,
                       1.0f};
}

PanelColors dark_colors() {
    PanelColors c;
    c.text = rgb(0.96f, 0.96f, 0.96f);
    c.text_disabled = rgb(0.68f, 0.70f, 0.74f);
    c.window_bg = rgb(0.08f, 0.09f, 0.11f, 0.96f);
    c.popup_bg = rgb(0.08f, 0.08f, 0.08f, 0.94f);
    c.menu_bar_bg = rgb(0.14f, 0.14f, 0.14f);
    c.title_bg_active = rgb(0.16f, 0.29f, 0.48f);
    c.frame_bg = rgb(0.17f, 0.19f, 0.24f);
    c.border = rgb(0.50f, 0.53f, 0.60f);
    c.button = rgb(0.26f, 0.59f, 0.98f, 0.40f);
    c.button_active = rgb(0.06f, 0.40f, 0.80f);
    c.header = rgb(0.26f, 0.59f, 0.98f, 0.31f);
    c.check_mark = rgb(0.26f, 0.59f, 0.98f);
    c.slider_grab = rgb(0.24f, 0.52f, 0.88f);
    c.plot_histogram = rgb(0.90f, 0.70f, 0.0f);
    c.plot_cursor = rgb(1.0f, 0.85f, 0.25f);
    c.link = rgb(0.45f, 0.78f, 1.0f);
    c.highlight = rgb(160.0f / 255.0f, 120.0f / 255.0f, 0.0f, 150.0f / 255.0f);
    c.series = {rgb8(255, 169, 77), rgb8(77, 195, 255), rgb8(140, 233, 154), rgb8(247, 131, 172)};
    c.right = rgb(0.35f, 0.85f, 0.45f);
    c.wrong = rgb(1.0f, 0.45f, 0.45f);
    c.caution = rgb(0.95f, 0.60f, 0.15f);
    c.choice_right = rgb(0.10f, 0.45f, 0.22f);
    c.choice_wrong = rgb(0.62f, 0.30f, 0.0f);
    return c;
}

PanelColors light_colors() {
    PanelColors c;
    c.text = rgb(0.05f, 0.05f, 0.07f);
    c.text_disabled = rgb(0.30f, 0.32f, 0.36f);
    c.window_bg = rgb(0.97f, 0.97f, 0.98f, 0.97f);
    c.popup_bg = rgb(1.0f, 1.0f, 1.0f, 0.98f);
    c.menu_bar_bg = rgb(0.86f, 0.86f, 0.86f);
    c.title_bg_active = rgb(0.82f, 0.82f, 0.82f);
    c.frame_bg = rgb(0.88f, 0.89f, 0.92f);
    c.border = rgb(0.42f, 0.44f, 0.49f);
    c.button = rgb(0.26f, 0.59f, 0.98f, 0.40f);
    c.button_active = rgb(0.06f, 0.53f, 0.98f);
    c.header = rgb(0.26f, 0.59f, 0.98f, 0.31f);
    c.check_mark = rgb(0.10f, 0.40f, 0.80f);
    c.slider_grab = rgb(0.10f, 0.40f, 0.80f);
    c.plot_histogram = rgb(0.62f, 0.42f, 0.0f);
    c.plot_cursor = rgb(0.85f, 0.10f, 0.10f);
    c.link = rgb(0.05f, 0.30f, 0.70f);
    c.highlight = rgb(1.0f, 220.0f / 255.0f, 60.0f / 255.0f, 200.0f / 255.0f);
    c.series = {rgb8(184, 60, 10), rgb8(24, 100, 171), rgb8(33, 120, 52), rgb8(166, 30, 77)};
    c.right = rgb(0.08f, 0.45f, 0.18f);
    c.wrong = rgb(0.75f, 0.10f, 0.10f);
    c.caution = rgb(0.66f, 0.33f, 0.0f);
    c.choice_right = rgb(0.15f, 0.60f, 0.30f);
    c.choice_wrong = rgb(0.80f, 0.45f, 0.10f);
    return c;
}

std::size_t verdict_index(std::string_view verdict) {
    for (std::size_t i = 0; i < kVerdicts.size(); ++i)
        if (kVerdicts[i] == verdict) return i;
    return kVerdicts.size() - 1;  // unverified
}

}  // namespace

PanelColors panel_colors(scene::Theme theme) { return theme == scene::Theme::dark ? dark_colors() : light_colors(); }

scene::Rgba verdict_badge(std::string_view verdict) {
    static constexpr std::array<scene::Rgba, kVerdicts.size()> kBadges{
        rgb(0.80f, 0.15f, 0.15f), rgb(0.68f, 0.28f, 0.0f),  rgb(0.52f, 0.37f, 0.0f),
        rgb(0.15f, 0.40f, 0.80f), rgb(0.50f, 0.25f, 0.70f), rgb(0.40f, 0.42f, 0.46f)};
    return kBadges[verdict_index(verdict)];
}

scene::Rgba verdict_text(scene::Theme theme, std::string_view verdict) {
    // On the light background the badges' own colours read; on the dark one, lighter tints of them.
    static constexpr std::array<scene::Rgba, kVerdicts.size()> kOnDark{
        rgb(1.0f, 0.50f, 0.50f), rgb(1.0f, 0.62f, 0.30f), rgb(0.90f, 0.75f, 0.25f),
        rgb(0.50f, 0.70f, 1.0f), rgb(0.78f, 0.60f, 1.0f), rgb(0.70f, 0.72f, 0.76f)};
    return theme == scene::Theme::dark ? kOnDark[verdict_index(verdict)] : verdict_badge(verdict);
}

}  // namespace ui
