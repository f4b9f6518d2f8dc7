// The recorder's overlay: camera pose, title cards and lower-third captions as screen-space scene data.
#include "session/recording/script_overlay.hpp"

#include <algorithm>
#include <cmath>

#include "export/wrap_text.hpp"

namespace session {
namespace {

constexpr float kGlyphWidthEm = 0.56f;  ///< average glyph advance in ems (as scene::Painter::text_width_px)
constexpr std::size_t kMaxCaptionLines = 4;
constexpr float kTitleDimAlpha = 0.65f;  ///< how much a title card darkens the scene behind it
const scene::Rgba kBandColor{0.03f, 0.04f, 0.07f, 0.82f};
const scene::Rgba kAccentColor{0.95f, 0.62f, 0.20f, 1.0f};
const scene::Rgba kTextColor{0.97f, 0.97f, 0.97f, 1.0f};
const scene::Rgba kSourceColor{0.74f, 0.80f, 0.88f, 1.0f};

/// A screen-space box covering [x0, x1] x [y0, y1] in pixels from the top left.
scene::Instance pixel_box(float x0, float y0, float x1, float y1, scene::Rgba fill, float corner_px = 0.0f) {
    scene::Instance box;
    box.shape = scene::Shape::box;
    box.center = {0.5f * (x0 + x1), 0.5f * (y0 + y1)};
    box.half_size = {0.5f * (x1 - x0), 0.5f * (y1 - y0)};
    box.corner_radius = corner_px;
    box.fill = fill;
    box.outline = {0.0f, 0.0f, 0.0f, 0.0f};
    return box;
}

scene::Label screen_label(const std::string& text, float x_px, float y_px, float size_px, scene::Rgba color,
                          scene::Align align) {
    scene::Label label;
    label.text = text;
    label.anchor = {x_px, y_px};
    label.size_px = size_px;
    label.color = color;
    label.align = align;
    label.screen_space = true;
    return label;
}

scene::Rgba with_alpha(scene::Rgba c, double alpha) { return {c.r, c.g, c.b, c.a * static_cast<float>(alpha)}; }

std::size_t chars_for(float width_px, float size_px) {
    return static_cast<std::size_t>(std::max(8.0f, width_px / (kGlyphWidthEm * size_px)));
}

/// Where the overlay goes: the frame's size and the part of it that shows the video (all of it when recording).
struct Placement {
    float frame_w, frame_h;
    scene::Rect area;
};

/// Zooms about the centre of the placement's area (the frame's centre when recording), then pans.
void apply_camera(scene::SceneFrame& frame, const CameraPose& pose, const Placement& at) {
    const float px_per_world = at.frame_h / (2.0f * frame.camera.half_height);
    const glm::vec2 area_centre{(at.area.x + 0.5f * at.area.w - 0.5f * at.frame_w) / px_per_world,
                                (0.5f * at.frame_h - at.area.y - 0.5f * at.area.h) / px_per_world};
    const float zoom = static_cast<float>(pose.zoom);
    frame.camera.half_height /= zoom;
    frame.camera.center += area_centre * (1.0f - 1.0f / zoom);
    frame.camera.center += glm::vec2(static_cast<float>(pose.pan_x), static_cast<float>(pose.pan_y));
}

/// Zooms out about the top centre of the area, so that the view's own framing ends caption_reserve above the area's
/// bottom, where the caption band goes (the picture keeps its top edge and the band covers less of it).
void frame_above_band(scene::SceneFrame& frame, const Placement& at) {
    const float px_per_world = at.frame_h / (2.0f * frame.camera.half_height);
    const glm::vec2 top_centre{(at.area.x + 0.5f * at.area.w - 0.5f * at.frame_w) / px_per_world,
                               (0.5f * at.frame_h - at.area.y) / px_per_world};  // from the camera's centre
    const float k = 1.0f / (1.0f - caption_reserve(at.area.h));
    frame.camera.half_height *= k;
    frame.camera.center -= top_centre * (k - 1.0f);
}

/// The band's height for `lines` caption lines at size_px and `source_lines` source lines.
float band_height(std::size_t lines, float size_px, std::size_t source_lines, float source_px) {
    const float block =
        1.3f * size_px * static_cast<float>(lines) +
        (source_lines == 0 ? 0.0f : 0.3f * size_px + 1.35f * source_px * static_cast<float>(source_lines));
    return block + 2.0f * 0.7f * size_px;
}

/// The caption's lines at the largest size (down to the minimum) that fits in kMaxCaptionLines and in the band's
/// share of the height (caption_reserve, less the margin under the band and a gap above it).
std::vector<std::string> fit_caption(const std::string& text, float width_px, float height_px, std::size_t source_lines,
                                     const OverlayMetrics& m, float& size_px) {
    const float room = (caption_reserve(height_px) - 0.06f) * height_px;
    std::vector<std::string> lines;
    for (size_px = m.caption_px;; size_px *= 0.92f) {
        lines = exporter::wrap_text(text, chars_for(width_px, size_px));
        const bool fits =
            lines.size() <= kMaxCaptionLines && band_height(lines.size(), size_px, source_lines, m.source_px) <= room;
        if (fits || size_px * 0.92f < m.min_caption_px) return lines;
    }
}

/// Removes world labels whose anchor falls in the area's pixel rows [top, bottom] (they would print over the band).
void clear_world_labels(scene::SceneFrame& frame, float top, float bottom, const Placement& at) {
    const float px_per_world = at.frame_h / (2.0f * frame.camera.half_height);
    auto covered = [&](const scene::Label& l) {
        if (l.screen_space) return false;
        const float y_px = 0.5f * at.frame_h - (l.anchor.y - frame.camera.center.y) * px_per_world - at.area.y;
        const float x_px = 0.5f * at.frame_w + (l.anchor.x - frame.camera.center.x) * px_per_world - at.area.x;
        return y_px + 0.6f * l.size_px >= top && y_px - 0.6f * l.size_px <= bottom && x_px >= 0.0f && x_px <= at.area.w;
    };
    frame.labels.erase(std::remove_if(frame.labels.begin(), frame.labels.end(), covered), frame.labels.end());
}

/// The caption band, laid out in area pixels (shift_new_overlay moves it into place).
void add_caption(scene::SceneFrame& frame, const CaptionCue& cue, double alpha, const Placement& at) {
    const float w = at.area.w, h = at.area.h;
    const OverlayMetrics m = overlay_metrics(static_cast<int>(h));
    const float text_x = 0.075f * w, text_w = 0.86f * w - text_x;
    const auto source_lines = cue.source.empty()
                                  ? std::vector<std::string>{}
                                  : exporter::wrap_text("\u2014 " + cue.source, chars_for(text_w, m.source_px));
    float size_px = m.caption_px;
    const auto lines = fit_caption(cue.text, text_w, h, source_lines.size(), m, size_px);
    const float line_h = 1.3f * size_px, source_line_h = 1.35f * m.source_px, pad = 0.7f * size_px;
    const float block_h =
        line_h * static_cast<float>(lines.size()) +
        (source_lines.empty() ? 0.0f : 0.3f * size_px + source_line_h * static_cast<float>(source_lines.size()));
    const float bottom = 0.95f * h, top = bottom - 2.0f * pad - block_h;
    clear_world_labels(frame, top, bottom, at);
    frame.overlay.push_back(pixel_box(0.04f * w, top, 0.96f * w, bottom, with_alpha(kBandColor, alpha), 0.4f * pad));
    frame.overlay.push_back(pixel_box(0.055f * w, top + pad, 0.055f * w + std::max(3.0f, 0.004f * w), bottom - pad,
                                      with_alpha(kAccentColor, alpha), 0.002f * w));
    float y = top + pad + 0.5f * line_h;  // anchors are the vertical centres of the lines
    for (const auto& line : lines) {
        frame.labels.push_back(
            screen_label(line, text_x, y, size_px, with_alpha(kTextColor, alpha), scene::Align::left));
        y += line_h;
    }
    y += 0.3f * size_px - 0.5f * line_h + 0.5f * source_line_h;
    for (const auto& line : source_lines) {
        frame.labels.push_back(
            screen_label(line, text_x, y, m.source_px, with_alpha(kSourceColor, alpha), scene::Align::left));
        y += source_line_h;
    }
}

/// Fades the labels already in the frame (world labels and the HUD, drawn above the overlay) as much as the title
/// card's dimming box fades the shapes under it.
void dim_labels(scene::SceneFrame& frame, float dim_alpha) {
    const float keep = 1.0f - dim_alpha;
    for (scene::Label& label : frame.labels) {
        label.color.a *= keep;
        label.halo.a *= keep;
    }
}

void add_title(scene::SceneFrame& frame, const std::string& title, double alpha, float w, float h) {
    const OverlayMetrics m = overlay_metrics(static_cast<int>(h));
    const scene::Rgba dim{frame.background.r, frame.background.g, frame.background.b, kTitleDimAlpha};
    dim_labels(frame, kTitleDimAlpha * static_cast<float>(alpha));
    frame.overlay.push_back(pixel_box(0.0f, 0.0f, w, h, with_alpha(dim, alpha)));
    const auto lines = exporter::wrap_text(title, chars_for(0.8f * w, m.title_px));
    float y = 0.45f * h - 0.6f * m.title_px * static_cast<float>(lines.size() - 1);
    for (const auto& line : lines) {
        scene::Label label =
            screen_label(line, 0.5f * w, y, m.title_px, with_alpha(kTextColor, alpha), scene::Align::center);
        label.bold = true;
        frame.labels.push_back(label);
        y += 1.2f * m.title_px;
    }
}

}  // namespace

float caption_reserve(float height_px) {
    // Three lines at 1.3x and two source lines at 1.35x the legible size, the gap before the source and the pads.
    const float legible_band_px = kMinCaptionText_px * (3.0f * 1.3f + 0.3f + 2.0f * 1.35f + 1.4f);
    const float needed = legible_band_px / std::max(height_px, 1.0f) + 0.06f;  // the margins under and over the band
    return std::clamp(needed, kCaptionReserve, 0.5f);
}

OverlayMetrics overlay_metrics(int height_px) {
    const float h = static_cast<float>(height_px);
    const float legible = kMinCaptionText_px;  // a small video keeps its captions and source lines readable
    return {std::max(0.036f * h, legible + 2.0f), std::max(0.026f * h, legible), std::max(0.024f * h, legible),
            0.075f * h};
}

namespace {

std::size_t screen_label_count(const scene::SceneFrame& frame) {
    return static_cast<std::size_t>(
        std::count_if(frame.labels.begin(), frame.labels.end(), [](const scene::Label& l) { return l.screen_space; }));
}

/// Moves the overlay shapes from index `first_shape` on, and the last `new_labels` labels, by (dx, dy) pixels.
void shift_new_overlay(scene::SceneFrame& frame, std::size_t first_shape, std::size_t new_labels, float dx, float dy) {
    const glm::vec2 offset{dx, dy};
    for (std::size_t i = first_shape; i < frame.overlay.size(); ++i) frame.overlay[i].center += offset;
    for (std::size_t i = frame.labels.size() - new_labels; i < frame.labels.size(); ++i)
        frame.labels[i].anchor += offset;
}

}  // namespace

void overlay_script_frame(scene::SceneFrame& frame, const ScriptFrame& state, int width_px, int height_px,
                          const scene::Rect& area, bool transparent) {
    if (transparent) frame.background = {0.0f, 0.0f, 0.0f, 0.0f};  // premultiplied output: colour 0 where clear
    if (!state.labels) {
        frame.labels.erase(std::remove_if(frame.labels.begin(), frame.labels.end(),
                                          [](const scene::Label& l) { return !l.screen_space; }),
                           frame.labels.end());
    }
    const Placement at{static_cast<float>(width_px), static_cast<float>(height_px), area};
    apply_camera(frame, state.camera, at);
    if (state.captioned) frame_above_band(frame, at);
    const std::size_t first_shape = frame.overlay.size(), labels_before = screen_label_count(frame);
    if (!state.title.empty() && state.title_alpha > 0.0)
        add_title(frame, state.title, state.title_alpha, area.w, area.h);
    if (state.caption && state.caption_alpha > 0.0 && !state.caption->text.empty())
        add_caption(frame, *state.caption, state.caption_alpha, at);
    if (area.x != 0.0f || area.y != 0.0f)
        shift_new_overlay(frame, first_shape, screen_label_count(frame) - labels_before, area.x, area.y);
}

void overlay_script_frame(scene::SceneFrame& frame, const ScriptFrame& state, int width_px, int height_px,
                          bool transparent) {
    const scene::Rect whole{0.0f, 0.0f, static_cast<float>(width_px), static_cast<float>(height_px)};
    overlay_script_frame(frame, state, width_px, height_px, whole, transparent);
}

}  // namespace session
