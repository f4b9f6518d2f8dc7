// Keyboard shortcuts: which key does what, and the effect of each action on Session.
#include "session/keys.hpp"

#include "session/file_actions.hpp"
#include "session/lesson.hpp"
#include "session/question.hpp"
#include "session/session.hpp"

namespace session {
namespace {

std::optional<Action> ctrl_action(Key key, bool shift) {
    switch (key) {
        case Key::z: return shift ? Action::redo : Action::undo;
        case Key::y: return Action::redo;
        case Key::s: return Action::save_scenario;
        case Key::o: return Action::open_scenario;
        case Key::e: return Action::export_csv;
        case Key::p: return Action::screenshot;
        default: return std::nullopt;
    }
}

/// Keys that ImGui's keyboard navigation also uses; they go to the panel while it is being navigated.
bool navigation_key(Key key) {
    return key == Key::space || key == Key::left || key == Key::right || key == Key::home || key == Key::end ||
           key == Key::escape;
}

std::optional<Action> plain_action(Key key) {
    switch (key) {
        case Key::space: return Action::toggle_play;
        case Key::right: return Action::step_forward;
        case Key::left: return Action::step_back;
        case Key::page_down: return Action::lesson_next;
        case Key::page_up: return Action::lesson_prev;
        case Key::home: return Action::jump_start;
        case Key::end: return Action::jump_end;
        case Key::digit1: return Action::view_circuit;
        case Key::digit2: return Action::view_synapse;
        case Key::digit3: return Action::view_spine;
        case Key::digit4: return Action::view_receptor;
        case Key::digit5: return Action::view_signalling;
        case Key::p: return Action::toggle_presenter;
        case Key::escape: return Action::close_open;
        case Key::a: return Action::choose_a;
        case Key::b: return Action::choose_b;
        case Key::c: return Action::choose_c;
        case Key::d: return Action::choose_d;
        case Key::r: return Action::reveal_answer;
        case Key::f11: return Action::toggle_fullscreen;
        case Key::f12: return Action::screenshot;
        case Key::l: return Action::toggle_labels;
        case Key::t: return Action::toggle_theme;
        case Key::h: return Action::toggle_panels;
        case Key::plus: return Action::scale_up;
        case Key::minus: return Action::scale_down;
        case Key::f1: return Action::show_help;
        default: return std::nullopt;
    }
}

}  // namespace

std::optional<Action> key_action(Key key, KeyMods mods, KeyContext context) {
    if (context.text_input) return std::nullopt;
    if (mods.ctrl) return ctrl_action(key, mods.shift);
    if (mods.alt) return std::nullopt;
    if (context.nav_active && navigation_key(key)) return std::nullopt;
    return plain_action(key);
}

namespace {

void toggle_view_flag(Session& app, Action action) {
    switch (action) {
        case Action::toggle_labels: app.view.labels = !app.view.labels; break;
        case Action::toggle_theme:
            app.view.theme = app.view.theme == scene::Theme::dark ? scene::Theme::light : scene::Theme::dark;
            break;
        case Action::toggle_panels: {
            const bool any = app.panels.left || app.panels.right || app.panels.bottom;
            app.panels.left = app.panels.right = app.panels.bottom = !any;
            break;
        }
        case Action::toggle_presenter: app.presenter = !app.presenter; break;
        default: break;
    }
}

}  // namespace

Requests apply_action(Session& app, Action action) {
    Requests asked;
    switch (action) {
        case Action::toggle_play: toggle_play(app); break;
        case Action::step_forward: step(app, false); break;
        case Action::step_back: step(app, true); break;
        case Action::lesson_next: lesson_go(app, +1); break;
        case Action::lesson_prev: lesson_go(app, -1); break;
        case Action::jump_start: set_time(app, 0.0); break;
        case Action::jump_end: set_time(app, trajectory(app).duration_h()); break;
        case Action::view_circuit: app.view.view = scene::View::circuit; break;
        case Action::view_synapse: app.view.view = scene::View::synapse; break;
        case Action::view_spine: app.view.view = scene::View::spine; break;
        case Action::view_receptor: app.view.view = scene::View::receptor; break;
        case Action::view_signalling: app.view.view = scene::View::signalling; break;
        case Action::toggle_fullscreen: asked.toggle_fullscreen = true; break;
        case Action::scale_up: set_ui_scale(app, app.ui_scale + 0.25f); break;
        case Action::scale_down: set_ui_scale(app, app.ui_scale - 0.25f); break;
        case Action::save_scenario: save_scenario_to(app, app.scenario_path); break;
        case Action::open_scenario: asked.open_scenario_dialog = true; break;
        case Action::export_csv: export_plots_csv(app, default_csv_path(app)); break;
        case Action::screenshot: asked.screenshot = true; break;
        case Action::show_help: asked.help_dialog = true; break;
        case Action::undo:
            if (!undo_scenario(app)) app.status = "Nothing to undo";
            break;
        case Action::redo:
            if (!redo_scenario(app)) app.status = "Nothing to redo";
            break;
        case Action::close_open: asked.close_dialogs = true; break;  // Esc: presenter mode stays (P leaves it)
        case Action::choose_a: choose_answer(app, 0); break;
        case Action::choose_b: choose_answer(app, 1); break;
        case Action::choose_c: choose_answer(app, 2); break;
        case Action::choose_d: choose_answer(app, 3); break;
        case Action::reveal_answer: reveal_answer(app); break;
        default: toggle_view_flag(app, action); break;
    }
    return asked;
}

const ShortcutHelp* shortcut_help(int& count) {
    static constexpr ShortcutHelp kHelp[] = {
        {"Space", "play / pause"},
        {"Left / Right", "step back / forward in time"},
        {"Home / End", "start / end of the run"},
        {"Page Up / Page Down", "previous / next lesson step (presentation clickers)"},
        {"A  B  C  D", "a lesson question: the class's answer"},
        {"R", "a lesson question: reveal the answer (without a choice)"},
        {"1  2  3  4  5", "circuit, synapse, spine, NMDA receptor, signalling view"},
        {"P", "presenter mode on / off"},
        {"Esc", "close the source text or a dialog (presenter mode stays)"},
        {"H", "hide / show all panels"},
        {"F11", "fullscreen"},
        {"L", "scene labels on / off"},
        {"T", "light / dark (projector) theme"},
        {"+ / -", "UI scale"},
        {"Ctrl+S / Ctrl+O", "save / open a scenario"},
        {"Ctrl+Z", "undo a scenario change"},
        {"Ctrl+Y or Ctrl+Shift+Z", "redo"},
        {"Ctrl+E", "export the plots' data as CSV"},
        {"F12 or Ctrl+P", "screenshot"},
        {"Ctrl+Tab", "keyboard navigation of the panels (arrows, Space, Enter; a click gives the keys back)"},
        {"F1", "this help"},
    };
    count = static_cast<int>(sizeof kHelp / sizeof kHelp[0]);
    return kHelp;
}

}  // namespace session
