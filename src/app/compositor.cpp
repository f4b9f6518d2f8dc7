// Compositor: scene::build -> render::Renderer -> ImGui overlay, all into one offscreen framebuffer.
#include "app/compositor.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace app {

std::unique_ptr<Compositor> Compositor::create(const ui::FontPaths& fonts, float dpi_scale, std::string& error) {
    std::unique_ptr<Compositor> c(new Compositor());
    c->renderer_ = render::Renderer::create(error);
    if (!c->renderer_) return nullptr;
    c->fonts_ = fonts;
    c->dpi_scale_ = dpi_scale;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // layout is computed from the window size, not remembered
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

void Compositor::refresh_fonts(ui::AppState& app) {
    const float scale = total_scale(app);
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
                         void (*imgui_new_frame)()) {
    scene::ViewOptions view = app.view;
    view.width_px = width_px;
    view.height_px = height_px;
    view.text_scale = total_scale(app);
    const scene::SceneFrame frame = scene::build(app.trajectory.at(app.time_h), app.anim_time_s, app.seed, view);
    renderer_->draw(frame, width_px, height_px);
    if (!with_ui) return;

    refresh_fonts(app);
    ImGui_ImplOpenGL3_NewFrame();
    if (imgui_new_frame) imgui_new_frame();
    ImGuiIO& io = ImGui::GetIO();
    if (!imgui_new_frame) io.DisplaySize = ImVec2(static_cast<float>(width_px), static_cast<float>(height_px));
    io.DeltaTime = dt_s > 0.0 ? static_cast<float>(dt_s) : 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::draw(app);
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace app
