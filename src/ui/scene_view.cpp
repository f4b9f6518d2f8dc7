// Scene view options under the panels: which of the scene's own overlays stay visible.
#include "ui/scene_view.hpp"

#include <array>

namespace ui {

scene::ViewOptions scene_view(const AppState& app, bool with_ui) {
    scene::ViewOptions view = app.view;
    if (!app.trajectory.empty())
        view.baseline_spine_density_rel = static_cast<float>(app.trajectory.samples().front().spine_density_rel);
    if (app.from_view && app.view.view == app.shown_view) {
        view.from_view = app.from_view;
        view.transition = scene::transition_progress(app.anim_time_s - app.view_switch_anim_s);
    }
    if (!with_ui || !app.show_ui) return view;
    const float* rect = app.scene_rect_px;
    if (rect[2] > 0.0f && rect[3] > 0.0f) view.picture_rect_px = {rect[0], rect[1], rect[2], rect[3]};
    if (const auto video = preview_video_rect(app)) {  // a script preview: the picture as the video frames it
        const std::array<float, 4> r = video_picture_rect(*video);
        view.picture_rect_px = {r[0], r[1], r[2], r[3]};
    }
    if (app.presenter) {
        view.caption = false;  // the presenter caption replaces the scene's own line
        return view;
    }
    view.legend = view.legend && !app.panels.right;
    view.title = view.title && !app.panels.left;
    view.caption = view.caption && !app.panels.bottom;
    return view;
}

}  // namespace ui
