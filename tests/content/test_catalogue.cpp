// The catalogue read from PO text: keys, translations, placeholders, plurals, and the errors of a malformed file.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "content/catalogue.hpp"

using content::Catalogue;

namespace {

const char* kPo = R"(# a comment
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#. the status line
msgctxt "status.saved"
msgid "Saved {path}"
msgstr "Guardado {path}"

msgctxt "status.quote"
msgid "Say \"hi\"\n"
"twice"
msgstr ""

#, fuzzy
msgctxt "menu.file"
msgid "File"
msgstr "Archivo"

msgctxt "people"
msgid "{n} person"
msgid_plural "{n} people"
msgstr[0] "{n} persona"
msgstr[1] "{n} personas"
)";

}  // namespace

TEST_CASE("a PO catalogue gives the translation, or the English where there is none or it is fuzzy") {
    const Catalogue c = Catalogue::from_po(kPo, "es.po");
    CHECK(std::string(c.text("status.saved")) == "Guardado {path}");
    CHECK(c.text("status.saved", {{"path", "a.json"}}) == "Guardado a.json");
    CHECK(std::string(c.text("status.quote")) == "Say \"hi\"\ntwice");
    CHECK(std::string(c.text("menu.file")) == "File");  // fuzzy: not shown
    CHECK(c.messages().size() == 4);
    CHECK(c.messages()[0].note == "the status line");
}

TEST_CASE("plural forms pick the singular for one and fill {n}") {
    const Catalogue c = Catalogue::from_po(kPo, "es.po");
    CHECK(c.plural("people", 1) == "1 persona");
    CHECK(c.plural("people", 3) == "3 personas");
}

TEST_CASE("an unknown key shows as itself, and placeholders fill by name in any order") {
    const Catalogue c = Catalogue::from_po(kPo, "es.po");
    CHECK(std::string(c.text("no.such.key")) == "no.such.key");
    CHECK(content::fill_placeholders("{b} then {a}, {c}", {{"a", "1"}, {"b", "2"}}) == "2 then 1, {c}");
    CHECK(content::placeholder_names("{b} {a} {b}") == std::vector<std::string>{"b", "a"});
}

TEST_CASE("a translation laid over the template keeps the template's keys") {
    const Catalogue english = Catalogue::from_po("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"\"\n", "t.pot");
    const Catalogue spanish = Catalogue::from_po("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"Á\"\n\nmsgctxt \"z\"\nmsgid \"Z\"\nmsgstr \"\"\n", "es.po");
    const Catalogue both = english.translated_by(spanish);
    CHECK(std::string(both.text("a")) == "Á");
    CHECK_FALSE(both.has("z"));
}

TEST_CASE("a malformed PO file is refused with its name and line") {
    auto error_of = [](const char* text) {
        try {
            Catalogue::from_po(text, "bad.po");
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK(error_of("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"B\"\nmsgstr \"\"\n") ==
          "bad.po:5: the key 'a' is given twice");
    CHECK(error_of("msgid \"A\"\nmsgstr \"\"\n") == "bad.po:1: a message without a key (msgctxt)");
    CHECK(error_of("msgctxt \"a\"\nmsgid A\n") == "bad.po:2: expected a keyword and a quoted string");
    CHECK(error_of("msgctxt \"a\"\nmsgwhat \"A\"\n") == "bad.po:2: unknown keyword 'msgwhat'");
}

TEST_CASE("the shipped template reads, every message has a key and English, and no key is given twice") {
    std::ifstream in(std::string(SYNAPSE_SOURCE_DIR) + "/assets/i18n/synapse-lab.pot");
    std::stringstream text;
    text << in.rdbuf();
    const Catalogue c = Catalogue::from_po(text.str(), "synapse-lab.pot");
    CHECK(c.messages().size() > 100);
    for (const content::Message& m : c.messages()) {
        INFO(m.key);
        CHECK_FALSE(m.english.empty());
    }
}
