// Compositor: scene::build -> render::Renderer -> ImGui overlay, all into one offscreen framebuffer.
#include "app/compositor.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include "export/overlay.hpp"
#include "ui/layout.hpp"
#include "ui/scene_view.hpp"

namespace app {
namespace {

/// With the panels shown, the scene draws only in the area they leave free; the rest is cleared once to
/// the panels' background (a scissored clear or a covered fill costs milliseconds on a software renderer).
std::optional<render::PictureClip> panels_clip(const ui::AppState& app, int width_px, int height_px) {
    const float* r = app.scene_rect_px;
    if (!app.show_ui || !(r[2] > 0.0f && r[3] > 0.0f)) return std::nullopt;
    const int x0 = std::clamp(static_cast<int>(std::floor(r[0])), 0, width_px);
    const int y0 = std::clamp(static_cast<int>(std::floor(r[1])), 0, height_px);
    const int x1 = std::clamp(static_cast<int>(std::ceil(r[0] + r[2])), x0, width_px);
    const int y1 = std::clamp(static_cast<int>(std::ceil(r[1] + r[3])), y0, height_px);
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return render::PictureClip{x0, y0, x1 - x0, y1 - y0, {bg.x, bg.y, bg.z, 1.0f}};
}

/// The part of a width_px x height_px frame that shows the previewed video (all of it without panels).
exporter::PixelRect preview_area(const ui::AppState& app, int width_px, int height_px) {
    if (const auto r = ui::preview_video_rect(app)) return {(*r)[0], (*r)[1], (*r)[2], (*r)[3]};
    return {0.0f, 0.0f, static_cast<float>(width_px), static_cast<float>(height_px)};
}

/// A thin outline around the video's picture, so that its edges show against the window's background.
scene::Instance area_outline(const exporter::PixelRect& area) {
    scene::Instance box;
    box.shape = scene::Shape::box;
    box.center = {area.x_px + 0.5f * area.width_px, area.y_px + 0.5f * area.height_px};
    box.half_size = {0.5f * area.width_px, 0.5f * area.height_px};
    box.fill = {0.0f, 0.0f, 0.0f, 0.0f};
    box.outline = {0.55f, 0.60f, 0.70f, 0.55f};
    box.outline_px = 1.0f;
    return box;
}

}  // namespace

FrameDecorator preview_decorator(const ui::AppState& app) {
    if (!ui::previewing(app)) return {};
    return [&app](scene::SceneFrame& frame, int width_px, int height_px) {
        const std::optional<exporter::ScriptFrame> state = ui::preview_frame(app);
        if (!state) return;
        const exporter::PixelRect area = preview_area(app, width_px, height_px);
        exporter::apply_script_frame(frame, *state, width_px, height_px, area, false);
        frame.overlay.push_back(area_outline(area));
    };
}

std::unique_ptr<Compositor> Compositor::create(const ui::FontPaths& fonts, float dpi_scale, std::string& error) {
    std::unique_ptr<Compositor> c(new Compositor());
    c->renderer_ = render::Renderer::create(error);
    if (!c->renderer_) return nullptr;
    c->fonts_ = fonts;
    c->dpi_scale_ = dpi_scale;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ui::configure_io();  // no ini file (layout comes from the window size), keyboard navigation
    if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
        error = "Dear ImGui's OpenGL 3 backend failed to initialise";
        ImGui::DestroyContext();
        return nullptr;
    }
    return c;
}

Compositor::~Compositor() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
}

float Compositor::panel_scale(const ui::AppState& app, int width_px, int height_px) const {
    return ui::effective_scale(total_scale(app), static_cast<float>(width_px), static_cast<float>(height_px));
}

void Compositor::refresh_fonts(ui::AppState& app, float scale) {
    if (scale != built_scale_ || app.fonts_dirty) {
        ui::load_fonts(fonts_, scale);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        ++fonts_built_;       // a new atlas: the kept panels' glyphs are stale
        built_scale_ = 0.0f;  // force the style below too
        app.fonts_dirty = false;
    }
    if (scale != built_scale_ || app.view.theme != built_theme_) {
        ui::apply_style(app.view.theme, scale);
        built_scale_ = scale;
        built_theme_ = app.view.theme;
    }
}

void Compositor::compose(ui::AppState& app, int width_px, int height_px, bool with_ui, double dt_s,
                         void (*imgui_new_frame)(), const FrameDecorator& decorate) {
    scene::ViewOptions view = ui::scene_view(app, with_ui);  // overlays the panels would cover are off
    view.width_px = width_px;
    view.height_px = height_px;
    view.text_scale = scene_text_scale_ > 0.0f ? scene_text_scale_ : total_scale(app);
    scene::SceneFrame frame = scene::build(app.trajectory.at(app.time_h), app.anim_time_s, app.seed, view);
    if (decorate) decorate(frame, width_px, height_px);
    if (!with_ui) {
        renderer_->draw(frame, width_px, height_px);
        panel_cache_.invalidate();
        return;
    }
    refresh_fonts(app, panel_scale(app, width_px, height_px));
    std::optional<render::PictureClip> clip = panels_clip(app, width_px, height_px);
    const std::uint64_t layout = layout_key(clip, width_px, height_px);
    const bool panels_kept = clip && panel_cache_.keeps(layout);
    if (clip) clip->clear_outside = !panels_kept;
    renderer_->draw(frame, width_px, height_px, clip ? &*clip : nullptr);

    ImGui_ImplOpenGL3_NewFrame();
    if (imgui_new_frame) imgui_new_frame();
    ImGuiIO& io = ImGui::GetIO();
    if (!imgui_new_frame) io.DisplaySize = ImVec2(static_cast<float>(width_px), static_cast<float>(height_px));
    io.DeltaTime = dt_s > 0.0 ? static_cast<float>(dt_s) : 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::draw(app);
    ImGui::Render();
    const PanelCache::Area scene_area =
        clip ? PanelCache::Area{float(clip->x_px), float(clip->y_px), float(clip->x_px + clip->width_px),
                                float(clip->y_px + clip->height_px)}
             : PanelCache::Area{};
    panel_cache_.draw(*ImGui::GetDrawData(), app.backdrop, scene_area, layout, height_px,
                      clip && !panels_kept ? &clip->outside : nullptr);
    if (!clip) panel_cache_.invalidate();  // the scene drew everywhere: the next frame draws every panel again
}

std::uint64_t Compositor::layout_key(const std::optional<render::PictureClip>& clip, int width_px,
                                     int height_px) const {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    const auto mix = [&h](double v) { h = (h ^ std::hash<double>{}(v)) * 0x100000001b3ULL; };
    for (double v : {double(width_px), double(height_px), double(built_scale_), double(fonts_built_),
                     double(static_cast<int>(built_theme_))})
        mix(v);
    if (clip)
        for (double v : {double(clip->x_px), double(clip->y_px), double(clip->width_px), double(clip->height_px),
                         double(clip->outside.r), double(clip->outside.g), double(clip->outside.b)})
            mix(v);
    return h;
}

}  // namespace app
