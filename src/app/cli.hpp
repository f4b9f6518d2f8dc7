// Command-line options and the parsing of their values (sizes like 1920x1080, times like 40min, 2h, 3d).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "app/startup.hpp"

namespace app {

struct Size {
    int width_px = 0;
    int height_px = 0;
};

struct Options {
    std::string scenario = "standard-infusion";  ///< preset name or JSON file
    std::string screenshot_path;                 ///< --screenshot OUT.png
    std::string csv_path;                        ///< --csv OUT.csv
    std::string dose_response_path;              ///< --dose-response OUT.csv
    std::string record_path;                     ///< --record OUT.mp4|DIR/
    std::string script_path;                     ///< --script FILE
    std::string clips_dir;                       ///< --clips OUT_DIR/: one video per segment or lesson step
    std::string voice;                           ///< --voice flite|festival|PROGRAM: speak the script's "say" lines
    std::string audio_path;                      ///< --audio FILE.wav: one recorded track for the whole video
    bool captions_file_only = false;             ///< --captions file-only: .srt/.vtt only, none in the picture
    std::optional<std::string> list_quotes;      ///< --list-quotes [STAGE] ("" = all)
    std::string lesson;                          ///< --lesson NAME|FILE (assets/lessons/NAME.json)
    int lesson_step = 1;                         ///< --step N, 1-based
    std::string open_link;                       ///< --open QUERY: a state link, as the web page reads its URL
    std::optional<Size> size;         ///< --size WxH (files: 1920x1080 when not given, output_size(); the window: its own)
    std::optional<double> at_h;       ///< --at, hours
    std::string view = "synapse";
    std::string theme = "dark";
    std::string lang;  ///< --lang en|es; empty: the window takes the settings file's, else the locale's (English in files)
    bool no_ui = false;
    bool with_ui = false;
    bool transparent = false;
    std::optional<double> hours;  ///< --hours for CSV (when not given: the whole span)
    double step_min = 1.0;       ///< --step-min for CSV
    std::size_t population = 0;  ///< --population N for CSV: people in the virtual population (0: none)
    std::uint64_t seed = 1;      ///< --seed S: the virtual population's seed
    int fps = 30;
    int crf = 18;
    float ui_scale = 0.0f;  ///< 0 = automatic from the display DPI
    bool benchmark = false;
    bool sensitivity = false;   ///< --sensitivity: the one-at-a-time table on stdout (and --csv OUT)
    double soak_minutes = 0.0;  ///< hidden --soak MINUTES: lessons and the script on a loop, memory sampled
    bool presenter = false;
    bool welcome = false;  ///< --welcome: open on the welcome (also in a screenshot)
    bool fullscreen = false;
    bool reduced_motion = false;  ///< --reduced-motion: view changes cut, molecules move slower
    std::string assets_dir;       ///< resolved at start-up
    /// --startup-report (hidden): start-up marks on stdout, and the window quits after its first frame
    StartupReport startup;

    /// The size of a file output (a screenshot, a recording): --size, or 1920x1080.
    Size output_size() const { return size.value_or(Size{1920, 1080}); }
};

/// Parses "WxH" (each 16..16384); nullopt when malformed or out of range.
std::optional<Size> parse_size(const std::string& text);

/// Parses --population's value: a whole number of people, 1..10000; nullopt otherwise.
std::optional<std::size_t> parse_population(const std::string& text);
/// Parses --seed's value: a whole number, 0..18446744073709551615 (2^64 - 1); nullopt otherwise.
std::optional<std::uint64_t> parse_seed(const std::string& text);

/// Finds the assets folder: $SYNAPSE_ASSETS, beside the executable (../share/synapse-lab/assets), or the source tree.
std::string find_assets_dir(const char* argv0);

}  // namespace app
