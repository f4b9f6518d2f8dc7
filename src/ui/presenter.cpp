// Stage captions (one sentence per stage) and the large presenter-mode caption window.
#include "ui/presenter.hpp"

#include <imgui.h>

#include "session/timeline_axis.hpp"
#include "ui/fonts.hpp"
#include "ui/sources_panel.hpp"

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

Caption current_caption(const session::Session& app) {
    if (app.lesson.lesson && app.lesson.step >= 0) {
        const session::LessonStep& s = app.lesson.lesson->steps[static_cast<std::size_t>(app.lesson.step)];
        if (!s.question) return {s.title, s.caption};
        if (app.lesson.ran) return {s.title, s.question->explanation};
        std::string text = "Predict: " + s.question->prompt;  // the class answers, then Space runs it
        for (std::size_t i = 0; i < s.question->choices.size(); ++i)
            text += std::string("   ") + static_cast<char>('A' + i) + ") " + s.question->choices[i];
        return {s.title, text};
    }
    const sim::Stage stage = trajectory(app).empty() ? sim::Stage::baseline : trajectory(app).at(app.time_h).stage;
    return {std::string(sim::stage_title(stage)), std::string(stage_caption(stage))};
}

void draw_caption(session::Session& app, Panels& panels, const session::Rect& where) {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    panels.out.backdrop.push_back({where, bg.x, bg.y, bg.z, true});
    ImGui::SetNextWindowPos(ImVec2(where.x, where.y));
    ImGui::SetNextWindowSize(ImVec2(where.w, where.h));
    ImGui::SetNextWindowBgAlpha(0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;
    if (ImGui::Begin("##caption", nullptr, flags)) {
        const Caption c = current_caption(app);
        ImGui::PushFont(font(FontRole::caption));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(c.title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::PushFont(font(FontRole::large));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(c.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s   t = %s   (P or Esc leaves presenter mode)", kNotice,
                            session::cursor_time_text(app.time_h).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

}  // namespace ui
