// The mapping functions from model state to counts: proportional, rounded, bounded, and robust.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "scene/mapping.hpp"
#include "scene_states.hpp"
#include "support/wiring_state.hpp"

using namespace scene;

TEST_CASE("Blocked receptors are round(block fraction x receptors), split into trapped and open-blocked") {
    for (double block : {0.0, 0.04, 0.05, 0.2, 0.35, 0.5, 0.77, 1.0}) {
        sim::State s;
        s.nmda_block_pyramidal = block;
        s.nmda_block_interneuron = block;
        s.nmda_trapped = 0.5 * block;
        const auto c = mapping::nmda_counts(s, 10);
        INFO("block " << block);
        CHECK(c.blocked() == static_cast<int>(std::lround(block * 10)));
        CHECK(c.blocked() + c.free == 10);
        CHECK(c.trapped >= 0);
        CHECK(c.ketamine_open >= 0);
    }
    sim::State s;  // the blocked channels that are closed (1 - Po at the pyramidal firing) hold the drug trapped
    s.nmda_block_pyramidal = s.nmda_block_interneuron = 0.6;
    s.nmda_trapped = 0.0;        // the model's trapping figure (beyond equilibrium) does not decide the picture
    s.pyramidal_rate_rel = 1.0;  // Po 0.05: 0.95 x 6 rounds to 6
    CHECK(mapping::nmda_counts(s, 10).trapped == 6);
    s.pyramidal_rate_rel = 10.0;  // Po 0.5
    CHECK(mapping::nmda_counts(s, 10).trapped == 3);
    s.pyramidal_rate_rel = 20.0;  // Po 1: every blocked channel is open
    CHECK(mapping::nmda_counts(s, 10).trapped == 0);
    CHECK(mapping::closed_share_of_block(s) == 0.0);
}

TEST_CASE("The block order is a fixed permutation per seed") {
    const auto a = mapping::block_order(7, 10), b = mapping::block_order(7, 10), c = mapping::block_order(8, 10);
    CHECK(a == b);
    CHECK(a != c);
    auto sorted = a;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < 10; ++i) CHECK(sorted[static_cast<std::size_t>(i)] == i);
}

TEST_CASE("Molecule counts are proportional to the model's levels") {
    sim::State s;
    CHECK(mapping::glutamate_molecules(s) == mapping::kGlutamatePerRel);
    s.glutamate_rel = 2.0;
    CHECK(mapping::glutamate_molecules(s) == 2 * mapping::kGlutamatePerRel);
    s.glutamate_rel = 0.5;
    CHECK(mapping::glutamate_molecules(s) == mapping::kGlutamatePerRel / 2);
    s.effect_site_uM = 0.0;
    CHECK(mapping::ketamine_molecules_tissue(s) == 0);
    s.effect_site_uM = 0.5;
    const int half = mapping::ketamine_molecules_tissue(s);
    s.effect_site_uM = 1.0;
    CHECK(mapping::ketamine_molecules_tissue(s) == 2 * half);
    s.plasma_uM = 1.0;
    CHECK(mapping::ketamine_molecules_vessel(s) > mapping::ketamine_molecules_vessel(sim::State{}));
    s.bdnf_rel = 2.0;
    CHECK(mapping::bdnf_dimers(s) == 2 * mapping::bdnf_dimers(sim::State{}));
    s.ampa_activation_rel = 2.0;
    CHECK(mapping::active_ampa(s, 5) > mapping::active_ampa(sim::State{}, 5));
    s.mtor_phospho_rel = 2.0;
    CHECK(mapping::mtor_glow(s) == Approx(2.0 * mapping::mtor_glow(sim::State{})));
}

TEST_CASE("Spine count follows spine density: fewer when stressed, more after ketamine") {
    CHECK(mapping::spine_count_at(1.0) == Approx(mapping::kSpinesAtHealthyDensity));
    CHECK(mapping::spine_count_at(0.75) == Approx(0.75 * mapping::kSpinesAtHealthyDensity));
    CHECK(mapping::spine_count_at(1.25) == Approx(1.25 * mapping::kSpinesAtHealthyDensity));
    CHECK(mapping::spine_count_at(100.0) == Approx(mapping::kSpineSlots));  // bounded by the slots drawn
}

TEST_CASE("Spike trains follow the firing rates in proportion") {
    const double span_s = 600.0;
    auto count = [&](double rel_int, double rel_pyr) {
        sim::State s;
        s.interneuron_rate_rel = rel_int;
        s.pyramidal_rate_rel = rel_pyr;
        return std::pair<double, double>{
            static_cast<double>(mapping::spike_times(11, mapping::interneuron_rate_hz(s), 0.0, span_s).size()),
            static_cast<double>(mapping::spike_times(12, mapping::pyramidal_rate_hz(s), 0.0, span_s).size())};
    };
    const auto base = count(1.0, 1.0);
    CHECK(base.first == Approx(mapping::kInterneuronBaseRate_hz * span_s).epsilon(0.1));
    CHECK(base.second == Approx(mapping::kPyramidalBaseRate_hz * span_s).epsilon(0.1));
    const auto drug = count(0.5, 2.0);
    CHECK(drug.first / base.first == Approx(0.5).epsilon(0.15));
    CHECK(drug.second / base.second == Approx(2.0).epsilon(0.15));
    CHECK(count(0.0, 1.0).first == 0.0);
}

TEST_CASE("Spike trains are a pure function of key and window") {
    const auto a = mapping::spike_times(5, 2.0, 100.0, 110.0);
    const auto b = mapping::spike_times(5, 2.0, 100.0, 110.0);
    CHECK(a == b);
    // A sub-window sees the same spikes (no dependence on where the window starts).
    const auto part = mapping::spike_times(5, 2.0, 105.0, 110.0);
    std::size_t shared = 0;
    for (double t : a) shared += t >= 105.0 ? 1 : 0;
    CHECK(part.size() == shared);
}

TEST_CASE("Nonsense model values are clamped, not drawn") {
    sim::State s;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    s.glutamate_rel = nan;
    s.effect_site_uM = -3.0;
    s.nmda_block_pyramidal = 7.0;
    s.spine_density_rel = std::numeric_limits<double>::infinity();
    CHECK(mapping::glutamate_molecules(s) == 0);
    CHECK(mapping::ketamine_molecules_tissue(s) == 0);
    CHECK(mapping::nmda_counts(s, 10).blocked() == 10);
    CHECK(mapping::spine_count(s) == 0.0);
}

TEST_CASE("Each count or rate in the picture reads its own model quantity and no other") {
    struct Wire {
        const char* what;
        double (*value)(const sim::State&);
        double sim::State::*own;
        double changed;  ///< a value of its own quantity that changes what is drawn
    };
    const Wire wires[] = {
        {"glutamate", [](const sim::State& s) { return double(mapping::glutamate_molecules(s)); },
         &sim::State::glutamate_rel, 3.0},
        {"ketamine at the receptor", [](const sim::State& s) { return double(mapping::ketamine_molecules_tissue(s)); },
         &sim::State::effect_site_uM, 2.0},
        {"ketamine in the vessel", [](const sim::State& s) { return double(mapping::ketamine_molecules_vessel(s)); },
         &sim::State::plasma_uM, 2.0},
        {"active AMPA", [](const sim::State& s) { return double(mapping::active_ampa(s, 5)); },
         &sim::State::ampa_activation_rel, 3.0},
        {"BDNF", [](const sim::State& s) { return double(mapping::bdnf_dimers(s)); }, &sim::State::bdnf_rel, 3.0},
        {"active TrkB", [](const sim::State& s) { return double(mapping::active_trkb(s, 4)); }, &sim::State::bdnf_rel,
         3.0},
        {"proteins", [](const sim::State& s) { return double(mapping::new_proteins(s)); },
         &sim::State::synaptic_protein_rel, 3.0},
        {"mTORC1 glow", [](const sim::State& s) { return double(mapping::mtor_glow(s)); },
         &sim::State::mtor_phospho_rel, 3.0},
        {"spines", mapping::spine_count, &sim::State::spine_density_rel, 1.4},
        {"interneuron spikes", mapping::interneuron_rate_hz, &sim::State::interneuron_rate_rel, 0.3},
        {"pyramidal spikes", mapping::pyramidal_rate_hz, &sim::State::pyramidal_rate_rel, 2.5},
    };
    const sim::State base;
    for (const Wire& w : wires) {
        INFO(w.what);
        sim::State own = base;
        own.*w.own = w.changed;
        CHECK(w.value(own) != w.value(base));
        for (const simtest::FieldValue& other : simtest::kDistinctFields) {
            if (other.field == w.own) continue;
            INFO("changing " << other.name);
            sim::State s = base;
            s.*other.field = 2.5 * other.value + 1.0;  // far from its baseline
            CHECK(w.value(s) == w.value(base));
        }
    }
}
