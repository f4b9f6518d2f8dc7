// The heads-up display in screen space: title and readout, legend with the "not to scale" note, caption line.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "scene/glyphs.hpp"
#include "scene/mapping.hpp"
#include "scene/views.hpp"
#include "sim/effects.hpp"
#include "sim/stage.hpp"

namespace scene {
namespace {

std::string fixed(double value, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string percent(double fraction) { return fixed(100.0 * std::clamp(fraction, 0.0, 1.0), 0) + " %"; }

std::string times(double rel) { return fixed(rel, rel < 10.0 ? 2 : 1) + "\u00d7 baseline"; }

std::string_view view_heading(View view) {
    switch (view) {
        case View::circuit: return "Circuit view";
        case View::synapse: return "Synapse view";
        case View::spine: return "Spine view";
        case View::receptor: return "NMDA receptor close-up";
        case View::signalling: return "Signalling close-up";
    }
    return "";
}

std::string_view view_subtitle(View view) {
    switch (view) {
        case View::circuit: return "Disinhibition in prefrontal cortex";
        case View::synapse: return "A glutamatergic synapse, in cross-section";
        case View::spine: return "Dendritic spines of a pyramidal neuron";
        case View::receptor: return "A receptor on a pyramidal neuron's spine, animated from the model";
        case View::signalling: return "Inside the spine head: from glutamate to new synaptic proteins";
    }
    return "";
}

std::vector<std::string> readout_lines(const sim::State& s, View view) {
    std::vector<std::string> lines;
    lines.push_back("t = " + hud_time_text(s.time_h));
    lines.push_back("Plasma " + fixed(s.plasma_ng_per_ml, 0) + " ng/mL (" + fixed(s.plasma_uM, 2) + " \u00b5M)");
    switch (view) {
        case View::circuit:
            lines.push_back("Interneuron NMDARs blocked " + percent(s.nmda_block_interneuron));
            lines.push_back("Interneuron firing " + times(s.interneuron_rate_rel));
            lines.push_back("Pyramidal firing " + times(s.pyramidal_rate_rel));
            lines.push_back("Glutamate release " + times(s.glutamate_rel));
            break;
        case View::synapse:
            lines.push_back("NMDA receptors blocked " + percent(s.nmda_block_pyramidal));
            lines.push_back("Glutamate " + times(s.glutamate_rel));
            lines.push_back("BDNF " + fixed(s.bdnf_rel, 2) + "\u00d7, mTORC1 " + fixed(s.mtor_phospho_rel, 2) +
                            "\u00d7");
            break;
        case View::spine:
            lines.push_back("Spine density " + times(s.spine_density_rel));
            lines.push_back("Synaptic proteins " + times(s.synaptic_protein_rel));
            break;
        case View::receptor:
            lines.push_back("Effect site " + fixed(s.effect_site_uM, 2) + " \u00b5M");
            lines.push_back("Pyramidal NMDARs blocked " + percent(s.nmda_block_pyramidal));
            // The model's trapping (block above what the drug now gives), not the picture's closed-and-blocked time.
            lines.push_back("Trapped block outlasting the drug " + percent(s.nmda_trapped));
            break;
        case View::signalling:
            lines.push_back("AMPA activation " + times(s.ampa_activation_rel));
            lines.push_back("BDNF " + fixed(s.bdnf_rel, 2) + "\u00d7, mTORC1 " + fixed(s.mtor_phospho_rel, 2) +
                            "\u00d7");
            lines.push_back("Synaptic proteins " + times(s.synaptic_protein_rel));
            break;
    }
    return lines;
}

std::string_view caption_text(sim::Stage stage) {
    switch (stage) {
        case sim::Stage::baseline:
            return "No drug effect (before the dose, or once it has worn off): interneurons keep pyramidal neurons in "
                   "check.";
        case sim::Stage::dose: return "Ketamine rises in the blood and crosses into the brain.";
        case sim::Stage::nmda_block:
            return "Ketamine enters open NMDA receptor channels and blocks them; closing channels trap it inside.";
        case sim::Stage::disinhibition:
            return "Blocked interneurons fire less, so pyramidal neurons lose their brake and fire more.";
        case sim::Stage::glutamate_surge: return "Disinhibited pyramidal neurons release a burst of glutamate.";
        case sim::Stage::ampa_bdnf: return "Glutamate drives AMPA receptors; BDNF is released and binds TrkB.";
        case sim::Stage::mtor: return "TrkB switches on mTORC1, which drives synthesis of synaptic proteins.";
        case sim::Stage::synaptogenesis: return "New dendritic spines grow and mature over hours to days.";
        case sim::Stage::clinical:
            return "The drug is long gone; the new spines help maintain the antidepressant effect.";
        default: return "";
    }
}

/// The stage strip under "Now:", one row per step from `at` (the first row's text centre): a bar of the step's
/// activity and its short title; the step now bold with an outlined bar, a blocked one greyed with the experiment's
/// cut across its bar and "(blocked)". Returns the y below.
float stage_strip_rows(Painter& p, const sim::State& s, glm::vec2 at) {
    const float u = p.text, text_px = 13.0f, text_size = p.screen_text_px(text_px);
    const float pitch = std::max(17.0f * u, 1.25f * text_size + 1.0f * u);
    const float bar_w = 3.0f * text_size, bar_h = 0.45f * text_size, gap = 0.5f * text_size;
    const Rgba active = p.pal.spike, track = with_alpha(p.pal.ink_soft, 0.25f);
    const bool mark = p.options.mark_blocked_stages;
    const std::vector<StageStripRow> rows = stage_strip(s, mark ? p.options.experiments : sim::Experiments{},
                                                        mark ? p.options.hypotheses : sim::Hypotheses{});
    const auto text_of = [](const StageStripRow& row) { return row.title + (row.blocked ? " (blocked)" : ""); };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const StageStripRow& row = rows[i];
        const glm::vec2 c{at.x, at.y + pitch * static_cast<float>(i)};
        const glm::vec2 bar0{c.x, c.y - 0.5f * bar_h}, bar1{c.x + bar_w, c.y + 0.5f * bar_h};
        p.overlay_box(bar0, bar1, 0.5f * bar_h, track, row.now ? 1.5f * u : 0.0f, p.pal.ink).tag = Tag::stage_strip;
        if (row.activity > 0.0f)
            p.overlay_box(bar0, {bar0.x + row.activity * bar_w, bar1.y}, 0.5f * bar_h,
                          row.now ? active : with_alpha(active, 0.55f))
                .tag = Tag::stage_strip;
        if (row.blocked)  // the experiment's cut across the bar
            p.overlay_box({c.x + 0.5f * bar_w - 1.5f * u, c.y - bar_h}, {c.x + 0.5f * bar_w + 1.5f * u, c.y + bar_h},
                          0.0f, p.pal.cut)
                .tag = Tag::stage_strip;
        const Rgba ink = row.blocked ? with_alpha(p.pal.ink_soft, 0.6f) : row.now ? p.pal.ink : p.pal.ink_soft;
        p.screen_label({c.x + bar_w + gap, c.y}, text_of(row), text_px, ink, Align::left, row.now);
    }
    return at.y + pitch * (static_cast<float>(rows.size()) + 0.2f);
}

/// The view's name and subtitle (when options.title) and the readout under them (when options.readout), top left.
void title_block(Painter& p, const sim::State& s, View view) {
    const Rect area = overlay_area_px(p.options);
    const float t = p.text, m = area.x + 18.0f * t;
    // From one line (text size `from`) to the next (`to`): the nominal step, or more where a minimum text size
    // (presenter mode) makes the lines taller than it, so that they never overlap.
    const auto step = [&](float nominal, float from, float to) {
        return std::max(nominal * t, 0.625f * (p.screen_text_px(from) + p.screen_text_px(to)) + 1.0f * t);
    };
    float y = area.y + 18.0f * t + 12.0f * t;
    if (p.options.title) {
        p.use_backdrop(true);
        p.screen_label({m, y}, std::string(view_heading(view)), 21.0f, p.pal.ink, Align::left, true);
        y += step(24.0f, 21.0f, 14.0f);
        // Presenter mode's large text: a subtitle of more than 24 letters in two lines.
        const bool split = view == View::receptor && p.options.receptor_split;
        const std::string subtitle =
            split ? "An interneuron's receptor beside a pyramidal neuron's, animated from the model"
                  : std::string(view_subtitle(view));
        const bool in_two = p.min_text_px > 0.0f && subtitle.size() > 24;
        const float second_line = in_two ? 0.625f * p.screen_text_px(14.0f) : 0.0f;
        y += second_line;
        p.screen_label({m, y}, in_two ? two_lines(subtitle) : subtitle, 14.0f, p.pal.ink_soft, Align::left);
        p.use_backdrop(false);
        y += step(26.0f, 14.0f, 15.0f) + second_line;
    }
    if (!p.options.readout) return;
    // Presenter mode's large text: the short title, so that the column leaves the picture room beside a key plot.
    const bool large = p.min_text_px > 0.0f;
    const std::string now = "Now: " + std::string(large ? sim::stage_short_title(s.stage) : sim::stage_title(s.stage));
    p.screen_label({m, y}, now, 15.0f, p.pal.ink, Align::left, true);
    y += step(23.0f, 15.0f, 13.0f);
    const std::vector<std::string> lines = readout_lines(s, view);
    const float line_step = step(20.0f, 14.0f, 14.0f);
    y = stage_strip_rows(p, s, {m, y});
    // The figures that fit above the area's bottom edge (presenter mode's large text on a short picture: the caption
    // gives the time and the key plot the curve; the panels' readout has them all).
    for (const std::string& line : lines) {
        if (y + 0.625f * p.screen_text_px(14.0f) > area.bottom() - 6.0f * t) break;
        p.screen_label({m, y}, line, 14.0f, p.pal.ink_soft, Align::left);
        y += line_step;
    }
    for (const std::string& line : p.options.readout_extra) {
        p.screen_label({m, y}, line, 14.0f, p.pal.ink, Align::left);
        y += 20.0f * t;
    }
}

Glyph swatch_glyph(Swatch swatch, const Palette& pal, float outline_px) {
    switch (swatch) {
        case Swatch::glutamate: return glutamate_glyph(pal, outline_px);
        case Swatch::ketamine: return ketamine_glyph(pal, outline_px);
        case Swatch::ketamine_s: return ketamine_glyph(pal, outline_px, Enantiomer::s);
        case Swatch::ketamine_r: return ketamine_glyph(pal, outline_px, Enantiomer::r);
        case Swatch::nmda_closed: return nmda_glyph(NmdaState::closed, pal, 0.3f, outline_px);
        case Swatch::nmda_open: return nmda_glyph(NmdaState::open, pal, 0.3f, outline_px);
        case Swatch::nmda_mg: return nmda_glyph(NmdaState::mg_blocked, pal, 0.3f, outline_px);
        case Swatch::nmda_ketamine: return nmda_glyph(NmdaState::ketamine_open, pal, 0.3f, outline_px);
        case Swatch::nmda_trapped: return nmda_glyph(NmdaState::trapped, pal, 0.3f, outline_px);
        case Swatch::ampa_idle: return ampa_glyph(false, pal, 0.3f, outline_px);
        case Swatch::ampa_active: return ampa_glyph(true, pal, 0.3f, outline_px);
        case Swatch::bdnf_trkb: return trkb_glyph(true, pal, outline_px);
        case Swatch::trapped_ketamine: return nmda_glyph(NmdaState::trapped, pal, 0.3f, outline_px);
        default: return {};
    }
}

float swatch_scale(Swatch swatch) {
    switch (swatch) {
        case Swatch::glutamate: return 44.0f;
        case Swatch::ketamine:
        case Swatch::ketamine_s:
        case Swatch::ketamine_r: return 40.0f;
        case Swatch::bdnf_trkb: return 9.0f;
        default: return 12.5f;
    }
}

/// Draws the swatch centred at c (pixels); `u` is one text-scale pixel.
void draw_swatch(Painter& p, Swatch swatch, glm::vec2 c, float u) {
    const Palette& pal = p.pal;
    Glyph g = swatch_glyph(swatch, pal, 1.0f * u);
    if (!g.empty()) {
        const float scale = swatch_scale(swatch) * u;
        const glm::vec2 origin = c + glm::vec2{0.0f, swatch == Swatch::bdnf_trkb ? 5.0f * u : 2.0f * u};
        for (Instance i : place(g, origin, scale, 0.0f, true)) {
            i.tag = Tag::legend;
            p.overlay(i);
        }
        return;
    }
    Instance i;
    i.tag = Tag::legend;
    i.center = c;
    i.half_size = {6.0f * u, 6.0f * u};
    switch (swatch) {
        case Swatch::magnesium:
            i.fill = pal.magnesium;
            i.half_size = {5.0f * u, 5.0f * u};
            i.outline_px = 2.0f * u;  // the ring the receptor close-up draws around Mg2+
            i.outline = pal.nmda_closed;
            break;
        case Swatch::sodium:
            i.fill = pal.ion;
            i.half_size = {3.5f * u, 3.5f * u};
            break;
        case Swatch::calcium:
            i.fill = pal.calcium;
            i.half_size = {4.5f * u, 4.5f * u};
            break;
        case Swatch::glycine:
            i.fill = pal.glycine;
            i.half_size = {5.0f * u, 5.0f * u};
            break;
        case Swatch::flux:
            for (int k = -1; k <= 1; ++k)
                p.overlay(Instance{.center = c + glm::vec2{7.0f * u * static_cast<float>(k), 0.0f},
                                   .half_size = {2.6f * u, 2.6f * u},
                                   .fill = pal.trkb,
                                   .outline = {},
                                   .shape = Shape::circle,
                                   .tag = Tag::legend});
            return;
        case Swatch::cut:
            i.shape = Shape::box;
            i.fill = pal.cut;
            i.half_size = {2.5f * u, 8.0f * u};
            i.corner_radius = 1.0f * u;
            break;
        case Swatch::greyed:
            i.shape = Shape::box;
            i.fill = with_alpha(pal.ink_soft, 0.12f);
            i.half_size = {11.0f * u, 6.0f * u};
            i.corner_radius = 3.0f * u;
            i.outline_px = 2.0f * u;
            i.outline = with_alpha(pal.ink_soft, 0.3f);
            break;
        case Swatch::gaba:
            i.fill = pal.gaba;
            i.half_size = {4.5f * u, 4.5f * u};
            break;
        case Swatch::mtor:
            i.shape = Shape::glow;
            i.fill = pal.mtor;
            i.half_size = {11.0f * u, 11.0f * u};
            break;
        case Swatch::protein:
            i.shape = Shape::box;
            i.fill = pal.protein;
            i.half_size = {4.0f * u, 4.0f * u};
            i.corner_radius = 1.0f * u;
            break;
        case Swatch::interneuron:
            i.fill = pal.interneuron;
            i.half_size = {7.0f * u, 7.0f * u};
            break;
        case Swatch::pyramidal:
            i.shape = Shape::triangle;
            i.fill = pal.pyramidal;
            i.half_size = {7.0f * u, 7.5f * u};
            i.rotation_rad = 3.14159265f;
            break;
        case Swatch::spike:
            p.overlay(Instance{.center = c,
                               .half_size = {10.0f * u, 10.0f * u},
                               .fill = with_alpha(pal.spike, 0.6f),
                               .outline = {},
                               .shape = Shape::glow,
                               .tag = Tag::legend});
            i.fill = pal.spike;
            i.half_size = {4.0f * u, 4.0f * u};
            break;
        case Swatch::vessel:
            i.shape = Shape::capsule;
            i.fill = with_alpha(pal.vessel, 0.3f);
            i.half_size = {11.0f * u, 5.0f * u};
            i.outline_px = 2.0f * u;
            i.outline = pal.vessel;
            break;
        case Swatch::spine_old:
        case Swatch::spine_new:
        case Swatch::spine_growing:
        case Swatch::spine_lost: {
            const Rgba fill = swatch == Swatch::spine_new    ? pal.spine_new
                              : swatch == Swatch::spine_lost ? pal.spine_ghost
                                                             : with_alpha(pal.pyramidal, 0.85f);
            const float head = swatch == Swatch::spine_growing ? 2.5f : 5.0f;
            p.overlay(Instance{.center = c + glm::vec2{0.0f, 4.0f * u},
                               .half_size = {6.0f * u, 1.6f * u},
                               .rotation_rad = 1.5707963f,
                               .fill = fill,
                               .outline = {},
                               .shape = Shape::capsule,
                               .tag = Tag::legend});
            i.center = c + glm::vec2{0.0f, -3.0f * u};
            i.fill = fill;
            i.half_size = {head * u, head * u};
            break;
        }
        case Swatch::bouton:
            i.fill = with_alpha(pal.vesicle, 0.9f);
            i.half_size = {5.5f * u, 5.5f * u};
            break;
        case Swatch::established:
        case Swatch::contested:
            i.shape = Shape::box;
            i.fill = with_alpha(pal.panel, 0.0f);
            i.half_size = {11.0f * u, 6.0f * u};
            i.corner_radius = 3.0f * u;
            i.outline_px = 2.0f * u;
            i.outline = pal.contested;
            i.dash_period_px = swatch == Swatch::contested ? 6.0f * u : 0.0f;
            break;
        default: break;
    }
    p.overlay(i);
}

// The legend's layout at text scale 1, in pixels.
constexpr float kLegendMargin = 18.0f, kLegendPad = 12.0f, kLegendHeader = 26.0f, kLegendRow = 27.0f,
                kLegendFooter = 52.0f;

float legend_height_px(std::size_t entries, float u) {
    return (2.0f * kLegendPad + kLegendHeader + kLegendRow * static_cast<float>(entries) + kLegendFooter) * u;
}

/// The largest text scale at which the legend fits above the picture's bottom edge.
float legend_fit_scale(const Painter& p, View view) {
    const Rect r = p.options.picture_rect_px, area = overlay_area_px(p.options);
    const float bottom = std::min(r.w > 1.0f && r.h > 1.0f ? r.bottom() : area.bottom(), area.bottom());
    return (bottom - area.y) / (2.0f * kLegendMargin + legend_height_px(legend_entries(view).size(), 1.0f));
}

void legend_panel(Painter& p, View view) {
    const Rect area = overlay_area_px(p.options);
    const float u = p.text, w = area.right();
    const std::vector<LegendEntry> entries = legend_entries(view);
    const float entry_px = 13.0f, row = kLegendRow * u, swatch_w = 34.0f * u, pad = kLegendPad * u,
                m = kLegendMargin * u;
    const float entry_size_px = std::max(entry_px * u, p.min_text_px);
    float text_w = Painter::text_width_px("Not to scale: sizes and counts", entry_size_px);
    for (const LegendEntry& e : entries) text_w = std::max(text_w, Painter::text_width_px(e.text, entry_size_px));
    const float panel_w = pad * 2.0f + swatch_w + text_w;
    const float x0 = w - m - panel_w, y0 = area.y + m;
    const float panel_h = legend_height_px(entries.size(), u);
    p.overlay_box({x0, y0}, {x0 + panel_w, y0 + panel_h}, 8.0f * u, p.pal.panel, 1.0f * u, p.pal.panel_edge);
    p.screen_label({x0 + pad, y0 + pad + 9.0f * u}, "Legend", 15.0f, p.pal.ink, Align::left, true).halo.a = 0.0f;
    float y = y0 + pad + kLegendHeader * u + 0.5f * row;
    for (const LegendEntry& e : entries) {
        draw_swatch(p, e.swatch, {x0 + pad + 0.5f * swatch_w - 2.0f * u, y}, u);
        p.screen_label({x0 + pad + swatch_w, y}, e.text, entry_px, p.pal.ink, Align::left).halo.a = 0.0f;
        y += row;
    }
    p.overlay_box({x0 + pad, y - 0.3f * row}, {x0 + panel_w - pad, y - 0.3f * row + 1.0f * u}, 0.0f, p.pal.panel_edge);
    p.screen_label({x0 + pad, y + 12.0f * u}, "Not to scale: sizes and counts\nare illustrative", 12.0f, p.pal.ink_soft,
                   Align::left)
        .halo.a = 0.0f;
}

void caption_bar(Painter& p, const sim::State& s) {
    const std::string text(caption_text(s.stage));
    if (text.empty()) return;
    const float u = p.text, w = static_cast<float>(p.options.width_px), h = static_cast<float>(p.options.height_px);
    const float size = 16.0f, text_w = Painter::text_width_px(text, size * u);
    const float y = h - 30.0f * u;
    p.overlay_box({0.5f * w - 0.5f * text_w - 16.0f * u, y - 17.0f * u},
                  {0.5f * w + 0.5f * text_w + 16.0f * u, y + 17.0f * u}, 17.0f * u, p.pal.panel, 1.0f * u,
                  p.pal.panel_edge);
    p.screen_label({0.5f * w, y}, text, size, p.pal.ink, Align::center).halo.a = 0.0f;
}

}  // namespace

std::string hud_time_text(double time_h) {
    if (!std::isfinite(time_h)) return "-";
    if (time_h < 1.0) return fixed(time_h * 60.0, 0) + " min";
    if (time_h < 48.0) return fixed(time_h, time_h < 10.0 ? 1 : 0) + " h";
    return fixed(time_h / 24.0, 1) + " days";
}

std::vector<LegendEntry> legend_entries(View view) {
    switch (view) {
        case View::circuit:
            return {{Swatch::interneuron, "GABA interneuron (inhibitory)"},
                    {Swatch::pyramidal, "Pyramidal neuron (excitatory)"},
                    {Swatch::spike, "Action potential (spike)"},
                    {Swatch::ketamine, "Ketamine"},
                    {Swatch::nmda_closed, "NMDA receptor"},
                    {Swatch::nmda_ketamine, "NMDA receptor blocked by ketamine"},
                    {Swatch::glutamate, "Glutamate"},
                    {Swatch::gaba, "GABA"},
                    {Swatch::vessel, "Blood vessel"},
                    {Swatch::established, "Established step"},
                    {Swatch::contested, "Contested step / hypothesis"}};
        case View::synapse:
            return {{Swatch::glutamate, "Glutamate"},
                    {Swatch::ketamine, "Ketamine"},
                    {Swatch::nmda_closed, "NMDA receptor, closed"},
                    {Swatch::nmda_open, "NMDA receptor, open (ions flow)"},
                    {Swatch::nmda_mg, "Mg\u00b2\u207a-blocked"},
                    {Swatch::nmda_ketamine, "Ketamine-blocked (open channel)"},
                    {Swatch::nmda_trapped, "Ketamine trapped (closed)"},
                    {Swatch::ampa_active, "AMPA receptor, active"},
                    {Swatch::ampa_idle, "AMPA receptor, idle"},
                    {Swatch::bdnf_trkb, "BDNF bound to TrkB"},
                    {Swatch::mtor, "mTORC1 signal"},
                    {Swatch::protein, "New synaptic protein"},
                    {Swatch::established, "Established step"},
                    {Swatch::contested, "Contested step / hypothesis"}};
        case View::spine:
            return {{Swatch::spine_old, "Spine"},
                    {Swatch::spine_new, "New spine (above baseline)"},
                    {Swatch::spine_growing, "Spine growing now"},
                    {Swatch::spine_lost, "Spine lost (below healthy)"},
                    {Swatch::bouton, "Presynaptic bouton"},
                    {Swatch::protein, "Synaptic protein"},
                    {Swatch::established, "Established step"},
                    {Swatch::contested, "Contested step / hypothesis"}};
        case View::receptor:
            return {{Swatch::glutamate, "Glutamate (on GluN2)"},
                    {Swatch::glycine, "Glycine, co-agonist (on GluN1)"},
                    {Swatch::magnesium, "Mg\u00b2\u207a (blocks the pore at rest)"},
                    {Swatch::ketamine_s, "S-ketamine (esketamine)"},
                    {Swatch::ketamine_r, "R-ketamine (arketamine), mirror image"},
                    {Swatch::sodium, "Na\u207a flowing in"},
                    {Swatch::calcium, "Ca\u00b2\u207a flowing in"},
                    {Swatch::nmda_closed, "Receptor closed"},
                    {Swatch::nmda_open, "Receptor open"},
                    {Swatch::trapped_ketamine, "Ketamine trapped (closed)"}};
        case View::signalling:
            return {{Swatch::flux, "Flux: dots follow the model"},      {Swatch::mtor, "mTORC1 signal"},
                    {Swatch::protein, "New synaptic protein"},          {Swatch::established, "Established step"},
                    {Swatch::contested, "Contested step / hypothesis"}, {Swatch::greyed, "Hypothesis switched off"},
                    {Swatch::cut, "Step cut by an experiment"}};
    }
    return {};
}

std::vector<LegendSwatch> legend_swatches(View view, Theme theme) {
    std::vector<LegendSwatch> out;
    for (const LegendEntry& e : legend_entries(view)) {
        SceneFrame scratch;
        ViewOptions o;
        o.theme = theme;
        Painter p(scratch, o, 0, 0.0);
        draw_swatch(p, e.swatch, {0.0f, 0.0f}, 1.0f);
        out.push_back({e.text, std::move(scratch.overlay)});
    }
    return out;
}

float legend_left_px(const ViewOptions& options) {
    SceneFrame scratch;
    ViewOptions o = options;
    o.title = o.readout = o.caption = false;
    Painter p(scratch, o, 0, 0.0);
    p.text = std::min(p.text, legend_fit_scale(p, o.view));
    legend_panel(p, o.view);
    float left = overlay_area_px(o).right();
    for (const Rect& r : screen_space_boxes(scratch)) left = std::min(left, r.x);
    return left;
}

float hud_column_right_px(const ViewOptions& options) {
    sim::State widest;  // every figure at its longest printed width
    widest.time_h = 0.99;
    widest.plasma_ng_per_ml = 9999.0;
    widest.plasma_uM = widest.effect_site_uM = 9.99;
    widest.nmda_block_interneuron = widest.nmda_block_pyramidal = widest.nmda_trapped = 1.0;
    widest.interneuron_rate_rel = widest.pyramidal_rate_rel = widest.glutamate_rel = 9.99;
    widest.ampa_activation_rel = widest.bdnf_rel = widest.mtor_phospho_rel = 9.99;
    widest.synaptic_protein_rel = widest.spine_density_rel = 9.99;
    widest.stage = sim::Stage::mtor;  // the longest short title, marked now
    SceneFrame scratch;
    ViewOptions o = options;
    o.legend = o.caption = false;
    Painter p(scratch, o, 0, 0.0);
    title_block(p, widest, o.view);
    float right = overlay_area_px(o).x;
    for (const Rect& r : screen_space_boxes(scratch)) right = std::max(right, r.right());
    return right;
}

std::vector<StageStripRow> stage_strip(const sim::State& state, const sim::Experiments& experiments,
                                       const sim::Hypotheses& hypotheses) {
    std::vector<StageStripRow> rows;
    for (const sim::StageActivity& a : sim::stage_activities(state, experiments, hypotheses)) {
        const bool happening = a.score >= sim::k::kStageMinScore;
        rows.push_back({a.stage, std::string(sim::stage_short_title(a.stage)),
                        happening ? static_cast<float>(std::clamp(a.score, 0.0, 1.0)) : 0.0f,
                        a.stage == state.stage && !a.blocked, a.blocked});
    }
    return rows;
}

std::vector<std::string> readout_text(const sim::State& state, View view) {
    std::vector<std::string> lines = readout_lines(state, view);
    lines.insert(lines.begin() + std::min<std::ptrdiff_t>(2, static_cast<std::ptrdiff_t>(lines.size())),
                 "Now: " + std::string(sim::stage_title(state.stage)));
    return lines;
}

void build_overlay(Painter& p, const sim::State& state, View view) {
    if (p.options.title || p.options.readout) title_block(p, state, view);
    if (p.options.legend) {
        p.use_backdrop(true);
        const float text = p.text;
        p.text = std::min(text, legend_fit_scale(p, view));
        legend_panel(p, view);
        p.text = text;
        p.use_backdrop(false);
    }
    if (p.options.caption) caption_bar(p, state);
}

}  // namespace scene
