// Shared widgets: number/flag controls with reset and tooltips, help markers, rich text with glossary links.
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "session/words.hpp"
#include "ui/theme.hpp"

namespace ui {

void same_line_if_fits(float next_width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    if (ImGui::GetItemRectMax().x + spacing + next_width <= right) ImGui::SameLine();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

std::string fit_text(const std::string& text, float width_px) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width_px) return text;
    const std::string ellipsis = "\xe2\x80\xa6";
    std::string s = text;
    while (!s.empty() && ImGui::CalcTextSize((s + ellipsis).c_str()).x > width_px) {
        s.pop_back();
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();  // UTF-8 start
        if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0x80)) s.pop_back();
    }
    return s + ellipsis;
}

void help_marker(const char* text) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

namespace {

void number_tooltip(const session::Session& session, const NumberSpec& spec, double default_value) {
    using session::formatted_number, session::words;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(spec.meaning);
    ImGui::Separator();
    ImGui::TextUnformatted(words(session, "widget.range", {{"min", formatted_number("%g", spec.min)},
                                                           {"max", formatted_number("%g", spec.max)},
                                                           {"unit", spec.unit}})
                               .c_str());
    ImGui::TextUnformatted(
        words(session, "widget.default", {{"value", formatted_number(spec.format, default_value)}, {"unit", spec.unit}})
            .c_str());
    ImGui::TextDisabled("%s", words(session, "widget.source", {{"source", spec.source}}).c_str());
    if (spec.marked_note) ImGui::TextDisabled("%s", words(session, "widget.marked", {{"note", spec.marked_note}}).c_str());
    ImGui::TextDisabled("%s", words(session, "widget.type_value"));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

/// A small reset button at the end of a control's row; true when pressed.
bool reset_button(const session::Session& session, const char* id, bool enabled, float x = 0.0f) {
    ImGui::SameLine(x);
    ImGui::PushID(id);
    if (!enabled) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * 0.35f);
    const float side = ImGui::GetFrameHeight();
    const bool pressed =
        ImGui::Button("\xe2\x86\xba", ImVec2(side, side)) && enabled;  // U+21BA anticlockwise open circle arrow
    if (!enabled) ImGui::PopStyleVar();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, enabled ? "widget.reset" : "widget.at_default"));
    ImGui::PopID();
    return pressed;
}

float reset_button_width() { return std::ceil(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x) + 1.0f; }

/// Width of the "-" and "+" buttons beside a slider with a step.
float step_buttons_width(const NumberSpec& spec) {
    if (spec.step <= 0.0) return 0.0f;
    return 2.0f * (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
}

/// The slider's x for `value` (a linear slider: the grab's centre travels between the frame's ends less the
/// grab's half width and ImGui's 2 px padding).
float slider_x(const ImVec2& lo, const ImVec2& hi, const NumberSpec& spec, double value) {
    const float grab = ImGui::GetStyle().GrabMinSize;
    const float usable = hi.x - lo.x - 4.0f - grab;
    const double t = std::clamp((value - spec.min) / (spec.max - spec.min), 0.0, 1.0);
    return lo.x + 2.0f + grab * 0.5f + static_cast<float>(t) * usable;
}

/// A band under the slider over the marked part of the range.
void mark_range(const NumberSpec& spec) {
    if (spec.marked_hi <= spec.marked_lo || spec.logarithmic) return;
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    const float thick = std::max(2.0f, std::round(ImGui::GetFontSize() * 0.15f));
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(slider_x(lo, hi, spec, spec.marked_lo), hi.y - thick),
                                              ImVec2(slider_x(lo, hi, spec, spec.marked_hi), hi.y),
                                              ImGui::GetColorU32(ImGuiCol_PlotHistogram));
}

/// "-" and "+" after the slider: one step each, clamped to the range.
bool step_buttons(const session::Session& session, double& value, const NumberSpec& spec) {
    if (spec.step <= 0.0) return false;
    const float side = ImGui::GetFrameHeight();
    bool changed = false;
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::PushButtonRepeat(true);
    if (ImGui::Button("-", ImVec2(side, side))) {
        value = std::clamp(std::round((value - spec.step) / spec.step) * spec.step, spec.min, spec.max);
        changed = true;
    }
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::Button("+", ImVec2(side, side))) {
        value = std::clamp(std::round((value + spec.step) / spec.step) * spec.step, spec.min, spec.max);
        changed = true;
    }
    ImGui::PopButtonRepeat();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(
            "%s", session::words(session, "widget.step", {{"step", session::formatted_number("%g", spec.step)}, {"unit", spec.unit}})
                      .c_str());
    return changed;
}

}  // namespace

bool number_control(const session::Session& session, const char* id, double& value, double default_value,
                    const NumberSpec& spec) {
    ImGui::PushID(id);
    ImGui::TextWrapped("%s", spec.label);
    char range[64];
    std::snprintf(range, sizeof range, "(%s, %g-%g)", spec.unit, spec.min, spec.max);
    same_line_if_fits(ImGui::CalcTextSize(range).x);
    ImGui::TextDisabled("%s", range);
    if (ImGui::IsItemHovered()) number_tooltip(session, spec, default_value);
    ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - reset_button_width() - step_buttons_width(spec),
                                     ImGui::GetFontSize() * 4.0f));
    ImGuiSliderFlags flags = ImGuiSliderFlags_AlwaysClamp;
    if (spec.logarithmic) flags |= ImGuiSliderFlags_Logarithmic;
    char format[48];
    std::snprintf(format, sizeof format, "%s %s", spec.format, spec.unit);
    bool changed = ImGui::SliderScalar("##v", ImGuiDataType_Double, &value, &spec.min, &spec.max, format, flags);
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) number_tooltip(session, spec, default_value);
    mark_range(spec);
    changed |= step_buttons(session, value, spec);
    if (reset_button(session, "reset", value != default_value)) {
        value = default_value;
        changed = true;
    }
    if (spec.marked_note) {  // the band's key: a short bar of its colour, then what it marks
        const float bar_w = ImGui::GetFontSize() * 0.9f,
                    bar_h = std::max(2.0f, std::round(ImGui::GetFontSize() * 0.15f));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(bar_w, ImGui::GetTextLineHeight()));
        const float mid = at.y + 0.5f * ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, mid - 0.5f * bar_h),
                                                  ImVec2(at.x + bar_w, mid + 0.5f * bar_h),
                                                  ImGui::GetColorU32(ImGuiCol_PlotHistogram));
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", spec.marked_note);
        ImGui::PopTextWrapPos();
    }
    ImGui::PopID();
    return changed;
}

namespace {

void flag_tooltip(const session::Session& session, const char* meaning, bool default_value, const char* source) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(meaning);
    ImGui::TextUnformatted(session::words(session, default_value ? "widget.default_on" : "widget.default_off"));
    ImGui::TextDisabled("%s", session::words(session, "widget.source", {{"source", source}}).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

bool flag_control(const session::Session& session, const char* label, bool& value, bool default_value, const char* meaning,
                  const char* source) {
    ImGui::PushID(label);
    bool changed = ImGui::Checkbox("##box", &value);
    if (ImGui::IsItemHovered()) flag_tooltip(session, meaning, default_value, source);
    // The label wraps (long names at a large UI scale) and toggles the box when clicked.
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    const float reset_x = std::floor(ImGui::GetContentRegionMax().x - ImGui::GetFrameHeight()) - 1.0f;
    ImGui::PushTextWrapPos(reset_x - ImGui::GetStyle().ItemSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("%s", label);
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemClicked()) {
        value = !value;
        changed = true;
    }
    if (ImGui::IsItemHovered()) flag_tooltip(session, meaning, default_value, source);
    const float bottom = ImGui::GetCursorPosY();
    if (reset_button(session, "reset", value != default_value, reset_x)) {
        value = default_value;
        changed = true;
    }
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), bottom));
    ImGui::PopID();
    return changed;
}

namespace {

struct Word {
    std::size_t begin = 0, end = 0;  ///< bytes of the word (no surrounding spaces)
};

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        const std::size_t b = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        if (i > b) words.push_back({b, i});
    }
    return words;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '/'; }

/// The word without leading/trailing punctuation.
Word trim_punct(std::string_view text, Word w) {
    while (w.begin < w.end && !is_word_char(text[w.begin])) ++w.begin;
    while (w.end > w.begin && !is_word_char(text[w.end - 1])) --w.end;
    return w;
}

/// Names that look like glossary terms but are not ("Synapse" in the program's own name): never linked.
constexpr std::string_view kNotTerms[] = {"Synapse Lab"};

/// The number of words at words[i] that form one of kNotTerms (0: none).
std::size_t not_term_words(std::string_view text, const std::vector<Word>& words, std::size_t i) {
    for (const std::string_view name : kNotTerms) {
        const std::size_t n = static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
        if (i + n > words.size()) continue;
        const Word first = trim_punct(text, words[i]), last = trim_punct(text, words[i + n - 1]);
        if (first.begin < last.end && text.substr(first.begin, last.end - first.begin) == name) return n;
    }
    return 0;
}

}  // namespace

std::vector<TermMatch> find_terms(const content::Library& library, std::string_view text) {
    std::vector<TermMatch> matches;  // the first mention of each term only, so that text stays readable
    if (library.glossary().empty()) return matches;
    const std::vector<Word> words = split_words(text);
    for (std::size_t i = 0; i < words.size();) {
        std::size_t used = not_term_words(text, words, i);
        for (std::size_t n = std::min<std::size_t>(4, words.size() - i); n >= 1 && !used; --n) {
            const Word first = trim_punct(text, words[i]), last = trim_punct(text, words[i + n - 1]);
            if (first.begin >= last.end) continue;
            const std::string_view phrase = text.substr(first.begin, last.end - first.begin);
            if (phrase.size() < 3) continue;
            if (const content::GlossaryEntry* e = library.glossary_lookup(phrase)) {
                const bool seen =
                    std::any_of(matches.begin(), matches.end(), [&](const TermMatch& m) { return m.term == e->term; });
                if (!seen) matches.push_back({first.begin, last.end, e->term});
                used = n;
            }
        }
        i += used ? used : 1;
    }
    return matches;
}

void open_glossary(session::Session& session, Panels& panels, const std::string& term) {
    panels.sources.glossary_term = term;
    panels.sources.scroll_to_term = true;
    panels.sources.tab = RightTab::glossary;
    panels.sources.tab_requested = true;
    session::show_panel(session, session::Panel::right);
}

namespace {

/// Flow layout of one text: words placed left to right, wrapping at the window's content edge.
struct Flow {
    float left_x = 0.0f, right_x = 0.0f, space_w = 0.0f;
    float line_end_x = 0.0f;  ///< where the last item ended; 0 = at line start
    void place(float width) {
        if (line_end_x > 0.0f && line_end_x + space_w + width <= right_x) ImGui::SameLine(0.0f, space_w);
        line_end_x = 0.0f;
    }
    void placed() { line_end_x = ImGui::GetItemRectMax().x; }
};

void term_tooltip(const session::Session& session, const content::Library& library, const std::string& term) {
    const content::GlossaryEntry* e = library.glossary_lookup(term);
    if (!e) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    ImGui::TextUnformatted(e->term.c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(e->definition.c_str());
    ImGui::TextDisabled("%s", session::words(session, "widget.glossary_link"));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

void rich_text(session::Session& session, Panels& panels, std::string_view text, const RichTextOptions& options) {
    std::vector<TermMatch> terms;
    if (options.link_terms && session.content) terms = find_terms(*session.content, text);
    Flow flow;
    flow.left_x = ImGui::GetCursorScreenPos().x;
    flow.right_x = flow.left_x + ImGui::GetContentRegionAvail().x;
    flow.space_w = ImGui::CalcTextSize(" ").x;
    const ImVec4 link = link_color(session.view.theme);
    bool scrolled = false;
    std::size_t term_i = 0;
    for (const Word& w : split_words(text)) {
        while (term_i < terms.size() && terms[term_i].end <= w.begin) ++term_i;
        const bool in_term = term_i < terms.size() && w.begin < terms[term_i].end && w.end > terms[term_i].begin;
        const bool lit = w.begin < options.highlight_end && w.end > options.highlight_begin;
        const char* b = text.data() + w.begin;
        const char* e = text.data() + w.end;
        flow.place(ImGui::CalcTextSize(b, e).x);
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        if (lit) {
            const ImVec2 sz = ImGui::CalcTextSize(b, e);
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x - flow.space_w * 0.5f, pos.y),
                                                      ImVec2(pos.x + sz.x + flow.space_w * 0.5f, pos.y + sz.y),
                                                      highlight_color(session.view.theme));
        }
        if (in_term) ImGui::PushStyleColor(ImGuiCol_Text, link);
        ImGui::TextUnformatted(b, e);
        if (in_term) {
            ImGui::PopStyleColor();
            // Underline the term's own letters, not the punctuation around it ("NMDA," underlines "NMDA").
            const TermMatch& term = terms[term_i];
            const float x0 = ImGui::CalcTextSize(b, text.data() + std::max(w.begin, term.begin)).x;
            const float x1 = ImGui::CalcTextSize(b, text.data() + std::min(w.end, term.end)).x;
            const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddLine(ImVec2(mn.x + x0, mx.y), ImVec2(mn.x + x1, mx.y),
                                                ImGui::GetColorU32(link));
            if (ImGui::IsItemHovered()) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                term_tooltip(session, *session.content, terms[term_i].term);
            }
            if (ImGui::IsItemClicked()) open_glossary(session, panels, terms[term_i].term);
        }
        if (lit && options.scroll_to_highlight && !scrolled) {
            ImGui::SetScrollHereY(0.25f);
            scrolled = true;
        }
        flow.placed();
    }
}

void centered_dialog(float width_em, float height_em) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float fs = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(
        ImVec2(std::min(width_em * fs, vp->Size.x * 0.95f), std::min(height_em * fs, vp->Size.y * 0.9f)));
}

}  // namespace ui
