// Setting up the initial teaching session from the command-line options: the scenario, lesson, view and content.
#include "app/session_setup.hpp"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include "content/content.hpp"
#include "session/language.hpp"
#include "session/link.hpp"
#include "sim/scenario_io.hpp"
#include "sim/studied_range.hpp"

namespace app {

void load_content(session::Session& session) {
    try {
        session.content = std::make_shared<const content::Library>(content::load_library(session.assets_dir));
    } catch (const std::exception& e) {
        session.status = std::string("content not loaded: ") + e.what();
    }
}

namespace {

/// A lesson name resolves to assets/lessons/NAME.json, anything else is a file path.
std::string lesson_path(const Options& options) {
    const std::string named = options.assets_dir + "/lessons/" + options.lesson + ".json";
    return std::filesystem::exists(named) ? named : options.lesson;
}

/// --lesson and --step: starts the lesson and shows the asked step.
void open_lesson(session::Session& session, const Options& options) {
    const std::string path = lesson_path(options);
    if (!std::filesystem::exists(path))
        throw std::runtime_error("--lesson: no lesson named or at '" + options.lesson + "'");
    const std::string assets = options.assets_dir;
    session::start_lesson(
        session, session::load_lesson(path, [&](const std::string& name) { return sim::load_preset(assets, name); }));
    const int steps = static_cast<int>(session.lesson.lesson->steps.size());
    if (options.lesson_step > steps)
        throw std::runtime_error("--step: " + path + " has " + std::to_string(steps) + " steps, asked for " +
                                 std::to_string(options.lesson_step));
    session::apply_lesson_step(session, options.lesson_step - 1);
    session.shown_view = session.view.view;
}

}  // namespace

session::Session make_session(const Options& options) {
    session::Session session;
    session.assets_dir = options.assets_dir;
    session.model.scenario = sim::load_preset(options.assets_dir, options.scenario);
    session.default_scenario = session.model.scenario;
    load_content(session);
    if (!options.lang.empty()) {
        if (!session::is_language(options.lang))
            throw std::runtime_error("--lang: expected en or es, got '" + options.lang + "'");
        try {
            session.catalogue = session::language_catalogue(options.assets_dir, options.lang);
        } catch (const std::exception& e) {
            throw std::runtime_error(std::string("--lang: ") + e.what());
        }
        session.language = options.lang;
    }
    const auto view = scene::view_choice_from_id(options.view);
    if (!view)
        throw std::runtime_error("--view: expected " + std::string(scene::kViewChoiceNames) + ", got '" + options.view +
                                 "'");
    session.view.view = view->view;
    session.view.receptor_split = view->receptor_split;
    session.shown_view = view->view;
    if (options.theme != "dark" && options.theme != "light")
        throw std::runtime_error("--theme: expected dark or light, got '" + options.theme + "'");
    session.view.theme = options.theme == "dark" ? scene::Theme::dark : scene::Theme::light;
    if (options.at_h && *options.at_h > trajectory(session).duration_h())
        throw std::runtime_error("--at: beyond the simulated span of " +
                                 std::to_string(static_cast<int>(trajectory(session).duration_h() / 24.0)) + " days");
    session.time_h = options.at_h.value_or(0.0);
    session.presenter = options.presenter;
    session.reduced_motion = options.reduced_motion;
    if (!options.lesson.empty()) open_lesson(session, options);
    if (options.ui_scale > 0.0f) session::set_ui_scale(session, options.ui_scale);
    if (!options.open_link.empty())
        if (const auto error = session::apply_link(session, options.open_link))
            throw std::runtime_error("--open: " + *error);
    return session;
}

ui::FontPaths default_fonts() { return ui::FontPaths{SYNAPSE_FONT_REGULAR, SYNAPSE_FONT_BOLD}; }

void warn_if_extrapolating(const sim::Scenario& scenario) {
    const std::string line = sim::extrapolation_line(scenario);
    if (!line.empty()) std::fprintf(stderr, "synapse-lab: warning: %s\n", line.c_str());
}

}  // namespace app
