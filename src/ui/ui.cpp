// The frame's panels: menu bar, left (scenario / lesson), right (sources), bottom (timeline + plots), status
// line, presenter mode and dialogs, all placed from the viewport size each frame.
#include "ui/ui.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "session/file_actions.hpp"
#include "session/keys.hpp"
#include "session/layout.hpp"
#include "session/lesson_index.hpp"
#include "session/link.hpp"
#include "ui/controls.hpp"
#include "ui/fonts.hpp"
#include "ui/lesson_panel.hpp"
#include "ui/plots.hpp"
#include "ui/presenter.hpp"
#include "ui/preview_panel.hpp"
#include "ui/scene_key.hpp"
#include "ui/sources_panel.hpp"
#include "ui/theme.hpp"
#include "ui/timeline.hpp"
#include "ui/widgets.hpp"

namespace ui {

void apply_style(scene::Theme theme, float scale) { apply_theme(theme, scale); }

void configure_io() {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is computed from the window size, never remembered
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // Headless runs (screenshots, tests) have no platform backend: map each ImGuiKey to the index of
    // the same number in io.KeysDown. The SDL backend replaces this map with its scancodes.
    for (int key = 0; key < ImGuiKey_COUNT; ++key)
        if (io.KeyMap[key] < 0) io.KeyMap[key] = key;
}

bool keyboard_navigating() {
    const ImGuiIO& io = ImGui::GetIO();
    return io.NavActive && io.NavVisible;  // a window is navigated and its highlight shows (not after a click)
}

namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoBringToFrontOnFocus;

/// A docked panel: its background is an opaque backdrop rectangle (cleared by the compositor), not an
/// ImGui fill, and its border is drawn over it.
bool begin_panel(FrameOutput& out, const char* name, const session::Rect& r, ImGuiWindowFlags extra = 0) {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    out.backdrop.push_back({r, bg.x, bg.y, bg.z, true});
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
    ImGui::SetNextWindowBgAlpha(0.0f);
    return ImGui::Begin(name, nullptr, kPanelFlags | extra);
}

void file_menu(session::Session& app, Panels& panels, FrameOutput& out) {
    if (!ImGui::BeginMenu("File")) return;
    if (ImGui::MenuItem("Open scenario...", "Ctrl+O")) panels.dialogs.open_scenario = true;
    if (ImGui::MenuItem("Save scenario", "Ctrl+S")) save_scenario_to(app, app.scenario_path);
    if (ImGui::MenuItem("Save scenario as...")) panels.dialogs.save_scenario = true;
    ImGui::Separator();
    if (ImGui::MenuItem("Export plots' data (CSV)", "Ctrl+E")) export_plots_csv(app, default_csv_path(app));
    if (ImGui::MenuItem("Screenshot (PNG)", "F12")) out.requests.screenshot = true;
    if (ImGui::MenuItem("Preview recording script...")) show_preview_tab(app, panels);
    if (ImGui::MenuItem("Copy link to this view")) {
        const std::string link = session::shareable_link(app);
        ImGui::SetClipboardText(link.c_str());
        app.status = "Copied: " + link;
    }
    if (panels.quits) {
        ImGui::Separator();
        if (ImGui::MenuItem("Quit")) out.requests.quit = true;
    }
    ImGui::EndMenu();
}

void edit_menu(session::Session& app) {
    if (!ImGui::BeginMenu("Edit")) return;
    if (ImGui::MenuItem("Undo scenario change", "Ctrl+Z", false, session::can_undo(app))) session::undo_scenario(app);
    if (ImGui::MenuItem("Redo", "Ctrl+Y", false, session::can_redo(app))) session::redo_scenario(app);
    ImGui::Separator();
    if (ImGui::MenuItem("Reset all controls to the preset", nullptr, false, session::scenario_modified(app)))
        reset_all(app);
    ImGui::EndMenu();
}

void view_menu(session::Session& app, FrameOutput& out) {
    if (!ImGui::BeginMenu("View")) return;
    if (ImGui::MenuItem("Circuit", "1", app.view.view == scene::View::circuit)) app.view.view = scene::View::circuit;
    if (ImGui::MenuItem("Synapse", "2", app.view.view == scene::View::synapse)) app.view.view = scene::View::synapse;
    if (ImGui::MenuItem("Spine", "3", app.view.view == scene::View::spine)) app.view.view = scene::View::spine;
    if (ImGui::MenuItem("NMDA receptor close-up", "4", app.view.view == scene::View::receptor))
        app.view.view = scene::View::receptor;
    const bool split = app.view.view == scene::View::receptor && app.view.receptor_split;
    if (ImGui::MenuItem("    Interneuron beside pyramidal neuron", nullptr, split)) {
        app.view.receptor_split = !split;
        app.view.view = scene::View::receptor;
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The receptor close-up split: why the model's interneurons lose more of their NMDA current");
    if (ImGui::MenuItem("Signalling close-up", "5", app.view.view == scene::View::signalling))
        app.view.view = scene::View::signalling;
    ImGui::Separator();
    ImGui::MenuItem("Labels in the scene", "L", &app.view.labels);
    if (ImGui::MenuItem("Light theme", "T", app.view.theme == scene::Theme::light))
        session::apply_action(app, session::Action::toggle_theme);
    ImGui::MenuItem("Presenter mode", "P", &app.presenter);
    ImGui::MenuItem("Reduced motion", nullptr, &app.reduced_motion);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("View changes cut; the molecules move at a quarter of their speed");
    if (ImGui::MenuItem("Fullscreen", "F11", app.fullscreen)) out.requests.toggle_fullscreen = true;
    float scale = app.ui_scale;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::SliderFloat("UI scale (+/-)", &scale, 1.0f, 3.0f, "%.2fx")) set_ui_scale(app, scale);
    ImGui::Separator();
    ImGui::MenuItem("Scenario and lesson panel", nullptr, &app.panels.left);
    ImGui::MenuItem("Sources panel", nullptr, &app.panels.right);
    ImGui::MenuItem("Timeline and plots", nullptr, &app.panels.bottom);
    ImGui::EndMenu();
}

void plots_menu(session::Session& app) {
    if (!ImGui::BeginMenu("Plots")) return;
    draw_plot_chooser(app);
    ImGui::Separator();
    ImGui::MenuItem("Large plot area", nullptr, &app.panels.all_plots);
    ImGui::MenuItem("Segmented time axis", nullptr, &app.axis_segmented);
    if (ImGui::MenuItem("Pin this run as baseline")) pin_baseline(app, "pinned: " + app.model.scenario.name);
    if (ImGui::MenuItem("Clear baseline", nullptr, false, app.pinned.has_value())) app.pinned.reset();
    ImGui::EndMenu();
}

void lesson_menu(session::Session& app, Panels& panels, FrameOutput& out) {
    if (!ImGui::BeginMenu("Lesson")) return;
    for (const session::LessonEntry& lesson : session::list_lessons(app.assets_dir))
        if (ImGui::MenuItem(lesson.title.c_str())) ask_to_start_lesson(app, panels, lesson.path);
    if (panels.picks_files && ImGui::MenuItem("A lesson file on this computer..."))
        out.requests.pick_file = session::FileUse::lesson;
    ImGui::Separator();
    const bool in_lesson = app.lesson.lesson.has_value();
    if (ImGui::MenuItem("Previous step", "Page Up", false, in_lesson)) lesson_go(app, -1);
    if (ImGui::MenuItem("Next step", "Page Down", false, in_lesson)) lesson_go(app, +1);
    if (ImGui::MenuItem("Leave lesson", nullptr, false, in_lesson)) stop_lesson(app);
    ImGui::EndMenu();
}

void help_menu(session::Session& app, Panels& panels) {
    if (!ImGui::BeginMenu("Help")) return;
    if (ImGui::MenuItem("Getting started")) panels.dialogs.welcome = true;
    if (ImGui::MenuItem("Keyboard shortcuts", "F1")) panels.dialogs.help = true;
    if (ImGui::MenuItem("Glossary")) open_glossary(app, panels, "");
    if (ImGui::MenuItem("About the science")) {
        panels.sources.tab = RightTab::about;
        panels.sources.tab_requested = true;
        app.panels.right = true;
    }
    ImGui::EndMenu();
}

/// Toggle buttons at the right end of the menu bar.
void panel_toggles(session::Session& app) {
    const char* labels[] = {"Controls", "Sources", "Plots", "Presenter"};
    bool* flags[] = {&app.panels.left, &app.panels.right, &app.panels.bottom, &app.presenter};
    float width = 0.0f;
    for (const char* l : labels)
        width += ImGui::CalcTextSize(l).x + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemSpacing.x;
    const float x = ImGui::GetWindowWidth() - width - ImGui::GetStyle().WindowPadding.x;
    if (x < ImGui::GetCursorPosX()) return;  // too narrow: the View menu has the same toggles
    ImGui::SetCursorPosX(x);
    for (int i = 0; i < 4; ++i) {
        const bool on = *flags[i];
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::SmallButton(labels[i])) *flags[i] = !*flags[i];
        if (on) ImGui::PopStyleColor();
        ImGui::SameLine();
    }
}

void menu_bar(session::Session& app, Panels& panels, FrameOutput& out) {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg);
    const float bar_h = std::round(ImGui::GetFrameHeight());  // whole pixels, as the layout below it
    out.backdrop.push_back({{0.0f, 0.0f, ImGui::GetIO().DisplaySize.x, bar_h}, bg.x, bg.y, bg.z, true});
    ImGui::PushStyleColor(ImGuiCol_MenuBarBg, ImVec4(0, 0, 0, 0));
    const bool open = ImGui::BeginMainMenuBar();
    ImGui::PopStyleColor();
    if (!open) return;
    file_menu(app, panels, out);
    edit_menu(app);
    view_menu(app, out);
    plots_menu(app);
    lesson_menu(app, panels, out);
    help_menu(app, panels);
    panel_toggles(app);
    ImGui::EndMainMenuBar();
}

/// One tab of the left panel: selected when asked for, remembered when the user picks it.
void left_tab(session::Session& app, Panels& panels, FrameOutput& out, const char* label, const char* child_id,
              LeftTab tab, void (*draw_tab)(session::Session&, Panels&, FrameOutput&)) {
    const bool req = panels.left_tab_requested;
    const ImGuiTabItemFlags flags = req && panels.left_tab == tab ? ImGuiTabItemFlags_SetSelected : 0;
    if (!ImGui::BeginTabItem(label, nullptr, flags)) return;
    if (!req) panels.left_tab = tab;
    ImGui::BeginChild(child_id, ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    draw_tab(app, panels, out);
    ImGui::EndChild();
    ImGui::EndTabItem();
}

/// A lesson started since the last frame (from a menu, a key or the command line) brings its tab forward.
void follow_lesson(const session::Session& app, Panels& panels) {
    const std::string path = app.lesson.lesson ? app.lesson.lesson->path : "";
    if (path == panels.seen_lesson_path) return;
    panels.seen_lesson_path = path;
    if (path.empty()) return;
    panels.left_tab = LeftTab::lesson;
    panels.left_tab_requested = true;
}

void left_panel(session::Session& app, Panels& panels, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, "Scenario##left", r) && ImGui::BeginTabBar("##lefttabs")) {
        left_tab(app, panels, out, "Scenario", "##controls", LeftTab::scenario,
                 [](session::Session& a, Panels& p, FrameOutput&) { draw_scenario_controls(a, p.dose_response); });
        left_tab(app, panels, out, "Lesson", "##lesson", LeftTab::lesson,
                 [](session::Session& a, Panels& p, FrameOutput&) { draw_lesson_panel(a, p); });
        left_tab(app, panels, out, "Video", "##video", LeftTab::video, draw_preview_panel);
        panels.left_tab_requested = false;
        ImGui::EndTabBar();
    }
    ImGui::End();
}

void right_panel(session::Session& app, Panels& panels, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, "Sources##right", r)) draw_sources_panel(app, panels);
    ImGui::End();
}

void bottom_panel(session::Session& app, Panels& panels, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, "Timeline##bottom", r)) {
        draw_timeline(app, false);
        ImGui::BeginChild("##plots", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
        draw_plot_grid(app, panels, out);
        ImGui::EndChild();
    }
    ImGui::End();
}

/// Presenter mode's large plot of the lesson step's key curve, beside the picture.
void presenter_plot(session::Session& app, Panels& panels, FrameOutput& out, const session::Rect& r) {
    if (r.empty() || !app.lesson.lesson || app.lesson.step < 0) return;
    const session::LessonStep& s = app.lesson.lesson->steps[static_cast<std::size_t>(app.lesson.step)];
    if (begin_panel(out, "##keyplot", r, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
        ImGui::PushFont(font(FontRole::large));
        // The step's stretch of time, with room after it: twice its end (at least an hour), at most the run.
        const double span_h = std::max(1.0, 2.0 * std::max(s.time_h, s.run_until_h.value_or(0.0)));
        draw_single_plot(app, panels, out, s.key_plot, span_h);
        ImGui::PopFont();
    }
    ImGui::End();
}

void presenter_timeline(session::Session& app, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, "Timeline##presenter", r, ImGuiWindowFlags_NoScrollbar)) draw_timeline(app, true);
    ImGui::End();
}

void status_line(session::Session& app, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, "##status", r,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav)) {
        ImGui::SetCursorPosY((r.h - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextUnformatted(fit_text(kNotice, ImGui::GetContentRegionAvail().x).c_str());
        if (ImGui::IsItemHovered() && app.content) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
            ImGui::TextUnformatted(app.content->notice().c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::SameLine();
        const std::string status = "|  " + (app.status.empty() ? std::string("F1: keyboard shortcuts") : app.status);
        ImGui::TextDisabled("%s", fit_text(status, ImGui::GetContentRegionAvail().x).c_str());
        if (ImGui::IsItemHovered() && !app.status.empty()) ImGui::SetTooltip("%s", app.status.c_str());
    }
    ImGui::End();
}

/// The desktop's way to open a scenario file: its path, typed.
void scenario_path_field(session::Session& app, Panels& panels) {
    ImGui::Separator();
    ImGui::TextUnformatted("A scenario file (JSON)");
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5.0f);
    const bool enter = ImGui::InputText("##path", &app.scenario_path, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button("Open") || enter) && load_scenario_into(app, app.scenario_path))
        panels.dialogs.open_scenario = false;
    ImGui::TextWrapped("%s", app.status.c_str());
}

/// Presets, and a file: typed on the desktop, chosen in the browser's file picker on the web page (at the top).
void open_dialog(session::Session& app, Panels& panels, FrameOutput& out) {
    if (!panels.dialogs.open_scenario) return;
    centered_dialog(30.0f, 24.0f);
    if (ImGui::Begin("Open a scenario", &panels.dialogs.open_scenario,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        if (panels.picks_files) {
            if (ImGui::Button("A scenario file on this computer (JSON)..."))
                out.requests.pick_file = session::FileUse::scenario;
            ImGui::TextWrapped("%s", app.status.c_str());
            ImGui::Separator();
        }
        ImGui::TextUnformatted("Presets");
        for (const std::string& name : preset_names(app))
            if (ImGui::Selectable(name.c_str(), name == app.model.scenario.name) && load_scenario_into(app, name))
                panels.dialogs.open_scenario = false;
        if (!panels.picks_files) scenario_path_field(app, panels);
    }
    ImGui::End();
}

void save_dialog(session::Session& app, Panels& panels) {
    if (!panels.dialogs.save_scenario) return;
    centered_dialog(30.0f, 9.0f);
    if (ImGui::Begin("Save the scenario", &panels.dialogs.save_scenario,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextUnformatted("File (JSON; written atomically)");
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5.0f);
        const bool enter = ImGui::InputText("##path", &app.scenario_path, ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((ImGui::Button("Save") || enter) && save_scenario_to(app, app.scenario_path))
            panels.dialogs.save_scenario = false;
        ImGui::TextWrapped("%s", app.status.c_str());
    }
    ImGui::End();
}

void help_dialog(Panels& panels) {
    if (!panels.dialogs.help) return;
    centered_dialog(34.0f, 26.0f);
    if (ImGui::Begin("Keyboard shortcuts", &panels.dialogs.help,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        int count = 0;
        const session::ShortcutHelp* help = session::shortcut_help(count);
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
            for (int i = 0; i < count; ++i) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(help[i].keys);
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", help[i].what);
            }
            ImGui::EndTable();
        }
    }
    ImGui::End();
}

}  // namespace

void take_requests(Panels& panels, const session::Requests& requests) {
    if (requests.open_scenario_dialog) panels.dialogs.open_scenario = true;
    if (requests.help_dialog) panels.dialogs.help = true;
    if (requests.close_dialogs) {
        panels.sources.open_quote_id.clear();
        panels.dialogs = Dialogs{};  // Esc closes the welcome and the lesson question too
    }
}

FrameOutput draw(session::Session& app, Panels& panels, const session::Layout& layout) {
    FrameOutput out;
    session::note_scenario(app, ImGui::IsAnyItemActive());  // last frame's changes: one undo step per edit
    if (!app.show_ui) return out;
    follow_lesson(app, panels);
    if (app.presenter) {
        draw_caption(app, out, layout.caption);
        presenter_plot(app, panels, out, layout.plot);
        presenter_timeline(app, out, layout.bottom);
        draw_scene_key(app, panels, layout);
        return out;
    }
    menu_bar(app, panels, out);
    if (!layout.left.empty()) left_panel(app, panels, out, layout.left);
    if (!layout.right.empty()) right_panel(app, panels, out, layout.right);
    if (!layout.bottom.empty()) bottom_panel(app, panels, out, layout.bottom);
    status_line(app, out, layout.status);
    draw_scene_key(app, panels, layout);
    draw_source_viewer(app, panels);
    open_dialog(app, panels, out);
    save_dialog(app, panels);
    help_dialog(panels);
    draw_lesson_confirm(app, panels);
    draw_welcome(app, panels);
    return out;
}

}  // namespace ui
