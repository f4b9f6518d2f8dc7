// Compositor: the panels' layout -> scene::build -> render::Renderer -> ImGui panels, all into one offscreen
// framebuffer; and a composed frame saved as a screenshot.
#include "app/compositor.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/png.hpp"
#include "render/gl.hpp"
#include "session/view/layout.hpp"
#include "session/view/scene_view.hpp"
#include "session/recording/script_overlay.hpp"
#include "session/recording/script_preview.hpp"

namespace app {
namespace {

/// With the panels shown, the scene draws only in the area they leave free (whole pixels); the rest is cleared
/// once to the panels' background (a scissored clear or a covered fill costs milliseconds on a software renderer).
render::PictureClip panels_clip(const scene::Rect& free_px, int width_px, int height_px) {
    const float x0 = std::clamp(std::floor(free_px.x), 0.0f, float(width_px));
    const float y0 = std::clamp(std::floor(free_px.y), 0.0f, float(height_px));
    const float x1 = std::clamp(std::ceil(free_px.right()), x0, float(width_px));
    const float y1 = std::clamp(std::ceil(free_px.bottom()), y0, float(height_px));
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return render::PictureClip{{x0, y0, x1 - x0, y1 - y0}, {bg.x, bg.y, bg.z, 1.0f}};
}

/// A thin outline around the video's picture, so that its edges show against the window's background.
scene::Instance area_outline(const scene::Rect& area) {
    scene::Instance box;
    box.shape = scene::Shape::box;
    box.center = {area.x + 0.5f * area.w, area.y + 0.5f * area.h};
    box.half_size = {0.5f * area.w, 0.5f * area.h};
    box.fill = {0.0f, 0.0f, 0.0f, 0.0f};
    box.outline = {0.55f, 0.60f, 0.70f, 0.55f};
    box.outline_px = 1.0f;
    return box;
}

/// "synapse-lab-YYYYMMDD-HHMMSS.png" (local time).
std::string screenshot_name() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[64];
    std::strftime(buf, sizeof buf, "synapse-lab-%Y%m%d-%H%M%S.png", &local);
    return buf;
}

}  // namespace

void save_screenshot(session::Session& session, Compositor& compositor) {
    std::vector<std::uint8_t> rgba;
    compositor.renderer().read_rgba(rgba);
    const std::string path = screenshot_name();
    try {
        exporter::write_png(path, compositor.renderer().width_px(), compositor.renderer().height_px(), rgba);
        session.status = "Screenshot saved to " + path;
    } catch (const std::exception& e) {
        session.status = e.what();
    }
}

scene::Rect whole_frame(int width_px, int height_px) {
    return {0.0f, 0.0f, static_cast<float>(width_px), static_cast<float>(height_px)};
}

FrameDecorator preview_decorator(const session::Session& session) {
    if (!session::previewing(session)) return {};
    return [&session](scene::SceneFrame& frame, int width_px, int height_px, const std::optional<scene::Rect>& free_px) {
        const std::optional<session::ScriptFrame> state = session::preview_frame(session);
        if (!state) return;
        const scene::Rect area = free_px ? session::fit_video_aspect(*free_px) : whole_frame(width_px, height_px);
        session::overlay_script_frame(frame, *state, width_px, height_px, area, false);
        frame.overlay.push_back(area_outline(area));
    };
}

std::unique_ptr<Compositor> Compositor::create(const ui::FontPaths& fonts, float display_scale, std::string& error) {
    std::unique_ptr<Compositor> c(new Compositor());
    c->renderer_ = render::Renderer::create(error);
    if (!c->renderer_) return nullptr;
    c->fonts_ = fonts;
    c->display_scale_ = display_scale;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ui::configure_io();  // no ini file (layout comes from the window size), keyboard navigation
    if (!ImGui_ImplOpenGL3_Init(render::kGlslVersionLine)) {  // "#version 300 es" on the web
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

float Compositor::panel_scale(const session::Session& session, int width_px, int height_px) const {
    return session::effective_scale(total_scale(session), static_cast<float>(width_px), static_cast<float>(height_px));
}

void Compositor::refresh_fonts(const session::Session& session, float scale) {
    if (scale != built_scale_) {
        ImGuiIO& io = ImGui::GetIO();
        if (!backend_ready_) {
            // The backend's shaders and buffers now, while the atlas is empty: it also makes a font texture (of
            // ImGui's small default font), which is dropped for the atlas's own below.
            ImGui_ImplOpenGL3_CreateDeviceObjects();
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            backend_ready_ = true;
        }
        ui::load_fonts(fonts_, scale);
        unsigned char* alpha = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&alpha, &w, &h);
        // One byte a texel rather than the backend's RGBA copy: 3 MB less at 1080p, and the same pixels drawn.
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(
            static_cast<std::uintptr_t>(renderer_->upload_coverage_texture(w, h, alpha))));
        io.Fonts->ClearTexData();    // the texture has the pixels
        io.Fonts->ClearInputData();  // and the fonts their glyphs: the font files' copies are not needed again
        ++fonts_built_;              // a new atlas: the kept panels' glyphs are stale
    }
    if (scale != built_scale_ || session.view.theme != built_theme_) {
        ui::apply_style(session.view.theme, scale);
        built_scale_ = scale;
        built_theme_ = session.view.theme;
    }
}

session::Layout Compositor::begin_panels(const session::Session& session, int width_px, int height_px,
                                         void (*imgui_new_frame)()) {
    refresh_fonts(session, panel_scale(session, width_px, height_px));
    ImGui_ImplOpenGL3_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (imgui_new_frame)
        imgui_new_frame();  // the platform sets the display size (and its framebuffer scale) and the input
    else
        io.DisplaySize = ImVec2(static_cast<float>(width_px), static_cast<float>(height_px));
    return session::compute_layout(session::layout_input(session, io.DisplaySize.x, io.DisplaySize.y, built_scale_));
}

namespace {

/// The picture keeps clear of the scene's readout and legend windows (with their margin), as far as it can.
void keep_clear_of_scene_windows(const session::Layout& layout, float framebuffer_scale, scene::ViewOptions& view) {
    const float margin = layout.readout.empty() ? layout.legend.y - layout.scene.y : layout.readout.x - layout.scene.x;
    if (!layout.readout.empty()) view.keep_right_of_px = (layout.readout.right() + margin) * framebuffer_scale;
    if (!layout.legend.empty()) view.keep_left_of_px = (layout.legend.x - margin) * framebuffer_scale;
}

}  // namespace

ui::FrameOutput Compositor::compose(session::Session& session, ui::Panels* panels, int width_px, int height_px, double dt_s,
                                    void (*imgui_new_frame)(), const FrameDecorator& decorate) {
    const bool with_panels = panels && session.show_ui;
    std::optional<session::Layout> layout;
    std::optional<scene::Rect> free_px;  // the area the panels leave for the scene, framebuffer pixels
    if (with_panels) {
        layout = begin_panels(session, width_px, height_px, imgui_new_frame);
        const ImVec2 fb = ImGui::GetIO().DisplayFramebufferScale;
        free_px =
            scene::Rect{layout->scene.x * fb.x, layout->scene.y * fb.y, layout->scene.w * fb.x, layout->scene.h * fb.y};
    }
    scene::ViewOptions view = session::scene_view(session, free_px);
    if (layout) keep_clear_of_scene_windows(*layout, ImGui::GetIO().DisplayFramebufferScale.x, view);
    view.width_px = width_px;
    view.height_px = height_px;
    // The picture's text at the panels' scale (reduced where the window is too small for the requested one), so that a
    // larger scale enlarges the panels and the picture's labels in proportion.
    view.text_scale = scene_text_scale_ > 0.0f ? scene_text_scale_ : panel_scale(session, width_px, height_px);
    scene::SceneFrame frame = scene::build(session::scene_trajectory(session).at(session.time_h), session.anim_time_s, session.seed, view);
    if (decorate) decorate(frame, width_px, height_px, free_px);
    if (!with_panels) {
        renderer_->draw(frame, width_px, height_px);
        panel_cache_.invalidate();
        return {};
    }
    render::PictureClip clip = panels_clip(*free_px, width_px, height_px);
    const std::uint64_t key = layout_key(clip, width_px, height_px);
    const bool panels_kept = panel_cache_.keeps(key);
    clip.clear_outside = !panels_kept;
    renderer_->draw(frame, width_px, height_px, &clip);
    ImGui::GetIO().DeltaTime = dt_s > 0.0 ? static_cast<float>(dt_s) : 1.0f / 60.0f;
    if (!panels_laid_out_) {
        // ImGui sizes tab bars and scrollbars from the previous frame's contents (a child window's, from the frame
        // before that): on a fresh context the panels are laid out twice, and nothing drawn, so that the first
        // frame shown is already the settled one.
        for (int pass = 0; pass < 2; ++pass) {
            ImGui::NewFrame();
            ui::draw(session, *panels, *layout);
            ImGui::EndFrame();
        }
        panels_laid_out_ = true;
    }
    ImGui::NewFrame();
    ui::FrameOutput out = ui::draw(session, *panels, *layout);
    ImGui::Render();
    panel_cache_.draw(*renderer_, *ImGui::GetDrawData(), out.backdrop, clip.area_px, key,
                      panels_kept ? nullptr : &clip.outside);
    return out;
}

std::uint64_t Compositor::layout_key(const render::PictureClip& clip, int width_px, int height_px) const {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    const auto mix = [&h](double v) { h = (h ^ std::hash<double>{}(v)) * 0x100000001b3ULL; };
    for (double v : {double(width_px), double(height_px), double(built_scale_), double(fonts_built_),
                     double(static_cast<int>(built_theme_)), double(clip.area_px.x), double(clip.area_px.y),
                     double(clip.area_px.w), double(clip.area_px.h), double(clip.outside.r), double(clip.outside.g),
                     double(clip.outside.b)})
        mix(v);
    return h;
}

}  // namespace app
