// Command-line contract: help, version, value parsing and clear one-line errors that leave no file behind.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "app/cli.hpp"
#include "support/support.hpp"

using namespace test_support;

namespace {
int line_count(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }
}  // namespace

TEST_CASE("Sizes parse as WxH within bounds") {
    CHECK(app::parse_size("1920x1080")->width_px == 1920);
    CHECK(app::parse_size("1366x768")->height_px == 768);
    CHECK_FALSE(app::parse_size("0x0"));
    CHECK_FALSE(app::parse_size("abc"));
    CHECK_FALSE(app::parse_size("1920x"));
    CHECK_FALSE(app::parse_size("-5x10"));
    CHECK_FALSE(app::parse_size("99999x10"));
}

TEST_CASE("Help and version succeed") {
    const RunResult help = run_synapse_lab("--help");
    CHECK(help.exit_code == 0);
    CHECK(help.stdout_text.find("--screenshot") != std::string::npos);
    CHECK(help.stdout_text.find("not medical or dosing advice") != std::string::npos);
    const RunResult version = run_synapse_lab("--version");
    CHECK(version.exit_code == 0);
    CHECK(version.stdout_text.find("synapse-lab") != std::string::npos);
}

TEST_CASE("Bad input exits non-zero with one line and leaves no file") {
    const std::string dir = temp_dir("cli-errors");
    const std::string png = dir + "/out.png";
    for (const char* bad :
         {"--size 0x0", "--size abc", "--at soon", "--view sideways", "--no-such-flag", "--scenario no-such-preset",
          "--ui-scale 9", "--open 'view=sideways'", "--open 'lesson=mechanism&step=99'", "--open 'bogus=1'",
          "--lang fr", "--open 'lang=fr'"}) {
        INFO(bad);
        const RunResult r = run_synapse_lab("--screenshot " + png + " " + bad);
        CHECK(r.exit_code != 0);
        CHECK(line_count(r.stderr_text) == 1);
        CHECK(r.stderr_text.rfind("synapse-lab: ", 0) == 0);
        CHECK_FALSE(file_exists(png));
        CHECK_FALSE(file_exists(png + ".tmp"));
    }
}

TEST_CASE("Bad --hours and --step-min values name the flag and leave no CSV behind") {
    const std::string csv = temp_dir("csv-errors") + "/out.csv";
    for (const char* bad : {"--hours 0", "--hours -1", "--hours nan", "--hours inf", "--hours 1e9", "--step-min nan",
                            "--step-min 0", "--step-min 5000"}) {
        INFO(bad);
        const RunResult r = run_synapse_lab("--csv " + csv + " " + bad);
        CHECK(r.exit_code != 0);
        CHECK(line_count(r.stderr_text) == 1);
        CHECK(r.stderr_text.find(std::string(bad).substr(0, std::string(bad).find(' '))) != std::string::npos);
        CHECK_FALSE(file_exists(csv));
        CHECK_FALSE(file_exists(csv + ".tmp"));
    }
}

TEST_CASE("A CSV longer than the scenario's span (--hours 1000) simulates that long") {
    const std::string csv = temp_dir("csv-long") + "/out.csv";
    const RunResult r = run_synapse_lab("--csv " + csv + " --hours 1000 --step-min 60");
    REQUIRE(r.exit_code == 0);
    std::ifstream in(csv);
    std::string line, last;
    while (std::getline(in, line)) last = line;
    CHECK(last.rfind("1000,", 0) == 0);
}

TEST_CASE("An unwritable screenshot path is a clear error") {
    const RunResult r = run_synapse_lab("--screenshot /nonexistent-dir/out.png --size 64x64");
    CHECK(r.exit_code != 0);
    CHECK(line_count(r.stderr_text) == 1);
    CHECK(r.stderr_text.find("/nonexistent-dir/out.png") != std::string::npos);
}

TEST_CASE("A system without OpenGL 3.3 gets a clear error and no file") {
    const std::string dir = temp_dir("no-gl33");
    const RunResult r =
        run_synapse_lab("--screenshot " + dir + "/out.png --size 64x64", "MESA_GL_VERSION_OVERRIDE=3.0");
    CHECK(r.exit_code != 0);
    CHECK(line_count(r.stderr_text) == 1);
    CHECK(r.stderr_text.find("OpenGL 3.3") != std::string::npos);
    CHECK_FALSE(file_exists(dir + "/out.png"));
}

TEST_CASE("The window without a display server says so instead of running unseen") {
    const RunResult r = run_synapse_lab("", "-u SDL_VIDEODRIVER");
    CHECK(r.exit_code != 0);
    CHECK(line_count(r.stderr_text) == 1);
    CHECK(r.stderr_text.find("no display") != std::string::npos);
}

TEST_CASE("A lesson opens at a step, and a step beyond it is a clear error") {
    const std::string dir = temp_dir("lesson");
    CHECK(run_synapse_lab("--screenshot " + dir + "/ok.png --size 320x180 --lesson mechanism --step 3").exit_code == 0);
    CHECK(file_exists(dir + "/ok.png"));
    const RunResult r = run_synapse_lab("--screenshot " + dir + "/bad.png --size 320x180 --lesson mechanism --step 99");
    CHECK(r.exit_code != 0);
    CHECK(line_count(r.stderr_text) == 1);
    CHECK(r.stderr_text.find("--step") != std::string::npos);
    CHECK_FALSE(file_exists(dir + "/bad.png"));
    CHECK(run_synapse_lab("--screenshot " + dir + "/x.png --lesson no-such-lesson").exit_code != 0);
}

TEST_CASE("The --open option takes the web page's link format, for a CSV and a screenshot") {
    const std::string dir = temp_dir("cli-open");
    const RunResult csv = run_synapse_lab("--csv " + dir + "/rapa.csv --hours 1 --open 'scenario=rapamycin'");
    CHECK(csv.exit_code == 0);
    const RunResult plain = run_synapse_lab("--csv " + dir + "/plain.csv --hours 1");
    CHECK(plain.exit_code == 0);
    CHECK(test_support::read_file(dir + "/rapa.csv") != test_support::read_file(dir + "/plain.csv"));
    const RunResult shot = run_synapse_lab("--screenshot " + dir +
                                           "/l.png --size 640x400 --open "
                                           "'lesson=mechanism&step=4&presenter=1'");
    CHECK(shot.exit_code == 0);
    CHECK(file_exists(dir + "/l.png"));
}

TEST_CASE("Outside the studied range --csv, --screenshot and --record warn in one line, inside they do not") {
    const std::string dir = temp_dir("studied-range");
    const std::string warning = "synapse-lab: warning: outside the studied range: the model extrapolates (";
    const RunResult inside = run_synapse_lab("--csv " + dir + "/in.csv --step-min 60");
    CHECK(inside.exit_code == 0);
    CHECK(inside.stderr_text.empty());
    const RunResult csv = run_synapse_lab("--csv " + dir + "/out.csv --step-min 60 --scenario anaesthetic-bolus");
    CHECK(csv.exit_code == 0);  // accepted: a warning, not an error
    CHECK(line_count(csv.stderr_text) == 1);
    CHECK(csv.stderr_text.rfind(warning, 0) == 0);
    CHECK(file_exists(dir + "/out.csv"));
    const RunResult shot =
        run_synapse_lab("--screenshot " + dir + "/out.png --size 64x64 --scenario anaesthetic-bolus");
    CHECK(shot.exit_code == 0);
    CHECK(line_count(shot.stderr_text) == 1);
    CHECK(shot.stderr_text.rfind(warning, 0) == 0);
    const std::string script = dir + "/bolus.json";
    {
        std::ofstream out(script);
        out << R"({"scenario": "anaesthetic-bolus", "segments": [{"duration_s": 0.1}]})";
    }
    const RunResult record =
        run_synapse_lab("--record " + dir + "/frames/ --script " + script + " --size 64x64 --fps 10");
    CHECK(record.exit_code == 0);
    CHECK(record.stderr_text.rfind(warning, 0) == 0);
    CHECK(std::count(record.stderr_text.begin(), record.stderr_text.end(), '(') >= 1);
    CHECK(record.stderr_text.find("extrapolates", warning.size()) == std::string::npos);  // once
}

TEST_CASE("The dose-response CSV (--dose-response) holds peak effect and duration against dose as CSV") {
    const std::string csv = temp_dir("dose-response") + "/doses.csv";
    const RunResult r = run_synapse_lab("--dose-response " + csv);
    REQUIRE(r.exit_code == 0);
    CHECK(r.stderr_text.empty());
    std::ifstream in(csv);
    std::string header;
    std::getline(in, header);
    CHECK(header == "dose_mg_per_kg,route,peak_effect,peak_time_h,duration_h,spine_peak_rel,extrapolated");
    int rows = 0;
    for (std::string line; std::getline(in, line);) ++rows;
    CHECK(rows == 20);  // ten doses from 0.1 to 4.5 mg/kg, infusion and bolus
    const RunResult bad = run_synapse_lab("--dose-response /nonexistent-dir/doses.csv");
    CHECK(bad.exit_code != 0);
    CHECK(line_count(bad.stderr_text) == 1);
}

TEST_CASE("Population and seed values parse as whole numbers within their ranges") {
    CHECK(app::parse_population("100") == 100u);
    CHECK(app::parse_population("1") == 1u);
    CHECK(app::parse_population("10000") == 10000u);
    for (const char* bad : {"0", "10001", "-5", "abc", "1e3", " 5", "5 ", "", "99999999999999999999999"})
        CHECK_FALSE(app::parse_population(bad));
    CHECK(app::parse_seed("0") == 0u);
    CHECK(app::parse_seed("18446744073709551615") == 18446744073709551615ull);
    for (const char* bad : {"18446744073709551616", "-1", "0x10", "seven", ""}) CHECK_FALSE(app::parse_seed(bad));
}

TEST_CASE("A population CSV has the percentile columns, and bad population values are one line and write nothing") {
    const std::string dir = temp_dir("cli-population");
    const std::string csv = dir + "/people.csv";
    const RunResult r = run_synapse_lab("--csv " + csv + " --population 12 --seed 3 --hours 48 --step-min 60");
    REQUIRE(r.exit_code == 0);
    std::ifstream in(csv);
    std::string header;
    std::getline(in, header);
    CHECK(header.find(",stage,plasma_ng_per_ml_p5,plasma_ng_per_ml_p25,") != std::string::npos);
    CHECK(header.find("clinical_effect_p50") != std::string::npos);
    CHECK(header.size() > 30);
    CHECK(header.substr(header.size() - 30) == "responding_frac,remitting_frac");
    int rows = 0;
    for (std::string line; std::getline(in, line);) ++rows;
    CHECK(rows == 49);
    const std::string again = dir + "/again.csv";
    REQUIRE(run_synapse_lab("--csv " + again + " --population 12 --seed 3 --hours 48 --step-min 60").exit_code == 0);
    CHECK(read_file(csv) == read_file(again));  // seeded: the same file
    const std::string missing = dir + "/never.csv";
    for (const std::string bad : {"--population 0", "--population 10001", "--population many",
                                  "--population 5 --seed -1", "--seed 4", "--population 5 --seed x"}) {
        const RunResult e = run_synapse_lab("--csv " + missing + " " + bad);
        INFO(bad);
        CHECK(e.exit_code != 0);
        CHECK(line_count(e.stderr_text) == 1);
        CHECK_FALSE(std::ifstream(missing).good());
    }
    const RunResult without_csv = run_synapse_lab("--population 10");
    CHECK(without_csv.exit_code != 0);
    CHECK(line_count(without_csv.stderr_text) == 1);
}

TEST_CASE("The sensitivity mode prints the table and, with a CSV path, writes it") {
    const std::string csv = temp_dir("cli-sensitivity") + "/sensitivity.csv";
    const RunResult r = run_synapse_lab("--sensitivity --scenario oral --csv " + csv);
    REQUIRE(r.exit_code == 0);
    CHECK(r.stdout_text.find("Sensitivity of oral") != std::string::npos);
    CHECK(r.stdout_text.find("oral racemic bioavailability") != std::string::npos);  // the oral route matters here
    std::ifstream in(csv);
    std::string header;
    std::getline(in, header);
    CHECK(header.rfind("parameter,basis,direction,value,", 0) == 0);
}

TEST_CASE("Two outputs in one run are refused in one line, and neither is written") {
    const std::string dir = temp_dir("cli-two-modes");
    const std::string csv = dir + "/out.csv", png = dir + "/out.png", dose = dir + "/dose.csv";
    const struct {
        std::string args, line;
    } cases[] = {
        {"--csv " + csv + " --screenshot " + png,
         "synapse-lab: --csv and --screenshot are two different outputs; give one\n"},
        {"--screenshot " + png + " --dose-response " + dose,
         "synapse-lab: --dose-response and --screenshot are two different outputs; give one\n"},
        {"--record " + dir + "/v.mp4 --clips " + dir + "/clips/ --script x.json",
         "synapse-lab: --record and --clips are two different outputs; give one\n"},
        {"--list-quotes --csv " + csv, "synapse-lab: --list-quotes and --csv are two different outputs; give one\n"},
        {"--sensitivity --dose-response " + dose,
         "synapse-lab: --sensitivity and --dose-response are two different outputs; give one\n"},
        {"--benchmark --screenshot " + png,
         "synapse-lab: --benchmark and --screenshot are two different outputs; give one\n"},
    };
    for (const auto& c : cases) {
        INFO(c.args);
        const RunResult r = run_synapse_lab(c.args);
        CHECK(r.exit_code != 0);
        CHECK(r.stderr_text == c.line);
        CHECK(r.stdout_text.empty());
    }
    CHECK(fs::is_empty(dir));  // nothing written by either
}

TEST_CASE("A screenshot in Spanish (the lang option or a link's lang=es) renders without complaint") {
    const std::string dir = temp_dir("cli-lang");
    for (const char* lang : {"--lang es", "--lang en", "--open 'lang=es'"}) {
        INFO(lang);
        const std::string png = dir + "/out.png";
        const RunResult r = run_synapse_lab("--screenshot " + png + " --size 640x360 " + lang);
        CHECK(r.exit_code == 0);
        CHECK(r.stderr_text.empty());
        CHECK(file_exists(png));
    }
}
