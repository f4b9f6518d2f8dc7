// The web page: the desktop's session, compositor and panels on a WebGL 2 canvas, one frame per browser animation
// frame (emscripten_set_main_loop); the page around the canvas (shell.html) is reached through app/web/page.hpp.
#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "app/compositor.hpp"
#include "app/sdl_input.hpp"
#include "app/session_setup.hpp"
#include "app/web/downloads.hpp"
#include "app/web/page.hpp"
#include "app/web/touch_scroll.hpp"
#include "scene/scene.hpp"
#include "session/file_actions.hpp"
#include "session/link.hpp"
#include "session/view/scene_view.hpp"
#include "session/accessible_layer.hpp"
#include "ui/preview_panel.hpp"
#include "ui/ui.hpp"

namespace app {
namespace {

/// Everything the page holds, from main() until the tab closes (the main loop outlives main()).
struct WebApp {
    session::Session session;
    ui::Panels panels;
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    std::unique_ptr<Compositor> compositor;
    DownloadFolder downloads{"/downloads"};  ///< the working folder: what is saved there is downloaded
    TouchScroll touch;                       ///< finger drags over the panels scroll them
    session::PushedLayer accessible;         ///< what the page's accessible layer was last sent
    bool describe_requested = false;         ///< "Describe the picture" was pressed since the last frame
    std::string clipboard;                   ///< the last text copied (the page cannot read the system's back)
    double last_frame_ms = 0.0;              ///< performance.now() at the last frame's start
    long frames = 0;
};

/// The canvas (#canvas: sized by the page's CSS, times devicePixelRatio) with a WebGL 2 (OpenGL ES 3.0) context.
/// No depth, stencil, alpha or multisampling: the renderer draws into its own target and blits it over the canvas.
void open_canvas(WebApp& w) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
        throw std::runtime_error(std::string("SDL: ") + SDL_GetError());
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_ALPHA_SIZE, 0);
    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    w.window = SDL_CreateWindow("Synapse Lab", 0, 0, 1280, 720, flags);
    if (!w.window) throw std::runtime_error(std::string("no canvas: ") + SDL_GetError());
    w.gl = SDL_GL_CreateContext(w.window);
    if (!w.gl) throw std::runtime_error(std::string("WebGL 2 is not available: ") + SDL_GetError());
}

/// The page's link (location.search without its '?') applied to the session; a bad one leaves the session as it was
/// and says why over the page.
void apply_page_link(session::Session& session, std::string_view query) {
    if (query.empty()) return;
    const std::optional<std::string> error = session::apply_link(session, query);
    if (!error) return;
    const std::string why = error->starts_with("link: ") ? error->substr(6) : *error;
    page::show_message("This link could not be followed: " + why + ". Showing the start instead.");
}

/// ImGui's clipboard on the page: copies go to the system clipboard (the browser allows it right after a click or
/// a key press), pastes read back the last copy.
void use_page_clipboard(WebApp& w) {
    ImGuiIO& io = ImGui::GetIO();
    io.ClipboardUserData = &w;
    io.SetClipboardTextFn = [](void* user, const char* text) {
        static_cast<WebApp*>(user)->clipboard = text;
        page::copy_to_clipboard(text);
    };
    io.GetClipboardTextFn = [](void* user) -> const char* { return static_cast<WebApp*>(user)->clipboard.c_str(); };
}

/// The session (the standard scenario, the page's link), the canvas, the compositor and ImGui's SDL backend.
void start(WebApp& w, std::string_view query, std::string_view address) {
    Options options;
    options.assets_dir = "/assets";  // preloaded with the page (index.data)
    w.session = make_session(options);
    w.session.page_address = address;
    apply_page_link(w.session, query);
    w.session.reduced_motion = page::prefers_reduced_motion();
    w.panels.records_video = false;
    w.panels.picks_files = true;
    w.panels.quits = false;
    open_canvas(w);
    std::string error;
    w.compositor = Compositor::create(default_fonts(), static_cast<float>(emscripten_get_device_pixel_ratio()), error);
    if (!w.compositor) throw std::runtime_error(error);
    ImGui_ImplSDL2_InitForOpenGL(w.window, w.gl);
    w.touch.watch_events();
    use_page_clipboard(w);
    w.last_frame_ms = emscripten_get_now();
}

/// What the panels and shortcuts asked of the page: a screenshot, fullscreen, the file picker, quitting (which a page
/// cannot: the File menu has no Quit here).
void act_on(WebApp& w, const session::Requests& asked) {
    if (asked.pick_file != session::FileUse::none) page::pick_file(asked.pick_file);
    if (asked.screenshot) save_screenshot(w.session, *w.compositor);
    if (asked.toggle_fullscreen) {
        const bool full = SDL_GetWindowFlags(w.window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
        SDL_SetWindowFullscreen(w.window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
        w.session.fullscreen = !full;
    }
    if (asked.quit) w.session.status = "To leave Synapse Lab, close the browser tab.";
}

/// `text` with the picked files' folder taken out of the paths in it: messages name a file as the user knows it.
std::string without_picked_folder(std::string text) {
    const std::string folder = page::kPickedFilesFolder;
    for (std::size_t at = text.find(folder); at != std::string::npos; at = text.find(folder, at))
        text.erase(at, folder.size());
    return text;
}

/// A file chosen in the browser's file picker, opened as the panels asked (as the desktop opens a typed path). A bad
/// one is said in one line over the page and leaves the session as it was.
void open_picked_file(WebApp& w) {
    const std::optional<page::PickedFile> file = page::take_picked_file();
    if (!file) return;
    const std::optional<std::string> error = session::open_file_as(w.session, file->use, file->path);
    w.session.status = without_picked_folder(w.session.status);
    w.session.lesson.error = without_picked_folder(w.session.lesson.error);
    w.session.preview.error = without_picked_folder(w.session.preview.error);
    if (error) {
        page::show_message("This file could not be opened: " + without_picked_folder(*error));
        return;
    }
    page::hide_message();
    if (file->use == session::FileUse::scenario) w.panels.dialogs.open_scenario = false;
    if (file->use == session::FileUse::script) ui::show_preview_tab(w.session, w.panels);
}

/// What the viewer operated in the page's accessible layer, done as the mouse would do it (session::operate).
session::Requests take_accessible_inputs(WebApp& w) {
    session::Requests asked;
    while (const std::optional<session::ElementInput> input = page::take_accessible_input()) {
        if (input->id == session::kDescribeId)
            w.describe_requested = true;
        else
            asked |= session::operate(w.session, *input);
    }
    return asked;
}

/// The accessible layer follows the session: only what changed is sent, and the summary is announced after a
/// change that matters (session::next_update), so that a screen reader is not flooded while playing.
void update_accessible_layer(WebApp& w) {
    const session::AccessibleLayer layer = session::accessible_layer(w.session);
    const session::LayerUpdate update = session::next_update(w.accessible, layer, w.describe_requested);
    w.describe_requested = false;
    if (!update.empty()) page::update_accessible_layer(session::update_json(update, layer));
}

/// The scene is given a camera move between two views this frame.
bool camera_moving(const session::Session& session) {
    const scene::ViewOptions view = session::scene_view(session, std::nullopt);
    return view.from_view && *view.from_view != view.view && view.transition < 1.0f;
}

void report(const WebApp& w, int width_px, int height_px, double cpu_ms) {
    page::report_frame({.time_h = w.session.time_h,
                        .view = std::string(scene::view_id(w.session.view.view)),
                        .scenario = w.session.model.scenario.name,
                        .playing = w.session.playing,
                        .presenter = w.session.presenter,
                        .width_px = width_px,
                        .height_px = height_px,
                        .display_scale = static_cast<float>(emscripten_get_device_pixel_ratio()),
                        .cpu_ms = cpu_ms,
                        .reduced_motion = w.session.reduced_motion,
                        .camera_moving = camera_moving(w.session)});
}

/// One frame: events and the accessible layer's inputs, both clocks, the composed frame onto the canvas, then the
/// page (downloads, the accessible layer and its live region).
void draw_frame(WebApp& w) {
    const double start_ms = emscripten_get_now();
    // Positive even when the browser's (virtual) clock stands still, and at most 0.1 s after a hidden tab.
    const double dt_s = std::clamp((start_ms - w.last_frame_ms) / 1000.0, 1e-4, 0.1);
    w.last_frame_ms = start_ms;
    const float pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    session::Requests asked = poll_events(w.session);
    asked |= take_accessible_inputs(w);
    if (const std::optional<bool> reduce = page::prefers_reduced_motion_change()) w.session.reduced_motion = *reduce;
    int width_px = 0, height_px = 0;
    SDL_GL_GetDrawableSize(w.window, &width_px, &height_px);
    w.touch.apply(ImGui::GetIO(), width_px, height_px, pixel_ratio);
    open_picked_file(w);
    ui::take_requests(w.session, w.panels, asked);
    session::advance(w.session, dt_s);
    if (width_px <= 0 || height_px <= 0) return;
    w.compositor->set_display_scale(pixel_ratio);
    asked |= w.compositor->compose(w.session, &w.panels, width_px, height_px, dt_s, sdl_new_frame, preview_decorator(w.session))
                 .requests;
    act_on(w, asked);
    w.compositor->renderer().present();
    w.downloads.offer_changed_files();
    update_accessible_layer(w);
    report(w, width_px, height_px, emscripten_get_now() - start_ms);
    if (++w.frames == 1) page::first_frame_drawn();
}

void frame(void* arg) {
    try {
        draw_frame(*static_cast<WebApp*>(arg));
    } catch (const std::exception& e) {
        emscripten_cancel_main_loop();
        page::show_message(std::string("Synapse Lab stopped: ") + e.what());
    }
}

}  // namespace
}  // namespace app

int main(int argc, char** argv) {
    auto web = std::make_unique<app::WebApp>();
    try {
        app::start(*web, argc > 1 ? argv[1] : "", argc > 2 ? argv[2] : "");
    } catch (const std::exception& e) {
        app::page::show_message(std::string("Synapse Lab could not start: ") + e.what());
        return 1;
    }
    // Runs until the tab closes: the page owns `web` from here (main returns, the runtime stays).
    emscripten_set_main_loop_arg(app::frame, web.release(), 0, false);
    return 0;
}
