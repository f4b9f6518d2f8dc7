// Lesson panel: lesson chooser, step caption with glossary links, predict-then-run question, step navigation.
#include "ui/lesson_panel.hpp"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "session/file_actions.hpp"
#include "ui/fonts.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

void lesson_chooser(session::Session& app) {
    ImGui::TextWrapped(
        "Guided lessons walk through the mechanism step by step. Page Up / Page Down (or a "
        "presentation clicker) move between steps.");
    for (const std::string& path : session::list_lesson_files(app.assets_dir)) {
        const std::string name = std::filesystem::path(path).stem().string();
        if (ImGui::Button(("Start: " + name).c_str(), ImVec2(-1.0f, 0.0f))) open_lesson_file(app, path);
    }
    if (!app.lesson.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.9f, 0.3f, 0.3f, 1.0f));
        ImGui::TextWrapped("%s", app.lesson.error.c_str());
        ImGui::PopStyleColor();
    }
}

void question_block(session::Session& app, Panels& panels, const session::LessonQuestion& q) {
    ImGui::Separator();
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("Predict: %s", q.prompt.c_str());
    ImGui::PopFont();
    for (int i = 0; i < static_cast<int>(q.choices.size()); ++i) {
        ImGui::PushID(i);
        bool pick = ImGui::RadioButton("##choice", app.lesson.chosen == i);
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::TextWrapped("%s", q.choices[static_cast<std::size_t>(i)].c_str());  // long answers wrap
        pick |= ImGui::IsItemClicked();
        if (pick && !app.lesson.ran) app.lesson.chosen = i;
        ImGui::PopID();
    }
    if (!app.lesson.ran) {
        ImGui::BeginDisabled(app.lesson.chosen < 0);
        if (ImGui::Button("Run", ImVec2(ImGui::GetFontSize() * 6.0f, 0.0f))) run_lesson_step(app);
        ImGui::EndDisabled();
        if (app.lesson.chosen < 0) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("Choose an answer, then run.");
            ImGui::PopTextWrapPos();
        }
        return;
    }
    const bool right = app.lesson.chosen == q.answer;
    ImGui::PushStyleColor(ImGuiCol_Text, right ? ImVec4(0.2f, 0.75f, 0.35f, 1.0f) : ImVec4(0.95f, 0.55f, 0.1f, 1.0f));
    ImGui::TextWrapped(
        "%s", right ? "Right."
                    : ("Not quite: the answer is \"" + q.choices[static_cast<std::size_t>(q.answer)] + "\".").c_str());
    ImGui::PopStyleColor();
    rich_text(app, panels, q.explanation);
}

void step_navigation(session::Session& app) {
    const int n = static_cast<int>(app.lesson.lesson->steps.size());
    ImGui::BeginDisabled(app.lesson.step <= 0);
    if (ImGui::Button("\xe2\x97\x80 Previous")) lesson_go(app, -1);
    ImGui::EndDisabled();
    char count[32];
    std::snprintf(count, sizeof count, "%d / %d", app.lesson.step + 1, n);
    same_line_if_fits(ImGui::CalcTextSize(count).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count);
    same_line_if_fits(button_width("Next \xe2\x96\xb6"));
    ImGui::BeginDisabled(app.lesson.step + 1 >= n);
    if (ImGui::Button("Next \xe2\x96\xb6")) lesson_go(app, +1);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Page Down");
}

void lesson_step(session::Session& app, Panels& panels) {
    const session::Lesson& lesson = *app.lesson.lesson;
    const session::LessonStep& s = lesson.steps[static_cast<std::size_t>(app.lesson.step)];
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", lesson.title.c_str());
    ImGui::PopTextWrapPos();
    step_navigation(app);
    ImGui::Separator();
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("%s", s.title.c_str());
    ImGui::PopFont();
    rich_text(app, panels, s.caption);
    if (s.baseline) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("Dashed lines: %s", s.baseline_label.c_str());
        ImGui::PopTextWrapPos();
    }
    if (s.question) question_block(app, panels, *s.question);
    ImGui::Spacing();
    if (ImGui::Button("Restart this step")) apply_lesson_step(app, app.lesson.step);
    same_line_if_fits(button_width("Leave lesson"));
    if (ImGui::Button("Leave lesson")) stop_lesson(app);
}

}  // namespace

void draw_lesson_panel(session::Session& app, Panels& panels) {
    if (app.lesson.lesson && app.lesson.step >= 0)
        lesson_step(app, panels);
    else
        lesson_chooser(app);
}

}  // namespace ui
