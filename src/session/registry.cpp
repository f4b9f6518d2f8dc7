// The registry's tables: every command with its keys and menu, every scenario control with its range and unit.
#include "session/registry.hpp"

#include <algorithm>

#include "session/history/edits.hpp"
#include "session/language.hpp"
#include "session/session.hpp"
#include "session/words.hpp"
#include "sim/limits.hpp"
#include "sim/scenario_io.hpp"
#include "sim/studied_range.hpp"

namespace session {
namespace {

using S = const Session&;

bool in_lesson(S s) { return s.lesson.lesson.has_value(); }

const std::vector<Command> kCommands = {
    // File
    {Action::open_scenario, "open_scenario", "command.open_scenario", {{Key::o, true}}, Menu::file},
    {Action::save_scenario, "save_scenario", "command.save_scenario", {{Key::s, true}}, Menu::file, false, nullptr,
     nullptr, Offered::types_paths},
    {Action::save_scenario_as, "save_scenario_as", "command.save_scenario_as", {}, Menu::file},
    {Action::export_csv, "export_csv", "command.export_csv", {{Key::e, true}}, Menu::file, true},
    {Action::screenshot, "screenshot", "command.screenshot", {{Key::f12}, {Key::p, true}}, Menu::file},
    {Action::preview_script, "preview_script", "command.preview_script", {}, Menu::file},
    {Action::copy_link, "copy_link", "command.copy_link", {}, Menu::file},
    {Action::quit, "quit", "command.quit", {}, Menu::file, true, nullptr, nullptr, Offered::desktop},
    // Edit
    {Action::undo, "undo", "command.undo", {{Key::z, true}}, Menu::edit, false, can_undo},
    {Action::redo, "redo", "command.redo", {{Key::y, true}, {Key::z, true, true}}, Menu::edit, false, can_redo},
    {Action::reset_all, "reset_all", "command.reset_all", {}, Menu::edit, true, scenario_modified},
    // View
    {Action::view_circuit, "view_circuit", "command.view_circuit", {{Key::digit1}}, Menu::view, false, nullptr,
     [](S s) { return s.view.view == scene::View::circuit; }},
    {Action::view_synapse, "view_synapse", "command.view_synapse", {{Key::digit2}}, Menu::view, false, nullptr,
     [](S s) { return s.view.view == scene::View::synapse; }},
    {Action::view_spine, "view_spine", "command.view_spine", {{Key::digit3}}, Menu::view, false, nullptr,
     [](S s) { return s.view.view == scene::View::spine; }},
    {Action::view_receptor, "view_receptor", "command.view_receptor", {{Key::digit4}}, Menu::view, false, nullptr,
     [](S s) { return s.view.view == scene::View::receptor; }},
    {Action::view_receptor_split, "view_receptor_split", "command.view_receptor_split", {}, Menu::view, false,
     nullptr, [](S s) { return s.view.view == scene::View::receptor && s.view.receptor_split; }},
    {Action::view_signalling, "view_signalling", "command.view_signalling", {{Key::digit5}}, Menu::view, false,
     nullptr, [](S s) { return s.view.view == scene::View::signalling; }},
    {Action::toggle_labels, "labels", "command.labels", {{Key::l}}, Menu::view, true, nullptr,
     [](S s) { return s.view.labels; }},
    {Action::toggle_theme, "light_theme", "command.light_theme", {{Key::t}}, Menu::view, false, nullptr,
     [](S s) { return s.view.theme == scene::Theme::light; }},
    {Action::toggle_presenter, "presenter", "command.presenter", {{Key::p}}, Menu::view, false, nullptr,
     [](S s) { return s.presenter; }},
    {Action::toggle_reduced_motion, "reduced_motion", "command.reduced_motion", {}, Menu::view, false, nullptr,
     [](S s) { return s.reduced_motion; }},
    {Action::toggle_motion_paused, "pause_motion", "command.pause_motion", {{Key::m}}, Menu::view, false, nullptr,
     [](S s) { return s.motion_paused; }},
    {Action::toggle_fullscreen, "fullscreen", "command.fullscreen", {{Key::f11}}, Menu::view, false, nullptr,
     [](S s) { return s.fullscreen; }},
    {Action::toggle_left_panel, "left_panel", "command.left_panel", {}, Menu::view, true, nullptr,
     [](S s) { return s.panels.left; }},
    {Action::toggle_right_panel, "right_panel", "command.right_panel", {}, Menu::view, false, nullptr,
     [](S s) { return s.panels.right; }},
    {Action::toggle_bottom_panel, "bottom_panel", "command.bottom_panel", {}, Menu::view, false, nullptr,
     [](S s) { return s.panels.bottom; }},
    {Action::language_english, "language_english", "command.language_english", {}, Menu::view, true, nullptr,
     [](S s) { return s.language == kEnglish; }},
    {Action::language_spanish, "language_spanish", "command.language_spanish", {}, Menu::view, false, nullptr,
     [](S s) { return s.language == kSpanish; }},
    // Plots (after the plot chooser)
    {Action::toggle_large_plots, "large_plots", "command.large_plots", {}, Menu::plots, true, nullptr,
     [](S s) { return s.panels.all_plots; }},
    {Action::toggle_segmented_axis, "segmented_axis", "command.segmented_axis", {}, Menu::plots, false, nullptr,
     [](S s) { return s.axis_segmented; }},
    {Action::pin_baseline, "pin_baseline", "command.pin_baseline", {}, Menu::plots},
    {Action::clear_baseline, "clear_baseline", "command.clear_baseline", {}, Menu::plots, false,
     [](S s) { return s.pinned.has_value(); }},
    // Lesson (after the shipped lessons)
    {Action::open_lesson_file, "open_lesson_file", "command.open_lesson_file", {}, Menu::lesson, false, nullptr,
     nullptr, Offered::picks_files},
    {Action::lesson_prev, "lesson_prev", "command.lesson_prev", {{Key::page_up}}, Menu::lesson, true, in_lesson},
    {Action::lesson_next, "lesson_next", "command.lesson_next", {{Key::page_down}}, Menu::lesson, false, in_lesson},
    {Action::leave_lesson, "leave_lesson", "command.leave_lesson", {}, Menu::lesson, false, in_lesson},
    // Help
    {Action::show_welcome, "welcome", "command.welcome", {}, Menu::help},
    {Action::show_help, "shortcuts", "command.shortcuts", {{Key::f1}}, Menu::help},
    {Action::show_glossary, "glossary", "command.glossary", {}, Menu::help},
    {Action::show_about, "about", "command.about", {}, Menu::help},
    // Keys only
    {Action::toggle_play, "play", "command.play", {{Key::space}}},
    {Action::step_back, "step_back", "command.step_back", {{Key::left}}},
    {Action::step_forward, "step_forward", "command.step_forward", {{Key::right}}},
    {Action::jump_start, "jump_start", "command.jump_start", {{Key::home}}},
    {Action::jump_end, "jump_end", "command.jump_end", {{Key::end}}},
    {Action::choose_a, "choose_a", "command.choose_a", {{Key::a}}},
    {Action::choose_b, "choose_b", "command.choose_b", {{Key::b}}},
    {Action::choose_c, "choose_c", "command.choose_c", {{Key::c}}},
    {Action::choose_d, "choose_d", "command.choose_d", {{Key::d}}},
    {Action::reveal_answer, "reveal_answer", "command.reveal_answer", {{Key::r}}},
    {Action::close_open, "close", "command.close", {{Key::escape}}},
    {Action::toggle_panels, "all_panels", "command.all_panels", {{Key::h}}},
    {Action::scale_up, "scale_up", "command.scale_up", {{Key::plus}}},
    {Action::scale_down, "scale_down", "command.scale_down", {{Key::minus}}},
};

double& first_dose_mg_per_kg(sim::Scenario& s) { return s.doses.front().amount_mg_per_kg; }

template <bool sim::Experiments::*Flag>
Control experiment(const char* id, const char* words_key) {
    Control c{id, words_key, Role::toggle, "", 0.0, 1.0, 1.0, "%.0f",
              [](const sim::Scenario& s) { return s.experiments.*Flag ? 1.0 : 0.0; },
              [](sim::Scenario& s, double v) { s.experiments.*Flag = v != 0.0; }};
    c.group = ControlGroup::experiments;
    return c;
}

template <bool sim::Hypotheses::*Flag>
Control hypothesis(const char* id, const char* words_key) {
    Control c{id, words_key, Role::toggle, "", 0.0, 1.0, 1.0, "%.0f",
              [](const sim::Scenario& s) { return s.hypotheses.*Flag ? 1.0 : 0.0; },
              [](sim::Scenario& s, double v) { s.hypotheses.*Flag = v != 0.0; }};
    c.group = ControlGroup::hypotheses;
    return c;
}

std::vector<std::string> drug_ids() {
    return {std::string(sim::drug_id(sim::Drug::racemic)), std::string(sim::drug_id(sim::Drug::esketamine)),
            std::string(sim::drug_id(sim::Drug::arketamine))};
}

std::vector<std::string> route_ids() {
    std::vector<std::string> ids;
    for (int r = 0; r <= static_cast<int>(sim::Route::oral); ++r) ids.emplace_back(sim::route_id(sim::Route(r)));
    return ids;
}

/// The dose slider reaches the top of anaesthetic induction (4.5 mg/kg); one pixel is about 0.015 mg/kg at
/// 1366x768 and the buttons step by 0.05 mg/kg. A scenario file may hold more (up to the model's limit).
constexpr double kDoseSliderMax_mg_per_kg = 5.0;

namespace lim = sim::limits;

const std::vector<Control> kControls = {
    {"drug", "control.drug", Role::choice, "", 0, 2, 1, "%.0f",
     [](const sim::Scenario& s) { return static_cast<double>(s.drug); },
     [](sim::Scenario& s, double v) { s.drug = static_cast<sim::Drug>(static_cast<int>(v)); }, drug_ids},
    {"route", "control.route", Role::choice, "", 0, static_cast<double>(sim::Route::oral), 1, "%.0f",
     [](const sim::Scenario& s) { return static_cast<double>(s.doses.front().route); },
     [](sim::Scenario& s, double v) { s.doses.front().route = static_cast<sim::Route>(static_cast<int>(v)); },
     route_ids},
    {"dose_mg_per_kg", "control.dose_mg_per_kg", Role::range, "mg/kg", lim::kDosePerKgMin_mg_per_kg,
     kDoseSliderMax_mg_per_kg, 0.05, "%.2f",
     [](const sim::Scenario& s) { return s.doses.front().amount_mg_per_kg; },
     [](sim::Scenario& s, double v) { first_dose_mg_per_kg(s) = v; }, nullptr, false, sim::kStudiedDoseMin_mg_per_kg,
     sim::kStudiedDoseMax_mg_per_kg},
    {"infusion_min", "control.infusion_min", Role::range, "min", lim::kInfusionMin_min, 240.0, 0.0, "%.0f",
     [](const sim::Scenario& s) { return s.doses.front().duration_min; },
     [](sim::Scenario& s, double v) { s.doses.front().duration_min = v; }, nullptr, true},
    {"body_weight_kg", "control.body_weight_kg", Role::range, "kg", lim::kBodyWeightMin_kg, lim::kBodyWeightMax_kg,
     0.0, "%.0f", [](const sim::Scenario& s) { return s.body_weight_kg; },
     [](sim::Scenario& s, double v) { s.body_weight_kg = v; }},
    {"magnesium_mM", "control.magnesium_mM", Role::range, "mM", lim::kMagnesiumMin_mM, lim::kMagnesiumMax_mM, 0.0,
     "%.2f", [](const sim::Scenario& s) { return s.params.magnesium_mM; },
     [](sim::Scenario& s, double v) { s.params.magnesium_mM = v; }},
    experiment<&sim::Experiments::rapamycin>("rapamycin", "control.rapamycin"),
    experiment<&sim::Experiments::nbqx>("nbqx", "control.nbqx"),
    experiment<&sim::Experiments::val66met>("val66met", "control.val66met"),
    experiment<&sim::Experiments::mglur23_agonist>("mglur23_agonist", "control.mglur23_agonist"),
    experiment<&sim::Experiments::chronic_stress>("chronic_stress", "control.chronic_stress"),
    hypothesis<&sim::Hypotheses::disinhibition>("disinhibition", "control.disinhibition"),
    hypothesis<&sim::Hypotheses::blockade_at_rest>("blockade_at_rest", "control.blockade_at_rest"),
    {"dose_mg", "control.dose_mg", Role::range, "mg", lim::kDoseMin_mg, 200.0, 0.0, "%.0f",
     [](const sim::Scenario& s) { return s.doses.front().amount_mg; },
     [](sim::Scenario& s, double v) { s.doses.front().amount_mg = v; }},
    {"dose_start_h", "control.dose_start_h", Role::range, "h", lim::kDoseStartMin_h, 24.0 * 60.0, 0.0, "%.1f",
     [](const sim::Scenario& s) { return s.doses.front().start_h; },
     [](sim::Scenario& s, double v) { s.doses.front().start_h = v; }, nullptr, true},
    {"duration_days", "control.duration_days", Role::range, "", lim::kDurationMin_days, lim::kDurationMax_days, 0.0,
     "%.0f", [](const sim::Scenario& s) { return s.duration_days; },
     [](sim::Scenario& s, double v) { s.duration_days = v; }},
};

/// A key's label: a catalogue key for the keys named by words ("key.space"), else the key cap's own text ("P").
const char* key_label(Key key) {
    static constexpr const char* kLabels[] = {
        "key.space", "key.left", "key.right", "key.page_up", "key.page_down", "key.home", "key.end", "1", "2", "3", "4",
        "5", "P", "S", "A", "B", "C", "D", "R", "O", "E", "L", "T", "H", "Y", "Z", "M", "+", "-", "F1", "F11", "F12",
        "key.escape"};
    return kLabels[static_cast<int>(key)];
}

std::string key_name(const Session& session, Key key) {
    const std::string_view label = key_label(key);
    return label.rfind("key.", 0) == 0 ? words(session, label) : std::string(label);
}

}  // namespace

std::string shortcut_text(const Session& session, const Shortcut& shortcut) {
    std::string text;
    if (shortcut.ctrl) text += std::string(words(session, "key.ctrl")) + "+";
    if (shortcut.shift) text += std::string(words(session, "key.shift")) + "+";
    return text + key_name(session, shortcut.key);
}

std::span<const Command> commands() { return kCommands; }

const Command& command(Action action) {
    return *std::find_if(kCommands.begin(), kCommands.end(), [&](const Command& c) { return c.action == action; });
}

std::string shortcut_text(const Session& session, const Command& command) {
    std::string text;
    for (const Shortcut& s : command.shortcuts) {
        if (!text.empty()) text += words(session, "key.or");
        text += shortcut_text(session, s);
    }
    return text;
}

bool command_enabled(const Session& session, const Command& command) {
    return command.enabled == nullptr || command.enabled(session);
}

std::span<const Control> controls() { return kControls; }

const Control* find_control(std::string_view id) {
    const auto it = std::find_if(kControls.begin(), kControls.end(), [&](const Control& c) { return c.id == id; });
    return it == kControls.end() ? nullptr : &*it;
}

std::string choice_words_key(const Control& control, std::string_view choice_id) {
    // The routes' words are shared with the timeline's markers: "route.oral", not "control.route.oral".
    const bool route = std::string_view(control.id) == "route";
    return (route ? std::string("route.") : std::string(control.words_key) + ".") + std::string(choice_id);
}

std::string unit_text(const Session& session, const Control& control) {
    if (*control.unit != '\0') return control.unit;
    const std::string key = std::string(control.words_key) + ".unit";
    return session.catalogue->has(key) ? words(session, key) : "";
}

}  // namespace session
