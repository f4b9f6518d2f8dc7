// Plot definitions (quantity, unit, source) and the grid of plots under the timeline.
#include "ui/plots.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/plot.hpp"
#include "ui/theme.hpp"
#include "ui/timeline_axis.hpp"

namespace ui {

const std::array<PlotDef, kPlotCount>& plot_defs() {
    static const std::array<PlotDef, kPlotCount> kDefs = {{
        {"concentration",
         "Ketamine concentration",
         "uM",
         "Plasma (central compartment) and effect-site (receptor) concentration. 1 uM = 237.7 ng/mL. "
         "Peak after 0.5 mg/kg IV over 40 min: about 0.78 uM (185 ng/mL; Zarate 2006, Zanos 2018).",
         {{"plasma", "plasma_uM", [](const sim::State& s) { return s.plasma_uM; }},
          {"effect site", "effect_site_uM", [](const sim::State& s) { return s.effect_site_uM; }}},
         0.0,
         0.1},
        {"nmda",
         "NMDA receptor block",
         "%",
         "Fraction of NMDA receptors with ketamine in the channel. Interneurons are blocked first "
         "(Homayoun & Moghaddam 2007); trapped block outlasts the drug (Ma 2023).",
         {{"interneuron", "nmda_block_interneuron_pct",
           [](const sim::State& s) { return 100.0 * s.nmda_block_interneuron; }},
          {"pyramidal", "nmda_block_pyramidal_pct", [](const sim::State& s) { return 100.0 * s.nmda_block_pyramidal; }},
          {"trapped", "nmda_trapped_pct", [](const sim::State& s) { return 100.0 * s.nmda_trapped; }}},
         0.0,
         10.0},
        {"glutamate",
         "Glutamate release",
         "x baseline",
         "Prefrontal glutamate relative to baseline: roughly doubles within 20-40 min at sub-anaesthetic "
         "doses and returns within 1-2 h (Moghaddam 1997; approximate).",
         {{"glutamate", "glutamate_rel", [](const sim::State& s) { return s.glutamate_rel; }},
          {"AMPA activation", "ampa_activation_rel", [](const sim::State& s) { return s.ampa_activation_rel; }}},
         0.0,
         1.5},
        {"firing",
         "Circuit firing",
         "x baseline",
         "Firing of GABA interneurons and pyramidal neurons: interneurons slow first, pyramidal neurons "
         "then fire more (Homayoun & Moghaddam 2007).",
         {{"interneuron", "interneuron_rate_rel", [](const sim::State& s) { return s.interneuron_rate_rel; }},
          {"pyramidal", "pyramidal_rate_rel", [](const sim::State& s) { return s.pyramidal_rate_rel; }}},
         0.0,
         1.5},
        {"bdnf_mtor",
         "BDNF and mTORC1",
         "x baseline",
         "BDNF release / TrkB activation (Autry 2011) and phosphorylated mTORC1, up within 30-60 min and "
         "back by about 2 h (Li 2010; times approximate).",
         {{"BDNF", "bdnf_rel", [](const sim::State& s) { return s.bdnf_rel; }},
          {"mTORC1", "mtor_phospho_rel", [](const sim::State& s) { return s.mtor_phospho_rel; }}},
         0.0,
         1.5},
        {"proteins",
         "Synaptic proteins",
         "x baseline",
         "PSD-95, GluA1 and synapsin I: rise from about 2 h to about 72 h (Li 2010).",
         {{"synaptic proteins", "synaptic_protein_rel", [](const sim::State& s) { return s.synaptic_protein_rel; }}},
         0.0,
         1.5},
        {"spines",
         "Dendritic spine density",
         "x healthy",
         "Spines on layer-V prefrontal neurons, 1 = healthy baseline: more at 24 h, lasting up to two weeks "
         "(Li 2010; Moda-Sava 2019). Chronic stress starts lower.",
         {{"spine density", "spine_density_rel", [](const sim::State& s) { return s.spine_density_rel; }}},
         0.0,
         1.3},
        {"clinical",
         "Clinical effect index",
         "0-1",
         "A teaching proxy, not a rating scale: better than placebo from 40 min, largest at day 1, lost by "
         "days 10-12 (Kishimoto 2016 meta-analysis).",
         {{"effect index", "clinical_effect", [](const sim::State& s) { return s.clinical_effect; }}},
         0.0,
         1.0},
        {"dissociation",
         "Dissociation",
         "% of max",
         "Dissociative symptoms peak at the end of the infusion (40 min) and resolve within about 2 h "
         "(Luckenbaugh 2014).",
         {{"dissociation", "dissociation_pct", [](const sim::State& s) { return 100.0 * s.dissociation; }}},
         0.0,
         10.0},
        {"blood_pressure",
         "Blood pressure change",
         "mmHg",
         "Change of mean arterial pressure: peaks at 30-40 min, +3 to +7 mmHg, back by about 1.5 h "
         "(Riva-Posse 2018).",
         {{"mean arterial", "bp_change_mmHg", [](const sim::State& s) { return s.bp_change_mmHg; }}},
         0.0,
         5.0},
    }};
    return kDefs;
}

int plot_index(std::string_view id) {
    const auto& defs = plot_defs();
    for (std::size_t i = 0; i < defs.size(); ++i)
        if (id == defs[i].id) return static_cast<int>(i);
    return -1;
}

namespace {

PlotLine sample_line(const sim::Trajectory& trajectory, const std::vector<double>& times_h, const SeriesDef& series,
                     ImU32 color, bool dashed, const std::string& label) {
    PlotLine line{label, color, {}, dashed};
    line.values.reserve(times_h.size());
    for (double t : times_h) line.values.push_back(static_cast<float>(series.value(trajectory.at(t))));
    return line;
}

PlotSpec make_spec(AppState& app, const PlotDef& def, const TimeAxis& axis, float width_px) {
    PlotSpec spec;
    spec.id = def.id;
    spec.title = def.title;
    spec.unit = def.unit;
    spec.tooltip = def.tooltip;
    spec.axis = &axis;
    spec.cursor_h = app.time_h;
    spec.backdrop = &app.backdrop;
    spec.times_h = axis_sample_times(axis, std::max(2, static_cast<int>(width_px / 2.0f)));  // one per 2 px
    for (std::size_t i = 0; i < def.series.size(); ++i) {
        const ImU32 color = series_color(app.view.theme, i);
        if (app.pinned)  // drawn dashed, just before the current run's line of the same series
            spec.lines.push_back(sample_line(app.pinned->trajectory, spec.times_h, def.series[i], color, true, ""));
        spec.lines.push_back(
            sample_line(app.trajectory, spec.times_h, def.series[i], color, false, def.series[i].label));
    }
    if (app.pinned) spec.baseline_label = "dashed: " + app.pinned->label;
    const YRange range = fit_range(spec.lines, def.y_floor_lo, def.y_floor_hi);
    spec.y_min = range.lo;
    spec.y_max = range.hi;
    return spec;
}

}  // namespace

void draw_plot_grid(AppState& app) {
    std::vector<int> shown;
    for (std::size_t i = 0; i < kPlotCount; ++i)
        if (app.plot_shown[i]) shown.push_back(static_cast<int>(i));
    if (shown.empty()) {
        ImGui::TextDisabled("No plot chosen: use the Plots menu.");
        return;
    }
    // The scrollbar's width is always left free, so that its appearing never reflows the grid.
    const ImVec2 avail(
        ImGui::GetContentRegionAvail().x - (ImGui::GetScrollMaxY() > 0.0f ? 0.0f : ImGui::GetStyle().ScrollbarSize),
        ImGui::GetContentRegionAvail().y);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float min_w = ImGui::GetFontSize() * 17.0f, min_h = ImGui::GetFontSize() * 8.0f;
    const int columns =
        std::clamp(static_cast<int>((avail.x + gap) / (min_w + gap)), 1, static_cast<int>(shown.size()));
    const int rows = (static_cast<int>(shown.size()) + columns - 1) / columns;
    const float w = (avail.x - gap * (columns - 1)) / columns;
    const float h = std::max(min_h, (avail.y - ImGui::GetStyle().ItemSpacing.y * (rows - 1)) / rows);
    const TimeAxis axis = make_time_axis(app.trajectory.duration_h(), app.axis_segmented);
    for (std::size_t k = 0; k < shown.size(); ++k) {
        if (k % static_cast<std::size_t>(columns) != 0) ImGui::SameLine();
        const PlotSpec spec = make_spec(app, plot_defs()[static_cast<std::size_t>(shown[k])], axis, w);
        if (const auto t = plot_widget(spec, ImVec2(w, h))) {
            set_time(app, *t);
            app.playing = false;
        }
    }
}

void draw_plot_chooser(AppState& app) {
    const auto& defs = plot_defs();
    for (std::size_t i = 0; i < defs.size(); ++i) {
        ImGui::Checkbox(defs[i].title, &app.plot_shown[i]);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", defs[i].tooltip);
    }
}

}  // namespace ui
