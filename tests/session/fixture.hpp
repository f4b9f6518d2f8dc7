// A session like the program's, for the session and UI tests: the standard preset and the content library.
#pragma once
#include <memory>
#include <string>

#include "content/content.hpp"
#include "session/session.hpp"
#include "sim/scenario_io.hpp"

namespace test {

inline std::string assets_dir() { return std::string(SYNAPSE_SOURCE_DIR) + "/assets"; }

/// A session like the app's: the standard preset and the content library.
inline session::Session make_app() {
    session::Session app;
    app.assets_dir = assets_dir();
    app.model.scenario = sim::load_preset(app.assets_dir, "standard-infusion");
    app.default_scenario = app.model.scenario;
    app.content = std::make_shared<const content::Library>(content::load_library(app.assets_dir));
    return app;
}

}  // namespace test
