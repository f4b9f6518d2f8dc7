// Panel rectangles from the viewport size, font size and which panels are open.
#include "session/view/layout.hpp"

#include <algorithm>
#include <cmath>

#include "session/recording/script_preview.hpp"
#include "session/session.hpp"

namespace session {
namespace {

/// A side panel's width: about 20 % of the window (16 to 24 font sizes), at most 40 % on narrow windows.
float side_width(const LayoutInput& in) {
    const float preferred = std::clamp(in.width_px * 0.20f, in.font_px * 16.0f, in.font_px * 24.0f);
    return std::min(preferred, in.width_px * 0.40f);
}

float bottom_height(const LayoutInput& in, float available_h) {
    if (in.all_plots) return std::max(available_h * 0.62f, std::min(available_h, in.font_px * 14.0f));
    const float preferred = std::clamp(available_h * 0.36f, in.font_px * 14.5f, in.font_px * 20.0f);
    return std::min(preferred, available_h * 0.5f);
}

/// The rectangle with its edges on whole pixels: panels that share an edge then share it exactly (no pixel
/// row belongs to two of them, which lets the compositor keep each panel's pixels on its own).
Rect snapped(const Rect& r) {
    const float x0 = std::round(r.x), y0 = std::round(r.y);
    return {x0, y0, std::round(r.x + r.w) - x0, std::round(r.y + r.h) - y0};
}

Layout snapped(const Layout& l) {
    return {snapped(l.menu), snapped(l.left),   snapped(l.right), snapped(l.bottom),  snapped(l.caption),
            snapped(l.plot), snapped(l.status), snapped(l.scene), snapped(l.readout), snapped(l.legend)};
}

Layout presenter_layout(const LayoutInput& in) {
    Layout l;
    const float caption_h = in.tall_caption ? std::min(in.font_px * 11.5f, in.height_px * 0.45f)
                                            : std::min(in.font_px * 7.6f, in.height_px * 0.35f);
    const float timeline_h = std::min(in.bar_h * 2.0f + in.font_px * 2.6f, in.height_px * 0.3f);
    // A lower third: the caption sits just above the timeline, leaving the scene's title and legend free.
    l.bottom = {0.0f, in.height_px - timeline_h, in.width_px, timeline_h};
    l.caption = {0.0f, l.bottom.y - caption_h, in.width_px, caption_h};
    l.scene = {0.0f, 0.0f, in.width_px, std::max(0.0f, l.caption.y)};
    const float plot_w = std::round(in.width_px * kKeyPlotWidthShare);
    // The picture on the left, the step's curve on the right, where the picture keeps room for its labels
    // at this text size (else the picture alone).
    if (in.key_plot && in.width_px - plot_w >= in.font_px * kPictureBesidePlotEm) {
        l.plot = {in.width_px - plot_w, 0.0f, plot_w, l.scene.h};
        l.scene.w = in.width_px - plot_w;
    }
    return l;
}

Layout docked_layout(const LayoutInput& in) {
    Layout l;
    const float bar_h = std::min(in.bar_h, in.height_px * 0.1f);
    l.menu = {0.0f, 0.0f, in.width_px, bar_h};
    l.status = {0.0f, in.height_px - bar_h, in.width_px, bar_h};
    const float top = bar_h, avail_h = std::max(0.0f, in.height_px - 2.0f * bar_h);
    const float bottom_h = in.bottom ? bottom_height(in, avail_h) : 0.0f;
    if (in.bottom) l.bottom = {0.0f, top + avail_h - bottom_h, in.width_px, bottom_h};
    const float side_h = avail_h - bottom_h, side_w = side_width(in);
    if (in.left) l.left = {0.0f, top, side_w, side_h};
    if (in.right) l.right = {in.width_px - side_w, top, side_w, side_h};
    const float scene_x = in.left ? side_w : 0.0f;
    const float scene_w = in.width_px - scene_x - (in.right ? side_w : 0.0f);
    l.scene = {scene_x, top, std::max(0.0f, scene_w), std::max(0.0f, side_h)};
    const float pad = kWindowPadding_px * in.font_px / kBaseFontPx, column_h = l.scene.h - 2.0f * pad;
    if (in.readout && in.readout_open.value_or(l.scene.w >= kReadoutMinSceneWidth_em * in.font_px))
        l.readout = {l.scene.x + pad, l.scene.y + pad, kReadoutWidth_em * in.font_px, column_h};
    if (in.legend && in.legend_open.value_or(l.scene.w >= kLegendMinSceneWidth_em * in.font_px)) {
        const float w = std::min(kLegendWidth_em * in.font_px, l.scene.w - 2.0f * pad);
        l.legend = {l.scene.right() - pad - w, l.scene.y + pad, w, column_h};
    }
    return l;
}

}  // namespace

float effective_scale(float requested, float width_px, float height_px) {
    // Rounded down to 1/8 steps so that resizing a window rebuilds the fonts only now and then.
    const float fits = std::floor(std::min(width_px / 1100.0f, height_px / 620.0f) * 8.0f) / 8.0f;
    return std::max(1.0f, std::min(requested, fits));
}

LayoutInput layout_input(const Session& session, float width_px, float height_px, float scale) {
    LayoutInput in;
    in.width_px = width_px;
    in.height_px = height_px;
    in.font_px = kBaseFontPx * scale;
    in.bar_h = in.font_px + 2.0f * std::floor(kFramePaddingY_px * scale);
    in.left = session.panels.left;
    in.right = session.panels.right;
    in.bottom = session.panels.bottom;
    in.all_plots = session.panels.all_plots;
    in.presenter = session.presenter;
    in.readout = session.panels.left && session.view.title && !previewing(session);
    in.legend = session.panels.right && session.view.legend && !previewing(session);
    in.readout_open = session.panels.readout_open;
    in.legend_open = session.panels.legend_open;
    if (session.lesson.lesson && session.lesson.step >= 0) {
        const LessonStep& s = session.lesson.lesson->steps[static_cast<std::size_t>(session.lesson.step)];
        in.tall_caption = session.lesson.finished || s.question.has_value();
        in.key_plot = !session.lesson.finished && !s.key_plot.empty();
    }
    return in;
}

Layout compute_layout(const LayoutInput& in) {
    return snapped(in.presenter ? presenter_layout(in) : docked_layout(in));
}

}  // namespace session
