// Recording scripts: the pure model of a scripted video (parsing, validation, and the state at any video time).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "export/srt.hpp"
#include "scene/scene.hpp"
#include "session/population.hpp"
#include "sim/scenario.hpp"

namespace session {

/// How an animated value moves from its start to its end over a segment.
enum class Ease { linear, smooth, log };

/// The simulated clock during one segment: set, animated (from -> to) or advancing at a rate.
struct SimClock {
    std::optional<double> set_h;         ///< "time_h": number/string, the sim time at the segment start, hours
    std::optional<double> to_h;          ///< "time_h": {"from","to"}: the sim time at the segment end, hours
    Ease ease = Ease::linear;            ///< easing of from -> to
    std::optional<double> rate_h_per_s;  ///< "rate_h_per_s": simulated hours per second of video (carries over)
    bool hold = false;                   ///< "hold": the sim clock stands still for this segment only
};

/// A camera relative to the view's own framing: zoom 2 shows half the height; pan in world units.
struct CameraPose {
    double zoom = 1.0;
    double pan_x = 0.0;  ///< world units
    double pan_y = 0.0;  ///< world units
};

/// A parameter change applied to the scenario from a segment on (cumulative, later wins).
struct ScenarioPatch {
    std::optional<double> magnesium_mM;
    std::optional<double> body_weight_kg;
    std::optional<bool> rapamycin, nbqx, val66met, mglur23_agonist, chronic_stress;
    std::optional<bool> disinhibition, blockade_at_rest;
};

/// A caption as written: free text (with an optional source line) or a quote id resolved later.
struct CaptionSpec {
    std::string text;
    std::string source;
    std::string quote_id;
    bool empty() const { return text.empty() && quote_id.empty(); }
};

struct Segment {
    double duration_s = 0.0;  ///< seconds of video
    SimClock clock;
    std::optional<scene::View> view;      ///< carries over until changed
    double view_transition_s = 0.9;       ///< seconds the scene's zoom-and-fade takes when the view changes
    std::optional<CameraPose> camera;     ///< carries over until changed
    double camera_transition_s = 0.0;     ///< seconds to move from the previous camera to this one
    std::optional<bool> labels;           ///< scene labels on/off, carries over
    std::optional<bool> population;       ///< "population": the differences between people (bands), carries over
    std::optional<PersonChoice> person;   ///< "person": typical, fast, slow or 1-100, carries over
    CaptionSpec caption;                  ///< this segment only (identical neighbours merge)
    std::string title;                    ///< a large centred title, this segment only
    std::optional<ScenarioPatch> params;  ///< parameter changes from this segment on
    /// A complete scenario from this segment on, replacing the one before (lessons played as scripts set it;
    /// the JSON format has no key for it). Counts as a parameter change for params_version.
    std::optional<sim::Scenario> scenario;
};

/// A caption shown over [start_s, end_s) of the video (neighbouring segments with the same caption merged).
struct CaptionCue {
    double start_s = 0.0;
    double end_s = 0.0;
    std::string text;    ///< resolved text (quote text once resolve_quotes has run)
    std::string source;  ///< source line ("Stackwise: Ketamine therapy ..."), may be empty
    std::string quote_id;
    int segment_index = 0;  ///< first segment of the cue, for error messages
};

/// Which overlays a recording burns into the picture ("overlays" in the script; each defaults to on).
struct ScriptOverlays {
    bool readout = true;  ///< the time, concentration and "Now:" readout (top left)
    bool legend = true;   ///< the legend of the view's symbols (top right)
    bool labels = true;   ///< labels in the picture (off: every segment's "labels" is ignored)
    bool title = true;    ///< the view's name and subtitle (top left)
    bool caption = true;  ///< the lower-third captions and the scene's line saying what happens now (the .srt
                          ///< file is written either way)
    bool operator==(const ScriptOverlays&) const = default;
};

struct Script {
    std::string where;               ///< file name used in error messages
    std::string title;               ///< the video's title (metadata)
    std::string description;         ///< one sentence about the video (metadata)
    std::string scenario_name;       ///< "scenario": preset name or file (empty when inline)
    nlohmann::json scenario_inline;  ///< "scenario": an inline object (null when by name)
    std::uint64_t seed = 1;
    scene::Theme theme = scene::Theme::dark;
    ScriptOverlays overlays;
    bool overlays_given = false;  ///< the script has an "overlays" key: a size too small for them is an error
    std::vector<Segment> segments;
    std::vector<CaptionCue> captions;  ///< derived from segments at parse time
    double duration_s() const;
};

/// Parses and validates a script. Throws std::runtime_error with one line naming `where`, the segment
/// index and the field, e.g. "intro.json: segments[3].duration_s: must be > 0". Unknown keys are errors.
Script parse_script(const nlohmann::json& json, const std::string& where);

/// Groups neighbouring segments with the same caption into cues (parse_script fills Script::captions with it;
/// code that builds a Script itself calls it once the segments are in place).
std::vector<CaptionCue> caption_cues(const std::vector<Segment>& segments);

/// Reads and parses a script file (its file name is used as `where`). Every error is one line naming the file,
/// including the JSON library's (an overflowing number, say), without the library's "[json.exception...]" code.
Script load_script_file(const std::string& path);

/// The message of a JSON library exception without its "[json.exception.KIND.N] " prefix, on one line.
std::string json_error_text(const std::exception& e);

/// Quote lookup for captions given by id: nullopt when the id is unknown.
struct QuoteText {
    std::string text;
    std::string source;
};
using QuoteLookup = std::function<std::optional<QuoteText>(const std::string& quote_id)>;

/// Fills the text and source of quote captions; throws one line naming the segment for unknown ids.
void resolve_quotes(Script& script, const QuoteLookup& lookup);

/// Everything a frame needs from the script at one video time: the window's preview uses it too.
struct ScriptFrame {
    int segment_index = 0;
    double segment_time_s = 0.0;  ///< seconds since the segment began
    double sim_time_h = 0.0;      ///< the simulated clock
    scene::View view = scene::View::synapse;
    std::optional<scene::View> from_view;  ///< set while the view changes (ViewOptions::from_view)
    double view_transition = 1.0;          ///< linear 0..1 progress of that change (1 = done; ease it for the scene)
    CameraPose camera;                     ///< relative to the view's own framing
    bool labels = true;
    bool population = false;              ///< the bands on every plot (Population::shown)
    PersonChoice person;                  ///< whose run the scene shows while they are
    const CaptionCue* caption = nullptr;  ///< points into the script, nullptr when none
    double caption_alpha = 0.0;           ///< 0..1 fade in/out of the caption
    std::string title;
    double title_alpha = 0.0;  ///< 0..1 fade in/out of the title
    int params_version = 0;    ///< how many parameter changes apply (0 = the scenario as given)
    bool captioned = false;    ///< the script shows captions: its picture is framed above the caption band throughout
};

/// The script's state at `video_time_s` (clamped to [0, duration]). Pure: no clocks, no I/O.
ScriptFrame script_state_at(const Script& script, double video_time_s);

/// The scenario with the first `params_version` changes of the script applied ("params" patches and whole
/// scenarios, in segment order).
sim::Scenario scenario_at_version(const Script& script, const sim::Scenario& base, int params_version);

/// The number of parameter versions the script has (1 + the number of segments with "params" or a scenario).
int params_version_count(const Script& script);

/// The script's captions as the SRT writer takes them.
std::vector<exporter::Subtitle> subtitles(const std::vector<CaptionCue>& cues);

/// Frames in a recording of the script: round(duration_s x fps).
long frame_count(const Script& script, int fps);

/// The video time of frame `index`: index / fps exactly.
inline double frame_time_s(long index, int fps) { return static_cast<double>(index) / fps; }

}  // namespace session
