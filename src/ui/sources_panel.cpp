// Right panel: quotes with fact-check badges and source credits, caveats, glossary, about the science, source
// viewer.
#include "ui/sources_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "session/words.hpp"
#include "sim/citations.hpp"
#include "sim/evidence.hpp"
#include "sim/sensitivity.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

sim::Stage shown_stage(const session::Session& session, const Panels& panels) {
    if (panels.sources.pinned_stage) return *panels.sources.pinned_stage;
    return trajectory(session).empty() ? sim::Stage::baseline : trajectory(session).at(session.time_h).stage;
}

void open_quote_in_source(Panels& panels, const std::string& quote_id) {
    panels.sources.open_quote_id = quote_id;
    panels.sources.scroll_to_quote = true;
}

namespace {

void stage_chooser(session::Session& session, Panels& panels) {
    const sim::Stage stage = shown_stage(session, panels);
    const std::string title(sim::stage_title(stage));
    const std::string full =
        panels.sources.pinned_stage ? title : session::words(session, "sources.stage_now", {{"stage", title}});
    const float width = ImGui::GetContentRegionAvail().x;
    const float room = width - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2.0f;
    const std::string preview = fit_text(full, room);  // shortened with an ellipsis rather than cut off
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##stage", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(session::words(session, "sources.follow_cursor"), !panels.sources.pinned_stage))
            panels.sources.pinned_stage.reset();
        ImGui::Separator();
        for (sim::Stage s : sim::kAllStages)
            if (ImGui::Selectable(std::string(sim::stage_title(s)).c_str(), panels.sources.pinned_stage == s))
                panels.sources.pinned_stage = s;
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", session::words(session, "sources.stage_chooser.tooltip", {{"stage", full}}).c_str());
}

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

void reference_list(const session::Session& session, const std::vector<std::string>& keys) {
    if (keys.empty()) return;
    ImGui::TextDisabled("%s", session::words(session, "sources.refs"));
    for (const std::string& key : keys) {
        same_line_if_fits(ImGui::CalcTextSize(key.c_str()).x);
        ImGui::TextDisabled("%s", key.c_str());
        if (ImGui::IsItemHovered())
            if (const content::Reference* r = session.content->reference(key)) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
                ImGui::TextUnformatted(content::format_reference(*r).c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
    }
}

/// One badge per fact-check; clicking one opens its note below the quote.
void fact_check_badges(const session::Session& session, Panels& panels, const std::vector<const content::FactCheck*>& checks) {
    bool first = true;
    for (const content::FactCheck* fc : checks) {
        const std::string label =
            session::words(session, "sources.fact_check", {{"verdict", upper(fc->verdict)}}) + "##" + fc->id;
        if (!first) same_line_if_fits(button_width(label.c_str()));
        first = false;
        const ImVec4 col = verdict_color(fc->verdict);
        ImGui::PushStyleColor(ImGuiCol_Button, col);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(col.x * 1.15f, col.y * 1.15f, col.z * 1.15f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        if (ImGui::SmallButton(label.c_str()))
            panels.sources.open_factcheck_id = panels.sources.open_factcheck_id == fc->id ? "" : fc->id;
        ImGui::PopStyleColor(3);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", session::words(session, "sources.fact_check.tooltip", {{"words", fc->words}}).c_str());
    }
}

void fact_check_note(session::Session& session, Panels& panels, const content::FactCheck& fc) {
    ImGui::Indent();
    ImGui::PushStyleColor(ImGuiCol_Text, verdict_text_color(session.view.theme, fc.verdict));
    ImGui::TextWrapped("%s: \"%s\"", upper(fc.verdict).c_str(), fc.words.c_str());
    ImGui::PopStyleColor();
    rich_text(session, panels, fc.note);
    reference_list(session, fc.refs);
    ImGui::Unindent();
}

void quote_card(session::Session& session, Panels& panels, const content::Quote& q) {
    ImGui::PushID(q.id.c_str());
    const auto checks = session.content->fact_checks_for_quote(q.id);
    const std::string open_quote = "\xe2\x80\x9c";  // the text is shown between curly quotes
    RichTextOptions opts;
    if (!checks.empty())
        if (const auto r = content::find_verbatim(q.text, checks.front()->words)) {
            opts.highlight_begin = r->begin + open_quote.size();  // the fact-checked words
            opts.highlight_end = r->end + open_quote.size();
        }
    rich_text(session, panels, open_quote + q.text + "\xe2\x80\x9d", opts);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("\xe2\x80\x94 %s", content::describe_source(session.content->source_of(q)).c_str());
    ImGui::PopTextWrapPos();
    if (!q.note.empty()) rich_text(session, panels, q.note);
    fact_check_badges(session, panels, checks);
    for (const content::FactCheck* fc : checks)
        if (fc->id == panels.sources.open_factcheck_id) fact_check_note(session, panels, *fc);
    if (ImGui::SmallButton(session::words(session, "sources.show_in_source"))) open_quote_in_source(panels, q.id);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session::words(session, "sources.show_in_source.tooltip"));
    ImGui::Separator();
    ImGui::PopID();
}

void caveat_item(session::Session& session, Panels& panels, const content::Caveat& c) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::BeginGroup();
    if (c.kind == content::CaveatKind::source) {
        rich_text(session, panels, "\xe2\x80\x9c" + c.text + "\xe2\x80\x9d");
        if (const content::Source* s = session.content->source(c.source_id)) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("\xe2\x80\x94 %s", s->title.c_str());
            ImGui::PopTextWrapPos();
        }
    } else {
        rich_text(session, panels, c.text);
        reference_list(session, c.refs);
    }
    ImGui::EndGroup();
}

void caveats_section(session::Session& session, Panels& panels, const std::string& stage_id) {
    const auto caveats = session.content->caveats_for_stage(stage_id);
    const std::string header =
        session::words(session, "sources.caveats", {{"n", std::to_string(caveats.size())}}) + "###caveats";
    if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    for (const content::Caveat* c : caveats) {
        ImGui::PushID(c->id.c_str());
        caveat_item(session, panels, *c);
        ImGui::PopID();
    }
}

/// The species the stage's evidence comes from, with the human figure beside an animal one.
void evidence_line(const session::Session& session, sim::Stage stage) {
    const sim::StageEvidence e = sim::stage_evidence(stage);
    if (e.species.empty()) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", session::words(session, "sources.evidence", {{"species", std::string(e.species)},
                                                                          {"figure", std::string(e.human_figure)}})
                                  .c_str());
    ImGui::PopTextWrapPos();
}

void sources_tab(session::Session& session, Panels& panels) {
    stage_chooser(session, panels);
    evidence_line(session, shown_stage(session, panels));
    const std::string stage_id(sim::stage_id(shown_stage(session, panels)));
    const auto quotes = session.content->quotes_for_stage(stage_id);
    const std::string header =
        session::words(session, "sources.quotes", {{"n", std::to_string(quotes.size())}}) + "###quotes";
    if (ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        if (quotes.empty()) ImGui::TextDisabled("%s", session::words(session, "sources.no_quotes"));
        for (const content::Quote* q : quotes) quote_card(session, panels, *q);
    }
    caveats_section(session, panels, stage_id);
}

bool matches_filter(const content::GlossaryEntry& e, const std::string& filter) {
    if (filter.empty()) return true;
    auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    const std::string f = lower(filter);
    if (lower(e.term).find(f) != std::string::npos) return true;
    return std::any_of(e.aliases.begin(), e.aliases.end(),
                       [&](const std::string& a) { return lower(a).find(f) != std::string::npos; });
}

void glossary_entry(session::Session& session, Panels& panels, const content::GlossaryEntry& e) {
    const bool focus = e.term == panels.sources.glossary_term;
    if (focus && panels.sources.scroll_to_term) ImGui::SetNextItemOpen(true);
    if (!ImGui::TreeNodeEx(e.term.c_str(), focus ? ImGuiTreeNodeFlags_Selected : 0)) return;
    if (focus && panels.sources.scroll_to_term) {
        ImGui::SetScrollHereY(0.1f);
        panels.sources.scroll_to_term = false;
    }
    rich_text(session, panels, e.definition);
    if (!e.see_also.empty()) {
        ImGui::TextDisabled("%s", session::words(session, "sources.see_also"));
        for (const std::string& other : e.see_also) {
            same_line_if_fits(button_width(other.c_str()));
            ImGui::PushStyleColor(ImGuiCol_Text, link_color(session.view.theme));
            if (ImGui::SmallButton(other.c_str())) open_glossary(session, panels, other);
            ImGui::PopStyleColor();
        }
    }
    reference_list(session, e.refs);
    ImGui::TreePop();
}

void glossary_tab(session::Session& session, Panels& panels) {
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##filter", session::words(session, "sources.glossary_filter"), &panels.sources.glossary_filter);
    for (const content::GlossaryEntry& e : session.content->glossary())
        if (matches_filter(e, panels.sources.glossary_filter)) {
            ImGui::PushID(e.term.c_str());
            glossary_entry(session, panels, e);
            ImGui::PopID();
        }
    if (session.content->glossary().empty()) ImGui::TextDisabled("%s", session::words(session, "sources.no_glossary"));
}

/// The short form of the sensitivity table (docs/model.md has the full one): computed once, on the first
/// showing (about 75 runs of the standard infusion, some 0.1 s).
void sensitivity_summary(const session::Session& session) {
    static const std::vector<std::string> lines = sim::sensitivity_short_form(sim::sensitivity(sim::Scenario{}));
    ImGui::Spacing();
    ImGui::TextUnformatted(session::words(session, "about.sensitivity.title"));
    ImGui::Separator();
    ImGui::TextUnformatted(session::words(session, "about.sensitivity.method"));
    for (const std::string& line : lines) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", line.c_str());
    }
    ImGui::TextUnformatted(session::words(session, "about.sensitivity.verdict"));
}

void about_tab(session::Session& session, Panels& panels) {
    ImGui::PushTextWrapPos(0.0f);
    // SYNAPSE_VERSION: project(VERSION) in CMakeLists.txt
    ImGui::TextDisabled("%s", session::words(session, "about.version", {{"version", SYNAPSE_VERSION}}).c_str());
    ImGui::TextUnformatted(session::words(session, "about.title"));
    ImGui::Separator();
    rich_text(session, panels, session::words(session, "about.summary"));
    ImGui::TextDisabled("%s", session.content->notice().c_str());
    sensitivity_summary(session);
    ImGui::PopTextWrapPos();
    const auto model_keys = sim::model_citation_keys();
    ImGui::Spacing();
    ImGui::TextUnformatted(
        session::words(session, "about.references", {{"n", std::to_string(session.content->references().size())}}).c_str());
    help_marker(session::words(session, "about.references.help"));
    for (const content::Reference& r : session.content->references()) {
        const bool cited = std::find(model_keys.begin(), model_keys.end(), r.key) != model_keys.end();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::Bullet();
        ImGui::TextWrapped("%s%s%s", content::format_reference(r).c_str(), cited ? session::words(session, "about.reference.model") : "",
                           r.checked ? session::words(session, "about.reference.checked") : "");
        if (!r.note.empty()) ImGui::TextDisabled("   %s", r.note.c_str());
        ImGui::PopTextWrapPos();
    }
}

ImGuiTabItemFlags tab_flags(const Panels& panels, RightTab tab) {
    if (!panels.sources.tab_requested || panels.sources.tab != tab) return 0;
    return ImGuiTabItemFlags_SetSelected;
}

void tab(session::Session& session, Panels& panels, const char* label, RightTab which,
         void (*body)(session::Session&, Panels&)) {
    if (ImGui::BeginTabItem(label, nullptr, tab_flags(panels, which))) {
        if (!panels.sources.tab_requested) panels.sources.tab = which;
        ImGui::BeginChild("##scroll", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
        body(session, panels);
        ImGui::EndChild();
        ImGui::EndTabItem();
    }
}

}  // namespace

void draw_sources_panel(session::Session& session, Panels& panels) {
    if (!session.content) {
        ImGui::TextWrapped("%s", session::words(session, "sources.no_library"));
        return;
    }
    if (ImGui::BeginTabBar("##right")) {
        tab(session, panels, session::words(session, "panel.sources"), RightTab::sources, sources_tab);
        tab(session, panels, session::words(session, "panel.glossary"), RightTab::glossary, glossary_tab);
        tab(session, panels, session::words(session, "panel.about"), RightTab::about, about_tab);
        ImGui::EndTabBar();
    }
    panels.sources.tab_requested = false;
}

namespace {

/// The source text line by line; lines touching the quote are laid out word by word with the highlight.
void source_text(session::Session& session, Panels& panels, std::string_view text, content::ByteRange quote) {
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        if (line.empty()) {
            ImGui::Spacing();
        } else if (pos < quote.end && end > quote.begin) {
            RichTextOptions opts{false, quote.begin > pos ? quote.begin - pos : 0, std::min(quote.end, end) - pos,
                                 panels.sources.scroll_to_quote && quote.begin >= pos};
            rich_text(session, panels, line, opts);
            if (opts.scroll_to_highlight) panels.sources.scroll_to_quote = false;
        } else {
            ImGui::TextWrapped("%.*s", static_cast<int>(line.size()), line.data());
        }
        pos = end + 1;
    }
}

}  // namespace

void draw_source_viewer(session::Session& session, Panels& panels) {
    if (panels.sources.open_quote_id.empty() || !session.content) return;
    const content::Quote* q = session.content->quote(panels.sources.open_quote_id);
    if (!q) {
        panels.sources.open_quote_id.clear();
        return;
    }
    const content::Source& src = session.content->source_of(*q);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x * 0.9f, ImGui::GetFontSize() * 46.0f), vp->Size.y * 0.8f),
                             ImGuiCond_Always);
    bool open = true;
    const std::string title = session::words(session, "sources.source_title", {{"title", src.title}}) + "###source";
    if (panels.sources.scroll_to_quote) ImGui::SetNextWindowFocus();
    if (ImGui::Begin(title.c_str(), &open,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoResize)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", content::describe_source(src).c_str());
        if (!src.note.empty()) ImGui::TextDisabled("%s", src.note.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Separator();
        ImGui::BeginChild("##text", ImVec2(0, 0), false);
        source_text(session, panels, src.text, q->range);
        ImGui::EndChild();
    }
    ImGui::End();
    if (!open) panels.sources.open_quote_id.clear();
}

}  // namespace ui
