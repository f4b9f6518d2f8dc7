// The frame's panels: menu bar, left (scenario / lesson), right (sources), bottom (timeline + plots), status
// line, presenter mode and dialogs, all placed from the viewport size each frame.
#include "ui/ui.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "session/file_actions.hpp"
#include "session/keys.hpp"
#include "session/view/layout.hpp"
#include "session/registry.hpp"
#include "session/words.hpp"
#include "session/lesson/lesson_index.hpp"
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
bool begin_panel(FrameOutput& out, const std::string& name, const session::Rect& r, ImGuiWindowFlags extra = 0) {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    out.backdrop.push_back({r, bg.x, bg.y, bg.z, true});
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
    ImGui::SetNextWindowBgAlpha(0.0f);
    return ImGui::Begin(name.c_str(), nullptr, kPanelFlags | extra);
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
void command_items(session::Session& session, Panels& panels, FrameOutput& out, session::Menu menu) {
    bool first = true;
    for (const session::Command& c : session::commands()) {
        if (c.menu != menu || !offered_here(panels, c)) continue;
        if (c.separator_before && !first) ImGui::Separator();
        first = false;
        const std::string keys = c.shortcuts.empty() ? std::string() : session::shortcut_text(session, c.shortcuts[0]);
        const bool checked = c.checked != nullptr && c.checked(session);
        if (ImGui::MenuItem(session::words(session, c.words_key), keys.empty() ? nullptr : keys.c_str(), checked,
                            session::command_enabled(session, c)))
        {
            const session::Requests asked = session::apply_action(session, c.action);
            take_requests(session, panels, asked);
            out.requests |= asked;  // what the window does: quit, a screenshot, fullscreen
        }
        if (ImGui::IsItemHovered() && c.menu == session::Menu::view && c.shortcuts.empty())
            ImGui::SetTooltip("%s", session::words(session, std::string(c.words_key) + ".help"));
    }
}

void ui_scale_slider(session::Session& session) {
    float scale = session.ui_scale;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::SliderFloat(session::words(session, "menu.ui_scale"), &scale, session::kMinUiScale, session::kMaxUiScale,
                           "%.2fx"))
        set_ui_scale(session, scale);
}

void lesson_list(session::Session& session, Panels& panels) {
    for (const session::LessonEntry& lesson : session::list_lessons(session.assets_dir))
        if (ImGui::MenuItem(lesson.title.c_str())) ask_to_start_lesson(session, panels, lesson.path);
}

/// A menu of the menu bar: its own items first (the plot chooser, the shipped lessons), then its commands.
void menu(session::Session& session, Panels& panels, FrameOutput& out, session::Menu which, const char* words_key,
          void (*own_items)(session::Session&, Panels&) = nullptr) {
    if (!ImGui::BeginMenu(session::words(session, words_key))) return;
    if (own_items != nullptr) {
        own_items(session, panels);
        ImGui::Separator();
    }
    command_items(session, panels, out, which);
    if (which == session::Menu::view) ui_scale_slider(session);
    ImGui::EndMenu();
}

/// Toggle buttons at the right end of the menu bar.
void panel_toggles(session::Session& session) {
    const char* labels[] = {session::words(session, "panel.controls"), session::words(session, "panel.sources"),
                            session::words(session, "panel.plots"), session::words(session, "panel.presenter")};
    const bool flags[] = {session.panels.left, session.panels.right, session.panels.bottom, session.presenter};
    constexpr session::Action toggles[] = {session::Action::toggle_left_panel, session::Action::toggle_right_panel,
                                           session::Action::toggle_bottom_panel, session::Action::toggle_presenter};
    float width = 0.0f;
    for (const char* l : labels)
        width += ImGui::CalcTextSize(l).x + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemSpacing.x;
    const float x = ImGui::GetWindowWidth() - width - ImGui::GetStyle().WindowPadding.x;
    if (x < ImGui::GetCursorPosX()) return;  // too narrow: the View menu has the same toggles
    ImGui::SetCursorPosX(x);
    for (int i = 0; i < 4; ++i) {
        const bool on = flags[i];
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::SmallButton(labels[i])) session::apply_action(session, toggles[i]);
        if (on) ImGui::PopStyleColor();
        ImGui::SameLine();
    }
}

void menu_bar(session::Session& session, Panels& panels, FrameOutput& out) {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg);
    const float bar_h = std::round(ImGui::GetFrameHeight());  // whole pixels, as the layout below it
    out.backdrop.push_back({{0.0f, 0.0f, ImGui::GetIO().DisplaySize.x, bar_h}, bg.x, bg.y, bg.z, true});
    ImGui::PushStyleColor(ImGuiCol_MenuBarBg, ImVec4(0, 0, 0, 0));
    const bool open = ImGui::BeginMainMenuBar();
    ImGui::PopStyleColor();
    if (!open) return;
    menu(session, panels, out, session::Menu::file, "menu.file");
    menu(session, panels, out, session::Menu::edit, "menu.edit");
    menu(session, panels, out, session::Menu::view, "menu.view");
    menu(session, panels, out, session::Menu::plots, "menu.plots", [](session::Session& a, Panels&) { draw_plot_chooser(a); });
    menu(session, panels, out, session::Menu::lesson, "menu.lesson", lesson_list);
    menu(session, panels, out, session::Menu::help, "menu.help");
    panel_toggles(session);
    ImGui::EndMainMenuBar();
}

/// One tab of the left panel: selected when asked for, remembered when the user picks it.
void left_tab(session::Session& session, Panels& panels, FrameOutput& out, const char* label, const char* child_id,
              LeftTab tab, void (*draw_tab)(session::Session&, Panels&, FrameOutput&)) {
    const bool req = panels.left_tab_requested;
    const ImGuiTabItemFlags flags = req && panels.left_tab == tab ? ImGuiTabItemFlags_SetSelected : 0;
    if (!ImGui::BeginTabItem(label, nullptr, flags)) return;
    if (!req) panels.left_tab = tab;
    ImGui::BeginChild(child_id, ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    draw_tab(session, panels, out);
    ImGui::EndChild();
    ImGui::EndTabItem();
}

/// A lesson started since the last frame (from a menu, a key or the command line) brings its tab forward.
void follow_lesson(const session::Session& session, Panels& panels) {
    const std::string path = session.lesson.lesson ? session.lesson.lesson->path : "";
    if (path == panels.seen_lesson_path) return;
    panels.seen_lesson_path = path;
    if (path.empty()) return;
    panels.left_tab = LeftTab::lesson;
    panels.left_tab_requested = true;
}

void left_panel(session::Session& session, Panels& panels, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, session::words(session, "panel.scenario") + std::string("##left"), r) && ImGui::BeginTabBar("##lefttabs")) {
        left_tab(session, panels, out, session::words(session, "panel.scenario"), "##controls", LeftTab::scenario,
                 [](session::Session& a, Panels& p, FrameOutput&) { draw_scenario_controls(a, p.dose_response); });
        left_tab(session, panels, out, session::words(session, "panel.lesson"), "##lesson", LeftTab::lesson,
                 [](session::Session& a, Panels& p, FrameOutput&) { draw_lesson_panel(a, p); });
        left_tab(session, panels, out, session::words(session, "panel.video"), "##video", LeftTab::video, draw_preview_panel);
        panels.left_tab_requested = false;
        ImGui::EndTabBar();
    }
    ImGui::End();
}

void right_panel(session::Session& session, Panels& panels, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, session::words(session, "panel.sources") + std::string("##right"), r)) draw_sources_panel(session, panels);
    ImGui::End();
}

void bottom_panel(session::Session& session, Panels& panels, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, session::words(session, "panel.timeline") + std::string("##bottom"), r)) {
        draw_timeline(session, false);
        ImGui::BeginChild("##plots", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
        draw_plot_grid(session, panels, out);
        ImGui::EndChild();
    }
    ImGui::End();
}

/// Presenter mode's large plot of the lesson step's key curve, beside the picture.
void presenter_plot(session::Session& session, Panels& panels, FrameOutput& out, const session::Rect& r) {
    if (r.empty() || !session.lesson.lesson || session.lesson.step < 0) return;
    const session::LessonStep& s = session.lesson.lesson->steps[static_cast<std::size_t>(session.lesson.step)];
    if (begin_panel(out, "##keyplot", r, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
        ImGui::PushFont(font(FontRole::large));
        // The step's stretch of time, with room after it: twice its end (at least an hour), at most the run.
        const double span_h = std::max(1.0, 2.0 * std::max(s.time_h, s.run_until_h.value_or(0.0)));
        draw_single_plot(session, panels, out, s.key_plot, span_h);
        ImGui::PopFont();
    }
    ImGui::End();
}

void presenter_timeline(session::Session& session, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, session::words(session, "panel.timeline") + std::string("##presenter"), r, ImGuiWindowFlags_NoScrollbar)) draw_timeline(session, true);
    ImGui::End();
}

void status_line(session::Session& session, FrameOutput& out, const session::Rect& r) {
    if (begin_panel(out, "##status", r,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav)) {
        ImGui::SetCursorPosY((r.h - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextUnformatted(fit_text(session::words(session, "notice.teaching_model"), ImGui::GetContentRegionAvail().x).c_str());
        if (ImGui::IsItemHovered() && session.content) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
            ImGui::TextUnformatted(session.content->notice().c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::SameLine();
        const std::string status = "|  " + (session.status.empty() ? std::string(session::words(session, "status.idle")) : session.status);
        ImGui::TextDisabled("%s", fit_text(status, ImGui::GetContentRegionAvail().x).c_str());
        if (ImGui::IsItemHovered() && !session.status.empty()) ImGui::SetTooltip("%s", session.status.c_str());
    }
    ImGui::End();
}

/// The desktop's way to open a scenario file: its path, typed.
void scenario_path_field(session::Session& session, Panels& panels) {
    ImGui::Separator();
    ImGui::TextUnformatted(session::words(session, "dialog.open_scenario.file"));
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5.0f);
    const bool enter = ImGui::InputText("##path", &session.scenario_path, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button(session::words(session, "dialog.open")) || enter) && load_scenario_into(session, session.scenario_path))
        panels.dialogs.open_scenario = false;
    ImGui::TextWrapped("%s", session.status.c_str());
}

/// Presets, and a file: typed on the desktop, chosen in the browser's file picker on the web page (at the top).
void open_dialog(session::Session& session, Panels& panels, FrameOutput& out) {
    if (!panels.dialogs.open_scenario) return;
    centered_dialog(30.0f, 24.0f);
    if (ImGui::Begin(session::words(session, "dialog.open_scenario"), &panels.dialogs.open_scenario,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        if (panels.picks_files) {
            if (ImGui::Button(session::words(session, "dialog.open_scenario.pick_file")))
                out.requests.pick_file = session::FileUse::scenario;
            ImGui::TextWrapped("%s", session.status.c_str());
            ImGui::Separator();
        }
        ImGui::TextUnformatted(session::words(session, "dialog.open_scenario.presets"));
        for (const std::string& name : preset_names(session))
            if (ImGui::Selectable(name.c_str(), name == session.model.scenario.name) && load_scenario_into(session, name))
                panels.dialogs.open_scenario = false;
        if (!panels.picks_files) scenario_path_field(session, panels);
    }
    ImGui::End();
}

void save_dialog(session::Session& session, Panels& panels) {
    if (!panels.dialogs.save_scenario) return;
    centered_dialog(30.0f, 9.0f);
    if (ImGui::Begin(session::words(session, "dialog.save_scenario"), &panels.dialogs.save_scenario,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextUnformatted(session::words(session, "dialog.save_scenario.file"));
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5.0f);
        const bool enter = ImGui::InputText("##path", &session.scenario_path, ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((ImGui::Button(session::words(session, "dialog.save")) || enter) && save_scenario_to(session, session.scenario_path))
            panels.dialogs.save_scenario = false;
        ImGui::TextWrapped("%s", session.status.c_str());
    }
    ImGui::End();
}

/// The help's key column: the command's shortcuts, or the menu it is in.
std::string help_keys(const session::Session& session, const session::Command& c) {
    if (!c.shortcuts.empty()) return session::shortcut_text(session, c);
    const char* menus[] = {"", "menu.file", "menu.edit", "menu.view", "menu.plots", "menu.lesson", "menu.help"};
    return session::words(session, "help.menu_only", {{"menu", session::words(session, menus[static_cast<int>(c.menu)])}});
}

void help_row(const char* keys, const char* what) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(keys);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", what);
}

/// Every command of the registry: its keys (or its menu) and what it does.
void help_dialog(const session::Session& session, Panels& panels) {
    if (!panels.dialogs.help) return;
    centered_dialog(34.0f, 26.0f);
    if (ImGui::Begin(session::words(session, "command.shortcuts"), &panels.dialogs.help,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
            for (const session::Command& c : session::commands())
                if (offered_here(panels, c))
                    help_row(help_keys(session, c).c_str(), session::words(session, std::string(c.words_key) + ".help"));
            help_row(session::words(session, "help.keyboard_navigation.keys"), session::words(session, "help.keyboard_navigation"));
            ImGui::EndTable();
        }
    }
    ImGui::End();
}

}  // namespace

void take_requests(session::Session& session, Panels& panels, const session::Requests& requests) {
    if (requests.open_scenario_dialog) panels.dialogs.open_scenario = true;
    if (requests.help_dialog) panels.dialogs.help = true;
    if (requests.save_as_dialog) panels.dialogs.save_scenario = true;
    if (requests.welcome_dialog) panels.dialogs.welcome = true;
    if (requests.preview_tab) show_preview_tab(session, panels);
    if (requests.glossary) open_glossary(session, panels, "");
    if (requests.about) {
        panels.sources.tab = RightTab::about;
        panels.sources.tab_requested = true;
        session::show_panel(session, session::Panel::right);
    }
    if (requests.clipboard_text) ImGui::SetClipboardText(requests.clipboard_text->c_str());
    if (requests.close_dialogs) {
        panels.sources.open_quote_id.clear();
        panels.dialogs = Dialogs{};  // Esc closes the welcome and the lesson question too
    }
}

FrameOutput draw(session::Session& session, Panels& panels, const session::Layout& layout) {
    FrameOutput out;
    session::note_scenario(session, ImGui::IsAnyItemActive());  // last frame's changes: one undo step per edit
    if (!session.show_ui) return out;
    follow_lesson(session, panels);
    if (session.presenter) {
        draw_caption(session, out, layout.caption);
        presenter_plot(session, panels, out, layout.plot);
        presenter_timeline(session, out, layout.bottom);
        draw_scene_key(session, panels, layout);
        return out;
    }
    menu_bar(session, panels, out);
    if (!layout.left.empty()) left_panel(session, panels, out, layout.left);
    if (!layout.right.empty()) right_panel(session, panels, out, layout.right);
    if (!layout.bottom.empty()) bottom_panel(session, panels, out, layout.bottom);
    status_line(session, out, layout.status);
    draw_scene_key(session, panels, layout);
    draw_source_viewer(session, panels);
    open_dialog(session, panels, out);
    save_dialog(session, panels);
    help_dialog(session, panels);
    draw_lesson_confirm(session, panels);
    draw_welcome(session, panels);
    return out;
}

}  // namespace ui
