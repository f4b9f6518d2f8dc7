// The scene's view options for a frame with the UI: scene overlays that panels would cover are turned off.
#pragma once
#include <optional>

#include "scene/scene.hpp"
#include "session/session.hpp"

namespace session {

/// Presenter mode: the smallest text in the picture at UI scale 1, pixels (readable from the back of a room on a
/// 1366x768 projector); a larger UI scale enlarges it in proportion.
inline constexpr float kPresenterMinTextPx = 18.0f;

/// session.view, with the scene's legend hidden under the right panel, its title under the left panel, its
/// caption line under the bottom panel or the presenter caption (presenter mode: no text under
/// kPresenterMinTextPx), and the run's starting spine density so
/// that new spines are drawn as new. While a recording script is previewed, the picture keeps the video's
/// 16:9 shape inside the area the panels leave free. `panels_free_px`: that area in framebuffer pixels, or
/// nullopt for a frame without panels (the scene's own overlays then all stay). Presenter mode: the title, readout
/// and stage strip in the area the key plot leaves, and the presenter's compact, collapsible legend window instead of
/// the scene's legend (at presenter sizes there is no room for the picture between a legend and the readout).
scene::ViewOptions scene_view(const Session& session, const std::optional<scene::Rect>& panels_free_px);

}  // namespace session
