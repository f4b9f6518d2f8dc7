// Scene view options under the panels: which of the scene's own overlays stay visible.
#include "ui/scene_view.hpp"

namespace ui {

scene::ViewOptions scene_view(const AppState& app, bool with_ui) {
    scene::ViewOptions view = app.view;
    if (!app.trajectory.empty())
        view.baseline_spine_density_rel =
            static_cast<float>(app.trajectory.samples().front().spine_density_rel);
    if (!with_ui || !app.show_ui) return view;
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
