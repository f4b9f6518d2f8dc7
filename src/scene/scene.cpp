// scene::build: camera, background, the chosen view (or a zoom between two views), then the overlay.
#include "scene/scene.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "scene/painter.hpp"
#include "scene/views.hpp"

namespace scene {
namespace {

/// Content of every view lies within x in [-11, 11], y in [-10, 10] (world units).
constexpr float kContentHalfWidth = 11.0f;
constexpr float kContentHalfHeight = 10.0f;
/// Fraction of the output width the picture may use (the UI's panels sit on either side).
constexpr float kPictureWidthFraction = 0.62f;
/// Presenter mode: the width of the title and readout column, in units of the minimum text size.
constexpr float kTitleColumnEm = 15.0f;
/// Presenter mode: the width of the legend's column at the right (with its margin), same units.
constexpr float kLegendColumnEm = 21.0f;

/// Relative size of each view's world: circuit (tens of um) > spine (um) > synapse (fractions of um).
float view_scale(View v) {
    switch (v) {
        case View::circuit: return 1.0f;
        case View::spine: return 8.0f;
        case View::synapse: return 64.0f;
        case View::signalling: return 128.0f;  // inside the spine head, the synapse's scale magnified
        case View::receptor: return 512.0f;    // one receptor, nanometres
    }
    return 1.0f;
}

/// Where the finer view sits inside the coarser one (world units of the coarser view).
glm::vec2 zoom_focus(View coarse, View fine) {
    if (coarse == View::circuit && fine == View::synapse) return {7.8f, -6.55f};
    if (coarse == View::circuit && fine == View::spine) return {2.0f, 6.0f};
    if (coarse == View::spine && fine == View::synapse) return {0.0f, 3.0f};
    if (coarse == View::circuit && (fine == View::receptor || fine == View::signalling)) return {7.8f, -6.55f};
    if (coarse == View::synapse && fine == View::receptor) return {-4.1f, -1.8f};   // the third NMDA receptor
    if (coarse == View::synapse && fine == View::signalling) return {0.0f, -5.6f};  // the spine head
    if (coarse == View::spine && fine == View::signalling) return {0.0f, 2.6f};
    if (coarse == View::spine && fine == View::receptor) return {0.0f, 3.0f};
    if (coarse == View::signalling && fine == View::receptor) return {-5.5f, 5.3f};  // the AMPA/NMDA node
    return {0.0f, 0.0f};
}

void build_world(Painter& p, const sim::State& state, View view) {
    switch (view) {
        case View::circuit: build_circuit(p, state); break;
        case View::synapse: build_synapse(p, state); break;
        case View::spine: build_spine(p, state); break;
        case View::receptor: build_receptor(p, state); break;
        case View::signalling: build_signalling(p, state); break;
    }
}

/// Maps world content p -> p * scale + offset and fades it (labels keep their pixel size).
void move_and_fade(std::vector<Instance>& shapes, float scale, glm::vec2 offset, float alpha) {
    for (Instance& i : shapes) {
        i.center = i.center * scale + offset;
        i.half_size *= scale;
        i.corner_radius *= scale;
        i.fill.a *= alpha;
        i.outline.a *= alpha;
    }
}

void move_and_fade(std::vector<Label>& labels, float scale, glm::vec2 offset, float alpha) {
    for (Label& l : labels) {
        if (l.screen_space) continue;
        l.anchor = l.anchor * scale + offset;
        l.color.a *= alpha * alpha;  // text, kept at its pixel size, gives way faster than shapes
        l.halo.a *= alpha * alpha;
    }
}

void move_and_fade(SceneFrame& f, float scale, glm::vec2 offset, float alpha) {
    move_and_fade(f.backdrop, scale, offset, alpha);
    move_and_fade(f.instances, scale, offset, alpha);
    move_and_fade(f.backdrop_labels, scale, offset, alpha);
    move_and_fade(f.labels, scale, offset, alpha);
    for (Polyline& l : f.lines) {
        for (glm::vec2& q : l.points) q = q * scale + offset;
        l.color.a *= alpha;
    }
}

template <typename T>
void append_all(std::vector<T>& to, const std::vector<T>& from) {
    to.insert(to.end(), from.begin(), from.end());
}

SceneFrame build_single(const sim::State& state, double anim_s, std::uint64_t seed, const ViewOptions& o, View view) {
    SceneFrame f;
    f.camera = camera_for(o);
    const Palette pal = palette(o.theme);
    f.background = pal.background;
    if (o.transparent) f.background.a = 0.0f;
    Painter p(f, o, seed, anim_s);
    build_world(p, state, view);
    return f;
}

bool is_close_up(View v) { return v == View::receptor || v == View::signalling; }

/// Moves every layer of a frame, at full opacity, into one list per kind (a view in motion caches nothing).
void append_moving(SceneFrame& to, const SceneFrame& part) {
    append_all(to.instances, part.backdrop);
    append_all(to.instances, part.instances);
    append_all(to.lines, part.lines);
    append_all(to.labels, part.backdrop_labels);
    append_all(to.labels, part.labels);
}

/// The view whose title and legend a frame shows: during a zoom-through, the one on screen; during a
/// cross-fade, the new one.
View shown_view(const ViewOptions& o) {
    const View from = *o.from_view, to = o.view;
    if (!is_close_up(from) && !is_close_up(to)) return to;
    const bool zoom_in = view_scale(to) > view_scale(from);
    const float t = std::clamp(o.transition, 0.0f, 1.0f);
    const float s = zoom_in ? t : 1.0f - t;  // 0 = all coarse, 1 = all fine
    return s < 0.5f ? (zoom_in ? from : to) : (zoom_in ? to : from);
}

/// To or from a close-up the camera zooms through: the coarse view grows into the focus for the first
/// half, then the fine view grows out of it, each at full opacity, so two views never show at once.
SceneFrame build_zoom_through(const sim::State& state, double anim_s, std::uint64_t seed, const ViewOptions& o) {
    const View from = *o.from_view, to = o.view;
    const float t = std::clamp(o.transition, 0.0f, 1.0f);
    const bool zoom_in = view_scale(to) > view_scale(from);
    const View coarse = zoom_in ? from : to;
    const View fine = zoom_in ? to : from;
    const float s = zoom_in ? t : 1.0f - t;  // 0 = all coarse, 1 = all fine
    const glm::vec2 focus = zoom_focus(coarse, fine);
    constexpr float kThrough = 3.0f;  ///< each half zooms by up to e^3 (about 20x)
    SceneFrame shown = build_single(state, anim_s, seed, o, s < 0.5f ? coarse : fine);
    SceneFrame f;
    f.background = shown.background;
    f.camera = shown.camera;
    if (s < 0.5f) {
        const float scale = std::exp(kThrough * 2.0f * s);  // 1 -> e^3, the focus moving to the centre
        move_and_fade(shown, scale, focus * (1.0f - 2.0f * s) - focus * scale, 1.0f);
    } else {
        const float scale = std::exp(kThrough * (2.0f * s - 2.0f));  // e^-3 -> 1
        move_and_fade(shown, scale, {0.0f, 0.0f}, 1.0f);
    }
    // Labels keep their pixel size, so they would pile up on a small view or fly apart on a large one:
    // they give way while the view is far from its own size.
    const float scale = s < 0.5f ? std::exp(kThrough * 2.0f * s) : std::exp(kThrough * (2.0f * s - 2.0f));
    const float label_alpha = std::clamp(scale < 1.0f ? (scale - 0.35f) / 0.5f : (2.2f - scale) / 1.2f, 0.0f, 1.0f);
    for (auto* labels : {&shown.backdrop_labels, &shown.labels})
        for (Label& l : *labels) {
            if (l.screen_space) continue;
            l.color.a *= label_alpha;
            l.halo.a *= label_alpha;
        }
    append_moving(f, shown);
    return f;
}

/// The old view zooms (in or out) and fades away while the new view arrives from the other side.
SceneFrame build_transition(const sim::State& state, double anim_s, std::uint64_t seed, const ViewOptions& o) {
    const View from = *o.from_view, to = o.view;
    if (is_close_up(from) || is_close_up(to)) return build_zoom_through(state, anim_s, seed, o);
    const float t = std::clamp(o.transition, 0.0f, 1.0f);
    SceneFrame old_frame = build_single(state, anim_s, seed, o, from);
    SceneFrame new_frame = build_single(state, anim_s, seed, o, to);
    // s runs from the coarse view (0) to the fine one (1). The fine view lives at `focus` inside the
    // coarse one, 1/ratio its size: the camera flies into (or out of) that spot.
    const bool zoom_in = view_scale(to) > view_scale(from);
    const View coarse = zoom_in ? from : to;
    const View fine = zoom_in ? to : from;
    const float s = zoom_in ? t : 1.0f - t;
    const float travel = std::log(std::min(view_scale(fine) / view_scale(coarse), 8.0f));
    const glm::vec2 focus = zoom_focus(coarse, fine);
    const float coarse_scale = std::exp(travel * s), fine_scale = std::exp(travel * (s - 1.0f));
    SceneFrame& coarse_frame = zoom_in ? old_frame : new_frame;
    SceneFrame& fine_frame = zoom_in ? new_frame : old_frame;
    move_and_fade(coarse_frame, coarse_scale, focus * (1.0f - s) - focus * coarse_scale, zoom_in ? 1.0f - t : t);
    move_and_fade(fine_frame, fine_scale, focus * (1.0f - s), zoom_in ? t : 1.0f - t);
    // Everything moves, so nothing is static: the old view's layers, then the new view's, per frame.
    SceneFrame f;
    f.background = old_frame.background;
    f.camera = old_frame.camera;
    for (const SceneFrame* part : {&old_frame, &new_frame}) {
        append_all(f.instances, part->backdrop);
        append_all(f.instances, part->instances);
        append_all(f.lines, part->lines);
        append_all(f.labels, part->backdrop_labels);
        append_all(f.labels, part->labels);
    }
    return f;
}

void hash_bytes(std::uint64_t& h, const void* data, std::size_t n) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t k = 0; k < n; ++k) {
        h ^= bytes[k];
        h *= 0x100000001b3ull;
    }
}

template <typename T>
void hash_value(std::uint64_t& h, const T& value) {
    hash_bytes(h, &value, sizeof value);
}

void hash_instance(std::uint64_t& h, const Instance& i) {
    const float fields[] = {i.center.x,      i.center.y,   i.half_size.x,    i.half_size.y,    i.rotation_rad,
                            i.corner_radius, i.outline_px, i.dash_period_px, i.dash_offset_px, i.fill.r,
                            i.fill.g,        i.fill.b,     i.fill.a,         i.outline.r,      i.outline.g,
                            i.outline.b,     i.outline.a};
    hash_bytes(h, fields, sizeof fields);
    hash_value(h, static_cast<std::uint32_t>(i.shape));
    hash_value(h, static_cast<std::uint16_t>(i.tag));
}

void hash_label(std::uint64_t& h, const Label& l) {
    hash_bytes(h, l.text.data(), l.text.size());
    const float fields[] = {l.anchor.x, l.anchor.y, l.size_px, l.color.r, l.color.g, l.color.b,
                            l.color.a,  l.halo.r,   l.halo.g,  l.halo.b,  l.halo.a};
    hash_bytes(h, fields, sizeof fields);
    const unsigned char flags[] = {static_cast<unsigned char>(l.align), l.screen_space, l.bold};
    hash_bytes(h, flags, sizeof flags);
}

}  // namespace

namespace {

/// The picture's width in pixels when fitted into r.
float fitted_width_px(const Rect& r) {
    return std::min(r.w / (2.0f * kContentHalfWidth), r.h / (2.0f * kContentHalfHeight)) * 2.0f * kContentHalfWidth;
}

/// The least share of its width the picture keeps when UI windows over its sides narrow its room.
constexpr float kPictureMinShareBesideWindows = 0.7f;

/// r narrowed to the room between UI windows over its sides (ViewOptions::keep_right_of_px, keep_left_of_px) where the
/// picture centred in r would reach under one; where that room is too narrow, the rectangle of the least picture
/// size centred on it.
Rect between_windows(const ViewOptions& o, const Rect& r) {
    const float full_w = fitted_width_px(r), picture_x = r.x + 0.5f * (r.w - full_w);
    const float lo = o.keep_right_of_px > 0.0f ? std::max(r.x, o.keep_right_of_px) : r.x;
    const float hi = o.keep_left_of_px > 0.0f ? std::min(r.right(), o.keep_left_of_px) : r.right();
    if (picture_x >= lo && picture_x + full_w <= hi) return r;
    const float w = std::max(hi - lo, kPictureMinShareBesideWindows * full_w), centre = 0.5f * (lo + hi);
    const float x = std::clamp(centre - 0.5f * w, r.x, r.right() - w);
    return {x, r.y, w, r.h};
}

/// r, starting at column_px where the picture centred in r would start left of it (by at most half r's width).
Rect right_of(const Rect& r, float column_px) {
    if (r.x + 0.5f * (r.w - fitted_width_px(r)) >= column_px) return r;
    const float inset = std::min(column_px - r.x, 0.5f * r.w);
    return {r.x + inset, r.y, r.w - inset, r.h};
}

/// The picture keeps clear of UI windows over its sides. With a minimum text size (presenter mode), the title and
/// readout at the top left and the legend at the right are large: the picture keeps out of their columns, where
/// centring it would put it under them.
Rect clear_of_overlays(const ViewOptions& o, Rect r) {
    r = between_windows(o, r);
    if (!(o.min_text_px > 0.0f)) return r;
    const float em = o.min_text_px * (o.text_scale > 0.0f ? o.text_scale : 1.0f);
    const Rect area = overlay_area_px(o);
    if (o.title) r = right_of(r, std::max(area.x + kTitleColumnEm * em, hud_column_right_px(o) + 0.5f * em));
    if (o.legend) {
        const float legend_left = std::min(area.right() - kLegendColumnEm * em, legend_left_px(o) - 0.5f * em);
        if (r.x + 0.5f * (r.w + fitted_width_px(r)) > legend_left && legend_left < r.x + r.w)
            r.w = std::max(0.5f * r.w, legend_left - r.x);
    }
    return r;
}

}  // namespace

Rect overlay_area_px(const ViewOptions& o) {
    if (o.overlay_rect_px.w > 1.0f && o.overlay_rect_px.h > 1.0f) return o.overlay_rect_px;
    return {0.0f, 0.0f, static_cast<float>(o.width_px), static_cast<float>(o.height_px)};
}

Camera camera_for(const ViewOptions& o) {
    const float w = static_cast<float>(std::max(1, o.width_px)), h = static_cast<float>(std::max(1, o.height_px));
    Rect r = o.picture_rect_px;
    if (!(r.w > 1.0f && r.h > 1.0f))
        r = {0.5f * (1.0f - kPictureWidthFraction) * w, 0.0f, kPictureWidthFraction * w, h};
    r = clear_of_overlays(o, r);
    const float px_per_world = std::min(r.w / (2.0f * kContentHalfWidth), r.h / (2.0f * kContentHalfHeight));
    const glm::vec2 centre_px{r.x + 0.5f * r.w, r.y + 0.5f * r.h};
    Camera c;
    c.half_height = h / (2.0f * px_per_world);
    c.center = {(0.5f * w - centre_px.x) / px_per_world, (centre_px.y - 0.5f * h) / px_per_world};
    return c;
}

std::string_view view_id(View view) {
    switch (view) {
        case View::circuit: return "circuit";
        case View::synapse: return "synapse";
        case View::spine: return "spine";
        case View::receptor: return "receptor";
        case View::signalling: return "signalling";
    }
    return "synapse";
}

std::optional<View> view_from_id(std::string_view id) {
    for (View v : {View::circuit, View::synapse, View::spine, View::receptor, View::signalling})
        if (view_id(v) == id) return v;
    return std::nullopt;
}

std::optional<ViewChoice> view_choice_from_id(std::string_view id) {
    if (id == "receptor-split") return ViewChoice{View::receptor, true};
    if (const auto view = view_from_id(id)) return ViewChoice{*view, false};
    return std::nullopt;
}

std::string view_choice_id(View view, bool receptor_split) {
    return view == View::receptor && receptor_split ? "receptor-split" : std::string(view_id(view));
}

float transition_progress(double elapsed_s, double duration_s) {
    if (!(duration_s > 0.0) || !(elapsed_s < duration_s)) return 1.0f;
    const float x = static_cast<float>(std::max(0.0, elapsed_s) / duration_s);
    return x * x * (3.0f - 2.0f * x);
}

namespace {

Rect label_box(const Label& l);

bool overlaps(const Rect& a, const Rect& b) {
    const Rect i = a.intersect(b);
    return i.w > 0.5f && i.h > 0.5f;
}

/// Presenter mode's large labels in a small picture: each callout label in the picture that would overlap one before it
/// (the HUD first, then the cached labels, then the live ones) moves up or down by whole label heights to the
/// nearest free place, if there is one within three heights, else right by up to half its width.
void keep_labels_apart(SceneFrame& f, int width_px, int height_px) {
    const float w = static_cast<float>(width_px), h = static_cast<float>(height_px);
    const float px_per_world = h / (2.0f * f.camera.half_height);
    const auto to_screen = [&](Label l) {
        if (!l.screen_space)
            l.anchor = {0.5f * w + (l.anchor.x - f.camera.center.x) * px_per_world,
                        0.5f * h - (l.anchor.y - f.camera.center.y) * px_per_world};
        return l;
    };
    std::vector<Rect> kept;
    for (const auto* labels : {&f.backdrop_labels, &f.labels})
        for (const Label& l : *labels)
            if (l.screen_space && !l.text.empty()) kept.push_back(label_box(l));
    for (auto* labels : {&f.backdrop_labels, &f.labels})
        for (Label& l : *labels) {
            if (l.screen_space || l.text.empty()) continue;
            const Rect box = label_box(to_screen(l));
            const auto free_at = [&](float dx, float dy) {
                const Rect moved{box.x + dx, box.y + dy, box.w, box.h};
                return std::none_of(kept.begin(), kept.end(), [&](const Rect& r) { return overlaps(r, moved); });
            };
            float best_dx = 0.0f, best_dy = 0.0f;
            bool placed = false;
            for (int k = 0; k <= 6 && !placed; ++k) {
                const float dy = static_cast<float>((k + 1) / 2) * (k % 2 ? 1.0f : -1.0f) * (box.h + 2.0f);
                if (free_at(0.0f, dy)) {
                    best_dy = dy;
                    placed = true;
                }
            }
            // Else to the right of what it overlaps (a label reaching into the readout column), by at most half its
            // width, at the nearest height where that is free.
            for (int k = 0; k <= 6 && !placed; ++k) {
                const float dy = static_cast<float>((k + 1) / 2) * (k % 2 ? 1.0f : -1.0f) * (box.h + 2.0f);
                const Rect at{box.x, box.y + dy, box.w, box.h};
                float dx = 0.0f;
                for (const Rect& r : kept)
                    if (overlaps(r, at) && r.x < at.x + 0.5f * at.w) dx = std::max(dx, r.right() - at.x + 2.0f);
                if (dx > 0.0f && dx <= 0.5f * box.w && free_at(dx, dy)) {
                    best_dx = dx;
                    best_dy = dy;
                    placed = true;
                }
            }
            l.anchor.x += best_dx / px_per_world;
            l.anchor.y -= best_dy / px_per_world;
            kept.push_back({box.x + best_dx, box.y + best_dy, box.w, box.h});
        }
}

}  // namespace

SceneFrame build(const sim::State& state, double anim_time_s, std::uint64_t seed, const ViewOptions& options) {
    const bool in_transition = options.from_view && *options.from_view != options.view && options.transition < 1.0f;
    SceneFrame f = in_transition ? build_transition(state, anim_time_s, seed, options)
                                 : build_single(state, anim_time_s, seed, options, options.view);
    Painter p(f, options, seed, anim_time_s);
    build_overlay(p, state, in_transition ? shown_view(options) : options.view);
    // The callout labels of the circuit, synapse and spine views; the close-ups' labels sit in fixed places (node
    // boxes, the channel's parts) and stay there.
    const View shown = in_transition ? shown_view(options) : options.view;
    if (options.min_text_px > 0.0f && (shown == View::circuit || shown == View::synapse || shown == View::spine))
        keep_labels_apart(f, options.width_px, options.height_px);
    return f;
}

Rect content_box_px(const Camera& camera, int width_px, int height_px) {
    const float w = static_cast<float>(width_px), h = static_cast<float>(height_px);
    const float px_per_world = h / (2.0f * camera.half_height);
    const float left = 0.5f * w + (-kContentHalfWidth - camera.center.x) * px_per_world;
    const float top = 0.5f * h - (kContentHalfHeight - camera.center.y) * px_per_world;
    return {left, top, 2.0f * kContentHalfWidth * px_per_world, 2.0f * kContentHalfHeight * px_per_world};
}

namespace {

Rect instance_box(const Instance& i) {
    const glm::vec2 half = i.half_size + glm::vec2(0.5f * i.outline_px);
    return {i.center.x - half.x, i.center.y - half.y, 2.0f * half.x, 2.0f * half.y};
}

Rect label_box(const Label& l) {
    float width = 0.0f;
    std::size_t lines = 1, from = 0;
    for (std::size_t nl = l.text.find('\n');; nl = l.text.find('\n', from)) {
        width = std::max(width, Painter::text_width_px(l.text.substr(from, nl - from), l.size_px));
        if (nl == std::string::npos) break;
        from = nl + 1;
        ++lines;
    }
    const float height = 1.25f * l.size_px * static_cast<float>(lines);
    const float left = l.align == Align::left    ? l.anchor.x
                       : l.align == Align::right ? l.anchor.x - width
                                                 : l.anchor.x - 0.5f * width;
    return {left, l.anchor.y - 0.5f * height, width, height};
}

}  // namespace

std::vector<Rect> screen_space_boxes(const SceneFrame& f) {
    std::vector<Rect> boxes;
    for (const auto* shapes : {&f.backdrop_overlay, &f.overlay})
        for (const Instance& i : *shapes)
            if (i.fill.a > 0.0f || i.outline.a > 0.0f) boxes.push_back(instance_box(i));
    for (const auto* labels : {&f.backdrop_labels, &f.labels})
        for (const Label& l : *labels)
            if (l.screen_space && !l.text.empty() && l.color.a > 0.0f) boxes.push_back(label_box(l));
    return boxes;
}

std::vector<LabelBox> label_boxes_px(const SceneFrame& f, int width_px, int height_px) {
    const float w = static_cast<float>(width_px), h = static_cast<float>(height_px);
    const float px_per_world = h / (2.0f * f.camera.half_height);
    std::vector<LabelBox> out;
    for (const auto* labels : {&f.backdrop_labels, &f.labels})
        for (Label l : *labels) {
            if (l.text.empty() || !(l.color.a > 0.0f)) continue;
            if (!l.screen_space)
                l.anchor = {0.5f * w + (l.anchor.x - f.camera.center.x) * px_per_world,
                            0.5f * h - (l.anchor.y - f.camera.center.y) * px_per_world};
            out.push_back({l.text, label_box(l), l.screen_space});
        }
    return out;
}

Rect bounding_box(const std::vector<Rect>& boxes) {
    if (boxes.empty()) return {};
    float x0 = boxes.front().x, y0 = boxes.front().y, x1 = boxes.front().right(), y1 = boxes.front().bottom();
    for (const Rect& r : boxes) {
        x0 = std::min(x0, r.x);
        y0 = std::min(y0, r.y);
        x1 = std::max(x1, r.right());
        y1 = std::max(y1, r.bottom());
    }
    return {x0, y0, x1 - x0, y1 - y0};
}

std::uint64_t frame_hash(const SceneFrame& f) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    const float header[] = {f.background.r,    f.background.g,    f.background.b,      f.background.a,
                            f.camera.center.x, f.camera.center.y, f.camera.half_height};
    hash_bytes(h, header, sizeof header);
    for (const auto* shapes : {&f.backdrop, &f.backdrop_overlay, &f.instances, &f.overlay})
        for (const Instance& i : *shapes) hash_instance(h, i);
    for (const Polyline& l : f.lines) {
        for (const glm::vec2& q : l.points) hash_value(h, q);
        const float style[] = {l.width_px, l.dash_period_px, l.color.r, l.color.g, l.color.b, l.color.a};
        hash_bytes(h, style, sizeof style);
    }
    for (const auto* labels : {&f.backdrop_labels, &f.labels})
        for (const Label& l : *labels) hash_label(h, l);
    return h;
}

std::uint64_t backdrop_hash(const SceneFrame& f) {
    std::uint64_t h = 0x84222325cbf29ce4ull;
    const float header[] = {f.background.r,    f.background.g,    f.background.b,      f.background.a,
                            f.camera.center.x, f.camera.center.y, f.camera.half_height};
    hash_bytes(h, header, sizeof header);
    for (const auto* shapes : {&f.backdrop, &f.backdrop_overlay})
        for (const Instance& i : *shapes) hash_instance(h, i);
    for (const Label& l : f.backdrop_labels) hash_label(h, l);
    return h;
}

}  // namespace scene
