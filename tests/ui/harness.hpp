// Test harness: a headless Dear ImGui context (as in ImGui's example_null) driving ui::draw over a session.
#pragma once
#include <imgui.h>
#include <imgui_internal.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "session/fixture.hpp"
#include "session/view/layout.hpp"
#include "ui/ui.hpp"

namespace test {

/// One ImGui context with the real UI font (when installed) at a given size and scale.
class Harness {
public:
    explicit Harness(float width_px = 1366.0f, float height_px = 768.0f, float scale = 1.0f) {
        ctx_ = ImGui::CreateContext();
        ui::configure_io();
        resize(width_px, height_px, scale);
    }
    ~Harness() { ImGui::DestroyContext(ctx_); }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    /// Sets the display size and rebuilds fonts and style for the requested UI scale (capped like the app's).
    void resize(float width_px, float height_px, float requested_scale) {
        const float scale = session::effective_scale(requested_scale, width_px, height_px);
        const std::string inter = "/usr/share/fonts/opentype/inter/Inter-Regular.otf";
        const std::string path = std::filesystem::exists(inter) ? inter : "";
        ui::load_fonts(ui::FontPaths{path, ""}, scale);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::apply_style(scene::Theme::dark, scale);
        ImGui::GetIO().DisplaySize = ImVec2(width_px, height_px);
        scale_ = scale;
    }

    /// Runs one frame of the whole UI.
    void frame(session::Session& session) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        const ImVec2 size = io.DisplaySize;
        last = ui::draw(session, panels, session::compute_layout(session::layout_input(session, size.x, size.y, scale_)));
        ImGui::Render();
    }

    void frames(session::Session& session, int n) {
        for (int i = 0; i < n; ++i) frame(session);
    }

    void mouse(float x, float y, bool down) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(x, y);
        io.MouseDown[0] = down;
    }

    /// Clicks at (x, y): a frame with the button down, then one with it up.
    void click(session::Session& session, float x, float y) {
        mouse(x, y, false);
        frame(session);
        mouse(x, y, true);
        frame(session);
        mouse(x, y, false);
        frame(session);
    }

    /// The first window whose name contains `part`.
    static ImGuiWindow* window(const std::string& part) {
        for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
            if (std::string(w->Name).find(part) != std::string::npos) return w;
        return nullptr;
    }

    /// Moves the mouse over `w` (a column at x_frac of its width, top to bottom) until item `id` is
    /// hovered; returns that position.
    std::optional<ImVec2> find_item(session::Session& session, const std::function<ImGuiWindow*()>& w, ImGuiID id,
                                    float x_frac = 0.1f) {
        ImGuiWindow* win = w();
        if (!win) return std::nullopt;
        const float x = win->Pos.x + win->Size.x * x_frac;
        for (float y = win->Pos.y; y < win->Pos.y + win->Size.y; y += 3.0f) {
            mouse(x, y, false);
            frame(session);
            if (ImGui::GetCurrentContext()->HoveredId == id) return ImVec2(x, y);
        }
        return std::nullopt;
    }

    ui::Panels panels;     ///< the panels' widget state, kept across frames as the program keeps it
    ui::FrameOutput last;  ///< what the last frame handed back (backdrops, requests)

private:
    ImGuiContext* ctx_ = nullptr;
    float scale_ = 1.0f;
};

}  // namespace test
