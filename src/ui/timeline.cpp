// Timeline panel: transport buttons, speed, read-outs, jump-to-stage and the time bar with markers.
#include "ui/timeline.hpp"

#include <imgui.h>

#include <cmath>
#include <string>

#include "session/keys.hpp"
#include "session/lesson/question.hpp"
#include "sim/evidence.hpp"
#include "session/words.hpp"
#include "sim/stage.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

std::optional<double> snap_to_event(const std::vector<session::TimelineEvent>& events, const session::TimeAxis& axis,
                                    double frac, double tolerance_frac) {
    std::optional<double> best;
    double best_d = tolerance_frac;
    for (const session::TimelineEvent& e : events) {
        const double d = std::abs(session::axis_fraction(axis, e.t_h) - frac);
        if (d <= best_d) {
            best_d = d;
            best = e.t_h;
        }
    }
    return best;
}

float time_bar_height() { return ImGui::GetTextLineHeight() * 2.9f; }

namespace {

void transport_buttons(session::Session& session) {
    if (ImGui::Button(session::words(session, "timeline.step_back"))) step(session, true);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "timeline.step_back.tooltip"));
    same_line_if_fits(ImGui::GetFontSize() * 5.0f);
    const std::string play =
        std::string(session::words(session, session.playing ? "timeline.pause" : "timeline.play")) + "###play";
    if (ImGui::Button(play.c_str(), ImVec2(ImGui::GetFontSize() * 5.0f, 0.0f))) toggle_play(session);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "timeline.play.tooltip"));
    const char* step_forward = session::words(session, "timeline.step_forward");
    same_line_if_fits(button_width(step_forward));
    if (ImGui::Button(step_forward)) step(session, false);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "timeline.step_forward.tooltip"));
}

void speed_combo(session::Session& session) {
    const auto& speeds = session::speed_choices();
    const int n = static_cast<int>(speeds.size());
    const char* current = session.speed_index >= 0 && session.speed_index < n
                              ? session::words(session, speeds[static_cast<std::size_t>(session.speed_index)].words_key)
                              : session::words(session, "timeline.speed.custom");
    ImGui::SetNextItemWidth(ImGui::CalcTextSize(current).x + ImGui::GetFrameHeight() +
                            ImGui::GetStyle().FramePadding.x * 2.0f);
    if (ImGui::BeginCombo("##speed", current)) {
        for (int i = 0; i < n; ++i)
            if (ImGui::Selectable(session::words(session, speeds[static_cast<std::size_t>(i)].words_key), i == session.speed_index))
                session::set_speed(session, i);
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "timeline.speed.tooltip"));
}

void jump_to_stage(session::Session& session) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    if (ImGui::BeginCombo("##jump", session::words(session, "timeline.jump_to_stage"), ImGuiComboFlags_HeightLarge)) {
        // Only the stages this run reaches (a blocked step never happens), and, while a lesson question hides
        // its answer, none beyond the cursor.
        const std::optional<double> horizon_h = session::spoiler_horizon_h(session);
        for (sim::Stage stage : sim::kMechanismStages) {
            const std::optional<double> t = stage == sim::Stage::baseline
                                                ? std::optional<double>(0.0)
                                                : session::stage_onset_h(session.model.events(), stage);
            if (!t || (horizon_h && *t > *horizon_h)) continue;
            const std::string label =
                std::string(sim::stage_title(stage)) + "  (" + session::cursor_time_text(*t) + ")";
            if (ImGui::Selectable(label.c_str(), false)) {
                session::scrub_to(session, *t);
            }
        }
        ImGui::EndCombo();
    }
}

void readout(const session::Session& session) {
    const sim::State s = trajectory(session).at(session.time_h);
    const std::string_view species = sim::stage_evidence(s.stage).species;
    const std::string text = "t = " + session::cursor_time_text(session.time_h) + "  |  " +
                             std::string(sim::stage_title(s.stage)) +
                             (species.empty() ? "" : " [" + std::string(species) + "]");
    same_line_if_fits(ImGui::CalcTextSize(text.c_str()).x);
    ImGui::TextUnformatted(text.c_str());
}

ImU32 marker_color(const session::Session& session, const session::TimelineEvent& e) {
    if (e.kind == session::TimelineEvent::Kind::stage) return series_color(session.view.theme, 1);
    return series_color(session.view.theme, 0);
}

void draw_markers(ImDrawList* dl, const session::Session& session, const session::TimeAxis& axis, ImVec2 a, float w,
                  float track_y) {
    const float r = ImGui::GetFontSize() * 0.32f;
    const std::optional<double> horizon_h = session::spoiler_horizon_h(session);
    for (const session::TimelineEvent& e : session.model.events()) {
        if (horizon_h && e.t_h > *horizon_h) continue;  // a lesson question: what comes next stays unseen
        const float x = a.x + static_cast<float>(session::axis_fraction(axis, e.t_h)) * w;
        const ImU32 col = marker_color(session, e);
        if (e.kind == session::TimelineEvent::Kind::stage)
            dl->AddTriangleFilled(ImVec2(x - r, track_y - r * 2.2f), ImVec2(x + r, track_y - r * 2.2f),
                                  ImVec2(x, track_y - r * 0.4f), col);
        else
            dl->AddRectFilled(ImVec2(x - r * 0.5f, track_y - r * 2.4f), ImVec2(x + r * 0.5f, track_y - r * 0.4f), col);
    }
}

void draw_bar_ticks(ImDrawList* dl, const session::TimeAxis& axis, ImVec2 a, float w, float track_y, float track_h) {
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    float last_right = -1e9f;
    for (const session::AxisTick& tick : session::axis_ticks(axis)) {
        const float x = a.x + static_cast<float>(session::axis_fraction(axis, tick.t_h)) * w;
        dl->AddLine(ImVec2(x, track_y + track_h), ImVec2(x, track_y + track_h + ImGui::GetFontSize() * 0.3f),
                    tick.major ? text : faint, tick.major ? 2.0f : 1.0f);
        const ImVec2 sz = ImGui::CalcTextSize(tick.label.c_str());
        const float left = std::min(std::max(x - sz.x * 0.5f, a.x), a.x + w - sz.x);
        if (left < last_right + 6.0f) continue;
        dl->AddText(ImVec2(left, track_y + track_h + ImGui::GetFontSize() * 0.3f), tick.major ? text : faint,
                    tick.label.c_str());
        last_right = left + sz.x;
    }
}

void marker_tooltip(const session::Session& session, const session::TimeAxis& axis, double frac, double tolerance) {
    for (const session::TimelineEvent& e : session.model.events())
        if (std::abs(session::axis_fraction(axis, e.t_h) - frac) <= tolerance) {
            ImGui::SetTooltip("%s", session::words(session, "timeline.marker.tooltip",
                                                  {{"label", session::event_label(session, e)}, {"time", session::cursor_time_text(e.t_h)}})
                                         .c_str());
            return;
        }
    const std::string time_text = session::cursor_time_text(session::axis_time(axis, frac));
    ImGui::SetTooltip("%s", session::words(session, "timeline.bar.tooltip", {{"time", time_text}}).c_str());
}

/// The bar: segment shading, ticks, dose and stage markers, progress, cursor. Click/drag scrubs; markers
/// snap.
void time_bar(session::Session& session) {
    const session::TimeAxis axis = session::make_time_axis(trajectory(session).duration_h(), session.axis_segmented);
    const float height = time_bar_height();
    const float w = ImGui::GetContentRegionAvail().x;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##timebar", ImVec2(w, height));
    const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float track_h = ImGui::GetFontSize() * 0.55f, track_y = a.y + ImGui::GetFontSize() * 0.9f;
    dl->AddRectFilled(ImVec2(a.x, track_y), ImVec2(a.x + w, track_y + track_h), ImGui::GetColorU32(ImGuiCol_FrameBg),
                      3.0f);
    const float cx = a.x + static_cast<float>(session::axis_fraction(axis, session.time_h)) * w;
    dl->AddRectFilled(ImVec2(a.x, track_y), ImVec2(cx, track_y + track_h), ImGui::GetColorU32(ImGuiCol_SliderGrab),
                      3.0f);
    for (std::size_t i = 0; i + 1 < axis.segments.size(); ++i) {
        const float x = a.x + static_cast<float>(axis.segments[i].end_frac) * w;
        dl->AddLine(ImVec2(x, track_y - 2.0f), ImVec2(x, track_y + track_h + 2.0f), ImGui::GetColorU32(ImGuiCol_Text),
                    2.0f);
    }
    draw_markers(dl, session, axis, a, w, track_y);
    draw_bar_ticks(dl, axis, a, w, track_y, track_h);
    const float r = ImGui::GetFontSize() * 0.45f;
    dl->AddCircleFilled(ImVec2(cx, track_y + track_h * 0.5f), r, ImGui::GetColorU32(ImGuiCol_PlotLinesHovered));
    const double frac = w > 0.0f ? (ImGui::GetIO().MousePos.x - a.x) / w : 0.0;
    const double tolerance = w > 0.0f ? ImGui::GetFontSize() * 0.4 / w : 0.0;
    if (active) {
        const std::optional<double> snapped = snap_to_event(session.model.events(), axis, frac, tolerance);
        session::scrub_to(session, snapped ? *snapped : session::axis_time(axis, frac));
    } else if (hovered) {
        marker_tooltip(session, axis, frac, tolerance);
    }
}

}  // namespace

void draw_timeline(session::Session& session, bool compact) {
    transport_buttons(session);
    same_line_if_fits(ImGui::GetFontSize() * 13.0f);
    speed_combo(session);
    same_line_if_fits(ImGui::GetFontSize() * 9.0f);
    jump_to_stage(session);
    readout(session);
    if (!compact) {
        const char* segmented = session::words(session, "timeline.segmented_axis");
        same_line_if_fits(ImGui::GetFrameHeight() + ImGui::CalcTextSize(segmented).x + ImGui::GetStyle().ItemInnerSpacing.x);
        bool on = session.axis_segmented;
        if (ImGui::Checkbox(segmented, &on)) session::apply_action(session, session::Action::toggle_segmented_axis);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "timeline.segmented_axis.tooltip"));
    }
    time_bar(session);
}

}  // namespace ui
