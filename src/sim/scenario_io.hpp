// Scenario files: JSON load and file text with validation (one clear error line naming file and field), and presets.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/reader.hpp"
#include "sim/scenario.hpp"

namespace sim {

/// Stable text ids of the enums, as used in scenario files ("iv_infusion", "esketamine", ...).
std::string_view route_id(Route route);
std::string_view drug_id(Drug drug);
/// The enum for a text id; nullopt when unknown (links name routes and drugs by these ids).
std::optional<Route> route_from_id(std::string_view id);
std::optional<Drug> drug_from_id(std::string_view id);
/// Every id, in the enum's order (for messages that list the choices).
std::vector<std::string_view> route_ids();
std::vector<std::string_view> drug_ids();

/// The first range violation of a scenario as "field: message" (e.g. "doses[0].amount_mg_per_kg:
/// must be between 0 and 20 mg/kg, got 50"), or nullopt when every field is valid. The ranges are
/// those of sim/limits.hpp.
std::optional<std::string> validation_error(const Scenario& scenario);

/// Throws std::runtime_error("WHERE: field: message") when the scenario is invalid.
void validate(const Scenario& scenario, const std::string& where);

/// Reads a scenario from JSON. Missing keys keep their defaults; unknown keys, wrong types,
/// NaN/infinite, negative or absurd values throw std::runtime_error with one line
/// "WHERE: field: message" (json_reader::Error, which lists every key and type error of the object).
Scenario scenario_from_json(const nlohmann::json& json, const std::string& where);

/// The keys and types of a scenario object within a larger file, its errors recorded with their paths
/// ("script.json: scenario.doses[0].route: ..."); ranges unchecked (validate does that).
Scenario read_scenario(const json_reader::Value& value);

/// Writes every field of the scenario (scenario_from_json(scenario_to_json(s)) == s).
nlohmann::json scenario_to_json(const Scenario& scenario);

/// Loads and validates a scenario file; errors name the path.
Scenario load_scenario_file(const std::string& path);

/// The text of a scenario file (indented JSON and a final newline), after validation: throws std::runtime_error
/// with one line naming `where` and the field when the scenario is out of range. The session writes it
/// atomically (exporter::write_file_atomically).
std::string scenario_file_text(const Scenario& scenario, const std::string& where);

/// A shipped preset by name (assets_dir/scenarios/NAME.json), or a file path when name_or_path
/// contains '/' or ends in ".json". An unknown name's error lists the presets.
Scenario load_preset(const std::string& assets_dir, const std::string& name_or_path);

/// The names of the shipped presets (file stems in assets_dir/scenarios), sorted.
std::vector<std::string> list_presets(const std::string& assets_dir);

}  // namespace sim
