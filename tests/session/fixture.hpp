// A session like the program's, for the session and UI tests: the standard preset and the content library.
#pragma once
#include <memory>
#include <string>

#include "content/content.hpp"
#include "session/session.hpp"
#include "sim/scenario_io.hpp"

namespace test {

inline std::string assets_dir() { return std::string(SYNAPSE_SOURCE_DIR) + "/assets"; }

/// The population's work a frame in every test: this many band rows, not the window's few milliseconds of wall
/// time, so that what a frame computes (and so every frame count) is the same on any machine (docs/testing.md).
/// The standard infusion's 21 days at 10-minute bands are 3025 rows: 16 frames.
inline constexpr std::size_t kPopulationRowsPerFrame = 200;

/// A session like the app's: the standard preset and the content library; the population stepped by
/// kPopulationRowsPerFrame rows a frame.
inline session::Session make_app() {
    session::Session session;
    session.population.rows_per_frame = kPopulationRowsPerFrame;
    session.assets_dir = assets_dir();
    session.model.scenario = sim::load_preset(session.assets_dir, "standard-infusion");
    session.default_scenario = session.model.scenario;
    session.content = std::make_shared<const content::Library>(content::load_library(session.assets_dir));
    return session;
}

}  // namespace test
