// Small shared widgets: a number control with unit, range, tooltip and reset; help markers; glossary-linked
// text.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "session/session.hpp"
#include "ui/panels.hpp"

namespace ui {

/// What a numeric control means: shown as its label, unit, range and tooltip.
struct NumberSpec {
    const char* label;
    const char* unit;
    double min;
    double max;
    const char* format;   ///< printf format of the value, e.g. "%.2f"
    const char* meaning;  ///< what it is
    const char* source;   ///< where its standard value comes from
    bool logarithmic = false;
    double step = 0.0;       ///< > 0: "-" and "+" buttons change the value by this much (fine control)
    double marked_lo = 0.0;  ///< marked_hi > marked_lo: this part of the range is marked on the slider
    double marked_hi = 0.0;
    const char* marked_note = nullptr;  ///< what the marked part is ("studied in depression: ...")
};

/// A labelled slider with its unit and range, a tooltip and a reset button (enabled when value != default).
/// Returns true when the value changed (by dragging, typing or reset).
bool number_control(const session::Session& session, const char* id, double& value, double default_value,
                    const NumberSpec& spec);

/// A checkbox with a tooltip and a reset button. Returns true when it changed.
bool flag_control(const session::Session& session, const char* label, bool& value, bool default_value, const char* meaning,
                  const char* source);

/// Continues on the same line when an item `next_width` pixels wide still fits, else starts a new line.
void same_line_if_fits(float next_width);
/// Width of a button with this label.
float button_width(const char* label);

/// `text` shortened with an ellipsis to fit `width_px` in the current font.
std::string fit_text(const std::string& text, float width_px);

/// Centres the next window (a dialog) on the screen, width_em x height_em font sizes, at most 95 % x 90 % of it.
void centered_dialog(float width_em, float height_em);

/// A "(?)" marker with a wrapped tooltip.
void help_marker(const char* text);

/// Wraps `text` into the current window, showing glossary terms as links (hover: definition; click: open
/// the glossary at the term) and the byte range [highlight_begin, highlight_end) highlighted.
struct RichTextOptions {
    bool link_terms = true;
    std::size_t highlight_begin = 0;
    std::size_t highlight_end = 0;
    bool scroll_to_highlight = false;  ///< scroll the window so the highlight shows (resets the caller's flag)
};
void rich_text(session::Session& session, Panels& panels, std::string_view text, const RichTextOptions& options = {});
/// Finds glossary terms in text: (begin, end, term) in byte offsets, longest phrase first.
struct TermMatch {
    std::size_t begin = 0, end = 0;
    std::string term;
};
std::vector<TermMatch> find_terms(const content::Library& library, std::string_view text);

/// Opens the glossary at `term` (switches the right panel to it).
void open_glossary(session::Session& session, Panels& panels, const std::string& term);

}  // namespace ui
