// Scenario files: strict JSON reading (unknown keys, types, ranges), atomic saving and presets.
#include "sim/scenario_io.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <stdexcept>

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

[[noreturn]] void fail(const std::string& where, const std::string& field, const std::string& message) {
    throw std::runtime_error(where + ": " + field + ": " + message);
}

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

struct Reader {
    const std::string& where;

    void object(const json& j, const std::string& field) const {
        if (!j.is_object()) fail(where, field.empty() ? "(top level)" : field, "must be an object");
    }
    void only_keys(const json& j, const std::string& prefix, std::initializer_list<std::string_view> keys) const {
        for (const auto& item : j.items())
            if (std::find(keys.begin(), keys.end(), item.key()) == keys.end())
                fail(where, prefix + item.key(), "unknown key");
    }
    void number(const json& j, const std::string& key, const std::string& field, double& out) const {
        if (!j.contains(key)) return;
        const json& v = j.at(key);
        if (!v.is_number()) fail(where, field, std::string("must be a number, got ") + v.type_name());
        out = v.get<double>();
        if (!std::isfinite(out)) fail(where, field, "must be a finite number, got " + number_text(out));
        if (out < 0.0) fail(where, field, "must not be negative, got " + number_text(out));
    }
    void boolean(const json& j, const std::string& key, const std::string& field, bool& out) const {
        if (!j.contains(key)) return;
        if (!j.at(key).is_boolean())
            fail(where, field, std::string("must be true or false, got ") + j.at(key).type_name());
        out = j.at(key).get<bool>();
    }
    void text(const json& j, const std::string& key, const std::string& field, std::string& out) const {
        if (!j.contains(key)) return;
        if (!j.at(key).is_string()) fail(where, field, std::string("must be a string, got ") + j.at(key).type_name());
        out = j.at(key).get<std::string>();
    }
    template <class E, std::size_t N>
    void enumeration(const json& j, const std::string& key, const std::string& field,
                     const std::array<std::pair<E, std::string_view>, N>& ids, E& out) const {
        std::string id;
        if (!j.contains(key)) return;
        text(j, key, field, id);
        for (const auto& [value, name] : ids)
            if (name == id) {
                out = value;
                return;
            }
        std::string names;
        for (const auto& [value, name] : ids) names += (names.empty() ? "" : ", ") + std::string(name);
        fail(where, field, "unknown value '" + id + "' (one of: " + names + ")");
    }
};

Dose read_dose(const Reader& r, const json& j, const std::string& f) {
    r.object(j, f);
    r.only_keys(j, f + ".", {"start_h", "route", "amount_mg_per_kg", "amount_mg", "duration_min"});
    Dose d;
    r.number(j, "start_h", f + ".start_h", d.start_h);
    r.enumeration(j, "route", f + ".route", kRouteIds, d.route);
    r.number(j, "amount_mg_per_kg", f + ".amount_mg_per_kg", d.amount_mg_per_kg);
    r.number(j, "amount_mg", f + ".amount_mg", d.amount_mg);
    if (d.amount_mg > 0.0 && j.contains("amount_mg_per_kg") && d.amount_mg_per_kg > 0.0)
        fail(r.where, f, "give either amount_mg or amount_mg_per_kg, not both");
    r.number(j, "duration_min", f + ".duration_min", d.duration_min);
    return d;
}

void read_doses(const Reader& r, const json& j, Scenario& s) {
    if (!j.contains("doses")) return;
    const json& list = j.at("doses");
    if (!list.is_array()) fail(r.where, "doses", std::string("must be an array, got ") + list.type_name());
    if (list.size() > limits::kMaxDoses)
        fail(r.where, "doses",
             "at most " + std::to_string(limits::kMaxDoses) + " doses, got " + std::to_string(list.size()));
    s.doses.clear();
    for (std::size_t i = 0; i < list.size(); ++i)
        s.doses.push_back(read_dose(r, list[i], "doses[" + std::to_string(i) + "]"));
}

void read_switches(const Reader& r, const json& j, Scenario& s) {
    if (j.contains("experiments")) {
        const json& e = j.at("experiments");
        r.object(e, "experiments");
        r.only_keys(e, "experiments.", {"rapamycin", "nbqx", "val66met", "mglur23_agonist", "chronic_stress"});
        r.boolean(e, "rapamycin", "experiments.rapamycin", s.experiments.rapamycin);
        r.boolean(e, "nbqx", "experiments.nbqx", s.experiments.nbqx);
        r.boolean(e, "val66met", "experiments.val66met", s.experiments.val66met);
        r.boolean(e, "mglur23_agonist", "experiments.mglur23_agonist", s.experiments.mglur23_agonist);
        r.boolean(e, "chronic_stress", "experiments.chronic_stress", s.experiments.chronic_stress);
    }
    if (j.contains("hypotheses")) {
        const json& h = j.at("hypotheses");
        r.object(h, "hypotheses");
        r.only_keys(h, "hypotheses.", {"disinhibition", "blockade_at_rest"});
        r.boolean(h, "disinhibition", "hypotheses.disinhibition", s.hypotheses.disinhibition);
        r.boolean(h, "blockade_at_rest", "hypotheses.blockade_at_rest", s.hypotheses.blockade_at_rest);
    }
    if (j.contains("params")) {
        const json& p = j.at("params");
        r.object(p, "params");
        r.only_keys(p, "params.", {"magnesium_mM"});
        r.number(p, "magnesium_mM", "params.magnesium_mM", s.params.magnesium_mM);
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
    const Reader r{where};
    r.object(j, "");
    r.only_keys(j, "",
                {"name", "description", "drug", "body_weight_kg", "duration_days", "doses", "experiments", "hypotheses",
                 "params"});
    Scenario s;
    r.text(j, "name", "name", s.name);
    r.text(j, "description", "description", s.description);
    r.enumeration(j, "drug", "drug", kDrugIds, s.drug);
    r.number(j, "body_weight_kg", "body_weight_kg", s.body_weight_kg);
    r.number(j, "duration_days", "duration_days", s.duration_days);
    read_doses(r, j, s);
    read_switches(r, j, s);
    validate(s, where);
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
    const std::string text = read_file_text(path);
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {  // parse_error, or out_of_range for a number like 1e999
        std::string what = e.what();
        std::replace(what.begin(), what.end(), '\n', ' ');
        if (const auto close = what.find("] "); what.starts_with("[json.exception") && close != std::string::npos)
            what.erase(0, close + 2);  // the library's error code is no help to a reader
        throw std::runtime_error(path + ": not valid JSON: " + what);
    }
    return scenario_from_json(j, path);
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
