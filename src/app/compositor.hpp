// Composes one frame (scene, then ImGui panels) into the renderer's offscreen target: shared by window and headless.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/panel_cache.hpp"
#include "render/renderer.hpp"
#include "ui/app_state.hpp"
#include "ui/ui.hpp"

namespace app {

/// Changes a built frame before it is drawn (the recorder's captions, for example).
using FrameDecorator = std::function<void(scene::SceneFrame& frame, int width_px, int height_px)>;

/// While the window previews a recording script: the script's camera, title and caption drawn as the recorder
/// draws them, over the preview's 16:9 picture (outlined); an empty decorator when nothing is previewed.
/// It reads `app` when called, so it must not outlive it.
FrameDecorator preview_decorator(const ui::AppState& app);

class Compositor {
public:
    /// Needs a current GL 3.3 context with glad loaded. nullptr and `error` on failure.
    static std::unique_ptr<Compositor> create(const ui::FontPaths& fonts, float dpi_scale, std::string& error);
    ~Compositor();
    Compositor(const Compositor&) = delete;
    Compositor& operator=(const Compositor&) = delete;

    /// Draws the scene and, when with_ui, the panels; dt_s is ImGui's frame time (positive).
    /// `imgui_new_frame` runs the platform backend's NewFrame (the window's SDL backend) if given.
    void compose(ui::AppState& app, int width_px, int height_px, bool with_ui, double dt_s,
                 void (*imgui_new_frame)() = nullptr, const FrameDecorator& decorate = {});

    render::Renderer& renderer() { return *renderer_; }
    /// Makes the next frame draw every panel, as if none was kept from the last one.
    void forget_panels() { panel_cache_.invalidate(); }
    /// How many panels the last frame drew (the others kept their pixels from the frame before).
    int panels_drawn() const { return panel_cache_.panels_drawn(); }
    /// The scene's text scale (labels, HUD, legend): total_scale when 0 (the default, as in the window); a
    /// recording without panels sets its own for the output height.
    void set_scene_text_scale(float scale) { scene_text_scale_ = scale; }
    float total_scale(const ui::AppState& app) const { return app.ui_scale * dpi_scale_; }
    /// The panels' scale for an output size: total_scale, reduced where the window is too small for it.
    float panel_scale(const ui::AppState& app, int width_px, int height_px) const;

private:
    Compositor() = default;
    void refresh_fonts(ui::AppState& app, float scale);
    /// Everything the kept panels' pixels depend on beyond their draw lists.
    std::uint64_t layout_key(const std::optional<render::PictureClip>& clip, int width_px, int height_px) const;

    std::unique_ptr<render::Renderer> renderer_;
    ui::FontPaths fonts_;
    float dpi_scale_ = 1.0f;
    float scene_text_scale_ = 0.0f;
    float built_scale_ = 0.0f;
    scene::Theme built_theme_ = scene::Theme::dark;
    int fonts_built_ = 0;  ///< how many font atlases were made
    PanelCache panel_cache_;
};

}  // namespace app
