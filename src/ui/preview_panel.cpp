// Video tab: script chooser and file field, transport and scrub slider over video time, the render command.
#include "ui/preview_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cfloat>
#include <cstdio>
#include <filesystem>

#include "scene/scene.hpp"
#include "session/lesson/lesson_index.hpp"
#include "session/view/timeline_axis.hpp"
#include "session/words.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

/// "scripts/ketamine-mechanism.json": the file with the folder that says what it is.
std::string short_name(const std::string& path) {
    const std::filesystem::path p(path);
    return p.parent_path().filename().string() + "/" + p.filename().string();
}

/// A lesson by its title ("Lesson: How ketamine works ..."), a script by its file.
std::string shown_name(const session::Session& session, const std::string& path,
                       const std::vector<session::LessonEntry>& lessons) {
    for (const session::LessonEntry& lesson : lessons)
        if (lesson.path == path) return session::words(session, "video.lesson_name", {{"title", lesson.title}});
    return short_name(path);
}

void file_chooser(session::Session& session, Panels& panels, FrameOutput& out) {
    session::ScriptPreview& p = session.preview;
    ImGui::TextDisabled("%s", session::words(session, "video.scripts"));
    const std::vector<session::LessonEntry> lessons = session::list_lessons(session.assets_dir);
    for (const std::string& path : session::preview_script_files(session.assets_dir)) {
        const bool current = previewing(session) && path == p.path;
        const std::string name = shown_name(session, path, lessons);
        if (ImGui::Selectable(fit_text(name, ImGui::GetContentRegionAvail().x).c_str(), current))
            open_script_preview(session, path);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", name.c_str(), path.c_str());
    }
    ImGui::TextDisabled("%s", session::words(session, "video.or_file"));
    if (panels.picks_files) {
        if (ImGui::Button(session::words(session, "video.pick_file")))
            out.requests.pick_file = session::FileUse::script;
    } else {
        ImGui::SetNextItemWidth(-(button_width(session::words(session, "dialog.open")) + ImGui::GetStyle().ItemSpacing.x));
        const bool enter = ImGui::InputTextWithHint("##scriptpath", "path/to/script.json", &panels.script_path_input,
                                                    ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if (ImGui::Button(session::words(session, "dialog.open")) || enter) open_script_preview(session, panels.script_path_input);
    }
    if (p.error.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, status_color(session.view.theme, Status::wrong));
    ImGui::TextWrapped("%s", p.error.c_str());
    ImGui::PopStyleColor();
}

/// Segment boundaries as ticks under the scrub slider; a narrated segment's span is underlined.
void segment_ticks(const session::Script& script) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const double duration_s = script.duration_s();
    if (duration_s <= 0.0 || max.x <= min.x) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 tick = ImGui::GetColorU32(ImGuiCol_TextDisabled), said = ImGui::GetColorU32(ImGuiCol_SliderGrabActive);
    const auto x_at = [&](double t_s) { return min.x + static_cast<float>(t_s / duration_s) * (max.x - min.x); };
    double start_s = 0.0;
    for (const session::Segment& s : script.segments) {
        const float x0 = x_at(start_s), x1 = x_at(start_s + s.duration_s);
        draw->AddLine(ImVec2(x0, max.y - 4.0f), ImVec2(x0, max.y), tick);
        if (script.narrated && !s.narration.empty())
            draw->AddLine(ImVec2(x0 + 1.0f, max.y - 1.0f), ImVec2(x1 - 1.0f, max.y - 1.0f), said, 2.0f);
        start_s += s.duration_s;
    }
}

void transport(session::Session& session) {
    session::ScriptPreview& p = session.preview;
    const double duration_s = p.source->script.duration_s();
    const std::string label = std::string(session::words(session, p.playing ? "video.pause" : "video.play")) + "###previewplay";
    if (ImGui::Button(label.c_str(), ImVec2(ImGui::GetFontSize() * 5.0f, 0.0f))) toggle_preview_play(session);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "video.play.tooltip"));
    char clock[48];
    std::snprintf(clock, sizeof clock, "%.1f / %.1f s", p.video_time_s, duration_s);
    same_line_if_fits(ImGui::CalcTextSize(clock).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(clock);
    double t_s = p.video_time_s;
    const double zero_s = 0.0;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::SliderScalar("##scrub", ImGuiDataType_Double, &t_s, &zero_s, &duration_s, "%.1f s"))
        seek_preview(session, t_s);
    segment_ticks(p.source->script);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "video.scrub.tooltip"));
}

/// Where the script is: segment, simulated time, view.
void position_line(const session::Session& session) {
    const session::ScriptFrame f = *preview_frame(session);
    const std::string line =
        session::words(session, "video.position",
                       {{"segment", std::to_string(f.segment_index + 1)},
                        {"count", std::to_string(session.preview.source->script.segments.size())},
                        {"time", session::cursor_time_text(session.time_h)},
                        {"view", std::string(scene::view_id(f.view))}});
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", line.c_str());
    ImGui::PopTextWrapPos();
}

/// What the current segment says and when (under the command, which stays in view on a small screen).
void narration_text(const session::Session& session) {
    const session::Script& script = session.preview.source->script;
    if (!script.narrated) return;  // a lesson says its captions only when recorded with --voice
    const std::string says = session::narration_line(session, script, *preview_frame(session));
    if (says.empty()) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", says.c_str());
    ImGui::PopTextWrapPos();
}

/// The render command, one option per line (the script's path wraps where it must).
void command_block(session::Session& session, const Panels& panels) {
    const std::string path = session::display_script_path(session.preview.path);
    if (!panels.records_video) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(session::words(session, "video.web_only_previews"));
        ImGui::PopTextWrapPos();
    }
    ImGui::TextDisabled("%s", session::words(session, panels.records_video ? "video.render" : "video.render.web"));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("synapse-lab --record out.mp4");
    ImGui::TextUnformatted(("  --script " + session::render_command_path(path)).c_str());
    const bool narrated = session.preview.source->script.narrated;
    ImGui::TextUnformatted(narrated ? "  --size 1920x1080 --fps 30 --voice flite" : "  --size 1920x1080 --fps 30");
    ImGui::PopTextWrapPos();
    if (ImGui::Button(session::words(session, "video.copy_command"))) {
        const std::string command = session::render_command(path, narrated);
        ImGui::SetClipboardText(command.c_str());
        session::report(session, session::words(session, "status.copied", {{"link", command}}));
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "video.copy_command.tooltip"));
    same_line_if_fits(button_width(session::words(session, "video.close")));
    if (ImGui::Button(session::words(session, "video.close"))) close_script_preview(session);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "video.close.tooltip"));
}

void loaded_script(session::Session& session, const Panels& panels) {
    const session::Script& script = session.preview.source->script;
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("%s", script.title.empty() ? script.where.c_str() : script.title.c_str());
    ImGui::PopFont();
    transport(session);
    position_line(session);
    ImGui::Spacing();
    command_block(session, panels);
    narration_text(session);
    ImGui::Separator();
}

}  // namespace

void draw_preview_panel(session::Session& session, Panels& panels, FrameOutput& out) {
    if (previewing(session))
        loaded_script(session, panels);
    else if (panels.records_video)
        ImGui::TextWrapped("%s", session::words(session, "video.intro"));
    else
        ImGui::TextWrapped("%s", session::words(session, "video.intro.web"));
    file_chooser(session, panels, out);
}

void show_preview_tab(session::Session& session, Panels& panels) {
    panels.left_tab = LeftTab::video;
    panels.left_tab_requested = true;
    session::show_panel(session, session::Panel::left);
}

}  // namespace ui
