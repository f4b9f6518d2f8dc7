// The page's accessible layer: every registry control and page command is in it with a role, a name and a value
// (with its unit); operating an element changes the session as the mouse would; the summary is announced after a
// change that matters, not as time advances; a frame pushes only what changed (counted, not timed).
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "fixture.hpp"
#include "session/accessible_layer.hpp"
#include "session/file_actions.hpp"
#include "session/keys.hpp"
#include "session/lesson/lesson.hpp"
#include "session/registry.hpp"
#include "session/words.hpp"

using session::ElementRole;

namespace {

const session::Element* find(const session::AccessibleLayer& layer, const std::string& id) {
    for (const session::Landmark& l : layer.landmarks)
        for (const session::ElementGroup& g : l.groups)
            for (const session::Element& e : g.elements)
                if (e.id == id) return &e;
    return nullptr;
}

std::size_t element_count(const session::AccessibleLayer& layer) {
    std::size_t n = 0;
    for (const session::Landmark& l : layer.landmarks)
        for (const session::ElementGroup& g : l.groups) n += g.elements.size();
    return n;
}

/// One frame of the page: the layer now, and what would be pushed.
session::LayerUpdate frame(session::PushedLayer& pushed, const session::Session& s, bool describe = false) {
    return session::next_update(pushed, session::accessible_layer(s), describe);
}

}  // namespace

TEST_CASE("every registry control is in the layer with its role, its name and its value with its unit") {
    const session::Session s = test::make_app();
    const session::AccessibleLayer layer = session::accessible_layer(s);
    for (const session::Control& c : session::controls()) {
        INFO(c.id);
        const session::Element* e = find(layer, std::string("control.") + c.id);
        REQUIRE(e != nullptr);
        CHECK(e->name == session::words(s, c.words_key));
        CHECK(!e->name.empty());
        const ElementRole expected = c.role == session::Role::range    ? ElementRole::range
                                     : c.role == session::Role::choice ? ElementRole::choice
                                                                       : ElementRole::toggle;
        CHECK(e->role == expected);
        CHECK(!e->state.value.empty());
        if (c.role == session::Role::range) {
            const std::string unit = session::unit_text(s, c);
            CHECK(e->state.value_text.starts_with(e->state.value));
            if (!unit.empty()) CHECK(e->state.value_text.ends_with(" " + unit));
            CHECK(e->state.min < e->state.max);
            CHECK(e->step > 0.0);
            // A range input counts its steps from its minimum: the standard values must be on them.
            const double steps = (std::stod(e->state.value) - e->state.min) / e->step;
            CHECK(steps == Approx(std::round(steps)).margin(1e-6));
        }
        if (c.role == session::Role::choice) {
            CHECK(e->options.size() == c.choice_ids().size());
            CHECK(e->state.value_text == e->options[std::stoul(e->state.value)]);
        }
    }
    const session::Element* dose = find(layer, "control.dose_mg_per_kg");
    REQUIRE(dose != nullptr);
    CHECK(dose->name == "Dose");
    CHECK(dose->state.value_text == "0.5 mg/kg");
    CHECK(find(layer, "control.duration_days")->state.value_text.ends_with(" days"));
    CHECK(find(layer, "control.route")->state.value_text == "IV infusion");
}

TEST_CASE("every command offered on the page is a named button in the layer, the views one choice") {
    const session::Session s = test::make_app();
    const session::AccessibleLayer layer = session::accessible_layer(s);
    for (const session::Command& c : session::commands()) {
        INFO(c.id);
        const session::Element* e = find(layer, std::string("command.") + c.id);
        const bool view = std::string(c.id).rfind("view_", 0) == 0;
        const bool page = c.offered == session::Offered::everywhere || c.offered == session::Offered::picks_files;
        const bool question = c.action >= session::Action::choose_a && c.action <= session::Action::reveal_answer;
        if (view || !page || question) {
            CHECK(e == nullptr);  // a view is an option of the view choice; a question's buttons come with it
            continue;
        }
        REQUIRE(e != nullptr);
        CHECK(e->role == ElementRole::button);
        CHECK(e->name == session::words(s, c.words_key));
        CHECK(e->state.pressed.has_value() == (c.checked != nullptr));
    }
    const session::Element* view = find(layer, "view");
    REQUIRE(view != nullptr);
    CHECK(view->role == ElementRole::choice);
    CHECK(view->state.value_text == session::words(s, "command.view_synapse"));
    std::set<std::string> landmarks;
    for (const session::Landmark& l : layer.landmarks) {
        CHECK(!l.name.empty());
        CHECK(landmarks.insert(l.id).second);
    }
    for (const auto& [target, text] : layer.skip_links) {
        CHECK(landmarks.count(target) == 1);
        CHECK(!text.empty());
    }
    CHECK(layer.skip_links.size() == 4);
}

TEST_CASE("operating an element changes the session as the mouse would, and the element follows") {
    session::Session s = test::make_app();
    session::operate(s, {"control.dose_mg_per_kg", 0.75});
    CHECK(s.model.scenario.doses.front().amount_mg_per_kg == Approx(0.75));
    CHECK(find(session::accessible_layer(s), "control.dose_mg_per_kg")->state.value_text == "0.75 mg/kg");
    session::operate(s, {"control.dose_mg_per_kg", 1e6});  // clamped to the slider's range
    CHECK(s.model.scenario.doses.front().amount_mg_per_kg == Approx(session::find_control("dose_mg_per_kg")->max));
    session::operate(s, {"control.route", 5.0});
    CHECK(s.model.scenario.doses.front().route == sim::Route::oral);
    session::operate(s, {"control.rapamycin", 1.0});
    CHECK(s.model.scenario.experiments.rapamycin);
    CHECK(find(session::accessible_layer(s), "control.rapamycin")->state.value == "1");
    session::operate(s, {"view", 2.0});  // the third view of the View menu: the spine
    CHECK(s.view.view == scene::View::spine);
    session::operate(s, {"command.play"});
    CHECK(s.playing);
    session::operate(s, {"command.play"});
    session::operate(s, {"time", 24.0});
    CHECK(s.time_h == Approx(24.0));
    CHECK(find(session::accessible_layer(s), "time")->state.value_text == "1 d 0 h");
    const session::Requests asked = session::operate(s, {"command.shortcuts"});
    CHECK(asked.help_dialog);
    const sim::Scenario before = s.model.scenario;
    session::operate(s, {"command.quit"});  // not offered on the page
    session::operate(s, {"control.nowhere", 1.0});
    session::operate(s, {"nowhere"});
    CHECK(s.model.scenario.doses.front().amount_mg_per_kg == before.doses.front().amount_mg_per_kg);
}

TEST_CASE("the summary is announced after a view, stage or experiment change, not while time merely advances") {
    session::Session s = test::make_app();
    session::PushedLayer pushed;
    CHECK(frame(pushed, s).announce.has_value());  // the first frame says what is shown
    CHECK(!frame(pushed, s).announce);
    s.time_h = 0.01;  // still before the dose takes effect: the same stage
    REQUIRE(session::accessible_layer(s).moment == pushed.moment);
    CHECK(!frame(pushed, s).announce);
    s.playing = true;
    for (int i = 0; i < 5; ++i) {
        session::advance(s, 1.0 / 60.0);
        const auto update = frame(pushed, s);
        if (update.announce) CHECK(update.announce->find("Now:") != std::string::npos);  // only a new stage
    }
    s.playing = false;
    session::apply_action(s, session::Action::view_spine);
    const auto view = frame(pushed, s);
    REQUIRE(view.announce.has_value());
    CHECK(view.announce->find("spine") != std::string::npos);
    session::operate(s, {"control.rapamycin", 1.0});
    CHECK(frame(pushed, s).announce.has_value());
    const std::string stage_before = pushed.moment;
    session::set_time(s, 24.0 * 7);  // a week later: another stage of the mechanism
    CHECK(session::accessible_layer(s).moment != stage_before);
    CHECK(frame(pushed, s).announce.has_value());
    CHECK(frame(pushed, s, true).announce.has_value());  // "Describe the picture"
}

TEST_CASE("a frame pushes only the elements that changed") {
    session::Session s = test::make_app();
    session::PushedLayer pushed;
    const session::LayerUpdate first = frame(pushed, s);
    CHECK(first.rebuild);
    CHECK(first.changed.size() == element_count(session::accessible_layer(s)));
    CHECK(first.changed.size() > 40);
    const session::LayerUpdate same = frame(pushed, s);
    CHECK(same.empty());
    CHECK(same.changed.empty());
    session::set_time(s, 0.01);  // the same stage: only the time slider moves
    REQUIRE(session::accessible_layer(s).moment == pushed.moment);
    const session::LayerUpdate time = frame(pushed, s);
    CHECK(!time.rebuild);
    REQUIRE(time.changed.size() == 1);
    CHECK(time.changed.front().first == "time");
    const nlohmann::json j = nlohmann::json::parse(session::update_json(time, session::accessible_layer(s)));
    CHECK(!j.contains("rebuild"));
    CHECK(j["changed"].size() == 1);
    CHECK(j["changed"][0][0] == "time");
    CHECK(frame(pushed, s).empty());
    session::operate(s, {"control.dose_mg_per_kg", 0.75});
    const session::LayerUpdate dose = frame(pushed, s);
    CHECK(!dose.rebuild);
    REQUIRE(!dose.changed.empty());
    CHECK(dose.changed.front().first == "control.dose_mg_per_kg");
    CHECK(dose.changed.size() <= 3);  // the dose, and what the change enables (Reset all)
    CHECK(frame(pushed, s).empty());
}

TEST_CASE("a lesson rebuilds the layer with its step, its question and its answer buttons") {
    session::Session s = test::make_app();
    session::PushedLayer pushed;
    frame(pushed, s);
    REQUIRE(session::open_lesson_file(s, test::assets_dir() + "/lessons/mechanism.json"));
    const session::LayerUpdate lesson = frame(pushed, s);
    CHECK(lesson.rebuild);
    const session::AccessibleLayer layer = session::accessible_layer(s);
    const nlohmann::json j = nlohmann::json::parse(session::update_json(lesson, layer));
    REQUIRE(j.contains("rebuild"));
    CHECK(j["rebuild"]["landmarks"].size() == layer.landmarks.size());
    bool step_heading = false;
    for (const session::Landmark& l : layer.landmarks)
        for (const session::ElementGroup& g : l.groups)
            step_heading |= g.heading.find("step 1 of") != std::string::npos;
    CHECK(step_heading);
    for (int i = 0; i < 20 && !find(session::accessible_layer(s), "lesson_step.question"); ++i)
        session::apply_action(s, session::Action::lesson_next);
    const session::AccessibleLayer question = session::accessible_layer(s);
    REQUIRE(find(question, "lesson_step.question") != nullptr);
    const session::Element* a = find(question, "command.choose_a");
    REQUIRE(a != nullptr);
    CHECK(a->name.starts_with("A) "));
    session::operate(s, {"command.choose_a"});
    CHECK(s.lesson.chosen == 0);
    CHECK(find(session::accessible_layer(s), "command.choose_a")->state.pressed == true);
}
