// Scenario controls: every control shows unit, range, meaning and source, with per-control and global reset.
#include "ui/controls.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

#include "session/file_actions.hpp"
#include "session/timeline_axis.hpp"
#include "session/timeline_events.hpp"
#include "sim/limits.hpp"
#include "sim/scenario_io.hpp"
#include "sim/studied_range.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace lim = sim::limits;

void reset_all(session::Session& app) { app.model.scenario = app.default_scenario; }

namespace {

const NumberSpec kWeight{"Body weight",
                         "kg",
                         lim::kBodyWeightMin_kg,
                         lim::kBodyWeightMax_kg,
                         "%.0f",
                         "The patient's weight: doses in mg/kg scale with it, and clearance and volumes are per kg. "
                         "The model is meant for adults of 40-150 kg: per kg it gives a 3 kg patient the same curves "
                         "as a 70 kg one, which nothing measured supports.",
                         "70 kg, the reference adult of the PK studies (Kamp 2020; Clements 1982)."};
/// The dose slider reaches the top of anaesthetic induction (4.5 mg/kg); one pixel is about 0.015 mg/kg at
/// 1366x768 and the buttons step by 0.05 mg/kg. A scenario file may hold more (up to the model's limit).
constexpr double kDoseSliderMax_mg_per_kg = 5.0;
const NumberSpec kDosePerKg{"Dose",
                            "mg/kg",
                            lim::kDosePerKgMin_mg_per_kg,
                            kDoseSliderMax_mg_per_kg,
                            "%.2f",
                            "Amount given per kg of body weight. 0.5 mg/kg is the antidepressant dose; 1-4.5 mg/kg "
                            "induces anaesthesia.",
                            "0.5 mg/kg racemic IV over 40 min (Berman 2000; Zarate 2006).",
                            false,
                            0.05,
                            0.1,
                            1.0,
                            "studied in depression: 0.1-1 mg/kg (Fava 2018)"};
const NumberSpec kDoseMg{"Fixed dose",
                         "mg",
                         lim::kDoseMin_mg,
                         200.0,
                         "%.0f",
                         "An absolute dose, as used for intranasal esketamine (56 or 84 mg). 0 = use mg/kg.",
                         "Spravato label: 56 or 84 mg intranasal esketamine."};
const NumberSpec kInfusion{"Infusion duration",
                           "min",
                           lim::kInfusionMin_min,
                           240.0,
                           "%.0f",
                           "How long the IV infusion runs; a longer infusion gives a lower, later peak.",
                           "40 min (Zarate 2006; Berman 2000).",
                           true};
const NumberSpec kStart{"Start time",
                        "h",
                        lim::kDoseStartMin_h,
                        24.0 * 60.0,
                        "%.1f",
                        "When this dose starts, hours after t = 0 (the first dose usually starts at 0).",
                        "0 h for a single dose; repeated courses: Murrough 2013 (6 infusions over 12 days).",
                        true};
const NumberSpec kMagnesium{"Extracellular Mg2+",
                            "mM",
                            lim::kMagnesiumMin_mM,
                            lim::kMagnesiumMax_mM,
                            "%.2f",
                            "Magnesium blocks NMDA channels voltage-dependently and competes with ketamine: more "
                            "Mg2+ raises ketamine's functional IC50 (about 3x at 1 mM).",
                            "1 mM, physiological (Kotermanski & Johnson 2009; approximate)."};
const NumberSpec kDuration{"Simulated span",
                           "days",
                           lim::kDurationMin_days,
                           lim::kDurationMax_days,
                           "%.0f",
                           "How many days the model runs; the effect fades by days 10-12, so 21 days shows it all.",
                           "21 days (Kishimoto 2016: advantage lost by days 10-12)."};

bool draw_presets(session::Session& app) {
    const std::vector<std::string> names = preset_names(app);
    const float width = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x;
    const std::string shown_name = app.model.scenario.name + (session::scenario_modified(app) ? " (modified)" : "");
    const std::string preview =
        fit_text(shown_name, width - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2.0f);
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (ImGui::BeginCombo("##preset", preview.c_str())) {
        for (const std::string& name : names)
            if (ImGui::Selectable(name.c_str(), name == app.model.scenario.name))
                changed = load_scenario_into(app, name);
        if (names.empty()) ImGui::TextDisabled("No presets found in assets/scenarios.");
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Shipped scenarios (assets/scenarios). Choosing one replaces every setting;\n"
            "its values become the defaults that the reset buttons return to.\n"
            "\"(modified)\": a control differs from the preset. Ctrl+Z undoes a change.");
    help_marker("A preset sets the whole scenario. Change any control below: the model reruns at once.");
    if (!app.model.scenario.description.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", app.model.scenario.description.c_str());
        ImGui::PopTextWrapPos();
    }
    return changed;
}

bool draw_drug(session::Session& app) {
    int drug = static_cast<int>(app.model.scenario.drug);
    const int def = static_cast<int>(app.default_scenario.drug);
    ImGui::TextUnformatted("Drug");
    help_marker(
        "Racemic ketamine is a 1:1 mix of S- and R-ketamine. S-ketamine (esketamine) binds the NMDA "
        "receptor about 4x more tightly (Ki 0.30 vs 1.4 µM; Ebert 1997). Default: the preset's drug; "
        "the standard antidepressant infusion is racemic (Zarate 2006).");
    const float radio = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    bool changed = ImGui::RadioButton("racemic", &drug, 0);
    same_line_if_fits(radio + ImGui::CalcTextSize("S (esketamine)").x);
    changed |= ImGui::RadioButton("S (esketamine)", &drug, 1);
    same_line_if_fits(radio + ImGui::CalcTextSize("R (arketamine)").x);
    changed |= ImGui::RadioButton("R (arketamine)", &drug, 2);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("R-ketamine (arketamine): weaker at the NMDA receptor (Ki 1.4 µM).");
    if (drug != def) {
        same_line_if_fits(ImGui::GetFrameHeight());
        if (ImGui::SmallButton("\xe2\x86\xba##drug")) {
            drug = def;
            changed = true;
        }
    }
    app.model.scenario.drug = static_cast<sim::Drug>(drug);
    return changed;
}

bool draw_route(sim::Dose& dose, sim::Route default_route) {
    int route = static_cast<int>(dose.route);
    const char* names[] = {"IV infusion", "IV bolus", "intramuscular", "intranasal", "sublingual", "oral"};
    ImGui::TextUnformatted("Route");
    help_marker(
        "How the drug is given. Bioavailability F: IV 1.0, intramuscular 0.93, intranasal about 0.45-0.48, "
        "sublingual 0.29, oral 0.17-0.20 (Clements 1982; Yanagihara 2003; Rolan 2014; Spravato label). "
        "Default: the preset's route; the standard is an IV infusion over 40 min (Zarate 2006).");
    const float side = ImGui::GetFrameHeight();
    ImGui::SetNextItemWidth(-side - ImGui::GetStyle().ItemSpacing.x - 1.0f);
    bool changed = ImGui::Combo("##route", &route, names, 6);
    ImGui::SameLine();
    if (ImGui::Button("\xe2\x86\xba##route", ImVec2(side, side)) && dose.route != default_route) {
        route = static_cast<int>(default_route);
        changed = true;
    }
    dose.route = static_cast<sim::Route>(route);
    return changed;
}

bool draw_dose(session::Session& app, std::size_t i) {
    sim::Dose& dose = app.model.scenario.doses[i];
    const sim::Dose def = i < app.default_scenario.doses.size() ? app.default_scenario.doses[i] : sim::Dose{};
    ImGui::PushID(static_cast<int>(i));
    bool changed = draw_route(dose, def.route);
    if (dose.amount_mg <= 0.0)
        changed |= number_control("mgkg", dose.amount_mg_per_kg, def.amount_mg_per_kg, kDosePerKg);
    if (dose.route == sim::Route::intranasal || dose.amount_mg > 0.0)
        changed |= number_control("mg", dose.amount_mg, def.amount_mg, kDoseMg);
    if (dose.route == sim::Route::iv_infusion)
        changed |= number_control("inf", dose.duration_min, def.duration_min, kInfusion);
    if (i > 0) changed |= number_control("start", dose.start_h, def.start_h, kStart);
    ImGui::PopID();
    return changed;
}

bool draw_schedule(session::Session& app) {
    bool changed = false;
    auto& doses = app.model.scenario.doses;
    if (doses.empty()) doses.push_back(sim::Dose{});
    for (std::size_t i = 0; i < doses.size(); ++i) {
        char title[96];
        std::snprintf(title, sizeof title, "Dose %zu at %s###dose%zu", i + 1,
                      session::cursor_time_text(doses[i].start_h).c_str(), i);
        if (doses.size() == 1 || ImGui::TreeNodeEx(title, i == 0 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
            changed |= draw_dose(app, i);
            if (doses.size() > 1) ImGui::TreePop();
        }
    }
    ImGui::TextUnformatted("Schedule");
    help_marker(
        "Single dose, or a repeated course. Murrough 2013: 6 infusions over 12 days (Mon-Wed-Fri), "
        "70.8 % response; median relapse 18 days after the last.");
    if (ImGui::Button("Single dose")) {
        session::apply_course(app, 1, 0.0);
        changed = true;
    }
    same_line_if_fits(button_width("6 over 12 days"));
    if (ImGui::Button("6 over 12 days")) {
        session::apply_course(app, 6, 56.0);
        changed = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Six doses like the first, about every 2.3 days (Murrough 2013).");
    same_line_if_fits(button_width("+ dose"));
    if (ImGui::Button("+ dose") && doses.size() < lim::kMaxDoses) {
        sim::Dose d = doses.back();
        d.start_h += 48.0;
        doses.push_back(d);
        changed = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add a dose like the last one, 2 days later.");
    if (doses.size() > 1) {
        same_line_if_fits(button_width("- dose"));
        if (ImGui::Button("- dose")) {
            doses.pop_back();
            changed = true;
        }
    }
    if (changed) session::fit_span_to_doses(app.model.scenario);
    return changed;
}

bool draw_experiments(session::Session& app) {
    sim::Experiments& e = app.model.scenario.experiments;
    const sim::Experiments& d = app.default_scenario.experiments;
    bool changed = false;
    changed |= flag_control("Rapamycin (mTORC1 blocked)", e.rapamycin, d.rapamycin,
                            "Pretreatment with the mTORC1 inhibitor rapamycin: blocks the new synapses and the "
                            "behavioural response completely.",
                            "Li et al., Science 2010.");
    changed |= flag_control("NBQX (AMPA blocked)", e.nbqx, d.nbqx,
                            "The AMPA receptor antagonist NBQX: the glutamate surge no longer drives BDNF and mTOR, "
                            "and the antidepressant effect is lost.",
                            "Maeng et al. 2008.");
    changed |= flag_control("BDNF Val66Met (Met carrier)", e.val66met, d.val66met,
                            "The Met allele impairs activity-dependent BDNF release and blunts ketamine's "
                            "synaptogenic response (approximate size).",
                            "Liu et al., Biol Psychiatry 2012.");
    changed |= flag_control("mGluR2/3 agonist", e.mglur23_agonist, d.mglur23_agonist,
                            "A presynaptic mGluR2/3 agonist brakes glutamate release: it blocks the surge.",
                            "Moghaddam et al. 1997.");
    changed |= flag_control("Chronic stress", e.chronic_stress, d.chronic_stress,
                            "A stressed baseline: fewer prefrontal spines to start with, which ketamine restores.",
                            "Li et al. 2011; Moda-Sava et al., Science 2019.");
    return changed;
}

bool draw_hypotheses(session::Session& app) {
    sim::Hypotheses& h = app.model.scenario.hypotheses;
    const sim::Hypotheses& d = app.default_scenario.hypotheses;
    bool changed = false;
    changed |= flag_control("Disinhibition", h.disinhibition, d.disinhibition,
                            "Ketamine blocks NMDA receptors on GABA interneurons first; they fire less, pyramidal "
                            "neurons fire more and release a burst of glutamate.",
                            "Homayoun & Moghaddam 2007; Moghaddam 1997.");
    changed |= flag_control("Blockade at rest", h.blockade_at_rest, d.blockade_at_rest,
                            "Blocking NMDA receptors at rest switches off eEF2 kinase, which de-suppresses rapid "
                            "BDNF translation, without needing a glutamate surge.",
                            "Autry et al., Nature 2011.");
    if (!h.disinhibition && !h.blockade_at_rest) ImGui::TextDisabled("Both off: nothing triggers the cascade.");
    return changed;
}

bool draw_advanced(session::Session& app) {
    bool changed = number_control("mg", app.model.scenario.params.magnesium_mM,
                                  app.default_scenario.params.magnesium_mM, kMagnesium);
    if (number_control("span", app.model.scenario.duration_days, app.default_scenario.duration_days, kDuration)) {
        session::fit_span_to_doses(app.model.scenario);  // never shorter than three weeks after the last dose
        changed = true;
    }
    return changed;
}

void draw_compare(session::Session& app) {
    if (ImGui::Button("Pin this run")) pin_baseline(app, "pinned: " + app.model.scenario.name);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Keep the current run as a dashed baseline on every plot,\nthen change a control to compare.");
    if (app.pinned) {
        same_line_if_fits(button_width("Clear"));
        if (ImGui::Button("Clear")) app.pinned.reset();
    }
    same_line_if_fits(button_width("vs rapamycin"));
    if (ImGui::Button("vs rapamycin")) {
        sim::Scenario with = app.model.scenario;
        with.experiments.rapamycin = false;
        app.model.scenario.experiments.rapamycin = true;
        pin_baseline(app, with, "without rapamycin");
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Pin the run without rapamycin, then switch rapamycin on.");
    if (app.pinned) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("Dashed: %s", app.pinned->label.c_str());
        if (session::pinned_schedule_differs(app)) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.6f, 0.15f, 1.0f));
            ImGui::TextUnformatted(
                "The dashed run was given on another schedule: pin again to compare like with like.");
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
void draw_person_picker(session::Session& app) {
    session::Population& population = app.population;
    const std::string current = session::person_label(app, population.person);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##person", current.c_str())) {
        for (const session::PersonChoice& choice : session::person_choices(app)) {
            const bool selected = choice == population.person;
            if (ImGui::Selectable(session::person_label(app, choice).c_str(), selected)) population.person = choice;
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        wrapped_tooltip(
            "Whose run the scene and its readout show; the plots draw it as a thin line. The same dose "
            "reaches different levels in different people.\n\n" +
            session::variability_basis_text());
}

/// "Show differences between people": the virtual population's bands on every plot, and the person picker.
void draw_population(session::Session& app) {
    // On two lines where the panel is narrow (1366x768); the id stays the same either way.
    const char* label = "Show differences between people###population";
    const float one_line =
        ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
    if (one_line > ImGui::GetContentRegionAvail().x) label = "Show differences\nbetween people###population";
    ImGui::Checkbox(label, &app.population.shown);
    if (ImGui::IsItemHovered())
        wrapped_tooltip("A virtual population of " + std::to_string(app.population.spec.people) +
                        " people whose constants differ: every plot draws the median, the middle half (25-75 %) "
                        "and the 5-95 % band behind the typical person's line.");
    if (!app.population.shown) return;
    draw_person_picker(app);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", session::population_note(app).c_str());
    ImGui::PopTextWrapPos();
}

/// "outside the studied range: the model extrapolates", with the reasons, when the scenario is.
void draw_studied_range_note(const session::Session& app) {
    const std::vector<std::string> reasons = sim::extrapolation_reasons(app.model.scenario);
    if (reasons.empty()) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, series_color(app.view.theme, 3));
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
void dose_response_chart(const session::Session& app, const std::vector<sim::DoseResponsePoint>& points) {
    const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFontSize() * 8.0f;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled), frame = ImGui::GetColorU32(ImGuiCol_FrameBg);
    const float studied = dose_x(sim::kStudiedDoseMax_mg_per_kg, o.x, w);
    dl->AddRectFilled(o, ImVec2(o.x + w, o.y + h), frame);
    dl->AddRectFilled(ImVec2(studied, o.y), ImVec2(o.x + w, o.y + h), ImGui::GetColorU32(ImGuiCol_TextDisabled, 0.18f));
    dl->AddText(ImVec2(studied + 3.0f, o.y + 2.0f), text, "extrapolated");
    const double top = top_of(points);
    for (int series = 0; series < 2; ++series) {
        const sim::Route route = series == 0 ? sim::Route::iv_infusion : sim::Route::iv_bolus;
        const ImU32 color = series_color(app.view.theme, static_cast<std::size_t>(series));
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

void dose_response_table(const std::vector<sim::DoseResponsePoint>& points) {
    if (!ImGui::BeginTable("##doseresponse", 5, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_RowBg)) return;
    for (const char* header : {"mg/kg", "inf.", "days", "bolus", "days"}) ImGui::TableSetupColumn(header);
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
void draw_dose_response(const session::Session& app, session::DoseResponseView& view) {
    const auto& points = session::dose_response_points(view, app.model.scenario);
    dose_response_chart(app, points);
    ImGui::PushStyleColor(ImGuiCol_Text, series_color(app.view.theme, 0));
    ImGui::TextUnformatted("40-min infusion");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, series_color(app.view.theme, 1));
    ImGui::TextUnformatted("bolus");
    ImGui::PopStyleColor();
    ImGui::TextDisabled("y: peak index (top %.2f); x: mg/kg, log scale", top_of(points));
    dose_response_table(points);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled(
        "Peak of the clinical teaching index, and days it stays at or above %.1f, after one dose. A plateau: "
        "0.1-0.2 mg/kg weaker, 0.5 and 1.0 similar (Fava 2018); anaesthetic doses no better, since release "
        "is suppressed under anaesthesia and the BDNF store is limited (Lii 2023: no benefit under general "
        "anaesthesia). * outside the studied 0.1-1 mg/kg: the model extrapolates. As CSV: "
        "synapse-lab --dose-response OUT.csv.",
        sim::kDoseResponseEffectLevel);
    ImGui::PopTextWrapPos();
}

bool section(const char* title, bool open_by_default) {
    return ImGui::CollapsingHeader(title, open_by_default ? ImGuiTreeNodeFlags_DefaultOpen : 0);
}

}  // namespace

bool draw_scenario_controls(session::Session& app, session::DoseResponseView& dose_response) {
    bool changed = false;
    if (draw_presets(app)) return true;
    if (section("Dose and patient", true)) {
        changed |= draw_drug(app);
        changed |= draw_schedule(app);
        changed |=
            number_control("weight", app.model.scenario.body_weight_kg, app.default_scenario.body_weight_kg, kWeight);
        draw_studied_range_note(app);
    }
    if (section("Virtual experiments", true)) changed |= draw_experiments(app);
    if (section("Compare runs", true)) draw_compare(app);
    if (section("Differences between people", true)) draw_population(app);
    if (section("Hypotheses", false)) changed |= draw_hypotheses(app);
    if (section("Dose-response", false)) draw_dose_response(app, dose_response);
    if (section("Model parameters", false)) changed |= draw_advanced(app);
    ImGui::Spacing();
    if (ImGui::Button("Reset all")) {
        reset_all(app);
        return true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Every control back to the preset's values.");
    return changed;
}

}  // namespace ui
