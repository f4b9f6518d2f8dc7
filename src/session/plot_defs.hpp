// The plots' definitions: which model quantities each plot shows, with units, CSV columns and sources.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "sim/state.hpp"

namespace session {

/// Number of plot kinds.
inline constexpr std::size_t kPlotCount = 10;

struct SeriesDef {
    const char* label;
    const char* csv_column;              ///< CSV header, with its unit ("plasma_uM")
    double (*value)(const sim::State&);  ///< in the plot's unit
};

/// Which plots are shown: one flag per plot, named by its id.
struct PlotsShown {
    bool concentration = true;
    bool nmda = true;
    bool glutamate = true;
    bool firing = false;
    bool bdnf_mtor = false;
    bool proteins = false;
    bool spines = true;
    bool clinical = false;
    bool dissociation = false;
    bool blood_pressure = false;
    bool operator==(const PlotsShown&) const = default;
};

struct PlotDef {
    const char* id;           ///< stable id used by lessons ("concentration", "spines", ...)
    bool PlotsShown::*shown;  ///< its flag in PlotsShown
    const char* title;
    const char* unit;
    const char* tooltip;  ///< what it shows, where the numbers come from
    std::vector<SeriesDef> series;
    double y_floor_lo;    ///< the y axis always includes this value
    double y_floor_hi;    ///< and reaches at least this one
    const char* species;  ///< where its evidence comes from: "human", "rat", "mouse", ... (shown in its title)
};

/// The kPlotCount plots in display order.
const std::array<PlotDef, kPlotCount>& plot_defs();
/// Index of a plot id; -1 when unknown.
int plot_index(std::string_view id);

/// Shows the plots with these ids and hides the others (unknown ids are ignored).
void show_only(PlotsShown& plots, const std::vector<std::string>& ids);

}  // namespace session
