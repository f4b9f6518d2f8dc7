// Caption text wrapped into lines by UTF-8 code points.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "export/wrap_text.hpp"

TEST_CASE("Text wraps at spaces by code points") {
    CHECK(exporter::wrap_text("one two three four", 9) == std::vector<std::string>{"one two", "three", "four"});
    CHECK(exporter::wrap_text("a\u2014b c", 3) == std::vector<std::string>{"a\u2014b", "c"});
    CHECK(exporter::wrap_text("unbreakableword x", 4) == std::vector<std::string>{"unbreakableword", "x"});
    CHECK(exporter::wrap_text("", 10).empty());
}

TEST_CASE("utf8_length counts code points, not bytes") {
    CHECK(exporter::utf8_length("") == 0);
    CHECK(exporter::utf8_length("abc") == 3);
    CHECK(exporter::utf8_length("\u00b5M \u2014 Mg\u00b2\u207a") == 9);
}
