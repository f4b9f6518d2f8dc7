// Durations written as text, as scenarios, lessons, scripts and --at use them.
#include <catch2/catch.hpp>

#include "sim/duration.hpp"

using sim::parse_duration_h;

TEST_CASE("Durations parse with units into hours") {
    CHECK(*parse_duration_h("90s") == Approx(0.025));
    CHECK(*parse_duration_h("30sec") == Approx(30.0 / 3600.0));
    CHECK(*parse_duration_h("40min") == Approx(40.0 / 60.0));
    CHECK(*parse_duration_h("40m") == Approx(40.0 / 60.0));
    CHECK(*parse_duration_h("2h") == 2.0);
    CHECK(*parse_duration_h("1.5 h") == 1.5);
    CHECK(*parse_duration_h("3d") == 72.0);
    CHECK(*parse_duration_h("2w") == 336.0);
    CHECK(*parse_duration_h("6") == 6.0);
    CHECK(*parse_duration_h("0") == 0.0);
}

TEST_CASE("Malformed, negative and non-finite durations are refused") {
    for (const char* bad :
         {"", "soon", "h", "-1h", "-2", "nan", "inf", "1e400h", "1e308d", "1e307w", "3 parsecs", "2 weeks", " 2h", "2hh"}) {
        INFO(bad);
        CHECK_FALSE(parse_duration_h(bad).has_value());
    }
}
