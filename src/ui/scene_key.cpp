// The scene's legend and readout as ImGui windows: swatches drawn from the scene's own legend shapes.
#include "ui/scene_key.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "scene/scene.hpp"
#include "session/lesson/question.hpp"
#include "session/recording/script_preview.hpp"
#include "session/words.hpp"
#include "ui/panels.hpp"

namespace ui {
namespace {

constexpr ImGuiWindowFlags kKeyFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                       ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                       ImGuiWindowFlags_NoScrollbar;  // a long legend scrolls with the wheel

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

/// The legend window's size for its entries: the widest row (swatch and text) or note, every row, within `area`.
ImVec2 legend_size(const session::Session& session, const std::vector<scene::LegendSwatch>& entries, float swatch_w, const session::Rect& area,
                   float pad) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float text_w = ImGui::CalcTextSize(session::words(session, "legend.not_to_scale")).x - swatch_w - style.ItemSpacing.x;
    for (const scene::LegendSwatch& e : entries) text_w = std::max(text_w, ImGui::CalcTextSize(e.text.c_str()).x);
    const float rows = static_cast<float>(entries.size());
    const float w = swatch_w + style.ItemSpacing.x + text_w + 2.0f * style.WindowPadding.x + 2.0f;
    const float h = ImGui::GetFrameHeight() + 2.0f * style.WindowPadding.y +
                    rows * (ImGui::GetFrameHeight() + style.ItemSpacing.y) + ImGui::GetTextLineHeight();
    return ImVec2(std::min(w, area.w - 2.0f * pad), std::min(h, std::max(0.0f, area.h - 2.0f * pad)));
}

/// The legend: presenter mode's at the bottom left of the scene, folded at first; the docked one at the top right,
/// no wider than the layout's legend column, open at first where the layout gives it a column.
void legend_window(session::Session& session, Panels& panels, const session::Layout& layout, bool bottom_left) {
    const session::Rect& area = layout.scene;
    const float pad = ImGui::GetStyle().WindowPadding.x;
    const float row = ImGui::GetFrameHeight(), s = ImGui::GetFontSize() / 13.0f, swatch_w = 2.2f * row;
    const std::vector<scene::LegendSwatch> entries = scene::legend_swatches(session.view.view, session.view.theme);
    if (bottom_left)
        ImGui::SetNextWindowPos(ImVec2(area.x + pad, area.bottom() - pad), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    else
        ImGui::SetNextWindowPos(ImVec2(area.right() - pad, area.y + pad), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    const bool folded = bottom_left ? panels.presenter_legend_folded : layout.legend.empty();
    ImGui::SetNextWindowCollapsed(folded, ImGuiCond_FirstUseEver);
    ImVec2 size = legend_size(session, entries, swatch_w, area, pad);
    if (!bottom_left && !folded) size.x = std::min(size.x, layout.legend.w);
    if (folded)  // the title, its arrow and the frame's padding
        size.x = ImGui::CalcTextSize(session::words(session, "legend.title")).x + ImGui::GetFontSize() + 4.0f * ImGui::GetStyle().FramePadding.x;
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.88f);
    const std::string title = session::words(session, "legend.title") + std::string("##scene");
    const bool open = ImGui::Begin(title.c_str(), nullptr, kKeyFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    if (bottom_left)
        panels.presenter_legend_folded = !open;
    else
        session.panels.legend_open = open;
    if (open) {
        ImGui::PushTextWrapPos(0.0f);
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
        ImGui::TextDisabled("%s", session::words(session, "legend.not_to_scale"));
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

/// Every step of the mechanism as one row of small bars, each as high as the step is active now (steps overlap), the
/// step now outlined, a step the scenario blocks greyed with the experiment's red cut; hovering a bar names it. One
/// line high, so the readout window stays small over the picture (the scene's own title block lists the names).
void stage_strip(const session::Session& session) {
    // Which steps still happen is often a lesson question's answer: not marked until it is revealed.
    const bool mark = !session::answer_hidden(session::question_phase(session));
    const sim::Experiments experiments = mark ? session.model.scenario.experiments : sim::Experiments{};
    const sim::Hypotheses hypotheses = mark ? session.model.scenario.hypotheses : sim::Hypotheses{};
    const std::vector<scene::StageStripRow> rows =
        scene::stage_strip(session::scene_trajectory(session).at(session.time_h), experiments, hypotheses);
    const float font = ImGui::GetFontSize(), bar_w = 0.9f * font, gap = 0.35f * font, bar_h = 1.3f * font;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 track = ImGui::GetColorU32(ImGuiCol_FrameBg), fill = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
    const ImU32 cut = IM_COL32(214, 40, 40, 255);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const scene::StageStripRow& row = rows[i];
        const float x = at.x + static_cast<float>(i) * (bar_w + gap);
        const ImVec2 a(x, at.y), b(x + bar_w, at.y + bar_h);
        dl->AddRectFilled(a, b, track, 2.0f);
        if (row.activity > 0.0f)
            dl->AddRectFilled(ImVec2(a.x, b.y - row.activity * bar_h), b,
                              row.now ? fill : (fill & 0x00ffffffu) | 0x90000000u, 2.0f);
        if (row.now) dl->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Text), 2.0f, 0, 2.0f);
        if (row.blocked) dl->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, a.y), cut, 2.0f);
        if (ImGui::IsMouseHoveringRect(a, b))
            ImGui::SetTooltip(
                "%s", session::words(session, "readout.stage_bar.tooltip",
                                     {{"stage", row.title},
                                      {"percent", session::formatted_number("%.0f", 100.0 * row.activity)},
                                      {"now", row.now ? session::words(session, "readout.stage_bar.now") : ""},
                                      {"blocked", row.blocked ? session::words(session, "readout.stage_bar.blocked") : ""}})
                          .c_str());
    }
    const float strip_w = static_cast<float>(rows.size()) * (bar_w + gap);
    ImGui::Dummy(ImVec2(strip_w, bar_h));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", session::words(session, "readout.stage_strip"));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", session::words(session, "readout.stage_strip.tooltip"));
}

/// While the differences between people are shown: whose run the scene shows, and how many respond now.
void population_lines(const session::Session& session) {
    if (!session.population.shown) return;
    if (session::shown_person(session))
        ImGui::TextDisabled(
            "%s", session::words(session, "readout.showing", {{"person", session::person_label(session, session.population.person)}})
                      .c_str());
    const std::string responders = session::responders_text(session);
    ImGui::TextUnformatted(responders.empty() ? session::population_note(session).c_str() : responders.c_str());
    if (!responders.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextUnformatted(session::response_definition(session).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

/// The readout in the layout's column over the scene (as wide as the column, so that the picture keeps clear of it);
/// collapsed at first where the scene is too narrow for the column.
void readout_window(session::Session& session, const session::Layout& layout) {
    const float pad = ImGui::GetStyle().WindowPadding.x;
    const session::Rect& column = layout.readout;
    ImGui::SetNextWindowPos(ImVec2(layout.scene.x + pad, layout.scene.y + pad), ImGuiCond_Always);
    ImGui::SetNextWindowCollapsed(column.empty(), ImGuiCond_FirstUseEver);
    const float width = column.empty() ? ImGui::GetFontSize() * session::kReadoutWidth_em : column.w;
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f),
                                        ImVec2(width, std::max(0.0f, layout.scene.h - 2.0f * pad)));
    ImGui::SetNextWindowBgAlpha(0.88f);
    const std::string title = session::words(session, "readout.title") + std::string("##scene");
    session.panels.readout_open = ImGui::Begin(title.c_str(), nullptr, kKeyFlags);
    if (*session.panels.readout_open) {
        ImGui::PushTextWrapPos(0.0f);
        const std::vector<std::string> lines =
            scene::readout_text(session::scene_trajectory(session).at(session.time_h), session.view.view);
        for (const std::string& line : lines) {
            if (line.rfind("Now: ", 0) != 0) {
                ImGui::TextDisabled("%s", line.c_str());
                continue;
            }
            ImGui::Text("%s", line.c_str());
            stage_strip(session);
        }
        population_lines(session);
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

}  // namespace

void draw_scene_key(session::Session& session, Panels& panels, const session::Layout& layout) {
    if (layout.scene.empty() || !session.show_ui || session::previewing(session)) return;
    if (session.presenter) {
        if (session.view.legend) legend_window(session, panels, layout, true);
        return;
    }
    if (session.panels.left && session.view.title) readout_window(session, layout);
    if (session.panels.right && session.view.legend) legend_window(session, panels, layout, false);
}

}  // namespace ui
