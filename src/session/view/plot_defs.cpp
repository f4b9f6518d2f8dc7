// The plots' definitions: which model quantities each plot shows, with units, CSV columns and sources.
#include "session/view/plot_defs.hpp"

namespace session {
namespace {

using sim::State;

/// A plot line of one quantity; as a percentage, its CSV column says "_pct" where the row's name says "_frac".
SeriesDef line(const char* label, const sim::StateField& field, PlotScale scale = PlotScale::as_stored) {
    std::string column(field.name);
    if (scale == PlotScale::percent) {
        constexpr std::string_view kFraction = "_frac";
        if (column.ends_with(kFraction)) column.resize(column.size() - kFraction.size());
        column += "_pct";
    }
    return {label, &field, scale, column};
}

}  // namespace

const std::array<PlotDef, kPlotCount>& plot_defs() {
    static const std::array<PlotDef, kPlotCount> kDefs = {{
        {"concentration",
         &PlotsShown::concentration,
         "Ketamine concentration",
         "µM",
         "Plasma (central compartment) and effect-site (receptor) concentration. 1 µM = 237.7 ng/mL. "
         "Peak after 0.5 mg/kg IV over 40 min: about 0.78 µM (185 ng/mL; Zarate 2006, Zanos 2018).",
         {line("plasma", sim::state_field(&State::plasma_uM)),
          line("effect site", sim::state_field(&State::effect_site_uM))},
         0.0,
         0.1,
         "human"},
        {"nmda",
         &PlotsShown::nmda,
         "NMDA receptor block",
         "%",
         "Fraction of NMDA receptors with ketamine in the channel. Interneurons are blocked first "
         "(Homayoun & Moghaddam 2007). Trapped: block above equilibrium with the effect site, drug held in "
         "closed channels after the level falls (Ma 2023, mouse).",
         {line("interneuron", sim::state_field(&State::nmda_block_interneuron), PlotScale::percent),
          line("pyramidal", sim::state_field(&State::nmda_block_pyramidal), PlotScale::percent),
          line("trapped", sim::state_field(&State::nmda_trapped), PlotScale::percent)},
         0.0,
         10.0,
         "in vitro, mouse"},
        {"glutamate",
         &PlotsShown::glutamate,
         "Glutamate release",
         "x baseline",
         "Prefrontal glutamate relative to baseline: roughly doubles within 20-40 min at sub-anaesthetic "
         "doses and returns within 1-2 h (Moghaddam 1997, rat microdialysis; approximate). In people: +13 % "
         "glutamate-glutamine cycling by MRS during the infusion (Abdallah 2018).",
         {line("glutamate", sim::state_field(&State::glutamate_rel)),
          line("AMPA activation", sim::state_field(&State::ampa_activation_rel))},
         0.0,
         1.5,
         "rat"},
        {"firing",
         &PlotsShown::firing,
         "Circuit firing",
         "x baseline",
         "Firing of GABA interneurons and pyramidal neurons: interneurons slow first, pyramidal neurons "
         "then fire more (Homayoun & Moghaddam 2007).",
         {line("interneuron", sim::state_field(&State::interneuron_rate_rel)),
          line("pyramidal", sim::state_field(&State::pyramidal_rate_rel))},
         0.0,
         1.5,
         "rat"},
        {"bdnf_mtor",
         &PlotsShown::bdnf_mtor,
         "BDNF and mTORC1",
         "x baseline",
         "BDNF release / TrkB activation (Autry 2011) and phosphorylated mTORC1, up within 30-60 min and "
         "back by about 2 h (Li 2010; times approximate).",
         {line("BDNF", sim::state_field(&State::bdnf_rel)), line("mTORC1", sim::state_field(&State::mtor_phospho_rel))},
         0.0,
         1.5,
         "mouse, rat"},
        {"proteins",
         &PlotsShown::proteins,
         "Synaptic proteins",
         "x baseline",
         "PSD-95, GluA1 and synapsin I: rise from about 2 h to about 72 h (Li 2010).",
         {line("synaptic proteins", sim::state_field(&State::synaptic_protein_rel))},
         0.0,
         1.5,
         "rat"},
        {"spines",
         &PlotsShown::spines,
         "Dendritic spine density",
         "x healthy",
         "Spines on layer-V prefrontal neurons, 1 = healthy baseline: more at 24 h, lasting up to two weeks "
         "(Li 2010; Moda-Sava 2019). Chronic stress starts lower.",
         {line("spine density", sim::state_field(&State::spine_density_rel))},
         0.0,
         1.3,
         "rat, mouse"},
        {"clinical",
         &PlotsShown::clinical,
         "Clinical effect index",
         "0-1",
         "A teaching proxy, not a rating scale: better than placebo from 40 min, largest at day 1, lost by "
         "days 10-12 (Kishimoto 2016 meta-analysis).",
         {line("effect index", sim::state_field(&State::clinical_effect))},
         0.0,
         1.0,
         "human"},
        {"dissociation",
         &PlotsShown::dissociation,
         "Dissociation",
         "% of max",
         "Dissociative symptoms peak at the end of the infusion (40 min) and resolve within about 2 h "
         "(Luckenbaugh 2014).",
         {line("dissociation", sim::state_field(&State::dissociation), PlotScale::percent)},
         0.0,
         10.0,
         "human"},
        {"blood_pressure",
         &PlotsShown::blood_pressure,
         "Blood pressure change",
         "mmHg",
         "Change of mean arterial pressure: peaks at 30-40 min, +3 to +7 mmHg, back by about 1.5 h "
         "(Riva-Posse 2018).",
         {line("mean arterial", sim::state_field(&State::bp_change_mmHg))},
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
