// The interactive window: SDL2 + OpenGL 3.3 core, the composed frame blitted to the screen, vsync, no
// busy-wait.
#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <algorithm>
#include <ctime>
#include <future>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/session.hpp"
#include "export/png.hpp"
#include "render/gl_context.hpp"
#include "session/keys.hpp"
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

/// A window that fits the display: 90 % of the usable area, at most 1600x900 logical pixels; hidden until shown.
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
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_HIDDEN;
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
std::optional<session::Key> ui_key(SDL_Keycode code) {
    switch (code) {
        case SDLK_SPACE: return session::Key::space;
        case SDLK_LEFT: return session::Key::left;
        case SDLK_RIGHT: return session::Key::right;
        case SDLK_PAGEUP: return session::Key::page_up;
        case SDLK_PAGEDOWN: return session::Key::page_down;
        case SDLK_HOME: return session::Key::home;
        case SDLK_END: return session::Key::end;
        case SDLK_1:
        case SDLK_KP_1: return session::Key::digit1;
        case SDLK_2:
        case SDLK_KP_2: return session::Key::digit2;
        case SDLK_3:
        case SDLK_KP_3: return session::Key::digit3;
        case SDLK_p: return session::Key::p;
        case SDLK_s: return session::Key::s;
        case SDLK_o: return session::Key::o;
        case SDLK_e: return session::Key::e;
        case SDLK_l: return session::Key::l;
        case SDLK_t: return session::Key::t;
        case SDLK_h: return session::Key::h;
        case SDLK_PLUS:
        case SDLK_EQUALS:
        case SDLK_KP_PLUS: return session::Key::plus;
        case SDLK_MINUS:
        case SDLK_KP_MINUS: return session::Key::minus;
        case SDLK_F1: return session::Key::f1;
        case SDLK_F11: return session::Key::f11;
        case SDLK_F12: return session::Key::f12;
        case SDLK_ESCAPE: return session::Key::escape;
        default: return std::nullopt;
    }
}

/// A global shortcut for this key press, if any (none while a text field is edited or, for the
/// navigation keys, while the panels are navigated with the keyboard).
std::optional<session::Action> shortcut(const SDL_KeyboardEvent& key) {
    const std::optional<session::Key> k = ui_key(key.keysym.sym);
    if (!k) return std::nullopt;
    const ImGuiIO& io = ImGui::GetIO();
    const session::KeyMods mods{(key.keysym.mod & KMOD_CTRL) != 0, (key.keysym.mod & KMOD_SHIFT) != 0,
                                (key.keysym.mod & KMOD_ALT) != 0};
    return session::key_action(*k, mods, session::KeyContext{io.WantTextInput, ui::keyboard_navigating()});
}

void toggle_fullscreen(session::Session& app, SDL_Window* window) {
    const bool full = SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
    app.fullscreen = !full;
}

/// Events go to ImGui, except key presses taken as global shortcuts (so that, e.g., Space does not
/// also press a focused button). Returns what the shortcuts (and closing the window) asked for.
session::Requests poll_events(session::Session& app) {
    session::Requests asked;
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        if (event.type == SDL_QUIT) asked.quit = true;
        if (event.type == SDL_KEYDOWN) {
            if (const std::optional<session::Action> action = shortcut(event.key)) {
                using session::Action;
                if (!event.key.repeat || *action == Action::step_forward || *action == Action::step_back)
                    asked |= session::apply_action(app, *action);
                continue;
            }
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
    }
    return asked;
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

/// Saves the composed frame (scene and panels).
void take_screenshot(session::Session& app, Compositor& compositor) {
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
    // The session (the content and its checks, the scenario's first simulation) is made on a second thread while
    // SDL and OpenGL start on this one; the window stays hidden until it is ready, so that bad input is still one
    // line on stderr and no window.
    std::future<session::Session> pending = std::async(std::launch::async, [&options] {
        session::Session made = make_session(options);
        session::trajectory(made);
        return made;
    });
    SdlWindow w;
    open_window(w, options);
    options.startup.mark("window");
    std::string error;
    auto compositor = Compositor::create(default_fonts(), display_scale(w.window), error);
    if (!compositor) throw std::runtime_error(error);
    options.startup.mark("compositor");
    session::Session app = pending.get();  // make_session's error, if any, is thrown here
    app.fullscreen = options.fullscreen;
    options.startup.mark("session");
    SDL_ShowWindow(w.window);
    ImGui_ImplSDL2_InitForOpenGL(w.window, w.gl);
    ui::Panels panels;
    Uint64 last = SDL_GetPerformanceCounter();
    for (;;) {
        session::Requests asked = poll_events(app);
        ui::take_requests(panels, asked);
        if (asked.quit) break;
        if (SDL_GetWindowFlags(w.window) & SDL_WINDOW_MINIMIZED) {
            SDL_Delay(100);
            last = SDL_GetPerformanceCounter();
            continue;
        }
        const Uint64 now = SDL_GetPerformanceCounter();
        const double dt_s = std::clamp(static_cast<double>(now - last) / SDL_GetPerformanceFrequency(), 1e-4, 0.1);
        last = now;
        session::advance(app, dt_s);
        int dw = 0, dh = 0;
        SDL_GL_GetDrawableSize(w.window, &dw, &dh);
        asked |= compositor->compose(app, &panels, dw, dh, dt_s, sdl_new_frame, preview_decorator(app)).requests;
        if (asked.screenshot) take_screenshot(app, *compositor);
        compositor->renderer().present();
        SDL_GL_SwapWindow(w.window);
        if (options.startup.enabled) {  // --benchmark measures the start-up: the first frame, then quit
            compositor->renderer().finish();
            options.startup.mark("to_first_frame");
            break;
        }
        if (asked.toggle_fullscreen) toggle_fullscreen(app, w.window);
        if (asked.quit) break;
    }
    ImGui_ImplSDL2_Shutdown();
    compositor.reset();
    return 0;
}

}  // namespace app
