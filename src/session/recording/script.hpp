// Recording scripts: the pure model of a scripted video (parsing, validation, and the state at any video time).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "export/srt.hpp"
#include "scene/scene.hpp"
#include "session/population/population_view.hpp"
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

/// What a segment says aloud: words for a speech engine, a quote read with its attribution, or a recorded file.
struct Narration {
    std::string say;         ///< the words ("say": text; for a quote, its text and attribution once resolved)
    std::string quote_id;    ///< "say": {"quote": id}
    std::string audio_path;  ///< "audio": recorded narration (relative to the script until the loader resolves it)
    bool empty() const { return say.empty() && quote_id.empty() && audio_path.empty(); }
    bool spoken() const { return !say.empty() || !quote_id.empty(); }
};

/// The view change's zoom-and-fade when a segment does not give "view_transition_s" (shorter in a shorter segment).
inline constexpr double kDefaultViewTransition_s = 0.9;

/// Seconds of silence after the narration of a "fit" segment when the script gives no "pause_s".
inline constexpr double kDefaultFitPause_s = 0.6;

/// The speaking rate a "fit" segment is sized with until a voice has spoken it (150 words a minute).
inline constexpr double kEstimatedSpeech_s_per_word = 0.4;

struct Segment {
    double duration_s = 0.0;              ///< seconds of video ("fit": the narration's length plus pause_s)
    bool fit = false;                     ///< "duration_s": "fit": sized by its narration (estimated until spoken)
    double pause_s = kDefaultFitPause_s;  ///< "fit" segments: silence after the narration
    double min_fit_s = 0.0;               ///< "fit" segments: the least they last (a lesson step's floor; scripts: 0)
    Narration narration;
    bool view_transition_given = false;  ///< "view_transition_s" was written (else it shrinks with the segment)
    SimClock clock;
    std::optional<scene::View> view;      ///< carries over until changed
    bool receptor_split = false;          ///< with view: the receptor close-up split ("view": "receptor-split")
    double view_transition_s = kDefaultViewTransition_s;  ///< seconds the zoom-and-fade takes when the view changes
    std::optional<CameraPose> camera;     ///< carries over until changed
    double camera_transition_s = 0.0;     ///< seconds to move from the previous camera to this one
    std::optional<bool> labels;           ///< scene labels on/off, carries over
    std::optional<bool> population;       ///< "population": the differences between people (bands), carries over
    std::optional<PersonChoice> person;   ///< "person": typical, fast, slow or 1-100, carries over
    CaptionSpec caption;                  ///< this segment only (identical neighbours merge)
    std::string title;                    ///< a large centred title, this segment only
    std::string name;                     ///< what --clips calls it (a lesson step's title); else title or caption
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
    bool narrated = false;        ///< some segment has its own "say" line (a lesson says its captions, but only when
                                  ///< recorded with --voice)
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

/// Fills the text and source of quote captions and the words of quote narration (the quote, then "from" and its
/// source); throws one line naming the segment for unknown ids. "fit" segments are re-estimated.
void resolve_quotes(Script& script, const QuoteLookup& lookup);

/// The words a segment's narration would take at the estimated speaking rate, seconds (0 without words).
double estimated_speech_s(const std::string& words);

/// Sizes the script by its narration: each "fit" segment lasts speech_s[i] + its pause; a fixed segment whose
/// narration is longer than it is an error (nothing is cut). speech_s has one entry per segment (0: none).
/// Rebuilds the caption cues. Throws one line naming the segment.
void fit_to_speech(Script& script, const std::vector<double>& speech_s);

/// Everything a frame needs from the script at one video time: the window's preview uses it too.
struct ScriptFrame {
    int segment_index = 0;
    double segment_time_s = 0.0;  ///< seconds since the segment began
    double sim_time_h = 0.0;      ///< the simulated clock
    scene::View view = scene::View::synapse;
    bool receptor_split = false;           ///< ViewOptions::receptor_split
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
