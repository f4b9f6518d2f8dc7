// The registry walked: every command and control has words, every shortcut is unique, the help lists every
// command, and every key reaches its command's action.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "fixture.hpp"
#include "session/keys.hpp"
#include "session/link.hpp"
#include "session/registry.hpp"
#include "session/words.hpp"

using session::Action;

namespace {

bool has_words(const session::Session& s, const std::string& key) { return s.catalogue->has(key); }

}  // namespace

TEST_CASE("every command has a label and a help line in the catalogue, a unique id and a unique action") {
    const session::Session s;
    std::set<std::string> ids;
    std::set<int> actions;
    for (const session::Command& c : session::commands()) {
        INFO(c.id);
        CHECK(has_words(s, c.words_key));
        CHECK(has_words(s, std::string(c.words_key) + ".help"));
        CHECK(ids.insert(c.id).second);
        CHECK(actions.insert(static_cast<int>(c.action)).second);
        CHECK(&session::command(c.action) == &c);
    }
    // Every action has its command (the enum's last value is language_spanish).
    CHECK(actions.size() == static_cast<std::size_t>(Action::language_spanish) + 1);
}

TEST_CASE("every shortcut is unique and its key reaches its command's action") {
    std::set<std::tuple<int, bool, bool>> seen;
    for (const session::Command& c : session::commands())
        for (const session::Shortcut& k : c.shortcuts) {
            INFO(c.id);
            CHECK(seen.insert({static_cast<int>(k.key), k.ctrl, k.shift}).second);
            CHECK(session::key_action(k.key, {k.ctrl, k.shift, false}, {}) == c.action);
        }
}

TEST_CASE("the shortcut text is written from the registry in the catalogue's key names") {
    const session::Session s;
    CHECK(session::shortcut_text(s, session::command(Action::screenshot)) == "F12 or Ctrl+P");
    CHECK(session::shortcut_text(s, session::command(Action::redo)) == "Ctrl+Y or Ctrl+Shift+Z");
    CHECK(session::shortcut_text(s, session::command(Action::lesson_next)) == "Page Down");
    CHECK(session::shortcut_text(s, session::command(Action::copy_link)).empty());
}

TEST_CASE("every menu command performs the same action as its key, through apply_action") {
    // Toggles flip their check mark, views and languages become the one checked: what the menu item shows is the
    // state.
    for (const session::Command& c : session::commands()) {
        if (c.checked == nullptr || c.action == Action::toggle_fullscreen) continue;  // fullscreen: the window's
        INFO(c.id);
        session::Session s = test::make_app();
        const bool before = c.checked(s);
        session::apply_action(s, c.action);
        const bool view = std::string(c.id).rfind("view_", 0) == 0 && c.action != Action::view_receptor_split;
        const bool language = std::string(c.id).rfind("language_", 0) == 0;
        const bool radio = c.menu == session::Menu::view && c.words_key == std::string("command.") + c.id &&
                           (view || language);
        if (radio)
            CHECK(c.checked(s));  // a view: chosen, whether it was before or not
        else
            CHECK(c.checked(s) != before);
    }
}

TEST_CASE("every control has words, a unique link key and a value that survives a link") {
    session::Session s = test::make_app();
    std::set<std::string> ids;
    for (const session::Control& c : session::controls()) {
        INFO(c.id);
        CHECK(ids.insert(c.id).second);
        CHECK(has_words(s, c.words_key));
        if (c.role != session::Role::choice) {
            CHECK(has_words(s, std::string(c.words_key) + ".meaning"));
            CHECK(has_words(s, std::string(c.words_key) + ".source"));
        }
        CHECK(c.min <= c.max);
        CHECK(session::find_control(c.id) == &c);
        // A choice's values: "route.ID" (one spelling for the chooser and the timeline), else "KEY.ID".
        const std::string prefix = std::string(c.id) == "route" ? "route." : std::string(c.words_key) + ".";
        if (c.choice_ids)
            for (const std::string& id : c.choice_ids()) CHECK(has_words(s, prefix + id));
    }
}

TEST_CASE("a link names a control by its registry id and restores its value") {
    session::Session s = test::make_app();
    REQUIRE_FALSE(session::apply_link(s, "dose_mg_per_kg=0.75&route=iv_bolus&drug=esketamine&nbqx=1").has_value());
    const session::Control& dose = *session::find_control("dose_mg_per_kg");
    CHECK(dose.get(s.model.scenario) == Approx(0.75));
    CHECK(session::find_control("route")->get(s.model.scenario) == static_cast<double>(sim::Route::iv_bolus));
    const std::string query = session::link_query(s);
    CHECK_THAT(query, Catch::Contains("dose_mg_per_kg=0.75") && Catch::Contains("route=iv_bolus") &&
                          Catch::Contains("drug=esketamine") && Catch::Contains("nbqx=1"));
    const auto error = session::apply_link(s, "route=subcutaneous");
    REQUIRE(error.has_value());
    CHECK_THAT(*error, Catch::Contains("iv_infusion, iv_bolus, intramuscular, intranasal, sublingual or oral"));
}
