// synapse-lab: parses the command line and runs one mode (window, screenshot, CSV, recording, benchmark, quotes).
#include <CLI/CLI.hpp>

#include <cstdint>
#include <cstdio>
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>

#include "app/cli.hpp"
#include "app/modes.hpp"
#include "sim/duration.hpp"
#include "sim/limits.hpp"

namespace {

/// Registers every flag of the command-line contract on `cli`.
/// Flag values parsed after CLI11, for one-line errors of our own.
struct RawFlags {
    std::string size, at, population, seed;
    double hours = 0.0;
};

void add_flags(CLI::App& cli, app::Options& o, RawFlags& raw, const char* argv0) {
    cli.add_option("--scenario", o.scenario, "Preset name (see assets/scenarios) or a scenario JSON file");
    cli.add_option("--screenshot", o.screenshot_path, "Render one frame headless to this PNG and exit");
    cli.add_option("--csv", o.csv_path, "Write the simulated trajectory as CSV and exit");
    cli.add_option("--dose-response", o.dose_response_path,
                   "Write peak effect and duration against dose (0.1-4.5 mg/kg, 40-min infusion and bolus) as CSV "
                   "for the --scenario's drug, weight and experiments, and exit");
    cli.add_option("--hours", raw.hours,
                   "CSV: hours to write, up to " + std::to_string(int(sim::limits::kDurationMax_days * 24.0)) +
                       " (default: the whole span)");
    cli.add_option("--step-min", o.step_min, "CSV: minutes between rows, 0.1 to 1440 (default 1)");
    cli.add_option("--population", raw.population,
                   "CSV: add the 5th, 25th, 50th, 75th and 95th percentiles of every quantity across N virtual people "
                   "(1 to 10000, e.g. 100) and the fractions responding and remitting (docs/model.md)");
    cli.add_option("--seed", raw.seed, "With --population: the seed of the virtual people, 0 to 2^64-1 (default 1)");
    cli.add_flag("--sensitivity", o.sensitivity,
                 "Print how the headline outputs change when each model constant is moved by -25 % and +25 % in "
                 "turn, for the --scenario (with --csv OUT: also as CSV), and exit");
    cli.add_option("--at", raw.at, "Simulated time to show, e.g. 40min, 2h, 3d");
    cli.add_option("--size", raw.size, "Output size WxH, e.g. 1920x1080 (window: initial size)");
    cli.add_option("--view", o.view,
                   "circuit, synapse, spine, receptor, receptor-split (an interneuron's receptor beside a pyramidal "
                   "neuron's) or signalling");
    cli.add_option("--theme", o.theme, "dark or light");
    cli.add_option("--lang", o.lang, "Language of the words shown: en or es (default: the settings file's, else the locale's)");
    cli.add_flag("--no-ui", o.no_ui, "The scene only, without panels (recordings leave them out unless --with-ui)");
    cli.add_option("--ui-scale", o.ui_scale, "UI scale, 1 to 3 (default: from the display)")
        ->check(CLI::Range(1.0, 3.0));
    cli.add_flag("--presenter", o.presenter, "Start in presenter mode");
    cli.add_flag("--welcome", o.welcome,
                 "Open on the welcome (Help > Getting started), which otherwise shows on the first start only");
    cli.add_option("--lesson", o.lesson, "Open a guided lesson by name (assets/lessons) or JSON file");
    cli.add_option("--step", o.lesson_step, "With --lesson: the step to show, from 1")->check(CLI::PositiveNumber);
    cli.add_option("--open", o.open_link,
                   "A state link, as the web page reads its address: 'lesson=mechanism&step=4&presenter=1', "
                   "'scenario=rapamycin&at=3d&view=spine' (applied after the other options)");
    cli.add_flag("--fullscreen", o.fullscreen, "Start fullscreen");
    cli.add_flag("--reduced-motion", o.reduced_motion,
                 "Less motion in the window: view changes cut, molecules move at a quarter of their speed");
    cli.add_option("--record", o.record_path,
                   "Render a script headless to OUT.mp4 (.mov, .mkv, .webm, .gif), or to OUT_DIR/ as numbered PNGs");
    cli.add_option("--clips", o.clips_dir,
                   "Render a script as one video per segment or lesson step into OUT_DIR/ (01-title.mp4, ...)");
    cli.add_option("--voice", o.voice,
                   "Recording: speak the script's \"say\" lines with flite or festival (a draft voice for timing)");
    cli.add_option("--audio", o.audio_path, "Recording: a WAV narration for the whole video, from its start");
    cli.add_option_function<std::string>(
           "--captions", [&o](const std::string& how) { o.captions_file_only = how == "file-only"; },
           "Recording captions: burn (in the picture and in .srt/.vtt files, the default) or file-only")
        ->check(CLI::IsMember({"burn", "file-only"}));
    cli.add_option("--script", o.script_path, "Recording script (JSON, see assets/scripts)");
    cli.add_option("--fps", o.fps, "Recording frames per second")->check(CLI::Range(1, 240));
    cli.add_option("--crf", o.crf, "Recording H.264 quality, 0 (lossless) to 51")->check(CLI::Range(0, 51));
    cli.add_flag("--transparent", o.transparent,
                 "Recording: transparent background (PNGs, .webm VP9 with alpha, .mov ProRes 4444)");
    cli.add_flag("--with-ui", o.with_ui, "Recording: include the panels");
    cli.add_flag("--benchmark", o.benchmark, "Print measured per-stage costs as `name value unit` lines");
    cli.add_option("--list-quotes", o.list_quotes, "Print the source quotes for STAGE (or all stages)")->expected(0, 1);
    cli.add_flag("--startup-report", o.startup.enabled,
                 "Print start-up marks (ms since the process start, peak memory) and, in the window, quit after the "
                 "first frame (--benchmark's start-up figures)")
        ->group("");  // hidden: a measuring aid, not part of the command-line contract
    cli.add_option("--soak", o.soak_minutes,
                   "Play the lessons and the recording script on a loop for MINUTES through the full compositor, "
                   "headless, printing resident memory and frame times every 10 s as CSV (scripts/soak.sh)")
        ->group("");  // hidden: a measuring aid
    // The version, then the assets folder this binary uses (an installed one its installed assets).
    cli.set_version_flag(
        "--version",
        [argv0] { return std::string("synapse-lab ") + SYNAPSE_VERSION + "\nassets: " + app::find_assets_dir(argv0); },
        "Print the version and the assets folder in use, and exit");
}

/// Checks the values CLI11 cannot check by itself; throws std::runtime_error with one line.
void finish_options(app::Options& o, const RawFlags& raw, const char* argv0) {
    const std::string& size = raw.size;
    const std::string& at = raw.at;
    if (!raw.population.empty()) {
        const auto people = app::parse_population(raw.population);
        if (!people)
            throw std::runtime_error("--population: expected a number of people from 1 to 10000, got '" +
                                     raw.population + "'");
        if (o.csv_path.empty() || o.sensitivity)
            throw std::runtime_error("--population: only with --csv OUT.csv (not with --sensitivity)");
        o.population = *people;
    }
    if (!raw.seed.empty()) {
        const auto seed = app::parse_seed(raw.seed);
        if (!seed)
            throw std::runtime_error("--seed: expected a whole number from 0 to 18446744073709551615, got '" +
                                     raw.seed + "'");
        if (raw.population.empty()) throw std::runtime_error("--seed: only with --population N");
        o.seed = *seed;
    }
    if (!size.empty()) {
        const auto parsed = app::parse_size(size);
        if (!parsed) throw std::runtime_error("--size: expected WxH between 16x16 and 16384x16384, got '" + size + "'");
        o.size = *parsed;
    }
    if (!at.empty()) {
        const auto parsed = sim::parse_duration_h(at);
        if (!parsed) throw std::runtime_error("--at: expected a time such as 40min, 2h or 3d, got '" + at + "'");
        o.at_h = *parsed;
    }
    o.assets_dir = app::find_assets_dir(argv0);
}

/// What the program does this run: one of the outputs, or the window.
enum class Mode { window, benchmark, soak, list_quotes, sensitivity, csv, dose_response, record, clips, screenshot };

/// The one mode the options ask for; two (`--csv x --screenshot y`) are refused with one line. --csv beside
/// --sensitivity is the table's CSV copy, not a mode of its own.
Mode chosen_mode(const app::Options& o) {
    const std::pair<bool, std::pair<Mode, const char*>> given[] = {
        {o.benchmark, {Mode::benchmark, "--benchmark"}},
        {o.soak_minutes > 0.0, {Mode::soak, "--soak"}},
        {o.list_quotes.has_value(), {Mode::list_quotes, "--list-quotes"}},
        {o.sensitivity, {Mode::sensitivity, "--sensitivity"}},
        {!o.csv_path.empty() && !o.sensitivity, {Mode::csv, "--csv"}},
        {!o.dose_response_path.empty(), {Mode::dose_response, "--dose-response"}},
        {!o.record_path.empty(), {Mode::record, "--record"}},
        {!o.clips_dir.empty(), {Mode::clips, "--clips"}},
        {!o.screenshot_path.empty(), {Mode::screenshot, "--screenshot"}},
    };
    const std::pair<Mode, const char*>* first = nullptr;
    for (const auto& [is_given, mode] : given) {
        if (!is_given) continue;
        if (first)
            throw std::runtime_error(std::string(first->second) + " and " + mode.second +
                                     " are two different outputs; give one");
        first = &mode;
    }
    return first ? first->first : Mode::window;
}

int dispatch(const app::Options& o) {
    switch (chosen_mode(o)) {
        case Mode::benchmark: return app::run_benchmark(o);
        case Mode::soak: return app::run_soak(o);
        case Mode::list_quotes: return app::run_list_quotes(o);
        case Mode::sensitivity: return app::run_sensitivity(o);
        case Mode::csv: return app::run_csv(o);
        case Mode::dose_response: return app::run_dose_response_csv(o);
        case Mode::record:
        case Mode::clips: return app::run_record(o);
        case Mode::screenshot: return app::run_screenshot(o);
        case Mode::window: break;
    }
    return app::run_window(o);
}

}  // namespace

int main(int argc, char** argv) {
    const std::int64_t started_ns = app::startup_origin_ns();
    CLI::App cli(
        "Synapse Lab: an interactive teaching simulation of ketamine's mechanism of action.\n"
        "A teaching model, not medical or dosing advice.",
        "synapse-lab");
    app::Options options;
    options.startup.origin_ns = started_ns;
    RawFlags raw;
    add_flags(cli, options, raw, argv[0]);
    try {
        cli.parse(argc, argv);
        if (cli.count("--hours") > 0) options.hours = raw.hours;
    } catch (const CLI::CallForHelp& e) {
        return cli.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return cli.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "synapse-lab: %s (see --help)\n", e.what());
        return 2;
    }
    try {
        finish_options(options, raw, argv[0]);
        return dispatch(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "synapse-lab: %s\n", e.what());
        return 1;
    }
}
