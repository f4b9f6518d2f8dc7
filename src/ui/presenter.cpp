// Stage captions (one sentence per stage) and the large presenter-mode caption window.
#include "ui/presenter.hpp"

#include <imgui.h>

#include "session/keys.hpp"
#include "session/lesson/question.hpp"
#include "session/view/timeline_axis.hpp"
#include "session/words.hpp"
#include "ui/fonts.hpp"
#include "ui/sources_panel.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

std::string stage_caption(const session::Session& session, sim::Stage stage) {
    return session::words(session, "stage.caption." + std::string(sim::stage_id(stage)));
}

Caption current_caption(const session::Session& session) {
    if (session.lesson.lesson && session.lesson.step >= 0) {
        const session::Lesson& lesson = *session.lesson.lesson;
        if (session.lesson.finished) return {session::words(session, "lesson.end"), lesson.title};
        const session::LessonStep& s = lesson.steps[static_cast<std::size_t>(session.lesson.step)];
        if (!s.question) return {s.title, s.caption};
        // The step's caption may give the answer away: the prompt until the answer is revealed.
        if (session::answer_hidden(session::question_phase(session))) return {s.title, session::words(session, "lesson.predict", {{"prompt", s.question->prompt}})};
        return {s.title, s.question->explanation};
    }
    const sim::Stage stage = trajectory(session).empty() ? sim::Stage::baseline : trajectory(session).at(session.time_h).stage;
    return {std::string(sim::stage_title(stage)), stage_caption(session, stage)};
}

namespace {

/// The lesson's "step n / N" (or "end") and the button that leaves presenter mode, at the window's top right.
void caption_corner(session::Session& session) {
    std::string count;
    if (session.lesson.lesson && session.lesson.step >= 0)
        count = session.lesson.finished
                    ? session::words(session, "presenter.end")
                    : session::words(session, "presenter.step",
                                     {{"step", std::to_string(session.lesson.step + 1)},
                                      {"count", std::to_string(session.lesson.lesson->steps.size())}});
    const char* leave = session::words(session, "presenter.leave");
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
    if (ImGui::Button(leave)) session::apply_action(session, session::Action::toggle_presenter);
    ImGui::SetCursorPosY(y);
}

/// The choices as large buttons (a click is the class's answer); once revealed, the right one is marked.
void choice_buttons(session::Session& session, const session::LessonQuestion& q, bool revealed) {
    ImGui::PushFont(font(FontRole::large));
    for (int i = 0; i < static_cast<int>(q.choices.size()); ++i) {
        const bool right = i == q.answer, chosen = i == session.lesson.chosen;
        std::string label = std::string(1, static_cast<char>('A' + i)) + "  " + q.choices[static_cast<std::size_t>(i)];
        if (revealed && right)
            label += session::words(session, chosen ? "presenter.choice.right_chosen" : "presenter.choice.right");
        if (revealed && chosen && !right) label += session::words(session, "presenter.choice.chosen");
        const bool marked = revealed ? (right || chosen) : chosen;
        if (marked)
            ImGui::PushStyleColor(ImGuiCol_Button,
                                  revealed ? status_color(session.view.theme, right ? Status::choice_right : Status::choice_wrong)
                                           : ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::PushID(i);
        if (i > 0) same_line_if_fits(button_width(label.c_str()));
        if (ImGui::Button(label.c_str()) && !revealed) session::choose_answer(session, i);
        ImGui::PopID();
        if (marked) ImGui::PopStyleColor();
    }
    ImGui::PopFont();
}

/// What the teacher can do now, one line.
const char* question_hint(const session::Session& session, session::QuestionPhase phase) {
    switch (phase) {
        case session::QuestionPhase::asking: return session::words(session, "presenter.hint.asking");
        case session::QuestionPhase::chosen: return session::words(session, "presenter.hint.chosen");
        case session::QuestionPhase::running: return session::words(session, "presenter.hint.running");
        case session::QuestionPhase::waiting: return session::words(session, "presenter.hint.waiting");
        default: return session::words(session, "presenter.hint.revealed");
    }
}

void wrapped(FontRole role, const std::string& text) {
    ImGui::PushFont(font(role));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void end_screen(const session::Session& session, const session::Lesson& lesson) {
    wrapped(FontRole::caption, session::words(session, "lesson.end"));
    wrapped(FontRole::large, lesson.title + ". " + lesson.summary);
    wrapped(FontRole::regular, session::words(session, "presenter.end.keys"));
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
            end_screen(session, *session.lesson.lesson);
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
                ImGui::TextDisabled("%s", question_hint(session, phase));
            }
        }
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s   t = %s", session::words(session, "notice.teaching_model"), session::cursor_time_text(session.time_h).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

}  // namespace ui
