// Painter helpers: every shape the views draw goes through these, so styling stays consistent.
#include "scene/painter.hpp"

#include <algorithm>
#include <cmath>

namespace scene {
namespace {

float length(glm::vec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }

std::size_t codepoints(const std::string& text) {
    std::size_t n = 0, longest = 0;
    for (unsigned char c : text) {
        if (c == '\n') {
            longest = std::max(longest, n);
            n = 0;
        } else if ((c & 0xc0) != 0x80) {
            ++n;
        }
    }
    return std::max(longest, n);
}

std::size_t line_count(const std::string& text) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

Painter::Painter(SceneFrame& f, const ViewOptions& o, std::uint64_t s, double t)
    : frame(f),
      pal(palette(o.theme)),
      options(o),
      seed(s),
      anim_s(t),
      shapes_(&f.instances),
      screen_(&f.overlay),
      texts_(&f.labels) {
    const float height = static_cast<float>(std::max(1, o.height_px));
    px_per_world = height / (2.0f * f.camera.half_height);
    stroke = std::max(0.75f, height / 1080.0f);
    text = o.text_scale > 0.0f ? o.text_scale : 1.0f;
    // 38.4 px per unit: the picture at 768 lines, the size its labels were laid out for. Labels shrink with a
    // smaller picture (down to a legible floor), and a large UI scale may not grow them past 1.5x that
    // proportion, where they would start to cover one another.
    const float picture_scale = px_per_world / 38.4f;
    world_text = std::min(std::clamp(picture_scale, 0.72f, 1.0f), std::max(0.72f, 1.5f * picture_scale) / text);
    min_text_px = std::max(0.0f, o.min_text_px) * text;
}

float Painter::screen_text_px(float size_px) const { return std::max(size_px * text, min_text_px); }

float Painter::picture_text_px(float size_px) const { return std::max(size_px * text * world_text, min_text_px); }

void Painter::use_backdrop(bool on) {
    shapes_ = on ? &frame.backdrop : &frame.instances;
    screen_ = on ? &frame.backdrop_overlay : &frame.overlay;
    texts_ = on ? &frame.backdrop_labels : &frame.labels;
}

Instance& Painter::circle(glm::vec2 c, float r, Rgba fill, Tag tag) {
    Instance i;
    i.shape = Shape::circle;
    i.center = c;
    i.half_size = {r, r};
    i.fill = fill;
    i.tag = tag;
    shapes_->push_back(i);
    return shapes_->back();
}

Instance& Painter::ellipse(glm::vec2 c, glm::vec2 radii, float rotation_rad, Rgba fill, Tag tag) {
    Instance& i = circle(c, 1.0f, fill, tag);
    i.shape = Shape::ellipse;
    i.half_size = radii;
    i.rotation_rad = rotation_rad;
    return i;
}

Instance& Painter::box(glm::vec2 c, glm::vec2 half, float corner, Rgba fill, Tag tag) {
    Instance& i = circle(c, 1.0f, fill, tag);
    i.shape = Shape::box;
    i.half_size = half;
    i.corner_radius = corner;
    return i;
}

Instance& Painter::glow(glm::vec2 c, float r, Rgba color) {
    Instance& i = circle(c, r, color);
    i.shape = Shape::glow;
    return i;
}

Instance& Painter::diamond(glm::vec2 c, float half_diagonal, Rgba fill, Rgba edge, Tag tag) {
    const float half_side = half_diagonal / std::sqrt(2.0f);
    Instance& i = box(c, {half_side, half_side}, 0.18f * half_side, fill, tag);
    i.rotation_rad = 0.785398f;
    i.outline_px = 1.2f * stroke;
    i.outline = edge;
    return i;
}

Instance& Painter::segment(glm::vec2 a, glm::vec2 b, float width_px, Rgba color, float dash_px) {
    Instance& i = rod(a, b, 0.5f * width_px * stroke / px_per_world, color, 0.0f, Instance{}.outline);
    i.dash_period_px = dash_px * stroke;
    return i;
}

Instance& Painter::rod(glm::vec2 a, glm::vec2 b, float radius, Rgba fill, float outline_px, Rgba edge) {
    const glm::vec2 d = b - a;
    Instance i;
    i.shape = Shape::capsule;
    i.center = 0.5f * (a + b);
    i.half_size = {0.5f * length(d) + radius, radius};
    i.rotation_rad = std::atan2(d.y, d.x);
    i.fill = fill;
    i.outline_px = outline_px * stroke;
    i.outline = edge;
    shapes_->push_back(i);
    return shapes_->back();
}

void Painter::curve(const std::vector<glm::vec2>& points, float width_px, Rgba color, float dash_px) {
    float travelled_px = 0.0f;
    for (std::size_t k = 1; k < points.size(); ++k) {
        Instance& s = segment(points[k - 1], points[k], width_px, color, dash_px);
        s.dash_offset_px = travelled_px + 0.5f * length(points[k] - points[k - 1]) * px_per_world;
        travelled_px += length(points[k] - points[k - 1]) * px_per_world;
    }
}

void Painter::arrow(glm::vec2 a, glm::vec2 b, float width_px, Rgba color, bool dashed) {
    const glm::vec2 d = b - a;
    const float len = length(d);
    if (len <= 0.0f) return;
    const glm::vec2 dir = d / len;
    const float head_len = std::min(0.45f * len, world(4.2f * width_px * stroke));
    segment(a, b - dir * head_len * 0.8f, width_px, color, dashed ? 7.0f : 0.0f);
    Instance head;
    head.shape = Shape::triangle;
    head.center = b - dir * (0.5f * head_len);
    head.half_size = {0.42f * head_len, 0.5f * head_len};
    head.rotation_rad = std::atan2(d.y, d.x) - 1.5707963f;  // the triangle's apex points along +y
    head.fill = color;
    shapes_->push_back(head);
}

void Painter::node(glm::vec2 c, const std::string& label_text, Rgba edge, Rgba fill, bool dashed, float size_px) {
    const float t = text * world_text, label_px = picture_text_px(size_px);
    const float w_px = text_width_px(label_text, label_px) + 16.0f * t;
    const float h_px = label_px * 1.25f * static_cast<float>(line_count(label_text)) + 10.0f * t;
    Instance& b = box(c, {world(0.5f * w_px), world(0.5f * h_px)}, world(6.0f * t), fill);
    b.outline_px = 2.0f * stroke;
    b.outline = edge;
    b.dash_period_px = dashed ? 9.0f * stroke : 0.0f;
    if (options.labels) {
        Label& l = label(c, label_text, size_px, Align::center);
        l.halo = {0.0f, 0.0f, 0.0f, 0.0f};
    }
}

Label& Painter::label(glm::vec2 at, const std::string& label_text, float size_px, Align align, bool bold) {
    Label l;
    l.anchor = at;
    l.text = label_text;
    l.size_px = picture_text_px(size_px);
    l.color = pal.ink;
    l.align = align;
    l.bold = bold;
    l.halo = pal.halo;
    texts_->push_back(l);
    return texts_->back();
}

void Painter::callout(glm::vec2 at, glm::vec2 target, const std::string& label_text, Align align, float size_px) {
    if (!options.labels) return;
    const float t = text * world_text;
    const float gap = world(6.0f * t);
    const float half_w = world(0.5f * text_width_px(label_text, picture_text_px(size_px)));
    glm::vec2 start = at;  // the leader leaves the text on the side facing the target
    if (align == Align::left) start.x -= gap;
    if (align == Align::right) start.x += gap;
    if (align == Align::center) start.y += (target.y > at.y ? 1.0f : -1.0f) * world(0.8f * picture_text_px(size_px));
    if (align == Align::center && std::abs(target.x - at.x) > half_w && std::abs(target.y - at.y) < 3.0f * gap)
        start.x += (target.x > at.x ? half_w : -half_w);
    const glm::vec2 d = target - start;
    const float len = length(d);
    if (len > 1.5f * gap) {
        segment(start, target - d / len * world(3.0f * stroke), 1.3f, with_alpha(pal.ink_soft, 0.9f));
        circle(target, world(2.6f * stroke), pal.ink_soft);
    }
    label(at, label_text, size_px, align);
}

Label& Painter::screen_label(glm::vec2 at_px, const std::string& label_text, float size_px, Rgba color, Align align,
                             bool bold) {
    Label& l = label(at_px, label_text, size_px, align, bold);
    l.screen_space = true;
    l.size_px = screen_text_px(size_px);
    l.color = color;
    return l;
}

Instance& Painter::overlay(Instance shape) {
    screen_->push_back(shape);
    return screen_->back();
}

Instance& Painter::overlay_box(glm::vec2 min_px, glm::vec2 max_px, float corner_px, Rgba fill, float outline_px,
                               Rgba edge) {
    Instance i;
    i.shape = Shape::box;
    i.center = 0.5f * (min_px + max_px);
    i.half_size = 0.5f * (max_px - min_px);
    i.corner_radius = corner_px;
    i.fill = fill;
    i.outline_px = outline_px;
    i.outline = edge;
    i.tag = Tag::legend;
    return overlay(i);
}

float Painter::text_width_px(const std::string& label_text, float size_px) {
    return 0.56f * size_px * static_cast<float>(codepoints(label_text));
}

std::vector<glm::vec2> bezier(glm::vec2 p0, glm::vec2 p1, glm::vec2 p2, glm::vec2 p3, int segments) {
    std::vector<glm::vec2> points;
    points.reserve(static_cast<std::size_t>(segments) + 1);
    for (int k = 0; k <= segments; ++k) {
        const float t = static_cast<float>(k) / static_cast<float>(segments), s = 1.0f - t;
        points.push_back(s * s * s * p0 + 3.0f * s * s * t * p1 + 3.0f * s * t * t * p2 + t * t * t * p3);
    }
    return points;
}

glm::vec2 along(const std::vector<glm::vec2>& points, float u, glm::vec2* direction) {
    if (points.size() < 2) return points.empty() ? glm::vec2{0.0f} : points.front();
    float total = 0.0f;
    for (std::size_t k = 1; k < points.size(); ++k) total += length(points[k] - points[k - 1]);
    float target = std::clamp(u, 0.0f, 1.0f) * total;
    for (std::size_t k = 1; k < points.size(); ++k) {
        const glm::vec2 d = points[k] - points[k - 1];
        const float len = length(d);
        if (target <= len || k + 1 == points.size()) {
            if (direction) *direction = len > 0.0f ? d / len : glm::vec2{1.0f, 0.0f};
            return points[k - 1] + d * (len > 0.0f ? std::min(1.0f, target / len) : 0.0f);
        }
        target -= len;
    }
    return points.back();
}

/// `text` on two lines, broken at the space nearest its middle (a narrow column, presenter mode's large text).
std::string two_lines(std::string text) {
    const std::size_t middle = text.size() / 2;
    std::size_t best = std::string::npos;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == ' ' && (best == std::string::npos || (i > middle ? i - middle : middle - i) <
                                                                (best > middle ? best - middle : middle - best)))
            best = i;
    if (best != std::string::npos) text[best] = '\n';
    return text;
}

}  // namespace scene
