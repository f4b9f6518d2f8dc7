// Lesson panel: lesson chooser, step caption with glossary links, predict-then-run question, step navigation.
#include "ui/lesson_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "session/file_actions.hpp"
#include "session/lesson/lesson_index.hpp"
#include "session/lesson/question.hpp"
#include "session/words.hpp"
#include "ui/fonts.hpp"
#include "ui/sources_panel.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

/// One wrapping button per lesson, by title, in the order they build on each other.
void lesson_buttons(session::Session& session, Panels& panels) {
    int number = 1;
    for (const session::LessonEntry& lesson : session::list_lessons(session.assets_dir)) {
        ImGui::PushID(lesson.path.c_str());
        const std::string label = std::to_string(number++) + ". " + lesson.title;
        const float wrap = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x * 2.0f;
        const ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
        const ImVec2 size(-1.0f, text.y + ImGui::GetStyle().FramePadding.y * 2.0f);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
        const bool pressed = ImGui::Button("##start", size);
        ImGui::PopStyleVar();
        const ImVec2 at(ImGui::GetItemRectMin().x + ImGui::GetStyle().FramePadding.x,
                        ImGui::GetItemRectMin().y + ImGui::GetStyle().FramePadding.y);
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at,
                                            ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrap);
        if (pressed) ask_to_start_lesson(session, panels, lesson.path);
        ImGui::PopID();
    }
}

void lesson_chooser(session::Session& session, Panels& panels) {
    ImGui::TextWrapped("%s", session::words(session, "lesson.chooser.intro"));
    lesson_buttons(session, panels);
    if (!session.lesson.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, status_color(session.view.theme, Status::wrong));
        ImGui::TextWrapped("%s", session.lesson.error.c_str());
        ImGui::PopStyleColor();
    }
}

void question_block(session::Session& session, Panels& panels, const session::LessonQuestion& q) {
    const session::QuestionPhase phase = session::question_phase(session);
    const bool revealed = phase == session::QuestionPhase::revealed;
    ImGui::Separator();
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("%s", session::words(session, "lesson.predict", {{"prompt", q.prompt}}).c_str());
    ImGui::PopFont();
    for (int i = 0; i < static_cast<int>(q.choices.size()); ++i) {
        ImGui::PushID(i);
        bool pick = ImGui::RadioButton("##choice", session.lesson.chosen == i);
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        const std::string text = std::string(1, static_cast<char>('A' + i)) + ") " +
                                 q.choices[static_cast<std::size_t>(i)] +
                                 (revealed && i == q.answer ? session::words(session, "lesson.choice_right") : "");
        if (revealed && i == q.answer) ImGui::PushStyleColor(ImGuiCol_Text, status_color(session.view.theme, Status::right));
        ImGui::TextWrapped("%s", text.c_str());  // long answers wrap
        if (revealed && i == q.answer) ImGui::PopStyleColor();
        pick |= ImGui::IsItemClicked();
        if (pick) session::choose_answer(session, i);
        ImGui::PopID();
    }
    switch (phase) {
        case session::QuestionPhase::asking:
        case session::QuestionPhase::chosen:
            ImGui::BeginDisabled(session.lesson.chosen < 0);
            if (ImGui::Button(session::words(session, "lesson.run"), ImVec2(ImGui::GetFontSize() * 6.0f, 0.0f))) session::run_question(session);
            ImGui::EndDisabled();
            same_line_if_fits(button_width(session::words(session, "lesson.show_answer")));
            if (ImGui::Button(session::words(session, "lesson.show_answer"))) session::reveal_answer(session);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "lesson.show_answer.tooltip"));
            if (session.lesson.chosen < 0) {
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextDisabled("%s", session::words(session, "lesson.choose_first"));
                ImGui::PopTextWrapPos();
            }
            return;
        case session::QuestionPhase::running: ImGui::TextDisabled("%s", session::words(session, "lesson.running")); return;
        case session::QuestionPhase::waiting:
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s", session::words(session, "lesson.waiting"));
            ImGui::PopTextWrapPos();
            if (ImGui::Button(session::words(session, "lesson.show_answer"))) session::reveal_answer(session);
            return;
        default: break;
    }
    if (session.lesson.chosen >= 0) {
        const bool right = session.lesson.chosen == q.answer;
        ImGui::PushStyleColor(ImGuiCol_Text,
                              status_color(session.view.theme, right ? Status::right : Status::caution));
        ImGui::TextWrapped("%s", session::words(session, right ? "lesson.right" : "lesson.not_quite"));
        ImGui::PopStyleColor();
    }
    rich_text(session, panels, q.explanation);
}

void step_navigation(session::Session& session) {
    const int n = static_cast<int>(session.lesson.lesson->steps.size());
    ImGui::BeginDisabled(session.lesson.step <= 0);
    if (ImGui::Button(session::words(session, "lesson.previous"))) lesson_go(session, -1);
    ImGui::EndDisabled();
    char count[32];
    std::snprintf(count, sizeof count, "%d / %d", session.lesson.step + 1, n);
    same_line_if_fits(ImGui::CalcTextSize(count).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count);
    const char* next = session::words(session, session.lesson.step + 1 >= n ? "lesson.finish" : "lesson.next");
    same_line_if_fits(button_width(next));
    if (ImGui::Button(next)) lesson_go(session, +1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "key.page_down"));
}

void lesson_end(session::Session& session) {
    const session::Lesson& lesson = *session.lesson.lesson;
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("%s", session::words(session, "lesson.end"));
    ImGui::PopFont();
    ImGui::TextWrapped("%s", lesson.title.c_str());
    ImGui::Spacing();
    if (ImGui::Button(session::words(session, "lesson.back_to_last"))) lesson_go(session, -1);
    if (ImGui::Button(session::words(session, "lesson.start_again"))) apply_lesson_step(session, 0);
    same_line_if_fits(button_width(session::words(session, "command.leave_lesson")));
    if (ImGui::Button(session::words(session, "command.leave_lesson"))) stop_lesson(session);
}

void lesson_step(session::Session& session, Panels& panels) {
    const session::Lesson& lesson = *session.lesson.lesson;
    const session::LessonStep& s = lesson.steps[static_cast<std::size_t>(session.lesson.step)];
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", lesson.title.c_str());
    ImGui::PopTextWrapPos();
    step_navigation(session);
    ImGui::Separator();
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("%s", s.title.c_str());
    ImGui::PopFont();
    // A question step's caption may give the answer away: it waits for the reveal.
    if (!s.question || !session::answer_hidden(session::question_phase(session))) rich_text(session, panels, s.caption);
    if (s.baseline) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", session::words(session, "lesson.dashed", {{"label", s.baseline_label}}).c_str());
        ImGui::PopTextWrapPos();
    }
    if (s.question) question_block(session, panels, *s.question);
    ImGui::Spacing();
    if (ImGui::Button(session::words(session, "lesson.restart_step"))) apply_lesson_step(session, session.lesson.step);
    same_line_if_fits(button_width(session::words(session, "command.leave_lesson")));
    if (ImGui::Button(session::words(session, "command.leave_lesson"))) stop_lesson(session);
}

}  // namespace

void draw_lesson_panel(session::Session& session, Panels& panels) {
    if (session.lesson.lesson && session.lesson.finished)
        lesson_end(session);
    else if (session.lesson.lesson && session.lesson.step >= 0)
        lesson_step(session, panels);
    else
        lesson_chooser(session, panels);
}

void ask_to_start_lesson(session::Session& session, Panels& panels, const std::string& path) {
    if (session::has_unsaved_changes(session) && !session.lesson.lesson)
        panels.dialogs.confirm_lesson_path = path;
    else
        open_lesson_file(session, path);
}

void draw_lesson_confirm(session::Session& session, Panels& panels) {
    if (panels.dialogs.confirm_lesson_path.empty()) return;
    centered_dialog(30.0f, 12.0f);
    bool open = true;
    if (ImGui::Begin(session::words(session, "lesson.confirm"), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("%s", session::words(session, "lesson.confirm.text"));
        const std::string path = panels.dialogs.confirm_lesson_path;
        if (ImGui::Button(session::words(session, "lesson.confirm.start"))) {
            panels.dialogs.confirm_lesson_path.clear();
            open_lesson_file(session, path);
        }
        ImGui::SameLine();
        if (ImGui::Button(session::words(session, "lesson.confirm.save_first"))) {
            panels.dialogs.confirm_lesson_path.clear();
            panels.dialogs.save_scenario = true;
        }
        ImGui::SameLine();
        if (ImGui::Button(session::words(session, "dialog.cancel"))) open = false;
    }
    ImGui::End();
    if (!open) panels.dialogs.confirm_lesson_path.clear();
}

void draw_welcome(session::Session& session, Panels& panels) {
    if (!panels.dialogs.welcome) return;
    centered_dialog(34.0f, 22.0f);
    if (ImGui::Begin(session::words(session, "welcome.title"), &panels.dialogs.welcome,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(session::words(session, "welcome.intro"));
        ImGui::Spacing();
        ImGui::PushFont(font(FontRole::bold));
        ImGui::TextUnformatted(session::words(session, "welcome.lessons"));
        ImGui::PopFont();
        ImGui::PopTextWrapPos();
        const std::string before = session.lesson.lesson ? session.lesson.lesson->path : "";
        lesson_buttons(session, panels);
        const std::string after = session.lesson.lesson ? session.lesson.lesson->path : "";
        if (after != before || !panels.dialogs.confirm_lesson_path.empty()) panels.dialogs.welcome = false;
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", session::words(session, "welcome.explore"));
        ImGui::Spacing();
        ImGui::TextUnformatted(session::words(session, "notice.teaching_model"));
        ImGui::PopTextWrapPos();
        if (ImGui::Button(session::words(session, "welcome.explore.button"))) panels.dialogs.welcome = false;
    }
    ImGui::End();
}

}  // namespace ui
