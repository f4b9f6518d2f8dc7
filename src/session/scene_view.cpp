// Scene view options under the panels: which of the scene's own overlays stay visible.
#include "session/scene_view.hpp"

#include "session/question.hpp"
#include "session/script_preview.hpp"

namespace session {

scene::ViewOptions scene_view(const Session& app, const std::optional<scene::Rect>& panels_free_px) {
    scene::ViewOptions view = app.view;
    if (!trajectory(app).empty())
        view.baseline_spine_density_rel = static_cast<float>(trajectory(app).samples().front().spine_density_rel);
    view.experiments = app.model.scenario.experiments;
    view.hypotheses = app.model.scenario.hypotheses;
    view.drug = app.model.scenario.drug;
    view.magnesium_mM = app.model.scenario.params.magnesium_mM;
    view.mark_blocked_stages = !answer_hidden(question_phase(app));
    if (app.population.shown) {  // the readout says whose run the scene shows and how many respond
        if (shown_person(app)) view.readout_extra.push_back("Showing: " + person_label(app, app.population.person));
        const std::string responders = responders_text(app);
        view.readout_extra.push_back(responders.empty() ? population_note(app) : responders);
    }
    if (app.from_view && !app.reduced_motion && app.view.view == app.shown_view) {
        view.from_view = app.from_view;
        view.transition = scene::transition_progress(app.anim_time_s - app.view_switch_anim_s);
    }
    if (!panels_free_px) return view;
    view.picture_rect_px = *panels_free_px;
    if (previewing(app))  // a script preview: the picture as the video frames it
        view.picture_rect_px = video_picture_rect(fit_video_aspect(*panels_free_px));
    if (app.presenter) {
        view.caption = false;  // the presenter caption replaces the scene's own line
        view.min_text_px = kPresenterMinTextPx;
        view.overlay_rect_px = *panels_free_px;  // the title and legend beside the key plot, not under it
        view.legend = false;  // the presenter's compact legend window instead (no room beside the readout)
        return view;
    }
    view.legend = view.legend && !app.panels.right;
    view.title = view.title && !app.panels.left;
    view.readout = view.readout && !app.panels.left;
    view.caption = view.caption && !app.panels.bottom;
    return view;
}

}  // namespace session
