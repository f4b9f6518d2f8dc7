// The registry of commands and controls: every thing a user can do or set, once, with its words' catalogue key,
// role, unit, range, shortcut and action. Menus, keys, the shortcut help, the panels, state links and class links
// read it; every command runs through apply_action.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "session/keys.hpp"
#include "sim/scenario.hpp"

namespace session {

struct Session;

/// The menu a command is listed in.
enum class Menu { none, file, edit, view, plots, lesson, help };

/// A key with the modifiers it needs.
struct Shortcut {
    Key key;
    bool ctrl = false;
    bool shift = false;
    bool operator==(const Shortcut&) const = default;
};

/// Where a command is offered besides its keys.
enum class Offered {
    everywhere,      ///< desktop and page
    desktop,         ///< only where the program can quit, write into a folder and so on
    picks_files,     ///< only where files are chosen in the browser's file picker (the page)
    types_paths,     ///< only where file paths are typed (the desktop)
};

/// One thing a user can do: by menu, key, button, or the page's accessible layer.
struct Command {
    Action action;
    const char* id;         ///< stable name, as the page's elements and a class link's hide list use it
    const char* words_key;  ///< its label in the catalogue ("command.toggle_play"); the help's line is KEY.help
    std::vector<Shortcut> shortcuts;  ///< the first is the one menus show; may be empty
    Menu menu = Menu::none;
    bool separator_before = false;               ///< in its menu
    bool (*enabled)(const Session&) = nullptr;   ///< nullptr: always
    bool (*checked)(const Session&) = nullptr;   ///< a toggle's state; nullptr: not a toggle
    Offered offered = Offered::everywhere;
};

/// Every command, in menu order.
std::span<const Command> commands();
/// The command of an action (every action has one).
const Command& command(Action action);
/// A command's shortcuts as the help and the menus write them ("Ctrl+S", "F12 or Ctrl+P"), in the catalogue's
/// words for the keys; empty when it has none.
std::string shortcut_text(const Session& session, const Command& command);
/// One shortcut as the menus write it ("Ctrl+S").
std::string shortcut_text(const Session& session, const Shortcut& shortcut);
bool command_enabled(const Session& session, const Command& command);

/// What kind of value a control holds.
enum class Role { range, choice, toggle };

/// Which part of the scenario panel a control belongs to (the page's accessible layer heads each group).
enum class ControlGroup { scenario, experiments, hypotheses };

/// A scenario control: what a slider, a choice or a check box sets, and the state link's parameter of that name.
struct Control {
    const char* id;         ///< the state link's key: "dose_mg_per_kg"
    const char* words_key;  ///< its label in the catalogue; KEY.meaning and KEY.source are its tooltip's parts
    Role role;
    const char* unit = "";  ///< a unit symbol ("mg/kg"), never translated; words units ("days") are in the label
    double min = 0.0;       ///< a range control's slider range (a scenario file may hold more, up to sim/limits)
    double max = 1.0;
    double step = 0.0;      ///< > 0: the "-" and "+" buttons' step
    const char* format = "%.2f";
    double (*get)(const sim::Scenario&) = nullptr;      ///< the value (a toggle: 0 or 1; a choice: its index)
    void (*set)(sim::Scenario&, double) = nullptr;
    std::vector<std::string> (*choice_ids)() = nullptr;  ///< a choice's link values ("racemic", ...)
    bool logarithmic = false;  ///< a range control's slider is logarithmic
    double marked_lo = 0.0;    ///< marked_hi > marked_lo: this part of the range is marked (KEY.marked says what)
    double marked_hi = 0.0;
    ControlGroup group = ControlGroup::scenario;
};

/// Every scenario control, in the panel's order.
std::span<const Control> controls();
/// The control with this id, or nullptr.
const Control* find_control(std::string_view id);
/// The catalogue key of a choice's option ("route.oral", "control.drug.racemic").
std::string choice_words_key(const Control& control, std::string_view choice_id);
/// A control's unit as shown: its symbol ("mg/kg"), else its words ("days", KEY.unit), else "".
std::string unit_text(const Session& session, const Control& control);

}  // namespace session
