// The plots' definitions: every plot exists with units, and each has its own visibility flag.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <set>
#include <string>

#include "session/view/plot_defs.hpp"
#include "session/words.hpp"
#include "sim/evidence.hpp"
#include "support/wiring_state.hpp"

TEST_CASE("every plot named in the issue exists, with units") {
    const auto words = session::builtin_catalogue();
    for (const char* id : {"concentration", "nmda", "glutamate", "bdnf_mtor", "proteins", "spines", "clinical",
                           "dissociation", "blood_pressure"}) {
        const int i = session::plot_index(id);
        REQUIRE(i >= 0);
        const session::PlotDef& def = session::plot_defs()[static_cast<std::size_t>(i)];
        CHECK(std::string(words->text(def.unit_key)).size() > 0);
        CHECK(words->has(def.unit_key));
        CHECK(words->has(def.title_key));
        CHECK(words->has(def.tooltip_key));
        for (const session::SeriesDef& line : def.series) CHECK(words->has(line.label_key));
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

TEST_CASE("each plot line draws the State field its CSV column names, in the plot's unit") {
    struct Expected {
        const char* csv_column;
        double sim::State::*field;
        double scale;  ///< plot unit per State unit
    };
    const Expected table[] = {
        {"plasma_uM", &sim::State::plasma_uM, 1.0},
        {"effect_site_uM", &sim::State::effect_site_uM, 1.0},
        {"nmda_block_interneuron_pct", &sim::State::nmda_block_interneuron, 100.0},
        {"nmda_block_pyramidal_pct", &sim::State::nmda_block_pyramidal, 100.0},
        {"nmda_trapped_pct", &sim::State::nmda_trapped, 100.0},
        {"glutamate_rel", &sim::State::glutamate_rel, 1.0},
        {"ampa_activation_rel", &sim::State::ampa_activation_rel, 1.0},
        {"interneuron_rate_rel", &sim::State::interneuron_rate_rel, 1.0},
        {"pyramidal_rate_rel", &sim::State::pyramidal_rate_rel, 1.0},
        {"bdnf_rel", &sim::State::bdnf_rel, 1.0},
        {"mtor_phospho_rel", &sim::State::mtor_phospho_rel, 1.0},
        {"synaptic_protein_rel", &sim::State::synaptic_protein_rel, 1.0},
        {"spine_density_rel", &sim::State::spine_density_rel, 1.0},
        {"clinical_effect", &sim::State::clinical_effect, 1.0},
        {"dissociation_pct", &sim::State::dissociation, 100.0},
        {"bp_change_mmHg", &sim::State::bp_change_mmHg, 1.0},
    };
    const sim::State s = simtest::distinct_state();
    std::size_t series = 0;
    for (const session::PlotDef& def : session::plot_defs()) {
        for (const session::SeriesDef& line : def.series) {
            INFO(def.id << " / " << line.label_key);
            ++series;
            const auto it = std::find_if(std::begin(table), std::end(table), [&](const Expected& e) {
                return std::string(e.csv_column) == line.csv_column;
            });
            REQUIRE(it != std::end(table));
            CHECK(line.value(s) == Approx(s.*it->field * it->scale));
        }
    }
    CHECK(series == std::size(table));
}

TEST_CASE("each plot names the species its evidence comes from") {
    const std::set<std::string> known = {"human", "rat", "mouse", "rat, mouse", "mouse, rat", "in vitro, mouse"};
    for (const session::PlotDef& def : session::plot_defs()) {
        INFO(def.id);
        REQUIRE(def.species != nullptr);
        CHECK(known.count(def.species) == 1);
    }
    CHECK(std::string(session::plot_defs()[static_cast<std::size_t>(session::plot_index("glutamate"))].species) ==
          "rat");
    CHECK(std::string(session::plot_defs()[static_cast<std::size_t>(session::plot_index("clinical"))].species) ==
          "human");
}

TEST_CASE("each plot line is a row of the State table, and the plot's species is its first row's evidence") {
    for (const session::PlotDef& def : session::plot_defs()) {
        INFO(def.id);
        REQUIRE_FALSE(def.series.empty());
        for (const session::SeriesDef& line : def.series) {
            REQUIRE(line.field >= sim::kStateFields.data());
            REQUIRE(line.field < sim::kStateFields.data() + sim::kStateFields.size());
            if (line.scale == session::PlotScale::as_stored) CHECK(line.csv_column == line.field->name);
        }
        const sim::Stage stage = def.series.front().field->stage;
        if (stage == sim::Stage::side_effects)
            CHECK(std::string(def.species) == "human");  // measured in people; the topic has no stage evidence
        else
            CHECK(sim::stage_evidence(stage).species == def.species);
    }
}
