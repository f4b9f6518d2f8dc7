// Compositor: scene::build -> render::Renderer -> ImGui overlay, all into one offscreen framebuffer.
#include "app/compositor.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "export/overlay.hpp"
#include "ui/layout.hpp"
#include "ui/scene_view.hpp"

namespace app {
namespace {

/// Clears the panels' opaque backgrounds (scissored clears, cheaper than blended fills on Mesa's software
/// renderer), skipping those already of the colour the frame was cleared to. Rectangles in ImGui coordinates.
void clear_backdrop(const ui::Backdrops& rects, int height_px, ImVec2 fb_scale, const scene::Rgba* cleared) {
    if (rects.empty()) return;
    glEnable(GL_SCISSOR_TEST);
    for (const ui::Backdrop& r : rects) {
        if (cleared && r.r == cleared->r && r.g == cleared->g && r.b == cleared->b) continue;  // already that colour
        const int x0 = static_cast<int>(r.x * fb_scale.x), x1 = static_cast<int>((r.x + r.w) * fb_scale.x + 0.5f);
        const int y0 = static_cast<int>(r.y * fb_scale.y), y1 = static_cast<int>((r.y + r.h) * fb_scale.y + 0.5f);
        glScissor(x0, height_px - y1, x1 - x0, y1 - y0);
        glClearColor(r.r, r.g, r.b, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    glDisable(GL_SCISSOR_TEST);
}

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
        return;
    }
    refresh_fonts(app, panel_scale(app, width_px, height_px));
    const std::optional<render::PictureClip> clip = panels_clip(app, width_px, height_px);
    renderer_->draw(frame, width_px, height_px, clip ? &*clip : nullptr);

    ImGui_ImplOpenGL3_NewFrame();
    if (imgui_new_frame) imgui_new_frame();
    ImGuiIO& io = ImGui::GetIO();
    if (!imgui_new_frame) io.DisplaySize = ImVec2(static_cast<float>(width_px), static_cast<float>(height_px));
    io.DeltaTime = dt_s > 0.0 ? static_cast<float>(dt_s) : 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::draw(app);
    ImGui::Render();
    clear_backdrop(app.backdrop, height_px, ImGui::GetIO().DisplayFramebufferScale, clip ? &clip->outside : nullptr);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace app
