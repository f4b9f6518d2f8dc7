// Creating the initial teaching session (scenario, trajectory, view) from the command-line options.
#pragma once
#include "app/cli.hpp"
#include "session/session.hpp"
#include "ui/ui.hpp"

namespace app {

/// Loads the scenario and applies --at, --view, --theme; throws std::runtime_error with one line on bad input.
session::Session make_session(const Options& options);

/// The side panels' content from session.assets_dir; without it the app still runs and says why in the status line.
void load_content(session::Session& session);

/// One warning line on stderr when the scenario is outside the studied range (sim::extrapolation_line);
/// nothing when it is inside.
void warn_if_extrapolating(const sim::Scenario& scenario);

/// The UI fonts found at configure time.
ui::FontPaths default_fonts();

}  // namespace app
