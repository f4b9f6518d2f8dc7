// The interactive window: SDL2 + OpenGL 3.3 core, the composed frame blitted to the screen, vsync, no
// busy-wait.
#include <SDL.h>
#include <backends/imgui_impl_sdl.h>

#include <algorithm>
#include <cstdlib>
#include <future>
#include <stdexcept>
#include <string>

#include "app/compositor.hpp"
#include "app/modes.hpp"
#include "app/preview_audio.hpp"
#include "app/sdl_input.hpp"
#include "app/session_setup.hpp"
#include "render/gl_context.hpp"
#include "session/language.hpp"
#include "session/settings.hpp"
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
    int width = options.size ? options.size->width_px : std::min(1600, usable.w * 9 / 10);
    int height = options.size ? options.size->height_px : std::min(900, usable.h * 9 / 10);
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

void toggle_fullscreen(session::Session& session, SDL_Window* window) {
    const bool full = SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
    session.fullscreen = !full;
}

/// Without --lang (or a link's lang=), the language of the settings file, else of the system's locale.
void start_in_chosen_language(session::Session& session, const Options& options) {
    if (!options.lang.empty() || options.open_link.find("lang=") != std::string::npos) return;
    const std::string language = session::startup_language(
        session::load_settings(session::settings_file_path()).language,
        session::locale_language(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG")));
    if (language != session.language) session::set_language(session, language);
}

/// A language chosen in the View menu is the next start's too.
void remember_language(const std::string& language) {
    const std::string path = session::settings_file_path();
    session::Settings settings = session::load_settings(path);
    settings.language = language;
    session::save_settings(path, settings);
}

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
    session::Session session = pending.get();  // make_session's error, if any, is thrown here
    session.fullscreen = options.fullscreen;
    start_in_chosen_language(session, options);
    options.startup.mark("session");
    SDL_ShowWindow(w.window);
    ImGui_ImplSDL2_InitForOpenGL(w.window, w.gl);
    ui::Panels panels;
    // The welcome on the first start (remembered in the user's settings file), never in a start-up benchmark.
    panels.dialogs.welcome =
        options.welcome || (!options.startup.enabled && session::first_start(session::settings_file_path()));
    PreviewAudio preview_audio;  // a narrated script's preview is heard (flite, SDL audio)
    Uint64 last = SDL_GetPerformanceCounter();
    for (;;) {
        session::Requests asked = poll_events(session);
        const std::string language = session.language;
        ui::take_requests(session, panels, asked);
        if (asked.quit) break;
        if (SDL_GetWindowFlags(w.window) & SDL_WINDOW_MINIMIZED) {
            SDL_Delay(100);
            last = SDL_GetPerformanceCounter();
            continue;
        }
        const Uint64 now = SDL_GetPerformanceCounter();
        const double dt_s = std::clamp(static_cast<double>(now - last) / SDL_GetPerformanceFrequency(), 1e-4, 0.1);
        last = now;
        session::advance(session, dt_s);
        preview_audio.update(session);
        int dw = 0, dh = 0;
        SDL_GL_GetDrawableSize(w.window, &dw, &dh);
        asked |= compositor->compose(session, &panels, dw, dh, dt_s, sdl_new_frame, preview_decorator(session)).requests;
        if (asked.screenshot) save_screenshot(session, *compositor);
        if (session.language != language) remember_language(session.language);
        compositor->renderer().present();
        SDL_GL_SwapWindow(w.window);
        if (options.startup.enabled) {  // --benchmark measures the start-up: the first frame, then quit
            compositor->renderer().finish();
            options.startup.mark("to_first_frame");
            break;
        }
        if (asked.toggle_fullscreen) toggle_fullscreen(session, w.window);
        if (asked.quit) break;
    }
    ImGui_ImplSDL2_Shutdown();
    compositor.reset();
    return 0;
}

}  // namespace app
