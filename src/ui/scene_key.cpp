// The scene's legend and readout as ImGui windows: swatches drawn from the scene's own legend shapes.
#include "ui/scene_key.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "scene/scene.hpp"
#include "session/script_preview.hpp"

namespace ui {
namespace {

constexpr ImGuiWindowFlags kKeyFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                       ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                       ImGuiWindowFlags_NoScrollbar;  // a long legend scrolls with the wheel

/// Scene areas narrower than this many text heights start with the window collapsed (it would cover the picture).
constexpr float kOpenLegendWidth_em = 60.0f;
constexpr float kOpenReadoutWidth_em = 28.0f;

ImU32 color(const scene::Rgba& c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a)); }

/// One scene shape (pixels at text scale 1 about the swatch's centre) drawn `s` times larger at `at`.
void draw_shape(ImDrawList* dl, const scene::Instance& i, ImVec2 at, float s) {
    const ImVec2 c(at.x + i.center.x * s, at.y + i.center.y * s);
    const bool upright = std::abs(std::sin(i.rotation_rad)) > 0.7f;  // a capsule turned a quarter
    const float hx = (upright ? i.half_size.y : i.half_size.x) * s, hy = (upright ? i.half_size.x : i.half_size.y) * s;
    const ImU32 fill = color(i.fill), edge = color(i.outline);
    const float edge_w = std::max(1.0f, i.outline_px * s);
    const bool outlined = i.outline_px > 0.0f && i.outline.a > 0.0f;
    switch (i.shape) {
        case scene::Shape::box:
        case scene::Shape::capsule: {
            const float round = i.shape == scene::Shape::capsule ? std::min(hx, hy) : i.corner_radius * s;
            dl->AddRectFilled(ImVec2(c.x - hx, c.y - hy), ImVec2(c.x + hx, c.y + hy), fill, round);
            if (outlined) dl->AddRect(ImVec2(c.x - hx, c.y - hy), ImVec2(c.x + hx, c.y + hy), edge, round, 0, edge_w);
            break;
        }
        case scene::Shape::triangle: {
            const float dir = std::cos(i.rotation_rad) < 0.0f ? 1.0f : -1.0f;  // apex up unless turned over
            const ImVec2 apex(c.x, c.y + dir * hy), a(c.x - hx, c.y - dir * hy), b(c.x + hx, c.y - dir * hy);
            dl->AddTriangleFilled(apex, a, b, fill);
            if (outlined) dl->AddTriangle(apex, a, b, edge, edge_w);
            break;
        }
        case scene::Shape::ring: dl->AddCircle(c, hx, fill, 0, std::max(1.0f, 2.0f * i.half_size.y * s)); break;
        case scene::Shape::glow:
            dl->AddCircleFilled(c, hx, color({i.fill.r, i.fill.g, i.fill.b, 0.45f * i.fill.a}));
            break;
        default:  // circle, ellipse
            dl->AddCircleFilled(c, 0.5f * (hx + hy), fill);
            if (outlined) dl->AddCircle(c, 0.5f * (hx + hy), edge, 0, edge_w);
            break;
    }
}

constexpr const char* kNotToScale = "Not to scale: sizes and counts are illustrative";

/// The legend window's size for its entries: the widest row (swatch and text) or note, every row, within `area`.
ImVec2 legend_size(const std::vector<scene::LegendSwatch>& entries, float swatch_w, const session::Rect& area,
                   float pad) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float text_w = ImGui::CalcTextSize(kNotToScale).x - swatch_w - style.ItemSpacing.x;
    for (const scene::LegendSwatch& e : entries) text_w = std::max(text_w, ImGui::CalcTextSize(e.text.c_str()).x);
    const float rows = static_cast<float>(entries.size());
    const float w = swatch_w + style.ItemSpacing.x + text_w + 2.0f * style.WindowPadding.x + 2.0f;
    const float h = ImGui::GetFrameHeight() + 2.0f * style.WindowPadding.y +
                    rows * (ImGui::GetFrameHeight() + style.ItemSpacing.y) + ImGui::GetTextLineHeight();
    return ImVec2(std::min(w, area.w - 2.0f * pad), std::min(h, std::max(0.0f, area.h - 2.0f * pad)));
}

void legend_window(const session::Session& app, const session::Rect& area) {
    const float pad = ImGui::GetStyle().WindowPadding.x;
    const float row = ImGui::GetFrameHeight(), s = ImGui::GetFontSize() / 13.0f, swatch_w = 2.2f * row;
    const std::vector<scene::LegendSwatch> entries = scene::legend_swatches(app.view.view, app.view.theme);
    ImGui::SetNextWindowPos(ImVec2(area.right() - pad, area.y + pad), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowCollapsed(area.w < ImGui::GetFontSize() * kOpenLegendWidth_em, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(legend_size(entries, swatch_w, area, pad), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.88f);
    if (ImGui::Begin("Legend##scene", nullptr, kKeyFlags & ~ImGuiWindowFlags_AlwaysAutoResize)) {
        for (const scene::LegendSwatch& entry : entries) {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::Dummy(ImVec2(swatch_w, row));
            ImDrawList* dl = ImGui::GetWindowDrawList();
            for (const scene::Instance& shape : entry.shapes)
                draw_shape(dl, shape, ImVec2(at.x + 0.5f * swatch_w, at.y + 0.5f * row), 0.8f * s);
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(entry.text.c_str());
        }
        ImGui::TextDisabled("%s", kNotToScale);
    }
    ImGui::End();
}

/// While the differences between people are shown: whose run the scene shows, and how many respond now.
void population_lines(const session::Session& app) {
    if (!app.population.shown) return;
    if (session::shown_person(app))
        ImGui::TextDisabled("Showing: %s", session::person_label(app, app.population.person).c_str());
    const std::string responders = session::responders_text(app);
    ImGui::TextUnformatted(responders.empty() ? session::population_note(app).c_str() : responders.c_str());
    if (!responders.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextUnformatted(session::response_definition().c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void readout_window(const session::Session& app, const session::Rect& area) {
    const float pad = ImGui::GetStyle().WindowPadding.x;
    ImGui::SetNextWindowPos(ImVec2(area.x + pad, area.y + pad), ImGuiCond_Always);
    ImGui::SetNextWindowCollapsed(area.w < ImGui::GetFontSize() * kOpenReadoutWidth_em, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(FLT_MAX, std::max(0.0f, area.h - 2.0f * pad)));
    ImGui::SetNextWindowBgAlpha(0.88f);
    if (ImGui::Begin("Readout##scene", nullptr, kKeyFlags)) {
        const std::vector<std::string> lines =
            scene::readout_text(session::scene_trajectory(app).at(app.time_h), app.view.view);
        for (const std::string& line : lines) {
            if (line.rfind("Now: ", 0) == 0)
                ImGui::Text("%s", line.c_str());
            else
                ImGui::TextDisabled("%s", line.c_str());
        }
        population_lines(app);
    }
    ImGui::End();
}

}  // namespace

void draw_scene_key(const session::Session& app, const session::Rect& scene_area) {
    if (scene_area.empty() || app.presenter || !app.show_ui || session::previewing(app)) return;
    if (app.panels.left && app.view.title) readout_window(app, scene_area);
    if (app.panels.right && app.view.legend) legend_window(app, scene_area);
}

}  // namespace ui
