// Scenario files: strict JSON reading (json_reader: unknown keys, types; then ranges), atomic saving and presets.
#include "sim/scenario_io.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "json/reader.hpp"
#include "sim/limits.hpp"
#include "sim/number_text.hpp"

namespace sim {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::array<std::pair<Route, std::string_view>, 6> kRouteIds = {{
    {Route::iv_infusion, "iv_infusion"},
    {Route::iv_bolus, "iv_bolus"},
    {Route::intramuscular, "intramuscular"},
    {Route::intranasal, "intranasal"},
    {Route::sublingual, "sublingual"},
    {Route::oral, "oral"},
}};
constexpr std::array<std::pair<Drug, std::string_view>, 3> kDrugIds = {{
    {Drug::racemic, "racemic"},
    {Drug::esketamine, "esketamine"},
    {Drug::arketamine, "arketamine"},
}};

using json_reader::number_text;

std::optional<std::string> check_range(const std::string& field, double v, double lo, double hi, const char* unit) {
    if (!std::isfinite(v)) return field + ": must be a finite number, got " + number_text(v);
    if (v >= lo && v <= hi) return std::nullopt;
    std::string msg = field + ": must be between " + number_text(lo) + " and " + number_text(hi);
    if (*unit) msg += std::string(" ") + unit;
    return msg + ", got " + number_text(v);
}

std::optional<std::string> dose_error(const Dose& d, const std::string& f) {
    namespace L = limits;
    if (auto e = check_range(f + ".start_h", d.start_h, L::kDoseStartMin_h, L::kDoseStartMax_h, "h")) return e;
    if (auto e = check_range(f + ".amount_mg_per_kg", d.amount_mg_per_kg, L::kDosePerKgMin_mg_per_kg,
                             L::kDosePerKgMax_mg_per_kg, "mg/kg"))
        return e;
    if (auto e = check_range(f + ".amount_mg", d.amount_mg, L::kDoseMin_mg, L::kDoseMax_mg, "mg")) return e;
    return check_range(f + ".duration_min", d.duration_min, L::kInfusionMin_min, L::kInfusionMax_min, "min");
}

double dose_mg_per_kg(const Scenario& s, const Dose& d) {
    return d.amount_mg > 0.0 ? d.amount_mg / s.body_weight_kg : d.amount_mg_per_kg;
}

/// What a dose means in its scenario: one amount, within the per-kg limit for this body weight, given in the span.
std::optional<std::string> dose_in_context(const Scenario& s, const Dose& d, const std::string& f) {
    namespace L = limits;
    if (d.amount_mg > 0.0 && d.amount_mg / s.body_weight_kg > L::kDosePerKgMax_mg_per_kg)
        return f + ".amount_mg: " + number_text(d.amount_mg) + " mg is " + number_text(d.amount_mg / s.body_weight_kg) +
               " mg/kg for " + number_text(s.body_weight_kg) + " kg, above the " +
               number_text(L::kDosePerKgMax_mg_per_kg) + " mg/kg limit";
    if (d.start_h > s.duration_days * 24.0)
        return f + ".start_h: " + number_text(d.start_h) + " h is after the end of the simulated span (" +
               number_text(s.duration_days) + " days; raise duration_days)";
    return std::nullopt;
}

// ---- strict JSON reading -------------------------------------------------------------------

using json_reader::Array;
using json_reader::Object;
using json_reader::Value;

template <class E, std::size_t N>
std::optional<E> read_choice(const Value& v, const std::array<std::pair<E, std::string_view>, N>& ids) {
    const std::optional<std::string> id = v.string();
    if (!id) return std::nullopt;
    for (const auto& [value, name] : ids)
        if (name == *id) return value;
    std::vector<std::string_view> names;
    for (const auto& [value, name] : ids) names.push_back(name);
    v.error("expected " + json_reader::choice_list(names) + ", got '" + *id + "'");
    return std::nullopt;
}

/// A field that is a non-negative finite number, read into `out` when present.
void read_amount(const Object& o, std::string_view key, double& out) {
    const auto v = o.get(key);
    if (!v) return;
    const std::optional<double> x = v->number();
    if (x && *x < 0.0) v->error("must not be negative, got " + number_text(*x));
    if (x && *x >= 0.0) out = *x;
}

void read_flag(const Object& o, std::string_view key, bool& out) {
    if (const auto b = o.boolean(key)) out = *b;
}

void read_text(const Object& o, std::string_view key, std::string& out) {
    if (const auto t = o.string(key)) out = *t;
}

Dose read_dose(const Value& v) {
    Dose d;
    const auto o = v.object();
    if (!o) return d;
    o->allow_only({"start_h", "route", "amount_mg_per_kg", "amount_mg", "duration_min"});
    read_amount(*o, "start_h", d.start_h);
    if (const auto route = o->get("route"))
        if (const auto r = read_choice(*route, kRouteIds)) d.route = *r;
    read_amount(*o, "amount_mg_per_kg", d.amount_mg_per_kg);
    read_amount(*o, "amount_mg", d.amount_mg);
    if (d.amount_mg > 0.0 && o->has("amount_mg_per_kg") && d.amount_mg_per_kg > 0.0)
        v.error("give either amount_mg or amount_mg_per_kg, not both");
    read_amount(*o, "duration_min", d.duration_min);
    return d;
}

void read_doses(const Object& o, Scenario& s) {
    const auto v = o.get("doses");
    if (!v) return;
    const auto list = v->array();
    if (!list) return;
    if (list->size() > limits::kMaxDoses)
        v->fail("at most " + std::to_string(limits::kMaxDoses) + " doses, got " + std::to_string(list->size()));
    s.doses.clear();
    for (std::size_t i = 0; i < list->size(); ++i) s.doses.push_back(read_dose((*list)[i]));
}

void read_switches(const Object& o, Scenario& s) {
    if (const auto v = o.get("experiments"))
        if (const auto e = v->object()) {
            e->allow_only({"rapamycin", "nbqx", "val66met", "mglur23_agonist", "chronic_stress"});
            read_flag(*e, "rapamycin", s.experiments.rapamycin);
            read_flag(*e, "nbqx", s.experiments.nbqx);
            read_flag(*e, "val66met", s.experiments.val66met);
            read_flag(*e, "mglur23_agonist", s.experiments.mglur23_agonist);
            read_flag(*e, "chronic_stress", s.experiments.chronic_stress);
        }
    if (const auto v = o.get("hypotheses"))
        if (const auto h = v->object()) {
            h->allow_only({"disinhibition", "blockade_at_rest"});
            read_flag(*h, "disinhibition", s.hypotheses.disinhibition);
            read_flag(*h, "blockade_at_rest", s.hypotheses.blockade_at_rest);
        }
    if (const auto v = o.get("params"))
        if (const auto p = v->object()) {
            p->allow_only({"magnesium_mM"});
            read_amount(*p, "magnesium_mM", s.params.magnesium_mM);
        }
}

std::string read_file_text(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw std::runtime_error(path + ": is a directory, not a scenario file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open file");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

std::string_view route_id(Route route) {
    for (const auto& [r, id] : kRouteIds)
        if (r == route) return id;
    return "unknown";
}

std::optional<Route> route_from_id(std::string_view id) {
    for (const auto& [r, name] : kRouteIds)
        if (name == id) return r;
    return std::nullopt;
}

std::vector<std::string_view> route_ids() {
    std::vector<std::string_view> ids;
    for (const auto& [r, id] : kRouteIds) ids.push_back(id);
    return ids;
}

std::vector<std::string_view> drug_ids() {
    std::vector<std::string_view> ids;
    for (const auto& [d, id] : kDrugIds) ids.push_back(id);
    return ids;
}

std::string_view drug_id(Drug drug) {
    for (const auto& [d, id] : kDrugIds)
        if (d == drug) return id;
    return "unknown";
}

std::optional<Drug> drug_from_id(std::string_view id) {
    for (const auto& [d, name] : kDrugIds)
        if (name == id) return d;
    return std::nullopt;
}

std::optional<std::string> validation_error(const Scenario& s) {
    namespace L = limits;
    if (s.name.size() > L::kMaxNameLength) return "name: at most " + std::to_string(L::kMaxNameLength) + " characters";
    if (s.description.size() > L::kMaxDescriptionLength)
        return "description: at most " + std::to_string(L::kMaxDescriptionLength) + " characters";
    if (auto e = check_range("body_weight_kg", s.body_weight_kg, L::kBodyWeightMin_kg, L::kBodyWeightMax_kg, "kg"))
        return e;
    if (auto e = check_range("duration_days", s.duration_days, L::kDurationMin_days, L::kDurationMax_days, "days"))
        return e;
    if (auto e =
            check_range("params.magnesium_mM", s.params.magnesium_mM, L::kMagnesiumMin_mM, L::kMagnesiumMax_mM, "mM"))
        return e;
    if (s.doses.size() > L::kMaxDoses)
        return "doses: at most " + std::to_string(L::kMaxDoses) + " doses, got " + std::to_string(s.doses.size());
    double total_mg_per_kg = 0.0;
    for (std::size_t i = 0; i < s.doses.size(); ++i) {
        const std::string f = "doses[" + std::to_string(i) + "]";
        if (auto e = dose_error(s.doses[i], f)) return e;
        if (auto e = dose_in_context(s, s.doses[i], f)) return e;
        total_mg_per_kg += dose_mg_per_kg(s, s.doses[i]);
    }
    if (total_mg_per_kg > L::kTotalDoseMax_mg_per_kg)
        return "doses: at most " + number_text(L::kTotalDoseMax_mg_per_kg) + " mg/kg in all, got " +
               number_text(total_mg_per_kg) + " mg/kg";
    return std::nullopt;
}

void validate(const Scenario& scenario, const std::string& where) {
    if (auto e = validation_error(scenario)) throw std::runtime_error(where + ": " + *e);
}

Scenario scenario_from_json(const json& j, const std::string& where) {
    json_reader::Errors errors(where);
    const Scenario s = read_scenario(Value(j, "", errors));
    errors.throw_if_any();
    validate(s, where);
    return s;
}

Scenario read_scenario(const json_reader::Value& value) {
    Scenario s;
    const auto o = value.object();
    if (!o) return s;
    o->allow_only({"name", "description", "drug", "body_weight_kg", "duration_days", "doses", "experiments",
                   "hypotheses", "params"});
    read_text(*o, "name", s.name);
    read_text(*o, "description", s.description);
    if (const auto drug = o->get("drug"))
        if (const auto d = read_choice(*drug, kDrugIds)) s.drug = *d;
    read_amount(*o, "body_weight_kg", s.body_weight_kg);
    read_amount(*o, "duration_days", s.duration_days);
    read_doses(*o, s);
    read_switches(*o, s);
    return s;
}

json scenario_to_json(const Scenario& s) {
    json doses = json::array();
    for (const Dose& d : s.doses) {
        json dose = {{"start_h", d.start_h}, {"route", route_id(d.route)}, {"duration_min", d.duration_min}};
        if (d.amount_mg > 0.0)
            dose["amount_mg"] = d.amount_mg;  // the amount in use: amount_mg_per_kg is ignored then
        else
            dose["amount_mg_per_kg"] = d.amount_mg_per_kg;
        doses.push_back(dose);
    }
    const Experiments& e = s.experiments;
    return {{"name", s.name},
            {"description", s.description},
            {"drug", drug_id(s.drug)},
            {"body_weight_kg", s.body_weight_kg},
            {"duration_days", s.duration_days},
            {"doses", doses},
            {"experiments",
             {{"rapamycin", e.rapamycin},
              {"nbqx", e.nbqx},
              {"val66met", e.val66met},
              {"mglur23_agonist", e.mglur23_agonist},
              {"chronic_stress", e.chronic_stress}}},
            {"hypotheses",
             {{"disinhibition", s.hypotheses.disinhibition}, {"blockade_at_rest", s.hypotheses.blockade_at_rest}}},
            {"params", {{"magnesium_mM", s.params.magnesium_mM}}}};
}

Scenario load_scenario_file(const std::string& path) {
    return scenario_from_json(json_reader::parse(read_file_text(path), path), path);
}

std::string scenario_file_text(const Scenario& scenario, const std::string& where) {
    validate(scenario, where);
    return scenario_to_json(scenario).dump(2) + "\n";
}

Scenario load_preset(const std::string& assets_dir, const std::string& name_or_path) {
    const bool is_path =
        name_or_path.find('/') != std::string::npos || (name_or_path.size() > 5 && name_or_path.ends_with(".json"));
    if (is_path) return load_scenario_file(name_or_path);
    const fs::path file = fs::path(assets_dir) / "scenarios" / (name_or_path + ".json");
    if (!fs::exists(file)) {
        std::string names;
        for (const std::string& n : list_presets(assets_dir)) names += (names.empty() ? "" : ", ") + n;
        throw std::runtime_error("unknown scenario '" + name_or_path + "' (presets: " + names + ")");
    }
    return load_scenario_file(file.string());
}

std::vector<std::string> list_presets(const std::string& assets_dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(assets_dir) / "scenarios", ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace sim
