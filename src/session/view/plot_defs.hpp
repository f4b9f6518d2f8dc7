// The plots' definitions: which model quantities each plot shows, with units, CSV columns and sources.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "sim/state.hpp"
#include "sim/state_fields.hpp"

namespace session {

/// Number of plot kinds.
inline constexpr std::size_t kPlotCount = 10;

/// How a plot shows a quantity: in the unit of its sim::kStateFields row, or a fraction as a percentage.
enum class PlotScale { as_stored, percent };

struct SeriesDef {
    const char* label_key;  ///< the catalogue key of its name: "plot.concentration.line.plasma"
    const sim::StateField* field;  ///< the quantity: its row of sim::kStateFields
    PlotScale scale;
    std::string csv_column;  ///< the plots CSV's header, with the plot's unit ("plasma_uM", "nmda_trapped_pct")
    /// The quantity in the plot's unit.
    double value(const sim::State& s) const { return (scale == PlotScale::percent ? 100.0 : 1.0) * s.*field->member; }
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
    // Catalogue keys (assets/i18n/synapse-lab.pot): "plot.concentration.title", ".unit", ".tooltip".
    const char* title_key;
    const char* unit_key;
    const char* tooltip_key;  ///< what it shows, where the numbers come from
    std::vector<SeriesDef> series;
    double y_floor_lo;  ///< the y axis always includes this value
    double y_floor_hi;  ///< and reaches at least this one
    /// Where its evidence comes from, shown in its title: the sim::stage_evidence species of its first quantity's
    /// stage ("human" for the side effects, a topic without stage evidence).
    const char* species;
};

/// The kPlotCount plots in display order.
const std::array<PlotDef, kPlotCount>& plot_defs();
/// Index of a plot id; -1 when unknown.
int plot_index(std::string_view id);

/// Shows the plots with these ids and hides the others (unknown ids are ignored).
void show_only(PlotsShown& plots, const std::vector<std::string>& ids);

}  // namespace session
