// The plot widget: frame, grid, ticks, lines (dashed for a baseline), legend, cursor and scrubbing.
#include "ui/plot.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ui {

std::vector<double> nice_ticks(double lo, double hi, int max_ticks) {
    std::vector<double> ticks;
    if (!(hi > lo) || !std::isfinite(hi - lo) || max_ticks < 2) return {lo, hi};
    const double raw = (hi - lo) / (max_ticks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw) break;
    }
    for (double v = std::ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-6; v += step)
        ticks.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    // A short plot asks for two ticks; a step that big may leave one inside the range: take a finer one.
    if (ticks.size() < 2) return nice_ticks(lo, hi, max_ticks + 1);
    return ticks;
}

namespace {

bool same_values(const PlotLine& a, const PlotLine& b) {
    if (a.dashed != b.dashed || a.values.size() != b.values.size() || a.values.empty()) return false;
    float largest = 0.0f;
    for (float v : a.values) largest = std::max(largest, std::abs(v));
    const float tolerance = 1e-6f * std::max(1.0f, largest);
    for (std::size_t i = 0; i < a.values.size(); ++i)
        if (!(std::abs(a.values[i] - b.values[i]) <= tolerance)) return false;
    return true;
}

}  // namespace

bool merge_identical_lines(std::vector<PlotLine>& lines, const content::Catalogue& catalogue) {
    bool merged = false;
    for (std::size_t i = 0; i < lines.size(); ++i)
        for (std::size_t j = i + 1; j < lines.size();) {
            if (!same_values(lines[i], lines[j])) {
                ++j;
                continue;
            }
            if (!lines[i].label.empty() && !lines[j].label.empty())
                lines[i].label =
                    catalogue.text("plot.same_values", {{"first", lines[i].label}, {"second", lines[j].label}});
            lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(j));
            merged = true;
        }
    return merged;
}

YRange fit_range(const std::vector<PlotLine>& lines, double floor_lo, double hi_floor) {
    return fit_range(lines, {}, floor_lo, hi_floor);
}

YRange fit_range(const std::vector<PlotLine>& lines, const std::vector<PlotBand>& bands, double floor_lo,
                 double hi_floor) {
    double lo = floor_lo, hi = hi_floor;
    const auto hold = [&](const std::vector<float>& values) {
        for (float v : values)
            if (std::isfinite(v)) {
                lo = std::min(lo, static_cast<double>(v));
                hi = std::max(hi, static_cast<double>(v));
            }
    };
    for (const PlotLine& l : lines) hold(l.values);
    for (const PlotBand& b : bands) {
        hold(b.p5);
        hold(b.p95);
    }
    const std::vector<double> ticks = nice_ticks(lo, hi + (hi - lo) * 0.05, 5);
    return {std::min(lo, ticks.front()), std::max(hi, ticks.back())};
}

std::vector<double> axis_sample_times(const session::TimeAxis& axis, int count) {
    std::vector<double> times;
    count = std::max(count, 2);
    times.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) times.push_back(session::axis_time(axis, static_cast<double>(i) / (count - 1)));
    return times;
}

namespace {

struct Box {
    ImVec2 min, max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

std::string format_value(double v) {
    char buf[32];
    const double a = std::abs(v);
    if (a >= 100.0 || v == 0.0)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else if (a >= 10.0)
        std::snprintf(buf, sizeof buf, "%.1f", v);
    else if (a >= 0.1)
        std::snprintf(buf, sizeof buf, "%.2f", v);
    else
        std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

/// A tick label with as many decimals as the tick step needs ("50", "0.5", "0.25"), at most three.
std::string format_tick(double v, double step) {
    if (std::abs(v) < step * 1e-6) return "0";
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 3);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

float x_of(const PlotSpec& spec, const Box& area, double t_h) {
    return area.min.x + static_cast<float>(session::axis_fraction(*spec.axis, t_h)) * area.width();
}

float y_of(const PlotSpec& spec, const Box& area, double v) {
    const double u = (v - spec.y_min) / std::max(spec.y_max - spec.y_min, 1e-12);
    return area.max.y - static_cast<float>(std::clamp(u, -0.02, 1.02)) * area.height();
}

void draw_y_axis(ImDrawList* dl, const PlotSpec& spec, const Box& area) {
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border, 0.6f);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const int max_ticks = std::max(2, static_cast<int>(area.height() / (ImGui::GetTextLineHeight() * 1.6f)));
    const std::vector<double> ticks = nice_ticks(spec.y_min, spec.y_max, max_ticks);
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
    for (double v : ticks) {
        const float y = y_of(spec, area, v);
        dl->AddLine(ImVec2(area.min.x, y), ImVec2(area.max.x, y), grid);
        const std::string label = format_tick(v, step);
        const ImVec2 sz = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(area.min.x - sz.x - 4.0f, y - sz.y * 0.5f), text, label.c_str());
    }
}

/// A segmented axis changes scale at each segment's end (2 h, 1 d): every other segment is shaded and each change
/// is marked by a break sign (two slanted strokes) across the axis, so that the corner a curve makes there does
/// not read as an event.
void draw_scale_changes(ImDrawList* dl, const PlotSpec& spec, const Box& area) {
    const auto& segments = spec.axis->segments;
    if (segments.size() < 2) return;
    const ImU32 shade = ImGui::GetColorU32(ImGuiCol_Border, 0.12f);
    const ImU32 mark = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float s = std::max(3.0f, ImGui::GetFontSize() * 0.25f);
    for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
        const float x = x_of(spec, area, segments[i].end_h);
        if (i % 2 == 1) {
            const float x0 = x_of(spec, area, segments[i - 1].end_h);
            dl->AddRectFilled(ImVec2(x0, area.min.y), ImVec2(x, area.max.y), shade);
        }
        for (float dx : {-0.5f * s, 0.5f * s})
            dl->AddLine(ImVec2(x + dx - 0.5f * s, area.max.y + s), ImVec2(x + dx + 0.5f * s, area.max.y - s), mark,
                        1.5f);
    }
}

void draw_x_axis(ImDrawList* dl, const PlotSpec& spec, const Box& area) {
    draw_scale_changes(dl, spec, area);
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border, 0.6f);
    const ImU32 major = ImGui::GetColorU32(ImGuiCol_Border, 1.0f);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    float last_right = -1e9f;
    for (const session::AxisTick& tick : session::axis_ticks(*spec.axis)) {
        const float x = x_of(spec, area, tick.t_h);
        dl->AddLine(ImVec2(x, area.min.y), ImVec2(x, area.max.y), tick.major ? major : grid, tick.major ? 1.5f : 1.0f);
        const ImVec2 sz = ImGui::CalcTextSize(tick.label.c_str());
        const float left = std::clamp(x - sz.x * 0.5f, area.min.x - sz.x * 0.5f, area.max.x - sz.x);
        if (left < last_right + 6.0f) continue;
        dl->AddText(ImVec2(left, area.max.y + 2.0f), text, tick.label.c_str());
        last_right = left + sz.x;
    }
}

/// Screen points of a line, dropping those that a straight segment already passes within a third of a
/// pixel (the "sleeve" algorithm: each kept point starts a cone of slopes that fit every point since).
/// Flat stretches then cost nothing on a software renderer.
std::vector<ImVec2> line_points(const PlotSpec& spec, const Box& area, const PlotLine& line) {
    constexpr float kTolerance_px = 0.33f;
    const std::size_t n = std::min(line.values.size(), spec.times_h.size());
    std::vector<ImVec2> pts;
    if (n == 0) return pts;
    ImVec2 anchor(x_of(spec, area, spec.times_h[0]), y_of(spec, area, line.values[0]));
    pts.push_back(anchor);
    ImVec2 last = anchor;
    float lo = -1e30f, hi = 1e30f;  // slopes from the anchor that stay within tolerance of every point
    for (std::size_t i = 1; i < n; ++i) {
        const ImVec2 p(x_of(spec, area, spec.times_h[i]), y_of(spec, area, line.values[i]));
        float dx = p.x - anchor.x;
        const float slope = dx > 1e-4f ? (p.y - anchor.y) / dx : 0.0f;
        if (dx <= 1e-4f || slope < lo || slope > hi) {
            pts.push_back(last);
            anchor = last;
            lo = -1e30f;
            hi = 1e30f;
            dx = p.x - anchor.x;
        }
        if (dx > 1e-4f) {
            lo = std::max(lo, (p.y - kTolerance_px - anchor.y) / dx);
            hi = std::min(hi, (p.y + kTolerance_px - anchor.y) / dx);
        }
        last = p;
    }
    pts.push_back(last);
    return pts;
}

/// The width of the solid line `index` of `count` solid lines: earlier lines are wider, so that a line lying on
/// another (AMPA activation on glutamate) shows both, the later one inside the earlier one.
float solid_width_px(std::size_t index, std::size_t count) {
    return 2.0f + 1.75f * static_cast<float>(count - 1 - std::min(index, count - 1));
}

/// Lines drawn solid and of full width: neither dashed (a pinned run) nor thin (a chosen person).
bool wide_solid(const PlotLine& l) { return !l.dashed && !l.thin; }

/// `color` with its alpha multiplied by `alpha`.
ImU32 faded(ImU32 color, float alpha) {
    const auto a = static_cast<float>((color >> IM_COL32_A_SHIFT) & 0xff) * alpha;
    return (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(a + 0.5f) << IM_COL32_A_SHIFT);
}

/// One marker centred on `at`, `r` px from centre to edge.
void draw_marker(ImDrawList* dl, PlotMarker marker, ImVec2 at, float r, ImU32 color) {
    switch (marker) {
        case PlotMarker::none: return;
        case PlotMarker::circle: dl->AddCircleFilled(at, r, color, 12); return;
        case PlotMarker::square: dl->AddRectFilled(ImVec2(at.x - r, at.y - r), ImVec2(at.x + r, at.y + r), color); return;
        case PlotMarker::triangle:
            dl->AddTriangleFilled(ImVec2(at.x, at.y - 1.2f * r), ImVec2(at.x + 1.1f * r, at.y + 0.8f * r),
                                  ImVec2(at.x - 1.1f * r, at.y + 0.8f * r), color);
            return;
    }
}

/// The line's markers, one every few font heights along it (each marker shifted, so that lines lying on each other
/// show all their markers).
void draw_markers(ImDrawList* dl, const std::vector<ImVec2>& pts, PlotMarker marker, ImU32 color) {
    if (marker == PlotMarker::none) return;
    const float spacing_px = ImGui::GetFontSize() * 4.0f, r = ImGui::GetFontSize() * 0.22f;
    float next = spacing_px * (0.25f + 0.25f * static_cast<float>(marker)), run = 0.0f;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        run += std::hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
        if (run < next) continue;
        draw_marker(dl, marker, pts[i], r * 1.4f, ImGui::GetColorU32(ImGuiCol_FrameBg));  // a ring of background
        draw_marker(dl, marker, pts[i], r, color);
        next += spacing_px;
    }
}

/// Draws a line; a solid one `under` a later line that hides it is drawn wider, so both stay visible.
void draw_line(ImDrawList* dl, const PlotSpec& spec, const Box& area, const PlotLine& line, float width_px = 2.0f) {
    const std::vector<ImVec2> pts = line_points(spec, area, line);
    if (pts.size() < 2) return;
    if (!line.dashed) {
        dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), line.color, ImDrawFlags_None, width_px);
        draw_markers(dl, pts, line.marker, line.color);
        return;
    }
    // Dashes of about 6 px along the curve.
    const float dash = ImGui::GetFontSize() * 0.4f;
    float run = 0.0f;
    bool on = true;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        ImVec2 a = pts[i - 1];
        const ImVec2 b = pts[i];
        float len = std::hypot(b.x - a.x, b.y - a.y);
        while (len > 0.0f) {
            const float step = std::min(len, dash - run);
            const float u = step / len;
            const ImVec2 m(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u);
            if (on) dl->AddLine(a, m, line.color, 1.5f);
            run += step;
            len -= step;
            a = m;
            if (run >= dash - 1e-3f) {
                run = 0.0f;
                on = !on;
            }
        }
    }
}

/// The area between two curves, one trapezoid per sample interval, without anti-aliased fringes (which would
/// show as seams between neighbouring trapezoids).
void fill_between(ImDrawList* dl, const PlotSpec& spec, const Box& area, const std::vector<float>& lo,
                  const std::vector<float>& hi, ImU32 color) {
    const std::size_t n = std::min({lo.size(), hi.size(), spec.times_h.size()});
    if (n < 2) return;
    const ImDrawListFlags flags = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    float x0 = x_of(spec, area, spec.times_h[0]);
    float lo0 = y_of(spec, area, lo[0]), hi0 = y_of(spec, area, hi[0]);
    for (std::size_t i = 1; i < n; ++i) {
        const float x1 = x_of(spec, area, spec.times_h[i]);
        const float lo1 = y_of(spec, area, lo[i]), hi1 = y_of(spec, area, hi[i]);
        if (x1 - x0 < 0.5f && i + 1 < n) continue;  // narrower than half a pixel: merged into the next
        dl->AddQuadFilled(ImVec2(x0, hi0), ImVec2(x1, hi1), ImVec2(x1, lo1), ImVec2(x0, lo0), color);
        x0 = x1, lo0 = lo1, hi0 = hi1;
    }
    dl->Flags = flags;
}

/// Bands first, so that every line lies over them: 5-95 % light, 25-75 % darker, then the median, thin.
void draw_bands(ImDrawList* dl, const PlotSpec& spec, const Box& area) {
    for (const PlotBand& band : spec.bands) {
        fill_between(dl, spec, area, band.p5, band.p95, faded(band.color, 0.16f));
        fill_between(dl, spec, area, band.p25, band.p75, faded(band.color, 0.24f));
    }
    for (const PlotBand& band : spec.bands) {
        PlotLine median{"", faded(band.color, 0.85f), band.p50};
        draw_line(dl, spec, area, median, 1.0f);
    }
}

struct LegendEntry {
    std::string label;
    ImU32 color;
    bool dashed;
    float width_px = 3.0f;  ///< the line's width in the plot
    bool band = false;      ///< a filled swatch (the differences between people)
    PlotMarker marker = PlotMarker::none;
};

std::vector<LegendEntry> legend_entries(const PlotSpec& spec) {
    std::vector<LegendEntry> entries;
    const std::size_t solid = static_cast<std::size_t>(std::count_if(spec.lines.begin(), spec.lines.end(), wide_solid));
    std::size_t k = 0;
    for (const PlotLine& line : spec.lines) {
        if (line.thin) continue;
        const float width = line.dashed ? 2.0f : solid_width_px(k++, solid);
        if (!line.label.empty())
            entries.push_back({line.label, line.color, line.dashed, std::max(3.0f, width), false, line.marker});
    }
    if (!spec.baseline_label.empty())
        entries.push_back({spec.baseline_label, ImGui::GetColorU32(ImGuiCol_TextDisabled), true});
    const auto person = std::find_if(spec.lines.begin(), spec.lines.end(), [](const PlotLine& l) { return l.thin; });
    if (!spec.person_label.empty() && person != spec.lines.end())
        entries.push_back({spec.person_label, person->color, false, 1.5f});
    if (!spec.band_note.empty()) {
        const ImU32 color = spec.bands.empty() ? ImGui::GetColorU32(ImGuiCol_TextDisabled) : spec.bands.front().color;
        entries.push_back({spec.band_note, color, false, 3.0f, true});
    }
    return entries;
}

void legend_swatch(ImDrawList* dl, const LegendEntry& e, float x, float mid, float line_h) {
    if (e.band) {
        const float h = 0.3f * line_h;
        dl->AddRectFilled(ImVec2(x, mid - h), ImVec2(x + line_h * 0.95f, mid + h), faded(e.color, 0.16f));
        dl->AddRectFilled(ImVec2(x, mid - 0.5f * h), ImVec2(x + line_h * 0.95f, mid + 0.5f * h), faded(e.color, 0.24f));
        dl->AddLine(ImVec2(x, mid), ImVec2(x + line_h * 0.95f, mid), faded(e.color, 0.85f), 1.0f);
    } else if (e.dashed) {
        dl->AddLine(ImVec2(x, mid), ImVec2(x + line_h * 0.35f, mid), e.color, 2.0f);
        dl->AddLine(ImVec2(x + line_h * 0.6f, mid), ImVec2(x + line_h * 0.95f, mid), e.color, 2.0f);
    } else {
        dl->AddLine(ImVec2(x, mid), ImVec2(x + line_h * 0.95f, mid), e.color, std::min(e.width_px, 0.45f * line_h));
        draw_marker(dl, e.marker, ImVec2(x + line_h * 0.475f, mid), line_h * 0.3f, ImGui::GetColorU32(ImGuiCol_FrameBg));
        draw_marker(dl, e.marker, ImVec2(x + line_h * 0.475f, mid), line_h * 0.22f, e.color);
    }
}

/// Title (with unit) on the left, legend entries after it, wrapping to the next line when needed.
float draw_header(ImDrawList* dl, const PlotSpec& spec, ImVec2 origin, float width) {
    const float line_h = ImGui::GetTextLineHeight();
    const std::string title = spec.title + (spec.unit.empty() ? "" : "  (" + spec.unit + ")");
    dl->AddText(origin, ImGui::GetColorU32(ImGuiCol_Text), title.c_str());
    float x = origin.x + ImGui::CalcTextSize(title.c_str()).x + line_h;
    float y = origin.y;
    for (const LegendEntry& e : legend_entries(spec)) {
        const float w = line_h * 1.2f + ImGui::CalcTextSize(e.label.c_str()).x + line_h * 0.8f;
        if (x + w > origin.x + width && x > origin.x) {
            x = origin.x;
            y += line_h;
        }
        legend_swatch(dl, e, x, y + line_h * 0.5f, line_h);
        dl->AddText(ImVec2(x + line_h * 1.2f, y), ImGui::GetColorU32(ImGuiCol_Text), e.label.c_str());
        x += w;
    }
    if (!spec.scale_note.empty()) {  // the y axis rescaled itself just now: say so, in the warning colour
        const float w = ImGui::CalcTextSize(spec.scale_note.c_str()).x;
        if (x + w > origin.x + width && x > origin.x) {
            x = origin.x;
            y += line_h;
        }
        dl->AddText(ImVec2(x, y), ImGui::GetColorU32(ImVec4(0.95f, 0.6f, 0.15f, 1.0f)), spec.scale_note.c_str());
    }
    return y + line_h - origin.y;
}

/// Values under the mouse, one line each.
void hover_tooltip(const PlotSpec& spec, double t_h) {
    if (spec.catalogue == nullptr) return;
    const content::Catalogue& words = *spec.catalogue;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(
        words.text("plot.tooltip.at", {{"plot", spec.title}, {"time", session::cursor_time_text(t_h)}}).c_str());
    const auto it = std::lower_bound(spec.times_h.begin(), spec.times_h.end(), t_h);
    const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(it - spec.times_h.begin()),
                                                spec.times_h.empty() ? 0 : spec.times_h.size() - 1);
    for (const PlotLine& line : spec.lines)
        if (i < line.values.size() && wide_solid(line))
            ImGui::Text("%s: %s %s", line.label.c_str(), format_value(line.values[i]).c_str(), spec.unit.c_str());
    if (!spec.person_label.empty()) {
        ImGui::Text("%s:", spec.person_label.c_str());
        for (const PlotLine& line : spec.lines)
            if (line.thin && i < line.values.size())
                ImGui::Text("  %s: %s %s", line.label.c_str(), format_value(line.values[i]).c_str(), spec.unit.c_str());
    }
    if (!spec.bands.empty()) {
        ImGui::TextDisabled("%s", words.text("plot.tooltip.between_people", {{"note", spec.band_note}}).c_str());
        for (const PlotBand& b : spec.bands)
            if (i < b.p50.size())
                ImGui::TextDisabled("%s", words.text("plot.tooltip.band", {{"line", b.label},
                                                                           {"median", format_value(b.p50[i])},
                                                                           {"p5", format_value(b.p5[i])},
                                                                           {"p95", format_value(b.p95[i])},
                                                                           {"unit", spec.unit}})
                                              .c_str());
    }
    if (!spec.baseline_label.empty()) {
        ImGui::TextDisabled("%s", words.text("plot.tooltip.dashed", {{"label", spec.baseline_label}}).c_str());
        for (std::size_t k = 0; k + 1 < spec.lines.size(); ++k)
            if (spec.lines[k].dashed && i < spec.lines[k].values.size())
                ImGui::TextDisabled("  %s: %s %s", spec.lines[k + 1].label.c_str(),
                                    format_value(spec.lines[k].values[i]).c_str(), spec.unit.c_str());
    }
    if (spec.tooltip) {
        ImGui::Separator();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(spec.tooltip);
        ImGui::PopTextWrapPos();
    }
    ImGui::TextDisabled("%s", words.text("plot.tooltip.scrub"));
    ImGui::EndTooltip();
}

/// The plot's background: an opaque backdrop (clipped to the visible part) when the caller collects them.
void fill_background(const PlotSpec& spec, ImDrawList* dl, ImVec2 min, ImVec2 max) {
    if (!spec.backdrop) {
        dl->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), 4.0f);
        return;
    }
    const ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
    min = ImVec2(std::max(min.x, cmin.x), std::max(min.y, cmin.y));
    max = ImVec2(std::min(max.x, cmax.x), std::min(max.y, cmax.y));
    if (max.x <= min.x || max.y <= min.y) return;
    const ImVec4 c = ImGui::GetStyleColorVec4(ImGuiCol_FrameBg);
    spec.backdrop->push_back({{min.x, min.y, max.x - min.x, max.y - min.y}, c.x, c.y, c.z});
}

}  // namespace

PlotMarker series_marker(std::size_t index) {
    constexpr PlotMarker kMarkers[] = {PlotMarker::none, PlotMarker::circle, PlotMarker::square, PlotMarker::triangle};
    return kMarkers[index % 4];
}

std::optional<double> plot_widget(const PlotSpec& spec, ImVec2 size) {
    if (!spec.axis || size.x < 40.0f || size.y < 40.0f) {
        ImGui::Dummy(size);
        return std::nullopt;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float line_h = ImGui::GetTextLineHeight();
    fill_background(spec, dl, origin, ImVec2(origin.x + size.x, origin.y + size.y));
    const float header_h = draw_header(dl, spec, ImVec2(origin.x + 6.0f, origin.y + 3.0f), size.x - 12.0f);
    const float y_label_w = ImGui::CalcTextSize("0.000").x + 8.0f;
    Box area{ImVec2(origin.x + y_label_w, origin.y + header_h + 6.0f + line_h * 0.4f),
             ImVec2(origin.x + size.x - line_h * 0.8f, origin.y + size.y - line_h - 6.0f)};
    if (area.height() < line_h) area.min.y = area.max.y - line_h;
    draw_y_axis(dl, spec, area);
    draw_x_axis(dl, spec, area);
    dl->PushClipRect(ImVec2(area.min.x - 1.0f, area.min.y - 2.0f), ImVec2(area.max.x + 1.0f, area.max.y + 2.0f), true);
    draw_bands(dl, spec, area);
    for (const PlotLine& line : spec.lines)
        if (line.dashed) draw_line(dl, spec, area, line);
    const std::size_t solid = static_cast<std::size_t>(std::count_if(spec.lines.begin(), spec.lines.end(), wide_solid));
    for (std::size_t i = 0, k = 0; i < spec.lines.size(); ++i)
        if (wide_solid(spec.lines[i])) draw_line(dl, spec, area, spec.lines[i], solid_width_px(k++, solid));
    for (const PlotLine& line : spec.lines)
        if (line.thin) draw_line(dl, spec, area, line, 1.5f);
    const float cx = x_of(spec, area, spec.cursor_h);
    dl->AddLine(ImVec2(cx, area.min.y), ImVec2(cx, area.max.y), ImGui::GetColorU32(ImGuiCol_PlotLinesHovered), 2.0f);
    dl->PopClipRect();

    ImGui::SetCursorScreenPos(ImVec2(area.min.x, area.min.y));
    ImGui::InvisibleButton(spec.id, ImVec2(area.width(), area.height() + line_h));
    const bool scrubbing = ImGui::IsItemActive();
    const double mouse_t = session::axis_time(*spec.axis, (ImGui::GetIO().MousePos.x - area.min.x) / area.width());
    if (ImGui::IsItemHovered() && !scrubbing) hover_tooltip(spec, mouse_t);
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(size);
    if (scrubbing) return mouse_t;
    return std::nullopt;
}

}  // namespace ui
