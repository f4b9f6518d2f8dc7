// The three views and the overlay layers (title, legend, caption), internal to src/scene.
#pragma once
#include <string>
#include <vector>

#include "scene/painter.hpp"
#include "sim/state.hpp"

namespace scene {

void build_circuit(Painter& p, const sim::State& state);
void build_synapse(Painter& p, const sim::State& state);
void build_spine(Painter& p, const sim::State& state);
void build_receptor(Painter& p, const sim::State& state);
void build_signalling(Painter& p, const sim::State& state);

/// What a legend swatch shows.
enum class Swatch {
    glutamate,
    ketamine,
    magnesium,
    gaba,
    nmda_closed,
    nmda_open,
    nmda_mg,
    nmda_ketamine,
    nmda_trapped,
    ampa_idle,
    ampa_active,
    bdnf_trkb,
    mtor,
    protein,
    interneuron,
    pyramidal,
    spike,
    vessel,
    spine_old,
    spine_new,
    spine_growing,
    spine_lost,
    bouton,
    established,
    contested,
    sodium,
    calcium,
    glycine,
    trapped_ketamine,
    flux,
    cut,
    greyed,
    ketamine_s,  ///< S-ketamine (esketamine) as the receptor close-up draws it
    ketamine_r,  ///< R-ketamine (arketamine), its mirror image
};

struct LegendEntry {
    Swatch swatch;
    std::string text;
};

std::vector<LegendEntry> legend_entries(View view);

/// Title with the time and concentration readout (top left), legend with the "not to scale" note
/// (right), and the caption (bottom centre), as ViewOptions asks.
void build_overlay(Painter& p, const sim::State& state, View view);
/// The right edge, in pixels, of the title, readout and stage strip column at the top left for these options, measured
/// on a state whose figures print at their widest: the picture keeps to the right of it.
float hud_column_right_px(const ViewOptions& options);
/// The left edge, in pixels, of the legend panel at the top right for these options (measured as drawn).
float legend_left_px(const ViewOptions& options);

/// The time in the scene's readout (rounded for a glance): "40 min", "2.0 h", "7.0 days".
std::string hud_time_text(double time_h);

}  // namespace scene
