// Lesson panel: lesson chooser, step caption with glossary links, predict-then-run question, step navigation.
#include "ui/lesson_panel.hpp"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "session/file_actions.hpp"
#include "session/question.hpp"
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
    const session::QuestionPhase phase = session::question_phase(app);
    const bool revealed = phase == session::QuestionPhase::revealed;
    ImGui::Separator();
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("Predict: %s", q.prompt.c_str());
    ImGui::PopFont();
    for (int i = 0; i < static_cast<int>(q.choices.size()); ++i) {
        ImGui::PushID(i);
        bool pick = ImGui::RadioButton("##choice", app.lesson.chosen == i);
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        const std::string text = std::string(1, static_cast<char>('A' + i)) + ") " +
                                 q.choices[static_cast<std::size_t>(i)] +
                                 (revealed && i == q.answer ? "  (right)" : "");
        if (revealed && i == q.answer) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.2f, 0.75f, 0.35f, 1.0f));
        ImGui::TextWrapped("%s", text.c_str());  // long answers wrap
        if (revealed && i == q.answer) ImGui::PopStyleColor();
        pick |= ImGui::IsItemClicked();
        if (pick) session::choose_answer(app, i);
        ImGui::PopID();
    }
    switch (phase) {
        case session::QuestionPhase::asking:
        case session::QuestionPhase::chosen:
            ImGui::BeginDisabled(app.lesson.chosen < 0);
            if (ImGui::Button("Run", ImVec2(ImGui::GetFontSize() * 6.0f, 0.0f))) session::run_question(app);
            ImGui::EndDisabled();
            same_line_if_fits(button_width("Show the answer"));
            if (ImGui::Button("Show the answer")) session::reveal_answer(app);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Reveal without choosing (R)");
            if (app.lesson.chosen < 0) {
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextDisabled("Choose an answer (A, B, C), then run. What comes next stays hidden until then.");
                ImGui::PopTextWrapPos();
            }
            return;
        case session::QuestionPhase::running: ImGui::TextDisabled("Running to the moment that answers it..."); return;
        case session::QuestionPhase::waiting:
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("The run is there: choose an answer to see whether it was right.");
            ImGui::PopTextWrapPos();
            if (ImGui::Button("Show the answer")) session::reveal_answer(app);
            return;
        default: break;
    }
    if (app.lesson.chosen >= 0) {
        const bool right = app.lesson.chosen == q.answer;
        ImGui::PushStyleColor(ImGuiCol_Text,
                              right ? ImVec4(0.2f, 0.75f, 0.35f, 1.0f) : ImVec4(0.95f, 0.55f, 0.1f, 1.0f));
        ImGui::TextWrapped("%s", right ? "Right." : "Not quite.");
        ImGui::PopStyleColor();
    }
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
    const char* next = app.lesson.step + 1 >= n ? "Finish \xe2\x96\xb6" : "Next \xe2\x96\xb6";
    same_line_if_fits(button_width(next));
    if (ImGui::Button(next)) lesson_go(app, +1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Page Down");
}

void lesson_end(session::Session& app) {
    const session::Lesson& lesson = *app.lesson.lesson;
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("End of the lesson");
    ImGui::PopFont();
    ImGui::TextWrapped("%s", lesson.title.c_str());
    ImGui::Spacing();
    if (ImGui::Button("\xe2\x97\x80 Back to the last step")) lesson_go(app, -1);
    if (ImGui::Button("Start again")) apply_lesson_step(app, 0);
    same_line_if_fits(button_width("Leave lesson"));
    if (ImGui::Button("Leave lesson")) stop_lesson(app);
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
    // A question step's caption may give the answer away: it waits for the reveal.
    if (!s.question || !session::answer_hidden(session::question_phase(app))) rich_text(app, panels, s.caption);
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
    if (app.lesson.lesson && app.lesson.finished)
        lesson_end(app);
    else if (app.lesson.lesson && app.lesson.step >= 0)
        lesson_step(app, panels);
    else
        lesson_chooser(app);
}

}  // namespace ui
