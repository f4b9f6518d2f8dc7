// A compact time-series plot widget on ImGui's draw list: axes, ticks, legend, cursor, click/drag to scrub.
#pragma once
#include <imgui.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "content/catalogue.hpp"
#include "session/view/timeline_axis.hpp"
#include "ui/backdrop.hpp"

namespace ui {

/// A shape repeated along a line, so that the lines of one plot differ by more than colour (WCAG 1.4.1).
enum class PlotMarker { none, circle, square, triangle };

/// The marker of a plot's `index`-th series: none for the first, then circle, square, triangle.
PlotMarker series_marker(std::size_t index);

struct PlotLine {
    std::string label;  ///< legend entry; empty = none (dashed baseline lines share one entry)
    ImU32 color = 0xffffffff;
    std::vector<float> values;  ///< one per PlotSpec::times_h
    bool dashed = false;        ///< the pinned baseline run
    bool thin = false;          ///< a chosen person's run: a thin line over the others (legend: person_label)
    PlotMarker marker = PlotMarker::none;
};

/// The differences between people for one series: percentiles across the virtual population, one value per
/// PlotSpec::times_h each (fewer where a lesson hides what comes next).
struct PlotBand {
    std::string label;  ///< the series ("plasma")
    ImU32 color = 0xffffffff;
    std::vector<float> p5, p25, p50, p75, p95;
};

struct PlotSpec {
    const char* id = "plot";  ///< ImGui id, unique in the window
    std::string title;
    std::string unit;
    const session::TimeAxis* axis = nullptr;  ///< shared with the time bar so plots line up with it
    std::vector<double> times_h;              ///< sample times shared by every line
    std::vector<PlotLine> lines;
    std::vector<PlotBand> bands;  ///< drawn behind every line: 5-95 % light, 25-75 % darker, the median thin
    std::string band_note;        ///< legend entry of the bands ("100 people, seed 1, 5-95 % and 25-75 %")
    std::string person_label;     ///< legend entry of the thin lines ("Fast metaboliser (person 12)")
    double cursor_h = 0.0;
    double y_min = 0.0;
    double y_max = 1.0;
    const char* tooltip = nullptr;  ///< what the plot shows and where the numbers come from
    std::string baseline_label;     ///< one legend entry for all dashed lines ("without rapamycin"); empty = none
    std::string scale_note;         ///< "y scale changed (top was 1)": shown for a while after the axis rescaled
    Backdrops* backdrop = nullptr;  ///< receives the plot's opaque background; nullptr = ImGui fills it
    const content::Catalogue* catalogue = nullptr;  ///< the words of its tooltip; nullptr = no tooltip
};

/// Draws the plot in a box of `size` pixels. While the user clicks or drags inside it, returns
/// the time under the mouse (the caller moves the cursor there).
std::optional<double> plot_widget(const PlotSpec& spec, ImVec2 size);

/// Round tick values covering [lo, hi] with at most max_ticks ticks (1, 2 or 5 x 10^n apart).
std::vector<double> nice_ticks(double lo, double hi, int max_ticks);

/// A y range that holds every value: lo = min(floor_lo, data), hi = a round number above the data,
/// at least hi_floor.
struct YRange {
    double lo = 0.0;
    double hi = 1.0;
};
YRange fit_range(const std::vector<PlotLine>& lines, double floor_lo, double hi_floor);
/// The same, holding the bands too (their 5 % and 95 % curves).
YRange fit_range(const std::vector<PlotLine>& lines, const std::vector<PlotBand>& bands, double floor_lo,
                 double hi_floor);

/// Lines of the same kind (solid or dashed) with the same values (within 1e-6 of the largest) are drawn as one, the
/// first, labelled with both names ("glutamate = AMPA activation (same values)"): one line that lies exactly on
/// another would hide it. Returns true when it merged any.
bool merge_identical_lines(std::vector<PlotLine>& lines, const content::Catalogue& catalogue);

/// Sample times, one per `count` evenly spaced positions along the axis.
std::vector<double> axis_sample_times(const session::TimeAxis& axis, int count);

}  // namespace ui
