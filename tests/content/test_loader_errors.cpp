// Tests that bad content is reported as one clear line naming the file and the entry, never a crash.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "content/content.hpp"
#include "support/support.hpp"

namespace {

namespace fs = std::filesystem;

/// The smallest valid asset tree, as file name -> contents.
std::map<std::string, std::string> valid_files() {
    return {
        {"sources/a.txt", "Intro line.\n\nKetamine blocks   the NMDA\nreceptor. It is brief.\n"},
        {"sources/b.txt", "Another text; it says little.\n"},
        {"content/sources.json",
         R"({"sources": [{"id": "a", "file": "a.txt", "title": "A", "kind": "blog"},
                          {"id": "b", "file": "b.txt", "title": "B", "kind": "page"}]})"},
        {"content/quotes.json",
         R"({"quotes": [{"id": "q1", "source": "a", "stages": ["nmda_block"],
                          "text": "Ketamine blocks the NMDA receptor."},
                         {"id": "q2", "source": "b", "stages": ["dose"], "text": "it says little."}]})"},
        {"content/caveats.json",
         R"({"notice": "Teaching only.",
             "caveats": [{"id": "c1", "kind": "app", "stages": [], "text": "Illustrative.", "refs": ["X2000"]},
                         {"id": "c2", "kind": "source", "source": "a", "stages": ["nmda_block"], "text": "It is brief."}]})"},
        {"content/factchecks.json",
         R"({"factchecks": [{"id": "f1", "quote": "q1", "words": "blocks the NMDA", "verdict": "incomplete",
                              "note": "More to it.", "refs": ["X2000"]}]})"},
        {"content/references.json",
         R"({"references": [{"key": "X2000", "authors": "X A", "year": 2000, "title": "T", "journal": "J"}]})"},
        {"content/glossary.json",
         R"({"terms": [{"term": "NMDA", "aliases": ["NMDA receptor"], "definition": "A receptor."}]})"},
    };
}

/// A temporary assets directory written from a file map; removed again on destruction.
class TempAssets {
public:
    explicit TempAssets(const std::map<std::string, std::string>& files) {
        for (const auto& [name, text] : files) {
            fs::create_directories((dir_.path() / name).parent_path());
            std::ofstream(dir_ / name, std::ios::binary) << text;
        }
    }
    std::string path() const { return dir_.path().string(); }

private:
    test_support::TempDir dir_{"content"};
};

/// Loads a valid tree with one file replaced (or removed when `text` is nullptr); returns the error.
std::string load_error(const std::string& file, const char* text) {
    auto files = valid_files();
    if (text == nullptr)
        files.erase(file);
    else
        files[file] = text;
    const TempAssets assets(files);
    try {
        content::load_library(assets.path());
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "";
}

void check_one_line(const std::string& message) {
    CHECK_FALSE(message.empty());
    CHECK(message.find('\n') == std::string::npos);
}

}  // namespace

TEST_CASE("the minimal fixture loads, with quote, caveat and fact-check positions") {
    const TempAssets assets(valid_files());
    const auto lib = content::load_library(assets.path());
    const auto* q1 = lib.quote("q1");
    REQUIRE(q1 != nullptr);
    CHECK(content::slice(lib.source_of(*q1).text, q1->range) == "Ketamine blocks   the NMDA\nreceptor.");
    REQUIRE(lib.fact_checks_for_quote("q1").size() == 1);
    CHECK(content::slice(lib.source("a")->text, lib.fact_checks()[0].range) == "blocks   the NMDA");
    CHECK(lib.caveats()[1].range.size() == std::string("It is brief.").size());
}

TEST_CASE("a missing file names the file") {
    const std::string e = load_error("content/quotes.json", nullptr);
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("quotes.json") && Catch::Contains("cannot open"));
}

TEST_CASE("a missing source text names the source entry") {
    const std::string e = load_error("sources/b.txt", nullptr);
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("sources.json") && Catch::Contains("source \"b\"") && Catch::Contains("b.txt"));
}

TEST_CASE("malformed JSON names the file") {
    const std::string e = load_error("content/glossary.json", R"({"terms": [ {"term": "x", )");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("glossary.json:1:27: syntax error"));  // the line and column of the fault
}

TEST_CASE("a number too large for a double is malformed JSON, named by its file (a fuzzing finding)") {
    const std::string e = load_error("content/glossary.json", R"({"terms": [], "x": 1e400})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("glossary.json:1:20: number overflow") && Catch::Contains("1e400"));
}

TEST_CASE("a quote that is not verbatim names the quote and source") {
    const std::string e = load_error(
        "content/quotes.json",
        R"({"quotes": [{"id": "q1", "source": "a", "stages": ["nmda_block"], "text": "Ketamine blocks NMDA receptors."}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("quotes.json: quote \"q1\": text not found verbatim in source a"));
}

TEST_CASE("an unknown source is reported") {
    const std::string e =
        load_error("content/quotes.json",
                   R"({"quotes": [{"id": "q9", "source": "zz", "stages": ["dose"], "text": "Intro line."}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("quote \"q9\": unknown source \"zz\""));
}

TEST_CASE("an unknown stage is reported with the valid ones") {
    const std::string e =
        load_error("content/quotes.json",
                   R"({"quotes": [{"id": "q1", "source": "a", "stages": ["nmda"], "text": "Intro line."}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("quote \"q1\": unknown stage \"nmda\"") && Catch::Contains("nmda_block"));
}

TEST_CASE("an unknown stage in a caveat is reported") {
    const std::string e =
        load_error("content/caveats.json",
                   R"({"notice": "n", "caveats": [{"id": "c1", "kind": "app", "stages": ["mtorc1"], "text": "t"}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("caveats.json: caveat \"c1\": unknown stage \"mtorc1\""));
}

TEST_CASE("an unknown reference key is reported in fact-checks, caveats and the glossary") {
    std::string e = load_error(
        "content/factchecks.json",
        R"({"factchecks": [{"id": "f1", "quote": "q1", "words": "blocks", "verdict": "wrong", "note": "n", "refs": ["Nobody1999"]}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("factchecks.json: fact-check \"f1\": unknown reference key \"Nobody1999\""));
    e = load_error(
        "content/caveats.json",
        R"({"notice": "n", "caveats": [{"id": "c1", "kind": "app", "stages": [], "text": "t", "refs": ["Y1"]}]})");
    CHECK_THAT(e, Catch::Contains("caveat \"c1\": unknown reference key \"Y1\""));
    e = load_error("content/glossary.json", R"({"terms": [{"term": "T", "definition": "d", "refs": ["Z2"]}]})");
    CHECK_THAT(e, Catch::Contains("term \"T\": unknown reference key \"Z2\""));
}

TEST_CASE("a fact-check must point at a quote and at words inside it") {
    std::string e = load_error(
        "content/factchecks.json",
        R"({"factchecks": [{"id": "f1", "quote": "q7", "words": "x", "verdict": "wrong", "note": "n", "refs": ["X2000"]}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("fact-check \"f1\": unknown quote \"q7\""));
    e = load_error(
        "content/factchecks.json",
        R"({"factchecks": [{"id": "f1", "quote": "q1", "words": "It is brief", "verdict": "wrong", "note": "n", "refs": ["X2000"]}]})");
    CHECK_THAT(e, Catch::Contains("fact-check \"f1\": words \"It is brief\" not found in quote \"q1\""));
    e = load_error(
        "content/factchecks.json",
        R"({"factchecks": [{"id": "f1", "quote": "q1", "words": "blocks", "verdict": "wrong", "note": "n", "refs": []}]})");
    CHECK_THAT(e, Catch::Contains("fact-check \"f1\"") && Catch::Contains("citation"));
}

TEST_CASE("a non-verbatim source caveat is reported") {
    const std::string e = load_error(
        "content/caveats.json",
        R"({"notice": "n", "caveats": [{"id": "c2", "kind": "source", "source": "a", "stages": [], "text": "It was brief."}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("caveat \"c2\": text not found verbatim in source a"));
}

TEST_CASE("missing fields, wrong types and duplicates are reported") {
    std::string e = load_error(
        "content/references.json",
        R"({"references": [{"key": "X2000", "authors": "X", "year": "2000", "title": "T", "journal": "J"}]})");
    CHECK_THAT(e, Catch::Contains("references.json: references[0].year: must be an integer, got string"));
    e = load_error("content/quotes.json",
                   R"({"quotes": [{"source": "a", "stages": ["dose"], "text": "Intro line."}]})");
    CHECK_THAT(e, Catch::Contains("quotes.json: quotes[0].id: missing"));
    e = load_error("content/quotes.json",
                   R"({"quotes": [{"id": "q1", "source": "a", "stages": ["dose"], "text": 5}]})");
    CHECK_THAT(e, Catch::Contains("quotes.json: quotes[0].text: must be a string, got number"));
    e = load_error("content/quotes.json", R"({"items": []})");
    CHECK_THAT(e, Catch::Contains("quotes.json: items: unknown key (and 1 more)"));  // the typo first
    e = load_error("content/quotes.json", R"({})");
    CHECK_THAT(e, Catch::Contains("quotes.json: quotes: missing"));
    e = load_error(
        "content/sources.json",
        R"({"sources": [{"id": "a", "file": "a.txt", "title": "A", "kind": "k"}, {"id": "a", "file": "b.txt", "title": "B", "kind": "k"}]})");
    CHECK_THAT(e, Catch::Contains("source \"a\": duplicate id"));
    e = load_error(
        "content/glossary.json",
        R"({"terms": [{"term": "NMDA", "definition": "d"}, {"term": "Other", "aliases": ["nmda"], "definition": "d"}]})");
    CHECK_THAT(e, Catch::Contains("term \"Other\": duplicate term or alias \"nmda\""));
    e = load_error("content/glossary.json", R"([1, 2])");
    CHECK_THAT(e, Catch::Contains("glossary.json: (top level): must be an object, got array"));
}

TEST_CASE("a quote cut mid-word is refused, naming the cut word") {
    std::string e = load_error(
        "content/quotes.json",
        R"({"quotes": [{"id": "q1", "source": "a", "stages": ["nmda_block"], "text": "etamine blocks the NMDA"}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("quotes.json: quote \"q1\": text cuts the word \"Ketamine\" in source a") &&
                      Catch::Contains("word boundary"));
    e = load_error(
        "content/quotes.json",
        R"({"quotes": [{"id": "q1", "source": "a", "stages": ["nmda_block"], "text": "Ketamine blocks the NMD"}]})");
    CHECK_THAT(e, Catch::Contains("quote \"q1\": text cuts the word \"NMDA\""));
    e = load_error(
        "content/caveats.json",
        R"({"notice": "n", "caveats": [{"id": "c2", "kind": "source", "source": "a", "stages": [], "text": "t is brief."}]})");
    CHECK_THAT(e, Catch::Contains("caveat \"c2\": text cuts the word \"It\""));
}

TEST_CASE("a fact-check's words cut mid-word are refused, naming the cut word") {
    std::string e = load_error(
        "content/factchecks.json",
        R"({"factchecks": [{"id": "f1", "quote": "q1", "words": "locks the NMDA", "verdict": "wrong", "note": "n", "refs": ["X2000"]}]})");
    check_one_line(e);
    CHECK_THAT(e,
               Catch::Contains("factchecks.json: fact-check \"f1\": words \"locks the NMDA\" cut the word \"blocks\" "
                               "in quote \"q1\""));
    e = load_error(
        "content/factchecks.json",
        R"({"factchecks": [{"id": "f1", "quote": "q1", "words": "the NMDA rec", "verdict": "wrong", "note": "n", "refs": ["X2000"]}]})");
    CHECK_THAT(e, Catch::Contains("fact-check \"f1\": words \"the NMDA rec\" cut the word \"receptor\""));
}

TEST_CASE("quotes and words on word boundaries load, punctuation and a later whole-word match included") {
    auto files = valid_files();
    files["sources/a.txt"] = "NMDAR is a name. The NMDA receptor—brain’s own—works.\n";
    files["content/quotes.json"] =
        R"({"quotes": [{"id": "q1", "source": "a", "stages": ["nmda_block"], "text": "NMDA receptor"},
                        {"id": "q3", "source": "a", "stages": ["nmda_block"], "text": "—brain’s own—"},
                        {"id": "q2", "source": "b", "stages": ["dose"], "text": "it says little."}]})";
    files["content/caveats.json"] = R"({"notice": "n", "caveats": []})";
    files["content/factchecks.json"] =
        R"({"factchecks": [{"id": "f1", "quote": "q1", "words": "NMDA", "verdict": "incomplete", "note": "n", "refs": ["X2000"]}]})";
    const TempAssets assets(files);
    const auto lib = content::load_library(assets.path());
    const auto& text = lib.source("a")->text;
    CHECK(lib.quote("q1")->range.begin == text.find("NMDA receptor"));  // not the "NMDA" inside "NMDAR"
    CHECK(content::slice(text, lib.fact_checks()[0].range) == "NMDA");
    CHECK(lib.fact_checks()[0].range.begin == lib.quote("q1")->range.begin);
}

TEST_CASE("a duplicate glossary alias names both entries") {
    const std::string e = load_error(
        "content/glossary.json",
        R"({"terms": [{"term": "NMDA", "aliases": ["NMDAR"], "definition": "d"}, {"term": "Other", "aliases": ["nmdar"], "definition": "d"}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("term \"Other\": duplicate term or alias \"nmdar\" (already used by term \"NMDA\")"));
    const std::string self =
        load_error("content/glossary.json", R"({"terms": [{"term": "NMDA", "aliases": ["nmda"], "definition": "d"}]})");
    CHECK_THAT(self, Catch::Contains("term \"NMDA\": duplicate term or alias \"nmda\" (already used by this term)"));
}

TEST_CASE("a source path that is a directory says so") {
    auto files = valid_files();
    files.erase("sources/b.txt");
    files["sources/b.txt/inside.txt"] = "not the text\n";
    const TempAssets assets(files);
    std::string e;
    try {
        content::load_library(assets.path());
    } catch (const std::runtime_error& err) {
        e = err.what();
    }
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("source \"b\"") && Catch::Contains("b.txt is a directory"));
}

TEST_CASE("a whitespace-only quote, word list or source text is reported as empty") {
    std::string e = load_error("content/quotes.json",
                               R"({"quotes": [{"id": "q1", "source": "a", "stages": ["dose"], "text": "  \n\t "}]})");
    check_one_line(e);
    CHECK_THAT(e, Catch::Contains("quotes.json: quotes[0].text: must not be empty"));
    e = load_error(
        "content/factchecks.json",
        R"({"factchecks": [{"id": "f1", "quote": "q1", "words": "   ", "verdict": "wrong", "note": "n", "refs": ["X2000"]}]})");
    CHECK_THAT(e, Catch::Contains("factchecks.json: factchecks[0].words: must not be empty"));
    e = load_error("sources/b.txt", " \n \n");
    CHECK_THAT(e, Catch::Contains("source \"b\": text file b.txt is empty"));
}
