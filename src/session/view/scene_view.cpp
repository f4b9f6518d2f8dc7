// Scene view options under the panels: which of the scene's own overlays stay visible.
#include "session/view/scene_view.hpp"

#include "session/lesson/question.hpp"
#include "session/recording/script_preview.hpp"
#include "session/words.hpp"

namespace session {

scene::ViewOptions scene_view(const Session& session, const std::optional<scene::Rect>& panels_free_px) {
    scene::ViewOptions view = session.view;
    if (!trajectory(session).empty())
        view.baseline_spine_density_rel = static_cast<float>(trajectory(session).samples().front().spine_density_rel);
    view.experiments = session.model.scenario.experiments;
    view.hypotheses = session.model.scenario.hypotheses;
    view.drug = session.model.scenario.drug;
    view.magnesium_mM = session.model.scenario.params.magnesium_mM;
    view.mark_blocked_stages = !answer_hidden(question_phase(session));
    if (session.population.shown) {  // the readout says whose run the scene shows and how many respond
        if (shown_person(session)) view.readout_extra.push_back(
                words(session, "readout.showing", {{"person", person_label(session, session.population.person)}}));
        const std::string responders = responders_text(session);
        view.readout_extra.push_back(responders.empty() ? population_note(session) : responders);
    }
    if (session.from_view && !session.reduced_motion && session.view.view == session.shown_view) {
        view.from_view = session.from_view;
        view.transition = scene::transition_progress(session.anim_time_s - session.view_switch_anim_s);
    }
    if (!panels_free_px) return view;
    view.picture_rect_px = *panels_free_px;
    if (previewing(session))  // a script preview: the picture as the video frames it
        view.picture_rect_px = video_picture_rect(fit_video_aspect(*panels_free_px));
    if (session.presenter) {
        view.caption = false;  // the presenter caption replaces the scene's own line
        view.min_text_px = kPresenterMinTextPx;
        view.overlay_rect_px = *panels_free_px;  // the title and legend beside the key plot, not under it
        view.legend = false;  // the presenter's compact legend window instead (no room beside the readout)
        return view;
    }
    view.legend = view.legend && !session.panels.right;
    view.title = view.title && !session.panels.left;
    view.readout = view.readout && !session.panels.left;
    view.caption = view.caption && !session.panels.bottom;
    return view;
}

}  // namespace session
