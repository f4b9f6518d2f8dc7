// Plot definitions (quantity, unit, source) and the grid of plots under the timeline.
#include "ui/plots.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "session/lesson/question.hpp"
#include "session/view/timeline_axis.hpp"
#include "session/words.hpp"
#include "ui/plot.hpp"
#include "ui/theme.hpp"

namespace ui {

namespace {

/// A series sampled at `times_h`, up to `until_h` when given (a lesson question's answer is not drawn ahead).
PlotLine sample_line(const sim::Trajectory& trajectory, const std::vector<double>& times_h,
                     const session::SeriesDef& series, ImU32 color, bool dashed, const std::string& label,
                     std::optional<double> until_h = std::nullopt) {
    PlotLine line{label, color, {}, dashed};
    line.values.reserve(times_h.size());
    for (double t : times_h) {
        if (until_h && t > *until_h) break;
        line.values.push_back(static_cast<float>(series.value(trajectory.at(t))));
    }
    return line;
}

/// The differences between people for one series (the population's percentile bands), sampled as the lines are.
PlotBand sample_band(const session::Session& session, const sim::PopulationRun& run, const std::vector<double>& times_h,
                     const session::SeriesDef& series, ImU32 color, std::optional<double> until_h) {
    PlotBand band{session::words(session, series.label_key), color, {}, {}, {}, {}, {}};
    std::vector<float>* values[] = {&band.p5, &band.p25, &band.p50, &band.p75, &band.p95};
    for (std::size_t k = 0; k < sim::kPercentiles.size(); ++k) {
        const sim::Trajectory& percentile = run.band(sim::kPercentiles[k]);
        values[k]->reserve(times_h.size());
        for (double t : times_h) {
            if (until_h && t > *until_h) break;
            values[k]->push_back(static_cast<float>(series.value(percentile.at(t))));
        }
    }
    return band;
}

/// The bands (once computed) and the chosen person's thin lines, while the differences between people are shown.
void add_population(session::Session& session, const session::PlotDef& def, PlotSpec& spec) {
    if (!session.population.shown) return;
    spec.band_note = session::population_note(session);
    const std::optional<double> until_h = session::spoiler_horizon_h(session);
    if (session::population_ready(session))
        for (std::size_t i = 0; i < def.series.size(); ++i)
            spec.bands.push_back(sample_band(session, session.population.run(), spec.times_h, def.series[i],
                                             series_color(session.view.theme, i), until_h));
    if (!session::shown_person(session)) return;
    spec.person_label = session::person_short_label(session, session.population.person);
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text, 0.9f);
    for (const session::SeriesDef& series : def.series) {
        PlotLine line =
            sample_line(session::scene_trajectory(session), spec.times_h, series, color, false,
                        session::words(session, series.label_key), until_h);
        line.thin = true;
        spec.lines.push_back(std::move(line));
    }
}

/// "y scale changed (top was 1)" for a while after the plot's y axis rescaled itself (a changed dose or route):
/// the same height no longer means the same value. A pinned run shares the scale, so runs compared stay comparable.
std::string scale_note(const session::Session& session, PlotScale& scale, double y_max) {
    const double now_s = ImGui::GetTime();
    if (scale.y_max > 0.0 && std::abs(scale.y_max - y_max) > 1e-9 * std::max(1.0, y_max)) {
        scale.was_y_max = scale.y_max;
        scale.changed_at_s = now_s;
    }
    scale.y_max = y_max;
    if (now_s - scale.changed_at_s > kScaleNoteShown_s) return "";
    return session::words(session, "plot.scale_changed", {{"top", session::formatted_number("%g", scale.was_y_max)}});
}

PlotSpec make_spec(session::Session& session, Panels& panels, FrameOutput& out, const session::PlotDef& def,
                   const session::TimeAxis& axis, float width_px) {
    PlotSpec spec;
    spec.id = def.id;
    spec.title = std::string(session::words(session, def.title_key)) + " [" + def.species + "]";  // its evidence's species
    spec.unit = session::words(session, def.unit_key);
    spec.tooltip = session::words(session, def.tooltip_key);
    spec.catalogue = session.catalogue.get();
    spec.axis = &axis;
    spec.cursor_h = session.time_h;
    spec.backdrop = &out.backdrop;
    spec.times_h = axis_sample_times(axis, std::max(2, static_cast<int>(width_px / 2.0f)));  // one per 2 px
    // Glutamate and AMPA activation are the same numbers in the model (AMPA activation follows glutamate one to one
    // unless NBQX is given): judged on the whole run (not the part a question shows), such series are one line with
    // both names, never one hiding the other.
    std::vector<PlotLine> whole;
    for (std::size_t i = 0; i < def.series.size(); ++i)
        whole.push_back(sample_line(trajectory(session), spec.times_h, def.series[i], 0, false,
                                    session::words(session, def.series[i].label_key)));
    merge_identical_lines(whole, *session.catalogue);
    for (std::size_t i = 0; i < def.series.size(); ++i) {
        const std::string name = session::words(session, def.series[i].label_key);
        const auto drawn = std::find_if(whole.begin(), whole.end(), [&](const PlotLine& l) {
            return l.label == name || l.label.rfind(name + " = ", 0) == 0;
        });
        if (drawn == whole.end()) continue;  // drawn by the line it equals
        const ImU32 color = series_color(session.view.theme, i);
        if (session.pinned)  // drawn dashed, just before the current run's line of the same series
            spec.lines.push_back(sample_line(session.pinned->model.trajectory(), spec.times_h, def.series[i], color, true, ""));
        spec.lines.push_back(sample_line(trajectory(session), spec.times_h, def.series[i], color, false, drawn->label,
                                         session::spoiler_horizon_h(session)));
        spec.lines.back().marker = series_marker(i);  // told apart by shape too, not only colour
    }
    if (session.pinned)
        spec.baseline_label =
            session::words(session, session::pinned_schedule_differs(session) ? "plot.dashed.other_schedule" : "plot.dashed",
                           {{"label", session.pinned->label}});
    add_population(session, def, spec);
    const YRange range = fit_range(spec.lines, spec.bands, def.y_floor_lo, def.y_floor_hi);
    spec.y_min = range.lo;
    spec.y_max = range.hi;
    spec.scale_note = scale_note(session, panels.plot_scales[def.id], range.hi);
    return spec;
}

}  // namespace

void draw_plot_grid(session::Session& session, Panels& panels, FrameOutput& out) {
    std::vector<const session::PlotDef*> shown;
    for (const session::PlotDef& def : session::plot_defs())
        if (session.plots.*def.shown) shown.push_back(&def);
    if (shown.empty()) {
        ImGui::TextDisabled("%s", session::words(session, "plot.none_chosen"));
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
    const session::TimeAxis axis = session::make_time_axis(trajectory(session).duration_h(), session.axis_segmented);
    for (std::size_t k = 0; k < shown.size(); ++k) {
        if (k % static_cast<std::size_t>(columns) != 0) ImGui::SameLine();
        const PlotSpec spec = make_spec(session, panels, out, *shown[k], axis, w);
        if (const auto t = plot_widget(spec, ImVec2(w, h))) {
            session::scrub_to(session, *t);
        }
    }
}

void draw_single_plot(session::Session& session, Panels& panels, FrameOutput& out, const std::string& id, double span_h) {
    const int index = session::plot_index(id);
    if (index < 0) return;
    const session::PlotDef& def = session::plot_defs()[static_cast<std::size_t>(index)];
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const double shown_h = std::clamp(span_h, 0.1, trajectory(session).duration_h());
    const session::TimeAxis axis = session::make_time_axis(shown_h, session.axis_segmented);
    const PlotSpec spec = make_spec(session, panels, out, def, axis, avail.x);
    if (const auto t = plot_widget(spec, avail)) {
        session::scrub_to(session, *t);
    }
}

void draw_plot_chooser(session::Session& session) {
    for (const session::PlotDef& def : session::plot_defs()) {
        ImGui::Checkbox(session::words(session, def.title_key), &(session.plots.*def.shown));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, def.tooltip_key));
    }
}

}  // namespace ui
