// The frame's panels: menu bar, left (scenario / lesson), right (sources), bottom (timeline + plots), status
// line, presenter mode and dialogs, all placed from the viewport size each frame.
#include "ui/ui.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "session/file_actions.hpp"
#include "session/keys.hpp"
#include "session/layout.hpp"
#include "session/registry.hpp"
#include "session/words.hpp"
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

/// Whether this front end offers the command (the page has no Quit and no typed paths; the desktop no file picker).
bool offered_here(const Panels& panels, const session::Command& command) {
    switch (command.offered) {
        case session::Offered::desktop: return panels.quits;
        case session::Offered::picks_files: return panels.picks_files;
        case session::Offered::types_paths:
        case session::Offered::everywhere: return true;
    }
    return true;
}

/// The registry's commands of one menu, in its order: label, first shortcut, check mark, enabled.
void command_items(session::Session& app, Panels& panels, FrameOutput& out, session::Menu menu) {
    bool first = true;
    for (const session::Command& c : session::commands()) {
        if (c.menu != menu || !offered_here(panels, c)) continue;
        if (c.separator_before && !first) ImGui::Separator();
        first = false;
        const std::string keys = c.shortcuts.empty() ? std::string() : session::shortcut_text(app, c.shortcuts[0]);
        const bool checked = c.checked != nullptr && c.checked(app);
        if (ImGui::MenuItem(session::words(app, c.words_key), keys.empty() ? nullptr : keys.c_str(), checked,
                            session::command_enabled(app, c)))
        {
            const session::Requests asked = session::apply_action(app, c.action);
            take_requests(app, panels, asked);
            out.requests |= asked;  // what the window does: quit, a screenshot, fullscreen
        }
        if (ImGui::IsItemHovered() && c.menu == session::Menu::view && c.shortcuts.empty())
            ImGui::SetTooltip("%s", session::words(app, std::string(c.words_key) + ".help"));
    }
}

void ui_scale_slider(session::Session& app) {
    float scale = app.ui_scale;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::SliderFloat(session::words(app, "menu.ui_scale"), &scale, session::kMinUiScale, session::kMaxUiScale,
                           "%.2fx"))
        set_ui_scale(app, scale);
}

void lesson_list(session::Session& app, Panels& panels) {
    for (const session::LessonEntry& lesson : session::list_lessons(app.assets_dir))
        if (ImGui::MenuItem(lesson.title.c_str())) ask_to_start_lesson(app, panels, lesson.path);
}

/// A menu of the menu bar: its own items first (the plot chooser, the shipped lessons), then its commands.
void menu(session::Session& app, Panels& panels, FrameOutput& out, session::Menu which, const char* words_key,
          void (*own_items)(session::Session&, Panels&) = nullptr) {
    if (!ImGui::BeginMenu(session::words(app, words_key))) return;
    if (own_items != nullptr) {
        own_items(app, panels);
        ImGui::Separator();
    }
    command_items(app, panels, out, which);
    if (which == session::Menu::view) ui_scale_slider(app);
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
    menu(app, panels, out, session::Menu::file, "menu.file");
    menu(app, panels, out, session::Menu::edit, "menu.edit");
    menu(app, panels, out, session::Menu::view, "menu.view");
    menu(app, panels, out, session::Menu::plots, "menu.plots", [](session::Session& a, Panels&) { draw_plot_chooser(a); });
    menu(app, panels, out, session::Menu::lesson, "menu.lesson", lesson_list);
    menu(app, panels, out, session::Menu::help, "menu.help");
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

/// The help's key column: the command's shortcuts, or the menu it is in.
std::string help_keys(const session::Session& app, const session::Command& c) {
    if (!c.shortcuts.empty()) return session::shortcut_text(app, c);
    const char* menus[] = {"", "menu.file", "menu.edit", "menu.view", "menu.plots", "menu.lesson", "menu.help"};
    return session::words(app, "help.menu_only", {{"menu", session::words(app, menus[static_cast<int>(c.menu)])}});
}

void help_row(const char* keys, const char* what) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(keys);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", what);
}

/// Every command of the registry: its keys (or its menu) and what it does.
void help_dialog(const session::Session& app, Panels& panels) {
    if (!panels.dialogs.help) return;
    centered_dialog(34.0f, 26.0f);
    if (ImGui::Begin(session::words(app, "command.shortcuts"), &panels.dialogs.help,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
            for (const session::Command& c : session::commands())
                if (offered_here(panels, c))
                    help_row(help_keys(app, c).c_str(), session::words(app, std::string(c.words_key) + ".help"));
            help_row(session::words(app, "help.keyboard_navigation.keys"), session::words(app, "help.keyboard_navigation"));
            ImGui::EndTable();
        }
    }
    ImGui::End();
}

}  // namespace

void take_requests(session::Session& app, Panels& panels, const session::Requests& requests) {
    if (requests.open_scenario_dialog) panels.dialogs.open_scenario = true;
    if (requests.help_dialog) panels.dialogs.help = true;
    if (requests.save_as_dialog) panels.dialogs.save_scenario = true;
    if (requests.welcome_dialog) panels.dialogs.welcome = true;
    if (requests.preview_tab) show_preview_tab(app, panels);
    if (requests.glossary) open_glossary(app, panels, "");
    if (requests.about) {
        panels.sources.tab = RightTab::about;
        panels.sources.tab_requested = true;
        app.panels.right = true;
    }
    if (requests.clipboard_text) ImGui::SetClipboardText(requests.clipboard_text->c_str());
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
    help_dialog(app, panels);
    draw_lesson_confirm(app, panels);
    draw_welcome(app, panels);
    return out;
}

}  // namespace ui
