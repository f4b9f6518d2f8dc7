// The plots' definitions: every plot exists with units, and each has its own visibility flag.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "session/plot_defs.hpp"

TEST_CASE("every plot named in the issue exists, with units") {
    for (const char* id : {"concentration", "nmda", "glutamate", "bdnf_mtor", "proteins", "spines", "clinical",
                           "dissociation", "blood_pressure"}) {
        const int i = session::plot_index(id);
        REQUIRE(i >= 0);
        CHECK(std::string(session::plot_defs()[static_cast<std::size_t>(i)].unit).size() > 0);
    }
    CHECK(session::plot_index("nope") == -1);
}

TEST_CASE("each plot shows and hides by its own named flag") {
    std::set<const bool*> flags;
    session::PlotsShown plots;
    for (const session::PlotDef& def : session::plot_defs()) {
        CHECK(flags.insert(&(plots.*def.shown)).second);  // no two plots share a flag
        session::show_only(plots, {def.id});
        for (const session::PlotDef& other : session::plot_defs()) CHECK((plots.*other.shown) == (&other == &def));
    }
    CHECK(flags.size() == session::kPlotCount);
    session::show_only(plots, {"nope"});
    for (const session::PlotDef& def : session::plot_defs()) CHECK_FALSE(plots.*def.shown);
}
