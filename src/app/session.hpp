// Creating the initial teaching session (scenario, trajectory, view) from the command-line options.
#pragma once
#include "app/cli.hpp"
#include "ui/app_state.hpp"
#include "ui/ui.hpp"

namespace app {

/// Loads the scenario and applies --at, --view, --theme; throws std::runtime_error with one line on bad input.
ui::AppState make_session(const Options& options);

/// The UI fonts found at configure time.
ui::FontPaths default_fonts();

}  // namespace app
