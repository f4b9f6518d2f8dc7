// sim::number_text: the one spelling of a number in messages and links (shortest round-trip, any locale).
#include <catch2/catch.hpp>

#include <clocale>
#include <string>

#include "sim/number_text.hpp"

TEST_CASE("number_text writes the shortest text that reads back as the same number") {
    CHECK(sim::number_text(50.0) == "50");
    CHECK(sim::number_text(0.5) == "0.5");
    CHECK(sim::number_text(8760.0) == "8760");
    CHECK(sim::number_text(-1.25) == "-1.25");
    CHECK(sim::number_text(123456789.0) == "123456789");  // every digit given, not 1.23457e+08
    const double awkward = 0.1 + 0.2;
    CHECK(std::stod(sim::number_text(awkward)) == awkward);  // a link restores exactly the value it was written from
}

TEST_CASE("number_text ignores the locale's decimal comma") {
    const std::string before = std::setlocale(LC_NUMERIC, nullptr);
    if (!std::setlocale(LC_NUMERIC, "de_DE.UTF-8")) SUCCEED("no German locale installed: the C locale is checked");
    CHECK(sim::number_text(0.25) == "0.25");
    std::setlocale(LC_NUMERIC, before.c_str());
}
