// The model's plots: which quantities each shows (with units and sources), and the strip that draws them.
#pragma once
#include <array>
#include <string_view>
#include <vector>

#include "sim/state.hpp"
#include "ui/app_state.hpp"

namespace ui {

struct SeriesDef {
    const char* label;
    const char* csv_column;              ///< CSV header, with its unit ("plasma_uM")
    double (*value)(const sim::State&);  ///< in the plot's unit
};

struct PlotDef {
    const char* id;  ///< stable id used by lessons ("concentration", "spines", ...)
    const char* title;
    const char* unit;
    const char* tooltip;  ///< what it shows, where the numbers come from
    std::vector<SeriesDef> series;
    double y_floor_lo;  ///< the y axis always includes this value
    double y_floor_hi;  ///< and reaches at least this one
};

/// The kPlotCount plots in display order.
const std::array<PlotDef, kPlotCount>& plot_defs();
/// Index of a plot id; -1 when unknown.
int plot_index(std::string_view id);

/// Draws the chosen plots in a grid filling the current window's remaining space (scrolls when
/// they do not fit). Clicking or dragging a plot moves the time cursor.
void draw_plot_grid(AppState& app);

/// The plot chooser (checkboxes), for a menu or popup.
void draw_plot_chooser(AppState& app);

}  // namespace ui
