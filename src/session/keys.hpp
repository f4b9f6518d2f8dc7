// Global keyboard shortcuts as a pure mapping (key + modifiers + context -> action) and the actions' effects.
#pragma once
#include <optional>

namespace session {

struct Session;
struct Requests;

/// The keys the app reacts to, independent of SDL (the window maps its key codes to these).
enum class Key {
    space,
    left,
    right,
    page_up,
    page_down,
    home,
    end,
    digit1,
    digit2,
    digit3,
    digit4,
    digit5,
    p,
    s,
    a,
    b,
    c,
    d,
    r,
    o,
    e,
    l,
    t,
    h,
    y,
    z,
    m,
    plus,
    minus,
    f1,
    f11,
    f12,
    escape,
};

struct KeyMods {
    bool ctrl = false;
    bool shift = false;
    bool alt = false;
};

/// What ImGui is doing with the keyboard right now.
struct KeyContext {
    bool text_input = false;  ///< a text field is being edited: no shortcut applies
    bool nav_active = false;  ///< keyboard navigation inside a panel (Ctrl+Tab): arrows, Space and Esc are the panel's
};

enum class Action {
    toggle_play,
    step_forward,
    step_back,
    lesson_next,
    lesson_prev,
    jump_start,
    jump_end,
    view_circuit,
    view_synapse,
    view_spine,
    view_receptor,
    view_signalling,
    toggle_presenter,
    close_open,  ///< Esc: closes the source text and the dialogs (never leaves presenter mode)
    choose_a,    ///< A-D: the class's answer to a lesson question
    choose_b,
    choose_c,
    choose_d,
    reveal_answer,  ///< R: the teacher shows a lesson question's answer
    toggle_fullscreen,
    toggle_labels,
    toggle_theme,
    scale_up,
    scale_down,
    toggle_panels,
    save_scenario,
    open_scenario,
    export_csv,
    screenshot,
    show_help,
    undo,
    redo,
    save_scenario_as,
    preview_script,
    copy_link,
    quit,
    reset_all,
    view_receptor_split,
    toggle_reduced_motion,
    toggle_motion_paused,
    toggle_left_panel,
    toggle_right_panel,
    toggle_bottom_panel,
    toggle_large_plots,
    toggle_segmented_axis,
    pin_baseline,
    clear_baseline,
    open_lesson_file,
    leave_lesson,
    show_welcome,
    show_glossary,
    show_about,
    language_english,  ///< the words in English (View > Language)
    language_spanish,  ///< the words in Spanish (assets/i18n/es.po)
};

/// The action for a key press; nullopt when the key is not a shortcut here (or belongs to ImGui now).
std::optional<Action> key_action(Key key, KeyMods mods, KeyContext context);

/// Performs an action on the session; what only the window or the panels can do (fullscreen, a screenshot, a
/// dialog) comes back as a request.
Requests apply_action(Session& session, Action action);

}  // namespace session
