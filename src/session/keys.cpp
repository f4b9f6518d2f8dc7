// Keyboard shortcuts (from the registry's table) and the effect of each action on the session: the one command path.
#include "session/keys.hpp"

#include "session/file_actions.hpp"
#include "session/language.hpp"
#include "session/link.hpp"
#include "session/registry.hpp"
#include "session/words.hpp"
#include "session/lesson/lesson.hpp"
#include "session/lesson/question.hpp"
#include "session/session.hpp"

namespace session {
namespace {

/// Keys that ImGui's keyboard navigation also uses; they go to the panel while it is being navigated.
bool navigation_key(Key key) {
    return key == Key::space || key == Key::left || key == Key::right || key == Key::home || key == Key::end ||
           key == Key::escape;
}

/// The command whose shortcut is this key: an exact match of the modifiers first, else one that ignores Shift
/// (a '+' is typed with Shift on many keyboards; Ctrl+Shift+S still saves).
std::optional<Action> registered_action(Key key, KeyMods mods) {
    std::optional<Action> loose;
    for (const Command& c : commands())
        for (const Shortcut& s : c.shortcuts) {
            if (s.key != key || s.ctrl != mods.ctrl) continue;
            if (s.shift == mods.shift) return c.action;
            if (!s.shift && !loose) loose = c.action;
        }
    return loose;
}

}  // namespace

std::optional<Action> key_action(Key key, KeyMods mods, KeyContext context) {
    if (context.text_input || mods.alt) return std::nullopt;
    if (!mods.ctrl && context.nav_active && navigation_key(key)) return std::nullopt;
    return registered_action(key, mods);
}

namespace {

void toggle_view_flag(Session& session, Action action) {
    switch (action) {
        case Action::toggle_labels: session.view.labels = !session.view.labels; break;
        case Action::toggle_theme:
            session.view.theme = session.view.theme == scene::Theme::dark ? scene::Theme::light : scene::Theme::dark;
            break;
        case Action::toggle_panels: {
            const bool any = session.panels.left || session.panels.right || session.panels.bottom;
            session.panels.left = session.panels.right = session.panels.bottom = !any;
            break;
        }
        case Action::toggle_presenter: session.presenter = !session.presenter; break;
        case Action::toggle_reduced_motion: session.reduced_motion = !session.reduced_motion; break;
        case Action::toggle_motion_paused: session.motion_paused = !session.motion_paused; break;
        case Action::toggle_left_panel: session.panels.left = !session.panels.left; break;
        case Action::toggle_right_panel: session.panels.right = !session.panels.right; break;
        case Action::toggle_bottom_panel: session.panels.bottom = !session.panels.bottom; break;
        case Action::toggle_large_plots: session.panels.all_plots = !session.panels.all_plots; break;
        case Action::toggle_segmented_axis: session.axis_segmented = !session.axis_segmented; break;
        case Action::view_receptor_split:
            session.view.receptor_split = !(session.view.view == scene::View::receptor && session.view.receptor_split);
            session.view.view = scene::View::receptor;
            break;
        default: break;
    }
}

/// The actions of the menus that open a dialog or a tab, or act on the run's files and comparisons.
Requests apply_panel_action(Session& session, Action action) {
    Requests asked;
    switch (action) {
        case Action::save_scenario_as: asked.save_as_dialog = true; break;
        case Action::preview_script:
            asked.preview_tab = true;
            session.panels.left = true;
            session.presenter = false;
            break;
        case Action::copy_link:
            asked.clipboard_text = shareable_link(session);
            session.status = words(session, "status.copied", {{"link", *asked.clipboard_text}});
            break;
        case Action::quit: asked.quit = true; break;
        case Action::reset_all: session.model.scenario = session.default_scenario; break;
        case Action::pin_baseline: pin_baseline(session, words(session, "run.pinned", {{"name", session.model.scenario.name}})); break;
        case Action::clear_baseline: session.pinned.reset(); break;
        case Action::open_lesson_file: asked.pick_file = FileUse::lesson; break;
        case Action::leave_lesson: stop_lesson(session); break;
        case Action::show_welcome: asked.welcome_dialog = true; break;
        case Action::show_glossary:
        case Action::show_about:
            asked.glossary = action == Action::show_glossary;
            asked.about = action == Action::show_about;
            session.panels.right = true;
            break;
        case Action::language_english: set_language(session, kEnglish); break;
        case Action::language_spanish: set_language(session, kSpanish); break;
        default: toggle_view_flag(session, action); break;
    }
    return asked;
}

}  // namespace

Requests apply_action(Session& session, Action action) {
    Requests asked;
    switch (action) {
        case Action::toggle_play: toggle_play(session); break;
        case Action::step_forward: step(session, false); break;
        case Action::step_back: step(session, true); break;
        case Action::lesson_next: lesson_go(session, +1); break;
        case Action::lesson_prev: lesson_go(session, -1); break;
        case Action::jump_start: set_time(session, 0.0); break;
        case Action::jump_end: set_time(session, trajectory(session).duration_h()); break;
        case Action::view_circuit: session.view.view = scene::View::circuit; break;
        case Action::view_synapse: session.view.view = scene::View::synapse; break;
        case Action::view_spine: session.view.view = scene::View::spine; break;
        case Action::view_receptor: session.view.view = scene::View::receptor; break;
        case Action::view_signalling: session.view.view = scene::View::signalling; break;
        case Action::toggle_fullscreen: asked.toggle_fullscreen = true; break;
        case Action::scale_up: set_ui_scale(session, session.ui_scale + 0.25f); break;
        case Action::scale_down: set_ui_scale(session, session.ui_scale - 0.25f); break;
        case Action::save_scenario: save_scenario_to(session, session.scenario_path); break;
        case Action::open_scenario: asked.open_scenario_dialog = true; break;
        case Action::export_csv: export_plots_csv(session, default_csv_path(session)); break;
        case Action::screenshot: asked.screenshot = true; break;
        case Action::show_help: asked.help_dialog = true; break;
        case Action::undo:
            if (!undo_scenario(session)) session.status = words(session, "status.nothing_to_undo");
            break;
        case Action::redo:
            if (!redo_scenario(session)) session.status = words(session, "status.nothing_to_redo");
            break;
        case Action::close_open: asked.close_dialogs = true; break;  // Esc: presenter mode stays (P leaves it)
        case Action::choose_a: choose_answer(session, 0); break;
        case Action::choose_b: choose_answer(session, 1); break;
        case Action::choose_c: choose_answer(session, 2); break;
        case Action::choose_d: choose_answer(session, 3); break;
        case Action::reveal_answer: reveal_answer(session); break;
        default: return apply_panel_action(session, action);
    }
    return asked;
}

}  // namespace session
