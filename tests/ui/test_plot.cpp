// Tests of the plot helpers (ticks, ranges), the plot definitions and the CSV export of the plots' data.
#include <catch2/catch.hpp>
#include <sstream>

#include "harness.hpp"
#include "session/words.hpp"
#include "ui/plot.hpp"
#include "ui/plots.hpp"

TEST_CASE("nice ticks are round and cover the range") {
    const auto t = ui::nice_ticks(0.0, 1.0, 6);
    REQUIRE(t.size() >= 3);
    CHECK(t.front() == Approx(0.0));
    CHECK(t.back() == Approx(1.0));
    const auto u = ui::nice_ticks(0.0, 37.0, 5);
    CHECK(u[1] - u[0] == Approx(10.0));
}

TEST_CASE("a plot too short for more than two ticks still shows a scale: at least two ticks") {
    for (double hi : {0.8, 0.75, 1.8, 58.0, 130.0}) {
        const auto t = ui::nice_ticks(0.0, hi, 2);
        REQUIRE(t.size() >= 2);
        CHECK(t.front() == Approx(0.0));
        CHECK(t.back() <= hi + 1e-9);
    }
}

TEST_CASE("fit_range holds the data and the floors") {
    ui::PlotLine line{"x", 0, {0.5f, 1.7f, 1.2f}, false};
    const ui::YRange r = ui::fit_range({line}, 0.0, 1.5);
    CHECK(r.lo <= 0.0);
    CHECK(r.hi >= 1.7);
    const ui::YRange neg = ui::fit_range({ui::PlotLine{"y", 0, {-3.0f, 2.0f}, false}}, 0.0, 1.0);
    CHECK(neg.lo <= -3.0);
}

TEST_CASE("two lines with the same values are drawn as one labelled with both names, different ones stay apart") {
    std::vector<ui::PlotLine> lines = {{"glutamate", 1, {1.0f, 1.8f, 1.2f}, false},
                                       {"AMPA activation", 2, {1.0f, 1.8f, 1.2f}, false},
                                       {"", 1, {1.0f, 1.8f, 1.2f}, true}};
    CHECK(ui::merge_identical_lines(lines, *session::builtin_catalogue()));
    REQUIRE(lines.size() == 2);  // the dashed pinned line is another kind: kept
    CHECK(lines[0].label == "glutamate = AMPA activation (same values)");
    CHECK(lines[0].color == 1u);
    std::vector<ui::PlotLine> apart = {{"glutamate", 1, {1.0f, 1.8f}, false},
                                       {"AMPA activation", 2, {1.0f, 1.1f}, false}};
    CHECK_FALSE(ui::merge_identical_lines(apart, *session::builtin_catalogue()));
    CHECK(apart.size() == 2);
}

TEST_CASE("the lines of one plot differ by marker, not only by colour (WCAG 1.4.1)") {
    const std::vector<ui::PlotMarker> first_four{ui::series_marker(0), ui::series_marker(1), ui::series_marker(2),
                                                 ui::series_marker(3)};
    for (std::size_t i = 0; i < first_four.size(); ++i)
        for (std::size_t j = i + 1; j < first_four.size(); ++j) CHECK(first_four[i] != first_four[j]);
    CHECK(ui::series_marker(0) == ui::PlotMarker::none);  // the first stays a plain line, the pinned one is dashed
}
