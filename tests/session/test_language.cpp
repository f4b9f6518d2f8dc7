// The Spanish translation (assets/i18n/es.po) and choosing the language: the locale, the settings file, a state
// link's lang=, and switching while running through the View menu's commands.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fixture.hpp"
#include "session/keys.hpp"
#include "session/language.hpp"
#include "session/link.hpp"
#include "session/registry.hpp"
#include "session/settings.hpp"
#include "session/words.hpp"

namespace {

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

content::Catalogue spanish_po() {
    const std::string path = test::assets_dir() + "/i18n/es.po";
    return content::Catalogue::from_po(file_text(path), path);
}

}  // namespace

TEST_CASE("es.po translates every entry of the template, with its placeholders", "[language]") {
    const auto english = session::builtin_catalogue();
    const content::Catalogue spanish = spanish_po();
    std::size_t checked = 0;
    for (const content::Message& m : english->messages()) {
        INFO(m.key);
        REQUIRE(spanish.has(m.key));
        const content::Message* t = nullptr;
        for (const content::Message& s : spanish.messages())
            if (s.key == m.key) t = &s;
        REQUIRE(t != nullptr);
        CHECK_FALSE(t->fuzzy);
        REQUIRE(t->translations.size() == (m.english_plural.empty() ? 1u : 2u));
        for (std::size_t form = 0; form < t->translations.size(); ++form) {
            const std::string& english_text = form == 0 ? m.english : m.english_plural;
            CHECK_FALSE(t->translations[form].empty());
            CHECK(content::placeholder_names(t->translations[form]) == content::placeholder_names(english_text));
        }
        ++checked;
    }
    CHECK(checked == english->messages().size());
}

TEST_CASE("the Spanish words differ from the English where they must", "[language]") {
    const content::Catalogue translated = session::builtin_catalogue()->translated_by(spanish_po());
    CHECK(std::string(translated.text("menu.file")) == "Archivo");
    CHECK(std::string(translated.text("command.quit")) == "Salir");
    CHECK(std::string(translated.text("control.dose_mg_per_kg")) == "Dosis");
    CHECK(std::string(translated.text("control.body_weight_kg")) == "Peso corporal");
    CHECK(translated.plural("population.people", 1) == "1 persona");
    CHECK(translated.plural("population.people", 200) == "200 personas");
    CHECK(translated.text("status.saved", {{"path", "a.json"}}) == "Escenario guardado en a.json");
}

TEST_CASE("the locale's language: the first set of LC_ALL, LC_MESSAGES and LANG", "[language]") {
    CHECK(session::locale_language(nullptr, nullptr, nullptr) == "en");
    CHECK(session::locale_language(nullptr, nullptr, "es_ES.UTF-8") == "es");
    CHECK(session::locale_language("", "es_MX.UTF-8", "en_GB.UTF-8") == "es");
    CHECK(session::locale_language("C", "es_MX.UTF-8", "es_ES") == "en");
    CHECK(session::locale_language(nullptr, nullptr, "de_DE") == "en");
    CHECK(session::startup_language("en", "es") == "en");
    CHECK(session::startup_language("", "es") == "es");
    CHECK(session::startup_language("xx", "en") == "en");
}

TEST_CASE("the settings file remembers the language", "[language]") {
    const std::string path = (std::filesystem::temp_directory_path() / "synapse-lab-test-language/settings.ini").string();
    session::Settings settings;
    settings.welcome_seen = true;
    settings.language = "es";
    REQUIRE(session::save_settings(path, settings));
    const session::Settings back = session::load_settings(path);
    CHECK(back.welcome_seen);
    CHECK(back.language == "es");
    settings.language.clear();
    REQUIRE(session::save_settings(path, settings));
    CHECK(session::load_settings(path).language.empty());
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_CASE("the View menu switches the words while running", "[language]") {
    session::Session s = test::make_app();
    REQUIRE(s.language == "en");
    CHECK(session::command(session::Action::language_spanish).menu == session::Menu::view);
    session::apply_action(s, session::Action::language_spanish);
    CHECK(s.language == "es");
    CHECK(std::string(session::words(s, "menu.view")) == "Ver");
    CHECK(session::command(session::Action::language_spanish).checked(s));
    session::apply_action(s, session::Action::language_english);
    CHECK(s.language == "en");
    CHECK(std::string(session::words(s, "menu.view")) == "View");
}

TEST_CASE("a missing translation is one line in the status, and the English stays", "[language]") {
    session::Session s = test::make_app();
    s.assets_dir = (std::filesystem::temp_directory_path() / "synapse-lab-no-assets").string();
    CHECK_FALSE(session::set_language(s, "es"));
    CHECK(s.language == "en");
    CHECK(std::string(session::words(s, "menu.view")) == "View");
    CHECK(s.status.find("es.po") != std::string::npos);
    CHECK(s.status.find('\n') == std::string::npos);
    CHECK_FALSE(session::set_language(s, "fr"));
    CHECK(s.status.find("fr") != std::string::npos);
}

TEST_CASE("a state link carries the language", "[language][link]") {
    session::Session s = test::make_app();
    REQUIRE_FALSE(session::apply_link(s, "scenario=standard-infusion&lang=es"));
    CHECK(s.language == "es");
    CHECK(std::string(session::words(s, "menu.help")) == "Ayuda");
    CHECK(session::link_query(s).find("lang=es") != std::string::npos);
    session::Session back = test::make_app();
    REQUIRE_FALSE(session::apply_link(back, session::link_query(s)));
    CHECK(back.language == "es");
    session::Session english = test::make_app();
    CHECK(session::link_query(english).find("lang=") == std::string::npos);
    const auto error = session::apply_link(english, "lang=fr");
    REQUIRE(error);
    CHECK(error->find("lang") != std::string::npos);
    CHECK(english.language == "en");
}
