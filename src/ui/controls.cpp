// Scenario controls: every control shows unit, range, meaning and source, with per-control and global reset.
#include "ui/controls.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

#include "session/file_actions.hpp"
#include "session/keys.hpp"
#include "session/registry.hpp"
#include "session/words.hpp"
#include "sim/constants.hpp"
#include "session/view/timeline_axis.hpp"
#include "session/view/timeline_events.hpp"
#include "sim/limits.hpp"
#include "sim/scenario_io.hpp"
#include "sim/studied_range.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace lim = sim::limits;

void reset_all(session::Session& session) { session::apply_action(session, session::Action::reset_all); }

namespace {

using session::words;

/// The number control's spec of a registry control, in the session's words.
NumberSpec spec_of(const session::Session& session, const char* id) {
    const session::Control& c = *session::find_control(id);
    const std::string key = c.words_key;
    const bool marked = c.marked_hi > c.marked_lo;
    return {words(session, key), *c.unit != '\0' ? c.unit : words(session, key + ".unit"), c.min, c.max, c.format,
            words(session, key + ".meaning"), words(session, key + ".source"), c.logarithmic, c.step, c.marked_lo,
            c.marked_hi, marked ? words(session, key + ".marked") : nullptr};
}

/// A registry toggle as a check box with its tooltip and reset.
bool flag_of(const session::Session& session, const char* id, bool& value, bool default_value) {
    const std::string key = session::find_control(id)->words_key;
    return flag_control(session, words(session, key), value, default_value, words(session, key + ".meaning"),
                        words(session, key + ".source"));
}

/// A model constant as a tooltip quotes it: "0.93".
std::string two_decimals(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

bool draw_presets(session::Session& session) {
    const std::vector<std::string> names = preset_names(session);
    const float width = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x;
    const std::string shown_name =
        session::scenario_modified(session) ? words(session, "controls.modified", {{"name", session.model.scenario.name}})
                                        : session.model.scenario.name;
    const std::string preview =
        fit_text(shown_name, width - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2.0f);
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (ImGui::BeginCombo("##preset", preview.c_str())) {
        for (const std::string& name : names)
            if (ImGui::Selectable(name.c_str(), name == session.model.scenario.name))
                changed = load_scenario_into(session, name);
        if (names.empty()) ImGui::TextDisabled("%s", words(session, "controls.no_presets"));
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", words(session, "controls.presets.tooltip"));
    help_marker(words(session, "controls.presets.help"));
    if (!session.model.scenario.description.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", session.model.scenario.description.c_str());
        ImGui::PopTextWrapPos();
    }
    return changed;
}

bool draw_drug(session::Session& session) {
    int drug = static_cast<int>(session.model.scenario.drug);
    const int def = static_cast<int>(session.default_scenario.drug);
    ImGui::TextUnformatted(words(session, "control.drug"));
    help_marker(words(session, "control.drug.meaning"));
    const float radio = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    bool changed = ImGui::RadioButton(words(session, "control.drug.racemic"), &drug, 0);
    same_line_if_fits(radio + ImGui::CalcTextSize(words(session, "control.drug.esketamine")).x);
    changed |= ImGui::RadioButton(words(session, "control.drug.esketamine"), &drug, 1);
    same_line_if_fits(radio + ImGui::CalcTextSize(words(session, "control.drug.arketamine")).x);
    changed |= ImGui::RadioButton(words(session, "control.drug.arketamine"), &drug, 2);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", words(session, "control.drug.arketamine.tooltip"));
    if (drug != def) {
        same_line_if_fits(ImGui::GetFrameHeight());
        if (ImGui::SmallButton("\xe2\x86\xba##drug")) {
            drug = def;
            changed = true;
        }
    }
    if (changed) session::find_control("drug")->set(session.model.scenario, drug);
    return changed;
}

/// The route's tooltip, with the model's bioavailabilities (sim/constants.hpp).
std::string route_meaning(const session::Session& session) {
    namespace k = sim::k;
    return words(session, "control.route.meaning",
                 {{"f_im", two_decimals(k::kF_intramuscular)},
                  {"f_in_racemic", two_decimals(k::kF_intranasal_racemic)},
                  {"f_in_esketamine", two_decimals(k::kF_intranasal_esketamine)},
                  {"f_sl", two_decimals(k::kF_sublingual)},
                  {"f_oral_racemic", two_decimals(k::kF_oral_racemic)},
                  {"f_oral_esketamine", two_decimals(k::kF_oral_esketamine)}});
}

bool draw_route(const session::Session& session, sim::Dose& dose, sim::Route default_route) {
    int route = static_cast<int>(dose.route);
    std::vector<const char*> names;
    for (const std::string& id : session::find_control("route")->choice_ids())
        names.push_back(words(session, "route." + id));
    ImGui::TextUnformatted(words(session, "control.route"));
    help_marker(route_meaning(session).c_str());
    const float side = ImGui::GetFrameHeight();
    ImGui::SetNextItemWidth(-side - ImGui::GetStyle().ItemSpacing.x - 1.0f);
    bool changed = ImGui::Combo("##route", &route, names.data(), static_cast<int>(names.size()));
    ImGui::SameLine();
    if (ImGui::Button("\xe2\x86\xba##route", ImVec2(side, side)) && dose.route != default_route) {
        route = static_cast<int>(default_route);
        changed = true;
    }
    dose.route = static_cast<sim::Route>(route);
    return changed;
}

bool draw_dose(session::Session& session, std::size_t i) {
    sim::Dose& dose = session.model.scenario.doses[i];
    const sim::Dose def = i < session.default_scenario.doses.size() ? session.default_scenario.doses[i] : sim::Dose{};
    ImGui::PushID(static_cast<int>(i));
    bool changed = draw_route(session, dose, def.route);
    if (dose.amount_mg <= 0.0)
        changed |= number_control(session, "mgkg", dose.amount_mg_per_kg, def.amount_mg_per_kg, spec_of(session, "dose_mg_per_kg"));
    if (dose.route == sim::Route::intranasal || dose.amount_mg > 0.0)
        changed |= number_control(session, "mg", dose.amount_mg, def.amount_mg, spec_of(session, "dose_mg"));
    if (dose.route == sim::Route::iv_infusion)
        changed |= number_control(session, "inf", dose.duration_min, def.duration_min, spec_of(session, "infusion_min"));
    if (i > 0) changed |= number_control(session, "start", dose.start_h, def.start_h, spec_of(session, "dose_start_h"));
    ImGui::PopID();
    return changed;
}

bool draw_schedule(session::Session& session) {
    bool changed = false;
    auto& doses = session.model.scenario.doses;
    if (doses.empty()) doses.push_back(sim::Dose{});
    for (std::size_t i = 0; i < doses.size(); ++i) {
        const std::string title = words(session, "controls.dose_title",
                                        {{"n", std::to_string(i + 1)},
                                         {"time", session::cursor_time_text(doses[i].start_h)}}) +
                                  "###dose" + std::to_string(i);
        if (doses.size() == 1 || ImGui::TreeNodeEx(title.c_str(), i == 0 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
            changed |= draw_dose(session, i);
            if (doses.size() > 1) ImGui::TreePop();
        }
    }
    ImGui::TextUnformatted(words(session, "controls.schedule"));
    help_marker(words(session, "controls.schedule.help"));
    if (ImGui::Button(words(session, "controls.single_dose"))) {
        session::apply_course(session, 1, 0.0);
        changed = true;
    }
    same_line_if_fits(button_width(words(session, "controls.course")));
    if (ImGui::Button(words(session, "controls.course"))) {
        session::apply_course(session, 6, 56.0);
        changed = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", words(session, "controls.course.tooltip"));
    same_line_if_fits(button_width(words(session, "controls.add_dose")));
    if (ImGui::Button(words(session, "controls.add_dose")) && doses.size() < lim::kMaxDoses) {
        sim::Dose d = doses.back();
        d.start_h += 48.0;
        doses.push_back(d);
        changed = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", words(session, "controls.add_dose.tooltip"));
    if (doses.size() > 1) {
        same_line_if_fits(button_width(words(session, "controls.remove_dose")));
        if (ImGui::Button(words(session, "controls.remove_dose"))) {
            doses.pop_back();
            changed = true;
        }
    }
    if (changed) session::fit_span_to_doses(session.model.scenario);
    return changed;
}

bool draw_experiments(session::Session& session) {
    sim::Experiments& e = session.model.scenario.experiments;
    const sim::Experiments& d = session.default_scenario.experiments;
    bool changed = false;
    changed |= flag_of(session, "rapamycin", e.rapamycin, d.rapamycin);
    changed |= flag_of(session, "nbqx", e.nbqx, d.nbqx);
    changed |= flag_of(session, "val66met", e.val66met, d.val66met);
    changed |= flag_of(session, "mglur23_agonist", e.mglur23_agonist, d.mglur23_agonist);
    changed |= flag_of(session, "chronic_stress", e.chronic_stress, d.chronic_stress);
    return changed;
}

bool draw_hypotheses(session::Session& session) {
    sim::Hypotheses& h = session.model.scenario.hypotheses;
    const sim::Hypotheses& d = session.default_scenario.hypotheses;
    bool changed = false;
    changed |= flag_of(session, "disinhibition", h.disinhibition, d.disinhibition);
    changed |= flag_of(session, "blockade_at_rest", h.blockade_at_rest, d.blockade_at_rest);
    if (!h.disinhibition && !h.blockade_at_rest) ImGui::TextDisabled("%s", words(session, "controls.no_trigger"));
    return changed;
}

bool draw_advanced(session::Session& session) {
    bool changed = number_control(session, "mg", session.model.scenario.params.magnesium_mM,
                                  session.default_scenario.params.magnesium_mM, spec_of(session, "magnesium_mM"));
    if (number_control(session, "span", session.model.scenario.duration_days, session.default_scenario.duration_days,
                       spec_of(session, "duration_days"))) {
        session::fit_span_to_doses(session.model.scenario);  // never shorter than three weeks after the last dose
        changed = true;
    }
    return changed;
}

void draw_compare(session::Session& session) {
    if (ImGui::Button(words(session, "controls.pin"))) session::apply_action(session, session::Action::pin_baseline);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", words(session, "controls.pin.tooltip"));
    if (session.pinned) {
        same_line_if_fits(button_width(words(session, "controls.clear_pin")));
        if (ImGui::Button(words(session, "controls.clear_pin"))) session::apply_action(session, session::Action::clear_baseline);
    }
    same_line_if_fits(button_width(words(session, "controls.vs_rapamycin")));
    if (ImGui::Button(words(session, "controls.vs_rapamycin"))) {
        session::compare_with_rapamycin(session, words(session, "run.without_rapamycin"));
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", words(session, "controls.vs_rapamycin.tooltip"));
    if (session.pinned) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", words(session, "controls.dashed", {{"label", session.pinned->label}}).c_str());
        if (session::pinned_schedule_differs(session)) {
            ImGui::PushStyleColor(ImGuiCol_Text, status_color(session.view.theme, Status::caution));
            ImGui::TextUnformatted(words(session, "controls.dashed_schedule_differs"));
            ImGui::PopStyleColor();
        }
        ImGui::PopTextWrapPos();
    }
}

/// The tooltip's text, wrapped to a readable width.
void wrapped_tooltip(const std::string& text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

/// Whose run the scene shows: the typical person, the fastest or slowest metaboliser, or any person by number.
void draw_person_picker(session::Session& session) {
    session::Population& population = session.population;
    const std::string current = session::person_label(session, population.person);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##person", current.c_str())) {
        for (const session::PersonChoice& choice : session::person_choices(session)) {
            const bool selected = choice == population.person;
            if (ImGui::Selectable(session::person_label(session, choice).c_str(), selected)) population.person = choice;
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        wrapped_tooltip(std::string(words(session, "controls.person.tooltip")) + "\n\n" +
                        session::variability_basis_text(session));
}

/// "Show differences between people": the virtual population's bands on every plot, and the person picker.
void draw_population(session::Session& session) {
    // On two lines where the panel is narrow (1366x768); the id stays the same either way.
    std::string label = std::string(words(session, "controls.population")) + "###population";
    const float one_line = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                           ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
    if (one_line > ImGui::GetContentRegionAvail().x)
        label = std::string(words(session, "controls.population.two_lines")) + "###population";
    bool shown = session.population.shown;
    if (ImGui::Checkbox(label.c_str(), &shown)) session::show_population(session, shown);
    if (ImGui::IsItemHovered())
        wrapped_tooltip(
            words(session, "controls.population.tooltip", {{"people", std::to_string(session.population.spec.people)}}));
    if (!session.population.shown) return;
    draw_person_picker(session);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", session::population_note(session).c_str());
    ImGui::PopTextWrapPos();
}

/// "outside the studied range: the model extrapolates", with the reasons, when the scenario is.
void draw_studied_range_note(const session::Session& session) {
    const std::vector<std::string> reasons = sim::extrapolation_reasons(session.model.scenario);
    if (reasons.empty()) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, series_color(session.view.theme, 3));
    ImGui::TextUnformatted(sim::kExtrapolationHeading);
    ImGui::PopStyleColor();
    for (const std::string& r : reasons) ImGui::BulletText("%s", r.c_str());
    ImGui::PopTextWrapPos();
}

/// The chart's y-axis top: the largest peak and some room above it.
double top_of(const std::vector<sim::DoseResponsePoint>& points) {
    double top = 0.0;
    for (const auto& p : points) top = std::max(top, p.peak_effect);
    return top > 0.0 ? top * 1.15 : 1.0;
}

float dose_x(double dose_mg_per_kg, float x0, float width) {  // log scale, 0.1 to 4.5 mg/kg
    const double doses_max = sim::dose_response_doses().back(), doses_min = sim::dose_response_doses().front();
    return x0 + width * static_cast<float>(std::log(dose_mg_per_kg / doses_min) / std::log(doses_max / doses_min));
}

/// Peak effect against dose: the studied range clear, the rest shaded as extrapolation.
void dose_response_chart(const session::Session& session, const std::vector<sim::DoseResponsePoint>& points) {
    const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFontSize() * 8.0f;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled), frame = ImGui::GetColorU32(ImGuiCol_FrameBg);
    const float studied = dose_x(sim::kStudiedDoseMax_mg_per_kg, o.x, w);
    dl->AddRectFilled(o, ImVec2(o.x + w, o.y + h), frame);
    dl->AddRectFilled(ImVec2(studied, o.y), ImVec2(o.x + w, o.y + h), ImGui::GetColorU32(ImGuiCol_TextDisabled, 0.18f));
    dl->AddText(ImVec2(studied + 3.0f, o.y + 2.0f), text, words(session, "controls.dose_response.extrapolated"));
    const double top = top_of(points);
    for (int series = 0; series < 2; ++series) {
        const sim::Route route = series == 0 ? sim::Route::iv_infusion : sim::Route::iv_bolus;
        const ImU32 color = series_color(session.view.theme, static_cast<std::size_t>(series));
        std::vector<ImVec2> line;
        for (const auto& p : points)
            if (p.route == route)
                line.emplace_back(dose_x(p.dose_mg_per_kg, o.x, w),
                                  o.y + h * (1.0f - static_cast<float>(p.peak_effect / top)));
        dl->AddPolyline(line.data(), static_cast<int>(line.size()), color, 0, 2.0f);
        for (const ImVec2& v : line) dl->AddCircleFilled(v, 2.5f, color);
    }
    for (double tick : {0.1, 0.5, 1.0, 4.5}) {
        char label[16];
        std::snprintf(label, sizeof label, "%g", tick);
        const float x = dose_x(tick, o.x, w) - (tick == 4.5 ? ImGui::CalcTextSize(label).x : 0.0f);
        dl->AddText(ImVec2(x + 2.0f, o.y + h - ImGui::GetFontSize() - 1.0f), text, label);
    }
}

void dose_response_table(const session::Session& session, const std::vector<sim::DoseResponsePoint>& points) {
    if (!ImGui::BeginTable("##doseresponse", 5, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_RowBg)) return;
    ImGui::TableSetupColumn("mg/kg");
    for (const char* key : {"controls.dose_response.infusion_short", "controls.dose_response.days",
                            "controls.dose_response.bolus", "controls.dose_response.days"})
        ImGui::TableSetupColumn(words(session, key));
    ImGui::TableHeadersRow();
    const std::size_t n = points.size() / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& inf = points[i];
        const auto& bolus = points[n + i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%g%s", inf.dose_mg_per_kg, inf.extrapolated ? "*" : "");
        for (const auto* p : {&inf, &bolus}) {
            ImGui::TableNextColumn();
            ImGui::Text("%.2f", p->peak_effect);
            ImGui::TableNextColumn();
            ImGui::Text("%.1f", p->duration_h / 24.0);
        }
    }
    ImGui::EndTable();
}

/// Peak effect and duration against dose, for this drug, weight and experiments.
void draw_dose_response(const session::Session& session, session::DoseResponseView& view) {
    const auto& points = session::dose_response_points(view, session.model.scenario);
    dose_response_chart(session, points);
    ImGui::PushStyleColor(ImGuiCol_Text, series_color(session.view.theme, 0));
    ImGui::TextUnformatted(words(session, "controls.dose_response.infusion"));
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, series_color(session.view.theme, 1));
    ImGui::TextUnformatted(words(session, "controls.dose_response.bolus"));
    ImGui::PopStyleColor();
    ImGui::TextDisabled("%s", words(session, "controls.dose_response.axes", {{"top", two_decimals(top_of(points))}}).c_str());
    dose_response_table(session, points);
    ImGui::PushTextWrapPos(0.0f);
    char level[16];
    std::snprintf(level, sizeof level, "%.1f", sim::kDoseResponseEffectLevel);
    ImGui::TextDisabled("%s", words(session, "controls.dose_response.note", {{"level", level}}).c_str());
    ImGui::PopTextWrapPos();
}

/// A collapsing section; its id stays the same in every language.
bool section(const session::Session& session, const char* words_key, bool open_by_default) {
    const std::string title = std::string(words(session, words_key)) + "###" + words_key;
    return ImGui::CollapsingHeader(title.c_str(), open_by_default ? ImGuiTreeNodeFlags_DefaultOpen : 0);
}

}  // namespace

bool draw_scenario_controls(session::Session& session, session::DoseResponseView& dose_response) {
    bool changed = false;
    if (draw_presets(session)) return true;
    if (section(session, "controls.section.dose", true)) {
        changed |= draw_drug(session);
        changed |= draw_schedule(session);
        changed |= number_control(session, "weight", session.model.scenario.body_weight_kg, session.default_scenario.body_weight_kg,
                                  spec_of(session, "body_weight_kg"));
        draw_studied_range_note(session);
    }
    if (section(session, "controls.section.experiments", true)) changed |= draw_experiments(session);
    if (section(session, "controls.section.compare", true)) draw_compare(session);
    if (section(session, "controls.section.people", true)) draw_population(session);
    if (section(session, "controls.section.hypotheses", false)) changed |= draw_hypotheses(session);
    if (section(session, "controls.section.dose_response", false)) draw_dose_response(session, dose_response);
    if (section(session, "controls.section.parameters", false)) changed |= draw_advanced(session);
    ImGui::Spacing();
    if (ImGui::Button(words(session, "controls.reset_all"))) {
        session::apply_action(session, session::Action::reset_all);
        return true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", words(session, "command.reset_all.help"));
    return changed;
}

}  // namespace ui
