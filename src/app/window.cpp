// The interactive window: SDL2 + OpenGL 3.3 core, the composed frame blitted to the screen, vsync, no
// busy-wait.
#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <ctime>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/session.hpp"
#include "export/png.hpp"
#include "render/gl_context.hpp"
#include "ui/keys.hpp"
#include "ui/ui.hpp"

namespace app {
namespace {

/// Owns SDL, the window and its GL context, in that order of creation.
struct SdlWindow {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    ~SdlWindow() {
        if (gl) SDL_GL_DeleteContext(gl);
        if (window) SDL_DestroyWindow(window);
        SDL_Quit();
    }
};

/// Fails in one line where the window could not be seen: SDL would fall back to its invisible offscreen driver.
void require_display(bool sdl_initialised) {
    if (SDL_getenv("SDL_VIDEODRIVER")) return;  // a driver chosen on purpose
    const std::string hint = "; --screenshot, --record, --csv and --benchmark work without one";
    if (!SDL_getenv("DISPLAY") && !SDL_getenv("WAYLAND_DISPLAY"))
        throw std::runtime_error("cannot open a window: no display (DISPLAY and WAYLAND_DISPLAY are unset)" + hint);
    const char* driver = sdl_initialised ? SDL_GetCurrentVideoDriver() : nullptr;
    if (driver && (std::string(driver) == "offscreen" || std::string(driver) == "dummy"))
        throw std::runtime_error("cannot open a window: the display cannot be reached" + hint);
}

/// A window that fits the display: 90 % of the usable area, at most 1600x900 logical pixels.
void open_window(SdlWindow& w, const Options& options) {
    require_display(false);
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
        throw std::runtime_error(std::string("cannot open a window: ") + SDL_GetError());
    require_display(true);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_Rect usable{0, 0, 1366, 768};
    SDL_GetDisplayUsableBounds(0, &usable);
    int width = options.size_given ? options.size.width_px : std::min(1600, usable.w * 9 / 10);
    int height = options.size_given ? options.size.height_px : std::min(900, usable.h * 9 / 10);
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (options.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    w.window = SDL_CreateWindow("Synapse Lab - ketamine's mechanism of action", SDL_WINDOWPOS_CENTERED,
                                SDL_WINDOWPOS_CENTERED, width, height, flags);
    if (!w.window) throw std::runtime_error(std::string("cannot open a window: ") + SDL_GetError());
    SDL_SetWindowMinimumSize(w.window, 640, 400);
    w.gl = SDL_GL_CreateContext(w.window);
    if (!w.gl) throw std::runtime_error(std::string("OpenGL 3.3 core is not available: ") + SDL_GetError());
    SDL_GL_SetSwapInterval(1);
    std::string error;
    if (!render::load_gl(reinterpret_cast<void* (*)(const char*)>(SDL_GL_GetProcAddress), error))
        throw std::runtime_error(error);
}

/// The display's scale relative to 96 DPI (1 on an ordinary monitor, 2 on a 4K laptop panel).
float display_scale(SDL_Window* window) {
    float dpi = 96.0f;
    if (SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(window), &dpi, nullptr, nullptr) != 0) dpi = 96.0f;
    int w = 0, dw = 0, h = 0;
    SDL_GetWindowSize(window, &w, &h);
    SDL_GL_GetDrawableSize(window, &dw, &h);
    const float framebuffer_scale = w > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.0f;
    return std::clamp(dpi / 96.0f, 1.0f, 3.0f) * framebuffer_scale;
}

/// SDL key codes -> the UI's keys (the mapping from keys to actions lives in ui/keys.hpp, tested).
std::optional<ui::Key> ui_key(SDL_Keycode code) {
    switch (code) {
        case SDLK_SPACE: return ui::Key::space;
        case SDLK_LEFT: return ui::Key::left;
        case SDLK_RIGHT: return ui::Key::right;
        case SDLK_PAGEUP: return ui::Key::page_up;
        case SDLK_PAGEDOWN: return ui::Key::page_down;
        case SDLK_HOME: return ui::Key::home;
        case SDLK_END: return ui::Key::end;
        case SDLK_1:
        case SDLK_KP_1: return ui::Key::digit1;
        case SDLK_2:
        case SDLK_KP_2: return ui::Key::digit2;
        case SDLK_3:
        case SDLK_KP_3: return ui::Key::digit3;
        case SDLK_p: return ui::Key::p;
        case SDLK_s: return ui::Key::s;
        case SDLK_o: return ui::Key::o;
        case SDLK_e: return ui::Key::e;
        case SDLK_l: return ui::Key::l;
        case SDLK_t: return ui::Key::t;
        case SDLK_h: return ui::Key::h;
        case SDLK_PLUS:
        case SDLK_EQUALS:
        case SDLK_KP_PLUS: return ui::Key::plus;
        case SDLK_MINUS:
        case SDLK_KP_MINUS: return ui::Key::minus;
        case SDLK_F1: return ui::Key::f1;
        case SDLK_F11: return ui::Key::f11;
        case SDLK_F12: return ui::Key::f12;
        case SDLK_ESCAPE: return ui::Key::escape;
        default: return std::nullopt;
    }
}

/// A global shortcut for this key press, if any (none while a text field is edited or, for the
/// navigation keys, while the panels are navigated with the keyboard).
std::optional<ui::Action> shortcut(const SDL_KeyboardEvent& key) {
    const std::optional<ui::Key> k = ui_key(key.keysym.sym);
    if (!k) return std::nullopt;
    const ImGuiIO& io = ImGui::GetIO();
    const ui::KeyMods mods{(key.keysym.mod & KMOD_CTRL) != 0, (key.keysym.mod & KMOD_SHIFT) != 0,
                           (key.keysym.mod & KMOD_ALT) != 0};
    return ui::key_action(*k, mods, ui::KeyContext{io.WantTextInput, ui::keyboard_navigating()});
}

void toggle_fullscreen(ui::AppState& app, SDL_Window* window) {
    const bool full = SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
    app.fullscreen = !full;
}

/// Events go to ImGui, except key presses taken as global shortcuts (so that, e.g., Space does not
/// also press a focused button).
void poll_events(ui::AppState& app, SDL_Window* window) {
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        if (event.type == SDL_QUIT) app.quit_requested = true;
        if (event.type == SDL_KEYDOWN) {
            if (const std::optional<ui::Action> action = shortcut(event.key)) {
                if (!event.key.repeat || *action == ui::Action::step_forward || *action == ui::Action::step_back)
                    ui::apply_action(app, *action);
                continue;
            }
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
    }
    if (app.fullscreen_toggle_requested) {
        app.fullscreen_toggle_requested = false;
        toggle_fullscreen(app, window);
    }
}

/// "synapse-lab-YYYYMMDD-HHMMSS.png" in the current directory (local time).
std::string screenshot_name() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[64];
    std::strftime(buf, sizeof buf, "synapse-lab-%Y%m%d-%H%M%S.png", &local);
    return buf;
}

/// Saves the composed frame (scene and panels) when the UI asked for a screenshot.
void take_screenshot(ui::AppState& app, Compositor& compositor) {
    if (!app.screenshot_requested) return;
    app.screenshot_requested = false;
    std::vector<std::uint8_t> rgba;
    compositor.renderer().read_rgba(rgba);
    const std::string path = screenshot_name();
    try {
        exporter::write_png(path, compositor.renderer().width_px(), compositor.renderer().height_px(), rgba);
        app.status = "Screenshot saved to " + path;
    } catch (const std::exception& e) {
        app.status = e.what();
    }
}

void sdl_new_frame() { ImGui_ImplSDL2_NewFrame(); }

}  // namespace

int run_window(const Options& options) {
    ui::AppState app = make_session(options);
    app.fullscreen = options.fullscreen;
    SdlWindow w;
    open_window(w, options);
    std::string error;
    auto compositor = Compositor::create(default_fonts(), display_scale(w.window), error);
    if (!compositor) throw std::runtime_error(error);
    ImGui_ImplSDL2_InitForOpenGL(w.window, w.gl);
    Uint64 last = SDL_GetPerformanceCounter();
    while (!app.quit_requested) {
        poll_events(app, w.window);
        if (SDL_GetWindowFlags(w.window) & SDL_WINDOW_MINIMIZED) {
            SDL_Delay(100);
            last = SDL_GetPerformanceCounter();
            continue;
        }
        const Uint64 now = SDL_GetPerformanceCounter();
        const double dt_s = std::clamp(static_cast<double>(now - last) / SDL_GetPerformanceFrequency(), 1e-4, 0.1);
        last = now;
        ui::advance(app, dt_s);
        int dw = 0, dh = 0;
        SDL_GL_GetDrawableSize(w.window, &dw, &dh);
        compositor->compose(app, dw, dh, true, dt_s, sdl_new_frame, preview_decorator(app));
        take_screenshot(app, *compositor);
        glBindFramebuffer(GL_READ_FRAMEBUFFER, compositor->renderer().framebuffer());
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
        glBlitFramebuffer(0, 0, dw, dh, 0, 0, dw, dh, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        SDL_GL_SwapWindow(w.window);
    }
    ImGui_ImplSDL2_Shutdown();
    compositor.reset();
    return 0;
}

}  // namespace app
