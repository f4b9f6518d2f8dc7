// Presenter mode and stage captions: the large caption of the current stage (or lesson step) over the scene.
#pragma once
#include <string>
#include <string_view>

#include "session/view/layout.hpp"
#include "session/session.hpp"
#include "sim/stage.hpp"
#include "ui/panels.hpp"

namespace ui {

/// One plain sentence explaining a stage, for captions.
std::string stage_caption(const session::Session& session, sim::Stage stage);

/// The caption now: a lesson step's caption when a lesson runs, else the stage's title and sentence.
struct Caption {
    std::string title;
    std::string text;
};
Caption current_caption(const session::Session& session);

/// The large caption window at `where` (presenter mode): title, sentence and the teaching notice; its backdrop goes
/// into the frame's `out`.
void draw_caption(session::Session& session, FrameOutput& out, const session::Rect& where);

}  // namespace ui
