// Panels driven headless through Dear ImGui 1.86 (mouse and keys set in io as the backends do): scrubbing,
// controls, presenter mode, keyboard navigation, and layout at every size and UI scale (the video preview too).
#include <catch2/catch.hpp>

#include <cctype>

#include "harness.hpp"
#include "session/file_actions.hpp"
#include "session/keys.hpp"
#include "session/lesson/lesson_index.hpp"
#include "session/lesson/question.hpp"
#include "session/view/timeline_axis.hpp"
#include "support/support.hpp"
#include "ui/lesson_panel.hpp"
#include "ui/plots.hpp"
#include "ui/presenter.hpp"
#include "ui/preview_panel.hpp"
#include "ui/sources_panel.hpp"
#include "ui/timeline.hpp"
#include "ui/widgets.hpp"

namespace {

ImGuiID id_in(ImGuiWindow* w, const char* label) { return ImHashStr(label, 0, w->ID); }
ImGuiID id_in(ImGuiID seed, const char* label) { return ImHashStr(label, 0, seed); }

/// The content region (x range) where full-width widgets of window `w` lie.
std::pair<float, float> content_x(ImGuiWindow* w) { return {w->ContentRegionRect.Min.x, w->ContentRegionRect.Max.x}; }

bool inside_display(const ImGuiWindow* w) {
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    return w->Pos.x >= -0.5f && w->Pos.y >= -0.5f && w->Pos.x + w->Size.x <= d.x + 0.5f &&
           w->Pos.y + w->Size.y <= d.y + 0.5f;
}

}  // namespace

TEST_CASE(
    "the UI draws headless at 1366x768 through 3840x2160, UI scale 1-3x: panels on-screen, nothing cut off "
    "sideways") {
    session::Session session = test::make_app();
    session.time_h = 0.67;
    test::Harness h;
    for (auto [w, hgt] : {std::pair{1366.0f, 768.0f}, {1920.0f, 1080.0f}, {3840.0f, 2160.0f}, {800.0f, 600.0f}})
        for (float scale : {1.0f, 2.0f, 3.0f}) {
            for (int mode = 0; mode < 4; ++mode) {
                const bool presenter = mode == 1;
                INFO(w << "x" << hgt << " scale " << scale
                       << (presenter   ? " presenter"
                           : mode == 2 ? " lesson"
                           : mode == 3 ? " video preview"
                                       : ""));
                session.presenter = presenter;
                if (mode == 2) {
                    REQUIRE(session::open_lesson_file(session, session.assets_dir + "/lessons/experiments.json"));
                    session::lesson_go(session, +1);
                } else {
                    session::stop_lesson(session);
                }
                if (mode == 3) {
                    ui::show_preview_tab(session, h.panels);
                    REQUIRE(session::open_script_preview(session, session.assets_dir + "/scripts/ketamine-mechanism.json"));
                    session::seek_preview(session, 40.0);
                } else {
                    session::close_script_preview(session);
                }
                h.resize(w, hgt, scale);
                h.frames(session, 5);  // a tab switch and a scrollbar appearing each take a frame
                for (ImGuiWindow* win : ImGui::GetCurrentContext()->Windows) {
                    if (!win->Active || (win->Flags & (ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup))) continue;
                    INFO(win->Name);
                    if (!(win->Flags & ImGuiWindowFlags_ChildWindow)) CHECK(inside_display(win));
                    // Content wider than the window would be cut off (panels scroll vertically only).
                    CHECK(win->ContentSize.x <= win->ContentRegionRect.GetWidth() + 1.0f);
                }
            }
        }
}

TEST_CASE("scrubbing the time bar sets the time, markers snap, play continues from there") {
    session::Session session = test::make_app();
    test::Harness h;
    h.frames(session, 2);
    ImGuiWindow* timeline = test::Harness::window("Timeline##bottom");
    REQUIRE(timeline);
    const auto pos = h.find_item(
        session, [] { return test::Harness::window("Timeline##bottom"); }, id_in(timeline, "##timebar"), 0.5f);
    REQUIRE(pos);
    const auto [x0, x1] = content_x(timeline);
    const session::TimeAxis axis = session::make_time_axis(trajectory(session).duration_h());
    const float x = x0 + (x1 - x0) * 0.8f;
    h.mouse(x, pos->y, false);
    h.frame(session);
    h.mouse(x, pos->y, true);
    h.frame(session);
    CHECK(session.time_h == Approx(session::axis_time(axis, 0.8)).epsilon(0.01));
    const float x2 = x0 + (x1 - x0) * 0.62f;  // drag, still holding the button
    h.mouse(x2, pos->y, true);
    h.frame(session);
    const auto snapped = ui::snap_to_event(session.model.events(), axis, 0.62, 0.02);
    CHECK(session.time_h == Approx(snapped ? *snapped : session::axis_time(axis, 0.62)).epsilon(0.02));
    h.mouse(x2, pos->y, false);
    h.frame(session);
    const double place = session.time_h;
    session::toggle_play(session);
    CHECK(session.time_h == place);
}

TEST_CASE("clicking and dragging in a plot scrubs the animation") {
    session::Session session = test::make_app();
    test::Harness h;
    h.frames(session, 2);
    ImGuiWindow* plots = test::Harness::window("##plots");
    REQUIRE(plots);
    const ImGuiID id = id_in(plots, "concentration");
    const auto pos = h.find_item(
        session, [] { return test::Harness::window("##plots"); }, id, 0.12f);
    REQUIRE(pos);
    session.playing = true;
    h.mouse(pos->x, pos->y, true);
    h.frame(session);
    const double t1 = session.time_h;
    CHECK(t1 > 0.0);
    CHECK_FALSE(session.playing);
    h.mouse(pos->x + 40.0f, pos->y, true);
    h.frame(session);
    CHECK(session.time_h > t1);
    h.mouse(pos->x + 40.0f, pos->y, false);
    h.frame(session);
}

TEST_CASE("changing a control recomputes the trajectory at once, its reset button restores it") {
    session::Session session = test::make_app();
    test::Harness h(1600.0f, 1600.0f);
    h.frames(session, 2);
    ImGuiWindow* controls = test::Harness::window("##controls");
    REQUIRE(controls);
    const char* label = "Rapamycin (mTORC1 blocked)";
    const ImGuiID scope = id_in(controls, label);
    const auto pos = h.find_item(
        session, [] { return test::Harness::window("##controls"); }, id_in(scope, "##box"), 0.05f);
    REQUIRE(pos);
    const int before = session.model.recompute_count();
    const double spines_before = trajectory(session).at(48.0).spine_density_rel;
    h.click(session, pos->x, pos->y);
    CHECK(session.model.scenario.experiments.rapamycin);
    CHECK(session.model.recompute_count() == before + 1);
    CHECK(trajectory(session).at(48.0).spine_density_rel < spines_before);
    const ImGuiID reset = id_in(id_in(scope, "reset"), "\xe2\x86\xba");
    const auto rpos = h.find_item(
        session, [] { return test::Harness::window("##controls"); }, reset, 0.93f);
    REQUIRE(rpos);
    h.click(session, rpos->x, rpos->y);
    CHECK_FALSE(session.model.scenario.experiments.rapamycin);
    CHECK(session.model.recompute_count() == before + 2);
}

TEST_CASE("presenter mode hides everything but the scene, the timeline and a large caption") {
    session::Session session = test::make_app();
    test::Harness h;
    h.frames(session, 2);
    CHECK(test::Harness::window("Scenario##left")->Active);
    session.presenter = true;
    h.frames(session, 2);
    for (const char* name : {"Scenario##left", "Sources##right", "Timeline##bottom", "##status"}) {
        INFO(name);
        CHECK_FALSE(test::Harness::window(name)->Active);
    }
    REQUIRE(test::Harness::window("##caption"));
    CHECK(test::Harness::window("##caption")->Active);
    CHECK(test::Harness::window("Timeline##presenter")->Active);
    CHECK_FALSE(ImGui::GetCurrentContext()->NavWindowingTarget);
    session.presenter = false;
    h.frames(session, 2);
    CHECK(test::Harness::window("Scenario##left")->Active);
}

TEST_CASE("Ctrl+Tab starts keyboard navigation of the panels, which then own the arrow keys, a click ends it") {
    session::Session session = test::make_app();
    test::Harness h;
    h.frames(session, 2);
    ImGuiWindow* left = test::Harness::window("Scenario##left");
    h.click(session, left->Pos.x + left->Size.x * 0.5f, left->Pos.y + left->Size.y - 4.0f);
    CHECK_FALSE(ui::keyboard_navigating());  // a click on a panel leaves the arrows to the timeline
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    io.KeysDown[io.KeyMap[ImGuiKey_Tab]] = true;
    h.frame(session);
    io.KeysDown[io.KeyMap[ImGuiKey_Tab]] = false;
    h.frame(session);
    io.KeyCtrl = false;
    h.frames(session, 2);
    CHECK(ui::keyboard_navigating());
    CHECK_FALSE(
        session::key_action(session::Key::left, {}, session::KeyContext{io.WantTextInput, ui::keyboard_navigating()})
            .has_value());
    io.KeysDown[io.KeyMap[ImGuiKey_DownArrow]] = true;
    h.frame(session);
    io.KeysDown[io.KeyMap[ImGuiKey_DownArrow]] = false;
    h.frames(session, 2);
    CHECK(ImGui::GetCurrentContext()->NavId != 0);                   // an item of the focused panel is highlighted
    h.click(session, io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.3f);  // on the scene
    CHECK_FALSE(ui::keyboard_navigating());
}

TEST_CASE("the sources panel opens a quote in its source, and glossary links open the glossary") {
    session::Session session = test::make_app();
    test::Harness h;
    REQUIRE(session.content);
    REQUIRE_FALSE(session.content->fact_checks().empty());
    const content::FactCheck& fc = session.content->fact_checks().front();
    h.panels.sources.open_factcheck_id = fc.id;
    h.panels.sources.pinned_stage = sim::stage_from_id(session.content->quote(fc.quote_id)->stages.front());
    ui::open_quote_in_source(h.panels, fc.quote_id);
    h.frames(session, 3);
    CHECK(test::Harness::window("###source")->Active);
    CHECK_FALSE(h.panels.sources.scroll_to_quote);  // the viewer scrolled to the highlighted quote
    ui::take_requests(session, h.panels, session::apply_action(session, session::Action::close_open));  // Esc closes it
    CHECK(h.panels.sources.open_quote_id.empty());
    const auto terms = ui::find_terms(*session.content, "Ketamine blocks NMDA receptors on interneurons.");
    REQUIRE_FALSE(terms.empty());
    ui::open_glossary(session, h.panels, terms.front().term);
    h.frames(session, 2);
    CHECK(h.panels.sources.tab == ui::RightTab::glossary);
    CHECK(session.panels.right);
}

TEST_CASE("fuzz: random clicks, drags and keys never break the state") {
    session::Session session = test::make_app();
    test::Harness h;
    std::uint32_t rng = 12345;
    auto next = [&rng] { return rng = rng * 1664525u + 1013904223u; };
    for (int i = 0; i < 300; ++i) {
        const float x = static_cast<float>(next() % 1366), y = static_cast<float>(next() % 768);
        h.mouse(x, y, next() % 3 == 0);
        if (next() % 10 == 0) session::apply_action(session, static_cast<session::Action>(next() % 10));
        h.panels.dialogs = {};
        h.frame(session);
        REQUIRE(session.time_h >= 0.0);
        REQUIRE(session.time_h <= trajectory(session).duration_h());
        REQUIRE_FALSE(trajectory(session).empty());
    }
}

namespace {

ImGuiWindow* video_tab() { return test::Harness::window("##video"); }

}  // namespace

TEST_CASE("the Video tab (File > Preview recording script...) scrubs with its slider and copies the command") {
    session::Session session = test::make_app();
    test::Harness h;
    ui::show_preview_tab(session, h.panels);
    h.frames(session, 3);
    CHECK(h.panels.left_tab == ui::LeftTab::video);
    REQUIRE(video_tab());
    REQUIRE(session::open_script_preview(session, (session.assets_dir + "/scripts/ketamine-mechanism.json")));
    h.frames(session, 2);
    const auto slider = h.find_item(session, video_tab, id_in(video_tab(), "##scrub"), 0.5f);
    REQUIRE(slider);
    h.click(session, slider->x, slider->y);
    const double duration_s = session.preview.source->script.duration_s();
    CHECK(session.preview.video_time_s == Approx(0.5 * duration_s).margin(0.1 * duration_s));
    CHECK(session.time_h ==
          Approx(session::script_state_at(session.preview.source->script, session.preview.video_time_s).sim_time_h));
    const auto copy = h.find_item(session, video_tab, id_in(video_tab(), "Copy command"), 0.1f);
    REQUIRE(copy);
    h.click(session, copy->x, copy->y);
    const std::string clipboard = ImGui::GetClipboardText();
    CHECK(clipboard ==
          session::render_command(session::display_script_path((session.assets_dir + "/scripts/ketamine-mechanism.json")),
                                  true));  // narrated: --voice flite
    CHECK(clipboard.find("--script") != std::string::npos);
}

TEST_CASE("glossary links skip the program's name and stop before punctuation") {
    const session::Session session = test::make_app();
    REQUIRE(session.content->glossary_lookup("synapse"));
    const std::string text = "Synapse Lab shows a synapse. NMDA, AMPA.";
    const auto terms = ui::find_terms(*session.content, text);
    REQUIRE_FALSE(terms.empty());
    for (const ui::TermMatch& m : terms) {
        INFO(text.substr(m.begin, m.end - m.begin));
        CHECK(m.begin >= std::string("Synapse Lab").size());               // "Synapse" of "Synapse Lab" is no link
        CHECK(std::isalnum(static_cast<unsigned char>(text[m.end - 1])));  // no trailing "," or "."
    }
    CHECK(text.substr(terms.front().begin, terms.front().end - terms.front().begin) == "synapse");
}

TEST_CASE("on the web page the Open dialog and the Video tab ask for the browser's file picker, with no path field") {
    session::Session session = test::make_app();
    test::Harness h;
    const auto open_dialog = [] { return test::Harness::window("Open a scenario"); };
    const char* kScenarioButton = "A scenario file on this computer (JSON)...";

    SECTION("the desktop: a path field, no picker") {
        h.panels.dialogs.open_scenario = true;
        h.frames(session, 3);
        REQUIRE(open_dialog());
        CHECK(h.find_item(session, open_dialog, id_in(open_dialog(), "##path"), 0.3f));
        CHECK_FALSE(h.find_item(session, open_dialog, id_in(open_dialog(), kScenarioButton), 0.3f));
    }
    SECTION("the page: the picker for a scenario, then for a script") {
        h.panels.picks_files = true;
        h.panels.dialogs.open_scenario = true;
        h.frames(session, 3);
        REQUIRE(open_dialog());
        CHECK_FALSE(h.find_item(session, open_dialog, id_in(open_dialog(), "##path"), 0.3f));
        const auto button = h.find_item(session, open_dialog, id_in(open_dialog(), kScenarioButton), 0.3f);
        REQUIRE(button);
        h.click(session, button->x, button->y);
        CHECK(h.last.requests.pick_file == session::FileUse::scenario);

        h.panels.dialogs.open_scenario = false;
        ui::show_preview_tab(session, h.panels);
        h.frames(session, 3);
        const auto script = h.find_item(session, video_tab, id_in(video_tab(), "A script or lesson on this computer..."));
        REQUIRE(script);
        h.click(session, script->x, script->y);
        CHECK(h.last.requests.pick_file == session::FileUse::script);
        CHECK_FALSE(h.find_item(session, video_tab, id_in(video_tab(), "##scriptpath"), 0.5f));
    }
}

TEST_CASE("the welcome names the program, lists the lessons by title and the notice, and starts a lesson") {
    session::Session session = test::make_app();
    test::Harness h;
    h.panels.dialogs.welcome = true;
    h.frames(session, 3);
    ImGuiWindow* welcome = test::Harness::window("Welcome to Synapse Lab");
    REQUIRE(welcome);
    CHECK(welcome->Active);
    CHECK(welcome->Pos.x >= 0.0f);
    CHECK(welcome->Pos.y + welcome->Size.y <= 768.0f);
    const auto lessons = session::list_lessons(session.assets_dir);
    REQUIRE(lessons.size() == 2);
    const ImGuiID first = ImHashStr("##start", 0, ImHashStr(lessons[0].path.c_str(), 0, welcome->ID));
    const auto at = h.find_item(
        session, [] { return test::Harness::window("Welcome to Synapse Lab"); }, first, 0.5f);
    REQUIRE(at);
    h.click(session, at->x, at->y);
    REQUIRE(session.lesson.lesson);
    CHECK(session.lesson.lesson->title == lessons[0].title);
    CHECK_FALSE(h.panels.dialogs.welcome);  // starting a lesson closes it
}

TEST_CASE("a lesson asked for over unsaved changes asks first, and leaving it gives the scenario back") {
    session::Session session = test::make_app();
    test::Harness h;
    session.model.scenario.doses[0].amount_mg_per_kg = 0.25;
    const sim::Scenario mine = session.model.scenario;
    const std::string path = session.assets_dir + "/lessons/experiments.json";
    ui::ask_to_start_lesson(session, h.panels, path);
    CHECK_FALSE(session.lesson.lesson);
    CHECK(h.panels.dialogs.confirm_lesson_path == path);
    h.frames(session, 2);
    REQUIRE(test::Harness::window("Start the lesson?"));
    CHECK(test::Harness::window("Start the lesson?")->Active);
    h.panels.dialogs.confirm_lesson_path.clear();  // "Start the lesson" does this, then starts it
    REQUIRE(session::open_lesson_file(session, path));
    CHECK(session.model.scenario != mine);
    session::stop_lesson(session);
    CHECK(session.model.scenario == mine);
    ui::ask_to_start_lesson(session, h.panels, path);  // saved: no question
    REQUIRE(session::save_scenario_to(session, test_support::temp_dir("ui-lesson") + "/mine.json"));
    session::stop_lesson(session);
    ui::ask_to_start_lesson(session, h.panels, path);
    CHECK(session.lesson.lesson);
}

TEST_CASE(
    "the legend and the readout stay visible in the scene's corners while the side panels cover the scene's own") {
    session::Session session = test::make_app();
    for (const auto& [w, hgt] : {std::pair{1366.0f, 768.0f}, std::pair{3840.0f, 2160.0f}}) {
        test::Harness h(w, hgt, hgt > 1080.0f ? 2.0f : 1.0f);
        h.frames(session, 3);
        const session::Layout layout =
            session::compute_layout(session::layout_input(session, w, hgt, session::effective_scale(1.0f, w, hgt)));
        for (const char* name : {"Legend##scene", "Readout##scene"}) {
            INFO(name << " at " << w << "x" << hgt);
            ImGuiWindow* win = test::Harness::window(name);
            REQUIRE(win);
            CHECK(win->Active);
            CHECK(win->Pos.x >= layout.scene.x - 1.0f);
            CHECK(win->Pos.x + win->Size.x <= layout.scene.right() + 1.0f);
            CHECK(win->Pos.y >= layout.scene.y - 1.0f);
        }
        session.panels.left = session.panels.right = false;  // the scene draws its own legend and readout then
        h.frames(session, 2);
        CHECK_FALSE(test::Harness::window("Legend##scene")->Active);
        CHECK_FALSE(test::Harness::window("Readout##scene")->Active);
        session.panels.left = session.panels.right = true;
    }
}

TEST_CASE("a plot whose y axis rescales itself says so, and the UI font has the micro sign of µM") {
    session::Session session = test::make_app();
    test::Harness h;
    h.frames(session, 2);
    const double before = h.panels.plot_scales["concentration"].y_max;
    REQUIRE(before > 0.0);
    CHECK(h.panels.plot_scales["concentration"].changed_at_s < -1e8);  // no change yet
    session.model.scenario.doses[0].amount_mg_per_kg = 2.0;                // an anaesthetic dose: a higher peak
    h.frames(session, 1);
    const ui::PlotScale& scale = h.panels.plot_scales["concentration"];
    CHECK(scale.y_max > before);
    CHECK(scale.was_y_max == before);
    CHECK(scale.changed_at_s > -1e8);
    CHECK(ImGui::GetFont()->FindGlyphNoFallback(0x00B5) != nullptr);  // µ
    CHECK(ImGui::GetFont()->FindGlyphNoFallback(0x00D7) != nullptr);  // ×, as in "1.72× baseline"
}

TEST_CASE("presenter mode during a lesson: step n / N, the key plot, the question asked and revealed, the end") {
    session::Session session = test::make_app();
    REQUIRE(session::open_lesson_file(session, session.assets_dir + "/lessons/experiments.json"));
    session::lesson_go(session, +1);  // rapamycin: a question with a key plot
    session.presenter = true;
    test::Harness h;
    for (float scale : {1.0f, 2.0f}) {
        INFO("scale " << scale);
        h.resize(1366.0f, 768.0f, scale);
        for (int phase = 0; phase < 3; ++phase) {
            INFO("phase " << phase);
            if (phase == 1) session::reveal_answer(session);
            if (phase == 2)
                while (session::lesson_go(session, +1)) {
                }  // past the last step: the end screen
            if (phase == 2) REQUIRE(session.lesson.finished);
            h.frames(session, 3);
            REQUIRE(test::Harness::window("##caption"));
            CHECK(test::Harness::window("##caption")->Active);
            if (phase < 2 && scale == 1.0f) CHECK(test::Harness::window("##keyplot")->Active);
            for (ImGuiWindow* win : ImGui::GetCurrentContext()->Windows) {
                if (!win->Active || (win->Flags & (ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup))) continue;
                INFO(win->Name);
                if (!(win->Flags & ImGuiWindowFlags_ChildWindow)) CHECK(inside_display(win));
                CHECK(win->ContentSize.x <= win->ContentRegionRect.GetWidth() + 1.0f);
            }
        }
        session::apply_lesson_step(session, 1);
    }
    session::apply_action(session, session::Action::close_open);  // Esc
    CHECK(session.presenter);
}

TEST_CASE("the 'Show differences between people' switch computes the bands over frames and shows the picker") {
    session::Session session = test::make_app();
    test::Harness h(1600.0f, 1600.0f);
    h.frames(session, 2);
    ImGuiWindow* controls = test::Harness::window("##controls");
    REQUIRE(controls);
    const auto pos = h.find_item(
        session, [] { return test::Harness::window("##controls"); }, id_in(controls, "###population"), 0.05f);
    REQUIRE(pos);
    h.click(session, pos->x, pos->y);
    REQUIRE(session.population.shown);
    int frames = 0;
    while (!session::population_ready(session) && frames < 1000) {
        session::advance(session, 1.0 / 60.0);
        h.frame(session);
        ++frames;
    }
    CHECK(session::population_ready(session));
    CHECK(frames > 1);
    const auto combo = h.find_item(
        session, [] { return test::Harness::window("##controls"); }, id_in(controls, "##person"), 0.5f);
    CHECK(combo);  // the person picker appears with the switch
}

TEST_CASE("every stage has its presenter caption and every route its name in the catalogue (keys made at run time)") {
    const session::Session session;
    for (sim::Stage stage : sim::kAllStages) {
        INFO(sim::stage_id(stage));
        CHECK(session.catalogue->has("stage.caption." + std::string(sim::stage_id(stage))));
        CHECK(ui::stage_caption(session, stage).rfind("stage.caption.", 0) == std::string::npos);
    }
    for (sim::Route route : {sim::Route::iv_infusion, sim::Route::iv_bolus, sim::Route::intramuscular,
                             sim::Route::intranasal, sim::Route::sublingual, sim::Route::oral})
        CHECK(session.catalogue->has(session::route_key(route)));
}
