// "What the sources say": quotes for the current stage with fact-check badges, caveats, the source viewer,
// the glossary and the "About the science" page with the references.
#pragma once
#include "session/session.hpp"
#include "sim/stage.hpp"
#include "ui/panels.hpp"

namespace ui {

/// The stage whose quotes are shown: the user's choice, else the one at the time cursor.
sim::Stage shown_stage(const session::Session& session, const Panels& panels);

/// Tabs of the right panel, drawn into the current window.
void draw_sources_panel(session::Session& session, Panels& panels);

/// The floating window with a quote highlighted in its full source text (when one is open).
void draw_source_viewer(session::Session& session, Panels& panels);

/// Opens `quote_id` in the source viewer, scrolled to the quote.
void open_quote_in_source(Panels& panels, const std::string& quote_id);

}  // namespace ui
