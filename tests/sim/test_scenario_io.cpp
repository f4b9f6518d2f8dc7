// Scenario JSON: presets, strict validation with one clear error line, atomic save round trip, citations.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "sim/citations.hpp"
#include "sim/scenario_io.hpp"
#include "support/support.hpp"

namespace {
const std::string kSource = SYNAPSE_SOURCE_DIR;
const std::string kAssets = kSource + "/assets";

std::string error_of(const nlohmann::json& j) {
    try {
        sim::scenario_from_json(j, "scenario.json");
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "";
}

nlohmann::json standard_json() { return sim::scenario_to_json(sim::Scenario{}); }

std::string read(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
}  // namespace

TEST_CASE("The shipped presets load, each with a name and a description") {
    const auto names = sim::list_presets(kAssets);
    for (const char* required : {"standard-infusion", "anaesthetic-bolus", "esketamine-84mg", "intramuscular", "oral",
                                 "six-infusions", "rapamycin", "nbqx", "val66met", "chronic-stress"})
        CHECK(std::find(names.begin(), names.end(), required) != names.end());
    for (const std::string& name : names) {
        const sim::Scenario s = sim::load_preset(kAssets, name);
        INFO(name);
        CHECK(s.name == name);
        CHECK(!s.description.empty());
    }
    const sim::Scenario standard = sim::load_preset(kAssets, "standard-infusion");
    CHECK(standard.doses.size() == 1);
    CHECK(standard.doses[0].route == sim::Route::iv_infusion);
    CHECK(standard.doses[0].amount_mg_per_kg == 0.5);
    CHECK(standard.doses[0].duration_min == 40.0);
    CHECK(sim::load_preset(kAssets, "six-infusions").doses.size() == 6);
    const sim::Scenario esketamine = sim::load_preset(kAssets, "esketamine-84mg");
    REQUIRE(esketamine.doses.size() == 3);  // the label: three 28 mg devices, 5 min apart
    for (const sim::Dose& d : esketamine.doses) CHECK(d.amount_mg == 28.0);
    CHECK(sim::load_preset(kAssets, "rapamycin").experiments.rapamycin);
}

TEST_CASE("Unknown preset names list the presets") {
    REQUIRE_THROWS_WITH(sim::load_preset(kAssets, "nope"),
                        Catch::Contains("unknown scenario 'nope'") && Catch::Contains("standard-infusion"));
}

TEST_CASE("Each kind of bad value gives one clear error naming the field") {
    auto j = standard_json();
    j["doses"][0]["amount_mg_per_kg"] = 50.0;
    CHECK(error_of(j) == "scenario.json: doses[0].amount_mg_per_kg: must be between 0 and 20 mg/kg, got 50");

    j = standard_json();
    j["dose_typo"] = 1;
    CHECK(error_of(j) == "scenario.json: dose_typo: unknown key");
    j = standard_json();
    j["experiments"]["ketamine_magic"] = true;
    CHECK(error_of(j) == "scenario.json: experiments.ketamine_magic: unknown key");

    j = standard_json();
    j["body_weight_kg"] = "seventy";
    CHECK(error_of(j) == "scenario.json: body_weight_kg: must be a number, got string");
    j = standard_json();
    j["experiments"]["nbqx"] = 1;
    CHECK(error_of(j) == "scenario.json: experiments.nbqx: must be true or false, got number");
    j = standard_json();
    j["doses"] = 3;
    CHECK(error_of(j) == "scenario.json: doses: must be an array, got number");

    j = standard_json();
    j["body_weight_kg"] = std::nan("");
    CHECK(error_of(j) == "scenario.json: body_weight_kg: must be a finite number, got nan");
    j = standard_json();
    j["params"]["magnesium_mM"] = INFINITY;
    CHECK(error_of(j) == "scenario.json: params.magnesium_mM: must be a finite number, got inf");

    j = standard_json();
    j["doses"][0]["start_h"] = -1.0;
    CHECK(error_of(j) == "scenario.json: doses[0].start_h: must not be negative, got -1");
    j = standard_json();
    j["body_weight_kg"] = 1000.0;
    CHECK(error_of(j) == "scenario.json: body_weight_kg: must be between 3 and 250 kg, got 1000");
    j = standard_json();
    j["doses"][0]["route"] = "rectal";
    CHECK(error_of(j) ==
          "scenario.json: doses[0].route: expected iv_infusion, iv_bolus, intramuscular, intranasal, sublingual or "
          "oral, got 'rectal'");
    CHECK(error_of(nlohmann::json::array()) == "scenario.json: (top level): must be an object, got array");
}

TEST_CASE("A dose must mean one thing: one amount, a sane amount per kg, given within the span") {
    auto j = standard_json();
    j["body_weight_kg"] = 3.0;
    j["doses"][0] = {{"route", "iv_bolus"}, {"amount_mg", 2000.0}};
    CHECK(error_of(j) ==
          "scenario.json: doses[0].amount_mg: 2000 mg is 666.6666666666666 mg/kg for 3 kg, above "
          "the 20 mg/kg limit");
    j = standard_json();
    j["doses"][0] = {{"amount_mg", 50.0}, {"amount_mg_per_kg", 1.0}};
    CHECK(error_of(j) == "scenario.json: doses[0]: give either amount_mg or amount_mg_per_kg, not both");
    j = standard_json();
    j["doses"][0]["start_h"] = 1000.0;
    CHECK(error_of(j) ==
          "scenario.json: doses[0].start_h: 1000 h is after the end of the simulated span (21 days; "
          "raise duration_days)");
    j = standard_json();
    j["doses"] = nlohmann::json::array();
    for (int i = 0; i < 10; ++i)
        j["doses"].push_back({{"start_h", i}, {"route", "iv_bolus"}, {"amount_mg_per_kg", 20}});
    CHECK(error_of(j) == "scenario.json: doses: at most 100 mg/kg in all, got 200 mg/kg");
}

TEST_CASE("Errors are one line and name the file") {
    const std::string path = test_support::temp_dir("scenario-errors") + "/synapse_bad_scenario.json";
    std::ofstream(path) << "{\"doses\": [{\"amount_mg_per_kg\": 50}]}";
    REQUIRE_THROWS_WITH(sim::load_scenario_file(path),
                        path + ": doses[0].amount_mg_per_kg: must be between 0 and 20 mg/kg, got 50");
    std::ofstream(path) << "{ not json";
    try {
        sim::load_scenario_file(path);
        FAIL("no error");
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        INFO(what);
        CHECK(what.rfind(path + ":1:4: syntax error", 0) == 0);  // line and column, not a byte offset
        CHECK(what.find('\n') == std::string::npos);
    }
    std::ofstream(path) << "{\"body_weight_kg\": 1e999}";
    REQUIRE_THROWS_WITH(sim::load_scenario_file(path), path + ":1:20: number overflow parsing '1e999'");
    std::filesystem::remove(path);
    const std::string dir = test_support::temp_dir("scenario-directory");
    REQUIRE_THROWS_WITH(sim::load_scenario_file(dir), dir + ": is a directory, not a scenario file");
}

TEST_CASE("Missing keys keep their defaults") {
    const sim::Scenario s = sim::scenario_from_json(nlohmann::json::object(), "x");
    CHECK(s.body_weight_kg == 70.0);
    CHECK(s.doses.size() == 1);
    const sim::Scenario none = sim::scenario_from_json({{"doses", nlohmann::json::array()}}, "x");
    CHECK(none.doses.empty());
}

TEST_CASE("Save is atomic and round-trips") {
    const std::filesystem::path dir = test_support::temp_dir("sim-save");
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "mine.json").string();
    sim::Scenario s = sim::load_preset(kAssets, "six-infusions");
    s.name = "mine";
    s.drug = sim::Drug::arketamine;
    s.experiments.val66met = true;
    s.hypotheses.blockade_at_rest = false;
    s.params.magnesium_mM = 1.7;
    s.doses[2].route = sim::Route::sublingual;
    s.doses[2].amount_mg = 12.5;
    std::ofstream(path) << sim::scenario_file_text(s, path);
    const sim::Scenario back = sim::load_scenario_file(path);
    CHECK(sim::scenario_to_json(back) == sim::scenario_to_json(s));
    // An invalid scenario has no file text: the error names the file and the field.
    sim::Scenario bad = s;
    bad.body_weight_kg = -3.0;
    CHECK_THROWS_WITH(sim::scenario_file_text(bad, path),
                      Catch::Contains("mine.json") && Catch::Contains("body_weight_kg"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("validation_error reports the slider ranges") {
    sim::Scenario s;
    CHECK_FALSE(sim::validation_error(s).has_value());
    s.duration_days = 5.0;
    CHECK(*sim::validation_error(s) == "duration_days: must be between 21 and 120 days, got 5");
    // A scenario built in code (a slider, a link) is checked the same way, NaN included.
    s = sim::Scenario{};
    s.body_weight_kg = std::nan("");
    CHECK(*sim::validation_error(s) == "body_weight_kg: must be a finite number, got nan");
    s = sim::Scenario{};
    s.doses.front().amount_mg_per_kg = std::nan("");
    REQUIRE(sim::validation_error(s));
    CHECK(sim::validation_error(s)->find("must be a finite number") != std::string::npos);
}

TEST_CASE("Every cited key is listed and resolves in the reference list") {
    // Keys cited in constants.hpp, e.g. "[Clements1981; Kamp2020]".
    const std::string constants = read(kSource + "/src/sim/constants.hpp");
    std::set<std::string> cited;
    const std::regex bracket("\\[([A-Za-z0-9; ]+)\\]");
    for (std::sregex_iterator it(constants.begin(), constants.end(), bracket), end; it != end; ++it) {
        const std::string inside = (*it)[1];
        const std::regex key("[A-Z][A-Za-z]+[0-9]{4}");
        for (std::sregex_iterator k(inside.begin(), inside.end(), key); k != std::sregex_iterator(); ++k)
            cited.insert(k->str());
    }
    REQUIRE(cited.size() > 10);
    const auto listed_views = sim::model_citation_keys();
    const std::set<std::string> listed(listed_views.begin(), listed_views.end());
    CHECK(cited == listed);
    const auto refs = nlohmann::json::parse(read(kAssets + "/content/references.json"));
    std::set<std::string> known;
    for (const auto& r : refs.at("references")) known.insert(r.at("key").get<std::string>());
    for (const std::string& k : listed) {
        INFO(k);
        CHECK(known.count(k) == 1);
    }
}
