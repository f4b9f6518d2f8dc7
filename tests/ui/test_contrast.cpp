// WCAG 2.1 contrast of the themes' colours: text 4.5:1 (1.4.3), graph lines and control edges 3:1 (1.4.11).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "scene/palette.hpp"
#include "ui/theme_colors.hpp"

namespace {

constexpr double kTextRatio = 4.5;     // 1.4.3, normal-size text
constexpr double kGraphicRatio = 3.0;  // 1.4.11, graph lines and the edges of controls

/// One sRGB channel to linear light (WCAG 2.1's relative luminance definition).
double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double relative_luminance(scene::Rgba c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(scene::Rgba a, scene::Rgba b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// `top` (with its alpha) drawn over the opaque `below`.
scene::Rgba over(scene::Rgba top, scene::Rgba below) {
    scene::Rgba out = top * top.a + below * (1.0f - top.a);
    out.a = 1.0f;
    return out;
}

const scene::Rgba kBlack{0.0f, 0.0f, 0.0f, 1.0f};
const scene::Rgba kWhite{1.0f, 1.0f, 1.0f, 1.0f};

struct Pair {
    std::string what;
    scene::Rgba fore;
    scene::Rgba back;  ///< opaque
    double needed;
};

std::string theme_name(scene::Theme theme) { return theme == scene::Theme::dark ? "dark" : "light"; }

/// The panels' pairs, on a window that lets the picture through: checked over black and over white, the extremes
/// of what lies behind it.
std::vector<Pair> panel_pairs(scene::Theme theme, scene::Rgba behind) {
    const ui::PanelColors c = ui::panel_colors(theme);
    const scene::Rgba window = over(c.window_bg, behind), frame = over(c.frame_bg, window);
    std::vector<Pair> pairs;
    const auto text_on = [&](const std::string& what, scene::Rgba fore, scene::Rgba back) {
        pairs.push_back({what, fore, back, kTextRatio});
    };
    const auto graphic_on = [&](const std::string& what, scene::Rgba fore, scene::Rgba back) {
        pairs.push_back({what, over(fore, back), back, kGraphicRatio});
    };
    text_on("text on window", c.text, window);
    text_on("text on popup", c.text, over(c.popup_bg, behind));
    text_on("text on menu bar", c.text, c.menu_bar_bg);
    text_on("text on active title", c.text, c.title_bg_active);
    text_on("text on frame", c.text, frame);
    text_on("text on button", c.text, over(c.button, window));
    text_on("text on pressed button", c.text, over(c.button_active, window));
    text_on("text on header", c.text, over(c.header, window));
    text_on("text on highlight", c.text, over(c.highlight, window));
    text_on("text on right choice", c.text, c.choice_right);
    text_on("text on wrong choice", c.text, c.choice_wrong);
    text_on("disabled text on window", c.text_disabled, window);
    text_on("disabled text on popup", c.text_disabled, over(c.popup_bg, behind));
    text_on("disabled text on frame", c.text_disabled, frame);
    text_on("link on window", c.link, window);
    text_on("right on window", c.right, window);
    text_on("wrong on window", c.wrong, window);
    text_on("caution on window", c.caution, window);
    for (std::size_t i = 0; i < c.series.size(); ++i) {
        text_on("series " + std::to_string(i) + " as text on window", c.series[i], window);
        graphic_on("series " + std::to_string(i) + " on plot", c.series[i], frame);
    }
    for (std::string_view verdict : ui::kVerdicts) {
        text_on(std::string(verdict) + " as text on window", ui::verdict_text(theme, verdict), window);
        text_on("white on " + std::string(verdict) + " badge", kWhite, ui::verdict_badge(verdict));
    }
    graphic_on("plot cursor on plot", c.plot_cursor, frame);
    graphic_on("border on window", c.border, window);
    graphic_on("border on frame", c.border, frame);
    graphic_on("check mark on frame", c.check_mark, frame);
    graphic_on("slider grab on frame", c.slider_grab, frame);
    graphic_on("progress fill on frame", c.plot_histogram, frame);
    return pairs;
}

/// The picture's pairs: labels sit on the background, a halo or a caption panel; lines on the background.
std::vector<Pair> scene_pairs(scene::Theme theme) {
    const scene::Palette p = scene::palette(theme);
    const scene::Rgba bg = p.background;
    std::vector<Pair> pairs;
    for (const auto& [name, back] : {std::pair<std::string, scene::Rgba>{"background", bg},
                                     {"halo", over(p.halo, bg)},
                                     {"panel", over(p.panel, bg)}}) {
        pairs.push_back({"ink on " + name, p.ink, back, kTextRatio});
        pairs.push_back({"soft ink on " + name, p.ink_soft, back, kTextRatio});
    }
    pairs.push_back({"membrane on background", p.membrane, bg, kGraphicRatio});
    pairs.push_back({"contested path on background", p.contested, bg, kGraphicRatio});
    pairs.push_back({"spike on background", p.spike, bg, kGraphicRatio});
    pairs.push_back({"cut on background", p.cut, bg, kGraphicRatio});
    return pairs;
}

void check(const std::vector<Pair>& pairs, const std::string& where) {
    for (const Pair& pair : pairs) {
        const double ratio = contrast_ratio(pair.fore, pair.back);
        INFO(where << ": " << pair.what << " is " << ratio << ":1, needs " << pair.needed << ":1");
        CHECK(ratio >= pair.needed);
    }
}

}  // namespace

TEST_CASE("contrast ratio follows WCAG 2.1's definition", "[contrast]") {
    CHECK(contrast_ratio(kBlack, kWhite) == Approx(21.0));
    CHECK(contrast_ratio(kWhite, kWhite) == Approx(1.0));
    // #767676 on white is the well-known 4.54:1 grey.
    const scene::Rgba grey{118.0f / 255.0f, 118.0f / 255.0f, 118.0f / 255.0f, 1.0f};
    CHECK(contrast_ratio(grey, kWhite) == Approx(4.54).margin(0.01));
}

TEST_CASE("every panel text and control colour has WCAG AA contrast in both themes", "[contrast]") {
    for (scene::Theme theme : {scene::Theme::dark, scene::Theme::light})
        for (scene::Rgba behind : {kBlack, kWhite})
            check(panel_pairs(theme, behind), theme_name(theme) + " panels over " + (behind == kBlack ? "black" : "white"));
}

TEST_CASE("every picture label and line has WCAG AA contrast in both themes", "[contrast]") {
    for (scene::Theme theme : {scene::Theme::dark, scene::Theme::light}) check(scene_pairs(theme), theme_name(theme) + " picture");
}
