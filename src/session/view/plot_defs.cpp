// The plots' definitions: which model quantities each plot shows, with units, CSV columns and sources.
#include "session/view/plot_defs.hpp"

namespace session {
namespace {

using sim::State;

/// A plot line of one quantity; as a percentage, its CSV column says "_pct" where the row's name says "_frac".
SeriesDef line(const char* label_key, const sim::StateField& field, PlotScale scale = PlotScale::as_stored) {
    std::string column(field.name);
    if (scale == PlotScale::percent) {
        constexpr std::string_view kFraction = "_frac";
        if (column.ends_with(kFraction)) column.resize(column.size() - kFraction.size());
        column += "_pct";
    }
    return {label_key, &field, scale, column};
}

}  // namespace

const std::array<PlotDef, kPlotCount>& plot_defs() {
    static const std::array<PlotDef, kPlotCount> kDefs = {{
        {"concentration",
         &PlotsShown::concentration,
         "plot.concentration.title",
         "plot.concentration.unit",
         "plot.concentration.tooltip",
         {line("plot.concentration.line.plasma", sim::state_field(&State::plasma_uM)),
          line("plot.concentration.line.effect_site", sim::state_field(&State::effect_site_uM))},
         0.0,
         0.1,
         "human"},
        {"nmda",
         &PlotsShown::nmda,
         "plot.nmda.title",
         "plot.nmda.unit",
         "plot.nmda.tooltip",
         {line("plot.nmda.line.interneuron", sim::state_field(&State::nmda_block_interneuron), PlotScale::percent),
          line("plot.nmda.line.pyramidal", sim::state_field(&State::nmda_block_pyramidal), PlotScale::percent),
          line("plot.nmda.line.trapped", sim::state_field(&State::nmda_trapped), PlotScale::percent)},
         0.0,
         10.0,
         "in vitro, mouse"},
        {"glutamate",
         &PlotsShown::glutamate,
         "plot.glutamate.title",
         "plot.glutamate.unit",
         "plot.glutamate.tooltip",
         {line("plot.glutamate.line.glutamate", sim::state_field(&State::glutamate_rel)),
          line("plot.glutamate.line.ampa_activation", sim::state_field(&State::ampa_activation_rel))},
         0.0,
         1.5,
         "rat"},
        {"firing",
         &PlotsShown::firing,
         "plot.firing.title",
         "plot.firing.unit",
         "plot.firing.tooltip",
         {line("plot.firing.line.interneuron", sim::state_field(&State::interneuron_rate_rel)),
          line("plot.firing.line.pyramidal", sim::state_field(&State::pyramidal_rate_rel))},
         0.0,
         1.5,
         "rat"},
        {"bdnf_mtor",
         &PlotsShown::bdnf_mtor,
         "plot.bdnf_mtor.title",
         "plot.bdnf_mtor.unit",
         "plot.bdnf_mtor.tooltip",
         {line("plot.bdnf_mtor.line.bdnf", sim::state_field(&State::bdnf_rel)), line("plot.bdnf_mtor.line.mtorc1", sim::state_field(&State::mtor_phospho_rel))},
         0.0,
         1.5,
         "mouse, rat"},
        {"proteins",
         &PlotsShown::proteins,
         "plot.proteins.title",
         "plot.proteins.unit",
         "plot.proteins.tooltip",
         {line("plot.proteins.line.synaptic_proteins", sim::state_field(&State::synaptic_protein_rel))},
         0.0,
         1.5,
         "rat"},
        {"spines",
         &PlotsShown::spines,
         "plot.spines.title",
         "plot.spines.unit",
         "plot.spines.tooltip",
         {line("plot.spines.line.spine_density", sim::state_field(&State::spine_density_rel))},
         0.0,
         1.3,
         "rat, mouse"},
        {"clinical",
         &PlotsShown::clinical,
         "plot.clinical.title",
         "plot.clinical.unit",
         "plot.clinical.tooltip",
         {line("plot.clinical.line.effect_index", sim::state_field(&State::clinical_effect))},
         0.0,
         1.0,
         "human"},
        {"dissociation",
         &PlotsShown::dissociation,
         "plot.dissociation.title",
         "plot.dissociation.unit",
         "plot.dissociation.tooltip",
         {line("plot.dissociation.line.dissociation", sim::state_field(&State::dissociation), PlotScale::percent)},
         0.0,
         10.0,
         "human"},
        {"blood_pressure",
         &PlotsShown::blood_pressure,
         "plot.blood_pressure.title",
         "plot.blood_pressure.unit",
         "plot.blood_pressure.tooltip",
         {line("plot.blood_pressure.line.mean_arterial", sim::state_field(&State::bp_change_mmHg))},
         0.0,
         5.0,
         "human"},
    }};
    return kDefs;
}

int plot_index(std::string_view id) {
    const auto& defs = plot_defs();
    for (std::size_t i = 0; i < defs.size(); ++i)
        if (id == defs[i].id) return static_cast<int>(i);
    return -1;
}

}  // namespace session

namespace session {

void show_only(PlotsShown& plots, const std::vector<std::string>& ids) {
    for (const PlotDef& def : plot_defs()) plots.*def.shown = false;
    for (const std::string& id : ids)
        if (const int i = plot_index(id); i >= 0) plots.*plot_defs()[static_cast<std::size_t>(i)].shown = true;
}

}  // namespace session
