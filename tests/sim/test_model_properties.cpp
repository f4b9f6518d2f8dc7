// Whole-model properties: determinism, non-negativity and bounds for every preset, grid coverage.
#include <catch2/catch.hpp>
#include <cmath>

#include "sim/scenario_io.hpp"
#include "sim_helpers.hpp"

namespace {
const std::string kAssets = std::string(SYNAPSE_SOURCE_DIR) + "/assets";

// Field by field (a byte compare would also read the padding after State::stage, which is unspecified).
bool same_values(const sim::Trajectory& a, const sim::Trajectory& b) { return a.samples() == b.samples(); }
}  // namespace

TEST_CASE("simulate is deterministic") {
    for (const std::string& name : sim::list_presets(kAssets)) {
        const sim::Scenario s = sim::load_preset(kAssets, name);
        INFO(name);
        CHECK(same_values(sim::simulate(s), sim::simulate(s)));
    }
}

TEST_CASE("Every preset stays non-negative and within its bounds") {
    for (const std::string& name : sim::list_presets(kAssets)) {
        const sim::Trajectory t = sim::simulate(sim::load_preset(kAssets, name));
        INFO(name);
        for (const sim::State& s : t.samples()) {
            const double values[] = {s.plasma_ng_per_ml,     s.plasma_uM,          s.effect_site_uM,
                                     s.interneuron_rate_rel, s.pyramidal_rate_rel, s.glutamate_rel,
                                     s.ampa_activation_rel,  s.bdnf_rel,           s.mtor_phospho_rel,
                                     s.synaptic_protein_rel, s.spine_density_rel,  s.bp_change_mmHg};
            for (double v : values) REQUIRE((std::isfinite(v) && v >= 0.0));
            const double fractions[] = {s.nmda_block_interneuron, s.nmda_block_pyramidal, s.nmda_trapped,
                                        s.nmda_mg_blocked,        s.clinical_effect,      s.dissociation};
            for (double f : fractions) REQUIRE((f >= 0.0 && f <= 1.0));
            REQUIRE(s.nmda_trapped <= std::max(s.nmda_block_interneuron, s.nmda_block_pyramidal));
        }
    }
}

TEST_CASE("The trajectory covers at least 21 days on a fixed grid") {
    const sim::Trajectory t = sim::simulate(simtest::standard());
    CHECK(t.samples().size() == 21 * 24 * 60 + 1);
    CHECK(t.duration_h() == Approx(21 * 24.0));
    CHECK(t.step_h() == Approx(1.0 / 60));
    const sim::Trajectory coarse = sim::simulate(simtest::standard(), {15.0});
    CHECK(coarse.samples().size() == 21 * 24 * 4 + 1);
}

TEST_CASE("Nothing happens without a dose") {
    sim::Scenario s;
    s.doses.clear();
    const sim::Trajectory t = sim::simulate(s);
    for (const sim::State& x : t.samples()) {
        REQUIRE(x.plasma_ng_per_ml == 0.0);
        REQUIRE(x.spine_density_rel == Approx(1.0));
        REQUIRE(x.clinical_effect == 0.0);
        REQUIRE(x.stage == sim::Stage::baseline);
    }
}

TEST_CASE("Out-of-range options are clamped, never looping or allocating without bound") {
    sim::Scenario s;
    s.body_weight_kg = std::nan("");
    const sim::Trajectory t = sim::simulate(s, {std::nan("")});
    CHECK(t.step_h() == Approx(1.0 / 60));
    CHECK(sim::simulate(s, {-5.0}).samples().size() <= sim::kMaxSamples);
}
