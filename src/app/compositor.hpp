// Composes one frame (the panels' layout, then the scene in the area they leave, then the panels) into the
// renderer's offscreen target: shared by the window, screenshots and recordings.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/panel_cache.hpp"
#include "render/renderer.hpp"
#include "session/session.hpp"
#include "ui/ui.hpp"

namespace app {

/// Changes a built frame before it is drawn (the recorder's captions, for example). `panels_free_px` is the part
/// of the width_px x height_px frame that the panels leave free, nullopt in a frame without panels.
using FrameDecorator = std::function<void(scene::SceneFrame& frame, int width_px, int height_px,
                                          const std::optional<scene::Rect>& panels_free_px)>;

/// The whole of a width_px x height_px frame as a rectangle.
scene::Rect whole_frame(int width_px, int height_px);

/// While the window previews a recording script: the script's camera, title and caption drawn as the recorder
/// draws them, over the preview's 16:9 picture (outlined); an empty decorator when nothing is previewed.
/// It reads `session` when called, so it must not outlive it.
FrameDecorator preview_decorator(const session::Session& session);

class Compositor;

/// Saves the last composed frame (scene and panels) as synapse-lab-YYYYMMDD-HHMMSS.png (local time) in the current
/// folder: the window's F12, the web page's download. Reports in session.status.
void save_screenshot(session::Session& session, Compositor& compositor);

class Compositor {
public:
    /// Needs a current GL 3.3 context with glad loaded (on the web: WebGL 2). `display_scale`: the screen's DPI scale,
    /// or session::headless_display_scale for a headless output. nullptr and `error` on failure.
    static std::unique_ptr<Compositor> create(const ui::FontPaths& fonts, float display_scale, std::string& error);
    ~Compositor();
    Compositor(const Compositor&) = delete;
    Compositor& operator=(const Compositor&) = delete;

    /// Draws one frame: with `panels`, the layout first (a pure function of the size, scale and session), the
    /// scene into the area it leaves, then the panels; without, the scene alone. No frame depends on the one
    /// before it, so the first frame after a cold start is already right. dt_s is ImGui's frame time (positive);
    /// `imgui_new_frame` runs the platform backend's NewFrame (the window's SDL backend) if given.
    /// Returns what the panels asked for (empty without panels).
    ui::FrameOutput compose(session::Session& session, ui::Panels* panels, int width_px, int height_px, double dt_s,
                            void (*imgui_new_frame)() = nullptr, const FrameDecorator& decorate = {});

    render::Renderer& renderer() { return *renderer_; }
    /// Makes the next frame draw every panel, as if none was kept from the last one.
    void forget_panels() { panel_cache_.invalidate(); }
    /// How many panels the last frame drew (the others kept their pixels from the frame before).
    int panels_drawn() const { return panel_cache_.panels_drawn(); }
    /// The scene's text scale (labels, HUD, legend): total_scale when 0 (the default, as in the window); a
    /// recording without panels sets its own for the output height.
    void set_scene_text_scale(float scale) { scene_text_scale_ = scale; }
    float total_scale(const session::Session& session) const { return session.ui_scale * display_scale_; }
    /// The screen's scale changed (the web page's devicePixelRatio, with the browser's zoom): the next frame's
    /// fonts and panels follow it.
    void set_display_scale(float display_scale) { display_scale_ = display_scale; }
    /// The panels' scale for an output size: total_scale, reduced where the window is too small for it.
    float panel_scale(const session::Session& session, int width_px, int height_px) const;

private:
    Compositor() = default;
    void refresh_fonts(const session::Session& session, float scale);
    /// The panels' layout for this frame, after the platform's NewFrame has set the display size.
    session::Layout begin_panels(const session::Session& session, int width_px, int height_px, void (*imgui_new_frame)());
    /// Everything the kept panels' pixels depend on beyond their draw lists.
    std::uint64_t layout_key(const render::PictureClip& clip, int width_px, int height_px) const;

    std::unique_ptr<render::Renderer> renderer_;
    ui::FontPaths fonts_;
    float display_scale_ = 1.0f;
    float scene_text_scale_ = 0.0f;
    float built_scale_ = 0.0f;
    scene::Theme built_theme_ = scene::Theme::dark;
    int fonts_built_ = 0;           ///< how many font atlases were made
    bool panels_laid_out_ = false;  ///< ImGui has laid the panels out at least once
    bool backend_ready_ = false;    ///< ImGui's OpenGL 3 backend has made its shaders and buffers
    PanelCache panel_cache_;
};

}  // namespace app
