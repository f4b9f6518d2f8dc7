// The legend and the live readout as small collapsible windows in the scene's corners, for when the side panels
// cover the scene's own (every view's symbols keep a key in every layout).
#pragma once
#include "session/view/layout.hpp"
#include "session/session.hpp"
#include "ui/panels.hpp"

namespace ui {

/// The legend (top right of the scene area) when the sources panel hides the scene's own, and the readout (top
/// left) when the scenario panel hides it, in the layout's columns; each notes in the session whether it is open.
/// Presenter mode: the legend only, collapsed at first, at the bottom left of the scene area under the readout,
/// opening upwards over the readout (not the picture) when the teacher clicks it; whether it is folded is the panels'.
void draw_scene_key(session::Session& session, Panels& panels, const session::Layout& layout);

}  // namespace ui
