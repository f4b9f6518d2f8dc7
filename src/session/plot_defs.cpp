// The plots' definitions: which model quantities each plot shows, with units, CSV columns and sources.
#include "session/plot_defs.hpp"

namespace session {

const std::array<PlotDef, kPlotCount>& plot_defs() {
    static const std::array<PlotDef, kPlotCount> kDefs = {{
        {"concentration",
         &PlotsShown::concentration,
         "Ketamine concentration",
         "µM",
         "Plasma (central compartment) and effect-site (receptor) concentration. 1 µM = 237.7 ng/mL. "
         "Peak after 0.5 mg/kg IV over 40 min: about 0.78 µM (185 ng/mL; Zarate 2006, Zanos 2018).",
         {{"plasma", "plasma_uM", [](const sim::State& s) { return s.plasma_uM; }},
          {"effect site", "effect_site_uM", [](const sim::State& s) { return s.effect_site_uM; }}},
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
         {{"interneuron", "nmda_block_interneuron_pct",
           [](const sim::State& s) { return 100.0 * s.nmda_block_interneuron; }},
          {"pyramidal", "nmda_block_pyramidal_pct", [](const sim::State& s) { return 100.0 * s.nmda_block_pyramidal; }},
          {"trapped", "nmda_trapped_pct", [](const sim::State& s) { return 100.0 * s.nmda_trapped; }}},
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
         {{"glutamate", "glutamate_rel", [](const sim::State& s) { return s.glutamate_rel; }},
          {"AMPA activation", "ampa_activation_rel", [](const sim::State& s) { return s.ampa_activation_rel; }}},
         0.0,
         1.5,
         "rat"},
        {"firing",
         &PlotsShown::firing,
         "Circuit firing",
         "x baseline",
         "Firing of GABA interneurons and pyramidal neurons: interneurons slow first, pyramidal neurons "
         "then fire more (Homayoun & Moghaddam 2007).",
         {{"interneuron", "interneuron_rate_rel", [](const sim::State& s) { return s.interneuron_rate_rel; }},
          {"pyramidal", "pyramidal_rate_rel", [](const sim::State& s) { return s.pyramidal_rate_rel; }}},
         0.0,
         1.5,
         "rat"},
        {"bdnf_mtor",
         &PlotsShown::bdnf_mtor,
         "BDNF and mTORC1",
         "x baseline",
         "BDNF release / TrkB activation (Autry 2011) and phosphorylated mTORC1, up within 30-60 min and "
         "back by about 2 h (Li 2010; times approximate).",
         {{"BDNF", "bdnf_rel", [](const sim::State& s) { return s.bdnf_rel; }},
          {"mTORC1", "mtor_phospho_rel", [](const sim::State& s) { return s.mtor_phospho_rel; }}},
         0.0,
         1.5,
         "mouse, rat"},
        {"proteins",
         &PlotsShown::proteins,
         "Synaptic proteins",
         "x baseline",
         "PSD-95, GluA1 and synapsin I: rise from about 2 h to about 72 h (Li 2010).",
         {{"synaptic proteins", "synaptic_protein_rel", [](const sim::State& s) { return s.synaptic_protein_rel; }}},
         0.0,
         1.5,
         "rat"},
        {"spines",
         &PlotsShown::spines,
         "Dendritic spine density",
         "x healthy",
         "Spines on layer-V prefrontal neurons, 1 = healthy baseline: more at 24 h, lasting up to two weeks "
         "(Li 2010; Moda-Sava 2019). Chronic stress starts lower.",
         {{"spine density", "spine_density_rel", [](const sim::State& s) { return s.spine_density_rel; }}},
         0.0,
         1.3,
         "rat, mouse"},
        {"clinical",
         &PlotsShown::clinical,
         "Clinical effect index",
         "0-1",
         "A teaching proxy, not a rating scale: better than placebo from 40 min, largest at day 1, lost by "
         "days 10-12 (Kishimoto 2016 meta-analysis).",
         {{"effect index", "clinical_effect", [](const sim::State& s) { return s.clinical_effect; }}},
         0.0,
         1.0,
         "human"},
        {"dissociation",
         &PlotsShown::dissociation,
         "Dissociation",
         "% of max",
         "Dissociative symptoms peak at the end of the infusion (40 min) and resolve within about 2 h "
         "(Luckenbaugh 2014).",
         {{"dissociation", "dissociation_pct", [](const sim::State& s) { return 100.0 * s.dissociation; }}},
         0.0,
         10.0,
         "human"},
        {"blood_pressure",
         &PlotsShown::blood_pressure,
         "Blood pressure change",
         "mmHg",
         "Change of mean arterial pressure: peaks at 30-40 min, +3 to +7 mmHg, back by about 1.5 h "
         "(Riva-Posse 2018).",
         {{"mean arterial", "bp_change_mmHg", [](const sim::State& s) { return s.bp_change_mmHg; }}},
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
