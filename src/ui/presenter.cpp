// Stage captions (one sentence per stage) and the large presenter-mode caption window.
#include "ui/presenter.hpp"

#include <imgui.h>

#include "session/lesson/question.hpp"
#include "session/view/timeline_axis.hpp"
#include "ui/fonts.hpp"
#include "ui/sources_panel.hpp"
#include "ui/widgets.hpp"

namespace ui {

std::string_view stage_caption(sim::Stage stage) {
    switch (stage) {
        case sim::Stage::baseline:
            return "No drug effect (before the dose, or once it has worn off): pyramidal neurons and interneurons in "
                   "balance.";
        case sim::Stage::dose: return "Ketamine enters the blood; the plasma level rises during the infusion.";
        case sim::Stage::nmda_block:
            return "Ketamine enters open NMDA receptor channels and blocks them, and stays trapped when they "
                   "close.";
        case sim::Stage::disinhibition:
            return "Interneurons lose their NMDA drive first and fall quiet, so pyramidal neurons fire more.";
        case sim::Stage::glutamate_surge: return "Disinhibited pyramidal neurons release a brief surge of glutamate.";
        case sim::Stage::ampa_bdnf: return "Glutamate activates AMPA receptors; BDNF is released and activates TrkB.";
        case sim::Stage::mtor: return "mTORC1 switches on and synapses make new proteins (PSD-95, GluA1, synapsin).";
        case sim::Stage::synaptogenesis:
            return "New dendritic spines and synapses grow over the following day and last about two weeks.";
        case sim::Stage::clinical:
            return "Mood improves within hours, is best at day 1, and fades over about 10-12 days.";
        case sim::Stage::side_effects:
            return "Dissociation and a small rise in blood pressure peak near the end of the infusion.";
        case sim::Stage::who_benefits:
            return "Studied mainly in treatment-resistant depression, under medical supervision.";
        case sim::Stage::contraindications:
            return "Not for everyone: psychosis, uncontrolled hypertension and some heart conditions.";
    }
    return "";
}

Caption current_caption(const session::Session& session) {
    if (session.lesson.lesson && session.lesson.step >= 0) {
        const session::Lesson& lesson = *session.lesson.lesson;
        if (session.lesson.finished) return {"End of the lesson", lesson.title};
        const session::LessonStep& s = lesson.steps[static_cast<std::size_t>(session.lesson.step)];
        if (!s.question) return {s.title, s.caption};
        // The step's caption may give the answer away: the prompt until the answer is revealed.
        if (session::answer_hidden(session::question_phase(session))) return {s.title, "Predict: " + s.question->prompt};
        return {s.title, s.question->explanation};
    }
    const sim::Stage stage = trajectory(session).empty() ? sim::Stage::baseline : trajectory(session).at(session.time_h).stage;
    return {std::string(sim::stage_title(stage)), std::string(stage_caption(stage))};
}

namespace {

/// The lesson's "step n / N" (or "end") and the button that leaves presenter mode, at the window's top right.
void caption_corner(session::Session& session) {
    std::string count;
    if (session.lesson.lesson && session.lesson.step >= 0)
        count = session.lesson.finished ? "end"
                                    : "step " + std::to_string(session.lesson.step + 1) + " / " +
                                          std::to_string(session.lesson.lesson->steps.size());
    const char* leave = "Leave presenter mode (P)";
    const float pad = ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushFont(font(FontRole::large));
    const float count_w = count.empty() ? 0.0f : ImGui::CalcTextSize(count.c_str()).x + pad * 2.0f;
    ImGui::PopFont();
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(right - button_width(leave) - count_w, y));
    ImGui::PushFont(font(FontRole::large));
    if (!count.empty()) {
        ImGui::TextUnformatted(count.c_str());
        ImGui::SameLine(0.0f, pad * 2.0f);
    }
    ImGui::PopFont();
    if (ImGui::Button(leave)) session.presenter = false;
    ImGui::SetCursorPosY(y);
}

/// What the right and the chosen answers look like once revealed.
ImVec4 choice_color(bool right) { return right ? ImVec4(0.15f, 0.6f, 0.3f, 1.0f) : ImVec4(0.8f, 0.45f, 0.1f, 1.0f); }

/// The choices as large buttons (a click is the class's answer); once revealed, the right one is marked.
void choice_buttons(session::Session& session, const session::LessonQuestion& q, bool revealed) {
    ImGui::PushFont(font(FontRole::large));
    for (int i = 0; i < static_cast<int>(q.choices.size()); ++i) {
        const bool right = i == q.answer, chosen = i == session.lesson.chosen;
        std::string label = std::string(1, static_cast<char>('A' + i)) + "  " + q.choices[static_cast<std::size_t>(i)];
        if (revealed && right) label += chosen ? "  - right, your choice" : "  - right";
        if (revealed && chosen && !right) label += "  - your choice";
        const bool marked = revealed ? (right || chosen) : chosen;
        if (marked)
            ImGui::PushStyleColor(ImGuiCol_Button,
                                  revealed ? choice_color(right) : ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::PushID(i);
        if (i > 0) same_line_if_fits(button_width(label.c_str()));
        if (ImGui::Button(label.c_str()) && !revealed) session::choose_answer(session, i);
        ImGui::PopID();
        if (marked) ImGui::PopStyleColor();
    }
    ImGui::PopFont();
}

/// What the teacher can do now, one line.
const char* question_hint(session::QuestionPhase phase) {
    switch (phase) {
        case session::QuestionPhase::asking: return "The class chooses: A, B, C or a click. Space runs it, R reveals.";
        case session::QuestionPhase::chosen: return "Space runs the model to the moment that answers it (R reveals).";
        case session::QuestionPhase::running: return "Running: watch the picture.";
        case session::QuestionPhase::waiting: return "Which one was it? A, B, C or a click; Space or R reveals.";
        default: return "Page Down: next step.";
    }
}

void wrapped(FontRole role, const std::string& text) {
    ImGui::PushFont(font(role));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void end_screen(const session::Lesson& lesson) {
    wrapped(FontRole::caption, "End of the lesson");
    wrapped(FontRole::large, lesson.title + ". " + lesson.summary);
    wrapped(FontRole::regular, "Page Up goes back to the last step; P leaves presenter mode.");
}

}  // namespace

void draw_caption(session::Session& session, FrameOutput& out, const session::Rect& where) {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    out.backdrop.push_back({where, bg.x, bg.y, bg.z, true});
    ImGui::SetNextWindowPos(ImVec2(where.x, where.y));
    ImGui::SetNextWindowSize(ImVec2(where.w, where.h));
    ImGui::SetNextWindowBgAlpha(0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;
    if (ImGui::Begin("##caption", nullptr, flags)) {
        caption_corner(session);
        if (session.lesson.lesson && session.lesson.finished) {
            end_screen(*session.lesson.lesson);
        } else {
            const Caption c = current_caption(session);
            ImGui::PushFont(font(FontRole::caption));
            ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - ImGui::GetFontSize() * 8.0f);
            ImGui::TextUnformatted(c.title.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopFont();
            wrapped(FontRole::large, c.text);
            const session::QuestionPhase phase = session::question_phase(session);
            if (phase != session::QuestionPhase::none) {
                const session::LessonStep& s = session.lesson.lesson->steps[static_cast<std::size_t>(session.lesson.step)];
                choice_buttons(session, *s.question, phase == session::QuestionPhase::revealed);
                ImGui::TextDisabled("%s", question_hint(phase));
            }
        }
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s   t = %s", kNotice, session::cursor_time_text(session.time_h).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

}  // namespace ui
