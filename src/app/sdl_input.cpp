// SDL key codes to the session's keys, the event loop's dispatch between shortcuts and ImGui, and ImGui's frame start.
#include "app/sdl_input.hpp"

#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <cfloat>
#include <cmath>
#include <optional>

#include "session/keys.hpp"
#include "ui/ui.hpp"

namespace app {
namespace {

/// SDL key codes -> the session's keys (the mapping from keys to actions lives in session/keys.hpp, tested).
std::optional<session::Key> session_key(SDL_Keycode code) {
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
        case SDLK_4:
        case SDLK_KP_4: return session::Key::digit4;
        case SDLK_5:
        case SDLK_KP_5: return session::Key::digit5;
        case SDLK_p: return session::Key::p;
        case SDLK_s: return session::Key::s;
        case SDLK_a: return session::Key::a;
        case SDLK_b: return session::Key::b;
        case SDLK_c: return session::Key::c;
        case SDLK_d: return session::Key::d;
        case SDLK_r: return session::Key::r;
        case SDLK_o: return session::Key::o;
        case SDLK_e: return session::Key::e;
        case SDLK_l: return session::Key::l;
        case SDLK_t: return session::Key::t;
        case SDLK_h: return session::Key::h;
        case SDLK_y: return session::Key::y;
        case SDLK_m: return session::Key::m;
        case SDLK_z: return session::Key::z;
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
    const std::optional<session::Key> k = session_key(key.keysym.sym);
    if (!k) return std::nullopt;
    const ImGuiIO& io = ImGui::GetIO();
    const session::KeyMods mods{(key.keysym.mod & KMOD_CTRL) != 0, (key.keysym.mod & KMOD_SHIFT) != 0,
                                (key.keysym.mod & KMOD_ALT) != 0};
    return session::key_action(*k, mods, session::KeyContext{io.WantTextInput, ui::keyboard_navigating()});
}

}  // namespace

session::Requests poll_events(session::Session& session) {
    session::Requests asked;
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        if (event.type == SDL_QUIT) asked.quit = true;
        if (event.type == SDL_KEYDOWN) {
            if (const std::optional<session::Action> action = shortcut(event.key)) {
                using session::Action;
                if (!event.key.repeat || *action == Action::step_forward || *action == Action::step_back)
                    asked |= session::apply_action(session, *action);
                continue;
            }
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
    }
    return asked;
}

void sdl_new_frame() {
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 scale = io.DisplayFramebufferScale;
    if (scale.x == 1.0f && scale.y == 1.0f) return;
    io.DisplaySize = ImVec2(std::round(io.DisplaySize.x * scale.x), std::round(io.DisplaySize.y * scale.y));
    if (io.MousePos.x != -FLT_MAX && io.MousePos.y != -FLT_MAX)
        io.MousePos = ImVec2(io.MousePos.x * scale.x, io.MousePos.y * scale.y);
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
}

}  // namespace app
