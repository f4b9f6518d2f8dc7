// Tests of whitespace-normalised verbatim matching and byte ranges.
#include <catch2/catch.hpp>

#include "content/verbatim.hpp"

using content::ByteRange;
using content::find_verbatim;
using content::normalize_whitespace;

TEST_CASE("normalize_whitespace collapses runs and trims, changing nothing else") {
    CHECK(normalize_whitespace("  a \t b\n\n c  ") == "a b c");
    CHECK(normalize_whitespace("brain’s—ok") == "brain’s—ok");
    CHECK(normalize_whitespace("\n\t ") == "");
}

TEST_CASE("find_verbatim maps a match back to the original bytes") {
    const std::string hay = "One.\n\n  Two   three\nfour. Five.";
    const auto r = find_verbatim(hay, "Two three four.");
    REQUIRE(r);
    CHECK(hay.substr(r->begin, r->size()) == "Two   three\nfour.");
}

TEST_CASE("find_verbatim is exact apart from whitespace") {
    const std::string hay = "the brain’s glutamate system";
    CHECK(find_verbatim(hay, "brain’s glutamate"));
    CHECK_FALSE(find_verbatim(hay, "brain's glutamate"));  // straight apostrophe differs
    CHECK_FALSE(find_verbatim(hay, "Brain’s"));            // case differs
    CHECK_FALSE(find_verbatim(hay, "   "));
}

TEST_CASE("find_verbatim searches from an offset") {
    const std::string hay = "x y x y";
    const auto first = find_verbatim(hay, "x y");
    const auto second = find_verbatim(hay, "x y", 1);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->begin == 0);
    CHECK(second->begin == 4);
    CHECK(second->end == 7);
}

TEST_CASE("line_context widens a range to whole lines") {
    const std::string text = "first line\nsecond line here\nthird";
    const auto r = find_verbatim(text, "line here");
    REQUIRE(r);
    CHECK(content::slice(text, content::line_context(text, *r)) == "second line here");
    CHECK(content::slice(text, content::line_context(text, ByteRange{0, 3})) == "first line");
    CHECK(content::slice(text, ByteRange{30, 99}).size() == 3);
}

TEST_CASE("word boundaries: ASCII and accented letters and digits join, punctuation and spaces separate") {
    using content::is_word_boundary;
    const std::string text = "Ketamine’s café—2 x";
    CHECK(is_word_boundary(text, 0));
    CHECK_FALSE(is_word_boundary(text, 1));               // K|etamine
    CHECK(is_word_boundary(text, text.find("’")));        // Ketamine|’s
    CHECK_FALSE(is_word_boundary(text, text.find("é")));  // caf|é
    CHECK(is_word_boundary(text, text.find("—")));        // café|—
    CHECK(is_word_boundary(text, text.size()));
    CHECK(content::slice(text, content::word_around(text, 3)) == "Ketamine");
    CHECK(content::slice(text, content::word_around(text, text.find("é"))) == "café");
    CHECK(content::slice(text, content::word_around(text, text.find(" x"))) == "2");  // the word just before
}

TEST_CASE("find_verbatim_words skips matches cut mid-word") {
    const std::string hay = "NMDAR and the NMDA receptor";
    CHECK(content::find_verbatim(hay, "NMDA")->begin == 0);
    const auto whole = content::find_verbatim_words(hay, "NMDA");
    REQUIRE(whole);
    CHECK(whole->begin == hay.find("NMDA "));
    CHECK_FALSE(content::find_verbatim_words(hay, "MDA"));
    CHECK_FALSE(content::find_verbatim_words(hay, "the NMDA rec"));
    CHECK(content::find_verbatim_words(hay, "the NMDA receptor"));
}
