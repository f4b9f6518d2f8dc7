// Trajectory interpolation and stage-id tests.
#include <catch2/catch.hpp>

#include "sim/stage.hpp"
#include "sim/trajectory.hpp"

TEST_CASE("Trajectory interpolates linearly and clamps to its span") {
    std::vector<sim::State> samples(3);
    for (int i = 0; i < 3; ++i) {
        samples[i].time_h = i;
        samples[i].plasma_ng_per_ml = 10.0 * i;
    }
    const sim::Trajectory traj(1.0, samples);
    CHECK(traj.at(0.5).plasma_ng_per_ml == Approx(5.0));
    CHECK(traj.at(1.75).plasma_ng_per_ml == Approx(17.5));
    CHECK(traj.at(-4.0).plasma_ng_per_ml == Approx(0.0));
    CHECK(traj.at(99.0).plasma_ng_per_ml == Approx(20.0));
    CHECK(traj.at(std::nan("")).plasma_ng_per_ml == Approx(0.0));
    CHECK(traj.duration_h() == Approx(2.0));
}

TEST_CASE("Every stage id round-trips") {
    for (sim::Stage s : sim::kAllStages) {
        const auto id = sim::stage_id(s);
        REQUIRE(sim::stage_from_id(id) == s);
    }
    CHECK_FALSE(sim::stage_from_id("nonsense").has_value());
}
