// Recording scripts: JSON parsing with one-line errors, and the pure state of the script at a video time.
#include "session/recording/script.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <stdexcept>

#include "json/reader.hpp"
#include "session/words.hpp"
#include "sim/duration.hpp"

namespace session {
namespace {

using nlohmann::json;

/// Segment boundaries within this many seconds of a frame time count as reached (float sums of durations).
constexpr double kBoundaryEpsilon_s = 1e-7;
constexpr double kCaptionFade_s = 0.25;
/// The least a "fit" segment lasts before its narration is measured (a quote not yet resolved, no pause).
constexpr double kShortestFit_s = 0.5;
constexpr double kTitleFade_s = 0.4;
constexpr double kMaxSegmentDuration_s = 3600.0;

/// Where a value sits in the script, for error messages ("intro.json: segments[3].duration_s"): its path and the
/// file's errors (json_reader: unknown keys are collected, a wrong value stops the reading with all of them).
struct Where {
    json_reader::Errors* errors;
    std::string path;
    Where operator/(const std::string& key) const { return {errors, path.empty() ? key : path + "." + key}; }
    Where at(std::size_t i) const { return {errors, path + "[" + std::to_string(i) + "]"}; }
    [[noreturn]] void fail(const std::string& message) const { errors->fail(path, message); }
    void error(const std::string& message) const { errors->add(path, message); }
    json_reader::Value value(const json& j) const { return {j, path, *errors}; }
    /// The value a typed read gave, or the errors so far thrown when it gave none.
    template <class T>
    T got(const std::optional<T>& read) const {
        if (!read) errors->throw_if_any();
        return *read;
    }
};

/// Records every key not in `allowed` (keys starting with '_' are comments and always allowed).
void check_keys(const json& object, std::initializer_list<std::string_view> allowed, const Where& where) {
    where.got(where.value(object).object()).allow_only(allowed);
}

double get_number(const json& value, const Where& where) { return where.got(where.value(value).number()); }

double get_positive(const json& value, const Where& where) {
    const double x = get_number(value, where);
    if (!(x > 0.0)) where.fail(builtin_words("file.error.positive"));
    return x;
}

double get_non_negative(const json& value, const Where& where) {
    const double x = get_number(value, where);
    if (x < 0.0) where.fail(builtin_words("file.error.non_negative"));
    return x;
}

bool get_bool(const json& value, const Where& where) { return where.got(where.value(value).boolean()); }

std::string get_string(const json& value, const Where& where) { return where.got(where.value(value).string()); }

/// A simulated time: a number of hours or a string such as "40min", "2h", "3d".
double get_sim_time_h(const json& value, const Where& where) {
    if (value.is_number()) return get_non_negative(value, where);
    if (!value.is_string()) where.fail(builtin_words("script.error.time_h"));
    const auto hours = sim::parse_duration_h(value.get<std::string>());
    if (!hours)
        where.fail(builtin_words("script.error.time", {{"got", value.get<std::string>()}}));
    return *hours;
}

Ease get_ease(const json& value, const Where& where) {
    const std::string name = get_string(value, where);
    if (name == "linear") return Ease::linear;
    if (name == "smooth") return Ease::smooth;
    if (name == "log") return Ease::log;
    where.fail(builtin_words("script.error.ease", {{"got", name}}));
}

void parse_time(const json& value, SimClock& clock, const Where& where) {
    if (!value.is_object()) {
        clock.set_h = get_sim_time_h(value, where);
        return;
    }
    check_keys(value, {"from", "to", "ease"}, where);
    if (value.contains("from")) clock.set_h = get_sim_time_h(value["from"], where / "from");
    if (!value.contains("to")) (where / "to").fail(builtin_words("script.error.time_needs_to"));
    clock.to_h = get_sim_time_h(value["to"], where / "to");
    if (value.contains("ease")) clock.ease = get_ease(value["ease"], where / "ease");
    if (clock.ease == Ease::log && clock.set_h && *clock.set_h <= 0.0)
        (where / "from").fail(builtin_words("script.error.log_from_positive"));
}

SimClock parse_clock(const json& seg, const Where& where) {
    SimClock clock;
    if (seg.contains("time_h")) parse_time(seg["time_h"], clock, where / "time_h");
    if (seg.contains("rate_h_per_s"))
        clock.rate_h_per_s = get_non_negative(seg["rate_h_per_s"], where / "rate_h_per_s");
    if (seg.contains("hold")) clock.hold = get_bool(seg["hold"], where / "hold");
    if (clock.to_h && clock.rate_h_per_s) (where / "rate_h_per_s").fail(builtin_words("script.error.not_with_animated_time"));
    if (clock.to_h && clock.hold) (where / "hold").fail(builtin_words("script.error.not_with_animated_time"));
    return clock;
}

CameraPose parse_camera(const json& value, double& transition_s, const Where& where) {
    check_keys(value, {"zoom", "pan", "transition_s"}, where);
    CameraPose pose;
    if (value.contains("zoom")) pose.zoom = get_positive(value["zoom"], where / "zoom");
    if (pose.zoom < 0.1 || pose.zoom > 20.0) (where / "zoom").fail(builtin_words("script.error.zoom_range"));
    if (value.contains("pan")) {
        const json& pan = value["pan"];
        if (!pan.is_array() || pan.size() != 2) (where / "pan").fail(builtin_words("script.error.pan"));
        pose.pan_x = get_number(pan[0], (where / "pan").at(0));
        pose.pan_y = get_number(pan[1], (where / "pan").at(1));
    }
    if (value.contains("transition_s")) transition_s = get_non_negative(value["transition_s"], where / "transition_s");
    return pose;
}

CaptionSpec parse_caption(const json& value, const Where& where) {
    CaptionSpec caption;
    if (value.is_string()) {
        caption.text = value.get<std::string>();
        if (caption.text.empty()) where.fail(builtin_words("file.error.empty"));
        return caption;
    }
    check_keys(value, {"text", "source", "quote"}, where);
    if (value.contains("quote")) caption.quote_id = get_string(value["quote"], where / "quote");
    if (value.contains("text")) caption.text = get_string(value["text"], where / "text");
    if (value.contains("source")) caption.source = get_string(value["source"], where / "source");
    if (!caption.quote_id.empty() && !caption.text.empty()) (where / "text").fail(builtin_words("script.error.text_with_quote"));
    if (caption.empty()) where.fail(builtin_words("script.error.caption_needs_text"));
    return caption;
}

void parse_flags(const json& value, std::initializer_list<std::pair<const char*, std::optional<bool>*>> flags,
                 const Where& where) {
    if (!value.is_object()) where.fail(builtin_words("file.error.not_object"));
    for (const auto& item : value.items()) {
        if (!item.key().empty() && item.key()[0] == '_') continue;
        const auto* flag =
            std::find_if(flags.begin(), flags.end(), [&](const auto& f) { return item.key() == f.first; });
        if (flag == flags.end()) {
            (where / item.key()).error(builtin_words("file.error.unknown_key"));
            continue;
        }
        *flag->second = get_bool(item.value(), where / item.key());
    }
}

ScenarioPatch parse_params(const json& value, const Where& where) {
    check_keys(value, {"magnesium_mM", "body_weight_kg", "experiments", "hypotheses"}, where);
    ScenarioPatch p;
    if (value.contains("magnesium_mM"))
        p.magnesium_mM = get_non_negative(value["magnesium_mM"], where / "magnesium_mM");
    if (value.contains("body_weight_kg"))
        p.body_weight_kg = get_positive(value["body_weight_kg"], where / "body_weight_kg");
    if (value.contains("experiments"))
        parse_flags(value["experiments"],
                    {{"rapamycin", &p.rapamycin},
                     {"nbqx", &p.nbqx},
                     {"val66met", &p.val66met},
                     {"mglur23_agonist", &p.mglur23_agonist},
                     {"chronic_stress", &p.chronic_stress}},
                    where / "experiments");
    if (value.contains("hypotheses"))
        parse_flags(value["hypotheses"],
                    {{"disinhibition", &p.disinhibition}, {"blockade_at_rest", &p.blockade_at_rest}},
                    where / "hypotheses");
    return p;
}

ScriptOverlays parse_overlays(const json& value, const Where& where) {
    if (!value.is_object()) where.fail(builtin_words("script.error.overlays_object"));
    ScriptOverlays o;
    const std::pair<const char*, bool*> flags[] = {{"readout", &o.readout},
                                                   {"legend", &o.legend},
                                                   {"labels", &o.labels},
                                                   {"title", &o.title},
                                                   {"caption", &o.caption}};
    for (const auto& item : value.items()) {
        if (!item.key().empty() && item.key()[0] == '_') continue;
        const auto* flag =
            std::find_if(std::begin(flags), std::end(flags), [&](const auto& f) { return item.key() == f.first; });
        if (flag == std::end(flags)) {
            (where / item.key()).error(builtin_words("script.error.unknown_overlay"));
            continue;
        }
        *flag->second = get_bool(item.value(), where / item.key());
    }
    return o;
}

scene::ViewChoice get_view(const json& value, const Where& where) {
    const std::string id = get_string(value, where);
    const auto view = scene::view_choice_from_id(id);
    if (!view) where.fail(builtin_words("file.error.expected_choice", {{"choices", std::string(scene::kViewChoiceNames)}, {"got", id}}));
    return *view;
}

/// "say": text, or {"quote": id} (read with its attribution).
void parse_say(const json& value, Narration& narration, const Where& where) {
    if (value.is_string()) {
        narration.say = value.get<std::string>();
        if (narration.say.find_first_not_of(" \t\n") == std::string::npos) where.fail(builtin_words("file.error.empty"));
        return;
    }
    if (!value.is_object()) where.fail(builtin_words("script.error.say_type"));
    check_keys(value, {"quote"}, where);
    if (!value.contains("quote")) where.fail(builtin_words("script.error.say_needs_quote"));
    narration.quote_id = get_string(value["quote"], where / "quote");
    if (narration.quote_id.empty()) (where / "quote").fail(builtin_words("file.error.empty"));
}

void parse_narration(const json& seg, Segment& s, const Where& where) {
    if (seg.contains("say")) parse_say(seg["say"], s.narration, where / "say");
    if (seg.contains("audio")) {
        s.narration.audio_path = get_string(seg["audio"], where / "audio");
        if (s.narration.audio_path.empty()) (where / "audio").fail(builtin_words("file.error.empty"));
    }
    if (seg.contains("pause_s")) {
        if (!s.fit) (where / "pause_s").fail(builtin_words("script.error.pause_only_with_fit"));
        s.pause_s = get_non_negative(seg["pause_s"], where / "pause_s");
        if (s.pause_s > 60.0) (where / "pause_s").fail(builtin_words("script.error.pause_at_most_60"));
    }
    if (s.fit && s.narration.empty()) (where / "duration_s").fail(builtin_words("script.error.fit_needs_narration"));
    // The narration is the caption unless the segment gives its own.
    if (!seg.contains("caption")) {
        s.caption.text = s.narration.say;
        s.caption.quote_id = s.narration.quote_id;
    }
}

/// The length of a segment before any speech is known: "fit" estimates its words (a recorded file or a quote
/// is measured or resolved later).
double initial_duration_s(const Segment& s) {
    return std::max(estimated_speech_s(s.narration.say) + s.pause_s, kShortestFit_s);
}

/// The default view transition shrinks with a short segment; a written one must fit in it.
void check_view_transition(Segment& s, const Where& where) {
    if (!s.view_transition_given) s.view_transition_s = std::min(kDefaultViewTransition_s, s.duration_s);
    if (s.view_transition_s > s.duration_s)
        (where / "view_transition_s").fail(builtin_words("script.error.transition_too_long"));
}

/// "typical", "fast", "slow" or a person's number (1 to the window's population size).
PersonChoice get_person(const json& value, const Where& where) {
    const std::string text = value.is_number_integer() ? std::to_string(value.get<long long>())
                             : value.is_string()       ? value.get<std::string>()
                                                       : "";
    const auto person = person_from_text(text, sim::kPopulationDefaultPeople);
    if (!person)
        where.fail(builtin_words("script.error.person", {{"people", std::to_string(sim::kPopulationDefaultPeople)}}));
    return *person;
}

/// "duration_s": a number of seconds (true when it is "fit": sized by the narration).
bool parse_fit(const json& value, const Where& where) {
    if (value.is_string() && value.get<std::string>() != "fit")
        where.fail(builtin_words("script.error.duration", {{"got", value.get<std::string>()}}));
    if (!value.is_string() && !value.is_number()) {
        where.value(value).wrong_type(builtin_words("script.error.duration.expected"));
        where.errors->throw_if_any();
    }
    return value.is_string();
}

Segment parse_segment(const json& seg, const Where& where) {
    check_keys(seg,
               {"duration_s", "time_h", "rate_h_per_s", "hold", "view", "view_transition_s", "camera", "labels",
                "population", "person", "caption", "title", "params", "say", "audio", "pause_s"},
               where);
    Segment s;
    if (!seg.contains("duration_s")) (where / "duration_s").fail(builtin_words("file.error.missing"));
    s.fit = parse_fit(seg["duration_s"], where / "duration_s");
    if (!s.fit) s.duration_s = get_positive(seg["duration_s"], where / "duration_s");
    if (s.duration_s > kMaxSegmentDuration_s) (where / "duration_s").fail(builtin_words("script.error.duration_at_most_3600"));
    parse_narration(seg, s, where);
    if (s.fit) s.duration_s = initial_duration_s(s);
    s.clock = parse_clock(seg, where);
    if (seg.contains("view")) {
        const scene::ViewChoice choice = get_view(seg["view"], where / "view");
        s.view = choice.view;
        s.receptor_split = choice.receptor_split;
    }
    if (seg.contains("view_transition_s")) {
        s.view_transition_s = get_non_negative(seg["view_transition_s"], where / "view_transition_s");
        s.view_transition_given = true;
    }
    if (!s.fit) check_view_transition(s, where);  // a fitted one is checked once its length is known
    if (seg.contains("camera")) s.camera = parse_camera(seg["camera"], s.camera_transition_s, where / "camera");
    if (seg.contains("labels")) s.labels = get_bool(seg["labels"], where / "labels");
    if (seg.contains("population")) s.population = get_bool(seg["population"], where / "population");
    if (seg.contains("person")) s.person = get_person(seg["person"], where / "person");
    if (seg.contains("caption")) s.caption = parse_caption(seg["caption"], where / "caption");
    if (seg.contains("title")) s.title = get_string(seg["title"], where / "title");
    if (seg.contains("params")) s.params = parse_params(seg["params"], where / "params");
    return s;
}

void parse_scenario(const json& value, Script& script, const Where& where) {
    if (value.is_string()) {
        script.scenario_name = value.get<std::string>();
        if (script.scenario_name.empty()) where.fail(builtin_words("file.error.empty"));
    } else if (value.is_object()) {
        script.scenario_inline = value;
    } else {
        where.fail(builtin_words("script.error.scenario_type"));
    }
}

bool same_caption(const CaptionSpec& a, const CaptionSpec& b) {
    return a.text == b.text && a.source == b.source && a.quote_id == b.quote_id;
}

/// A segment that changes the simulated scenario: a "params" patch or a whole scenario.
bool changes_scenario(const Segment& s) { return s.params.has_value() || s.scenario.has_value(); }

double ease_value(Ease ease, double from, double to, double u) {
    u = std::clamp(u, 0.0, 1.0);
    switch (ease) {
        case Ease::linear: return from + (to - from) * u;
        case Ease::smooth: return from + (to - from) * u * u * (3.0 - 2.0 * u);
        case Ease::log: return from * std::pow(to / from, u);
    }
    return to;
}

/// The resolved carried state at the start of each segment.
struct SegmentStart {
    double start_s = 0.0;
    double sim_start_h = 0.0;
    double rate_h_per_s = 0.0;  ///< effective rate during the segment (0 when held or animated)
    scene::View view = scene::View::synapse;
    scene::View previous_view = scene::View::synapse;
    bool receptor_split = false;
    CameraPose camera, previous_camera;
    bool labels = true;
    bool population = false;
    PersonChoice person;
    int params_version = 0;
};

/// The clock's value at the end of a segment given its start.
double segment_end_h(const Segment& s, const SegmentStart& st) {
    if (s.clock.to_h) return *s.clock.to_h;
    return st.sim_start_h + st.rate_h_per_s * s.duration_s;
}

/// Walks the segments up to `video_time_s`, carrying the state; returns the index of the active segment.
std::size_t walk(const Script& script, double video_time_s, SegmentStart& st) {
    double carried_rate = 0.0, end_h = 0.0, start_s = 0.0;
    SegmentStart prev;
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        const Segment& s = script.segments[i];
        st.start_s = start_s;
        st.sim_start_h = s.clock.set_h.value_or(end_h);
        if (s.clock.rate_h_per_s) carried_rate = *s.clock.rate_h_per_s;
        st.rate_h_per_s = (s.clock.hold || s.clock.to_h) ? 0.0 : carried_rate;
        st.previous_view = i == 0 ? s.view.value_or(scene::View::synapse) : prev.view;
        st.view = s.view.value_or(st.previous_view);
        st.receptor_split = s.view ? s.receptor_split : (i > 0 && prev.receptor_split);
        st.previous_camera = i == 0 ? s.camera.value_or(CameraPose{}) : prev.camera;
        st.camera = s.camera.value_or(st.previous_camera);
        st.labels = s.labels.value_or(i == 0 ? true : prev.labels);
        st.population = s.population.value_or(i == 0 ? false : prev.population);
        st.person = s.person.value_or(i == 0 ? PersonChoice{} : prev.person);
        st.params_version = (i == 0 ? 0 : prev.params_version) + (changes_scenario(s) ? 1 : 0);
        const bool last = i + 1 == script.segments.size();
        if (last || start_s + s.duration_s > video_time_s + kBoundaryEpsilon_s) return i;
        end_h = segment_end_h(s, st);
        start_s += s.duration_s;
        prev = st;
    }
    return 0;
}

CameraPose camera_at(const Segment& s, const SegmentStart& st, double t_s) {
    if (!s.camera || s.camera_transition_s <= 0.0 || t_s >= s.camera_transition_s) return st.camera;
    const double u = t_s / s.camera_transition_s;
    const double k = u * u * (3.0 - 2.0 * u);
    const CameraPose& a = st.previous_camera;
    const CameraPose& b = st.camera;
    return {a.zoom * std::pow(b.zoom / a.zoom, k), a.pan_x + (b.pan_x - a.pan_x) * k,
            a.pan_y + (b.pan_y - a.pan_y) * k};
}

/// 0..1: fades in over `fade_s` after `start_s` and out over `fade_s` before `end_s`.
double fade_in_out(double t, double start_s, double end_s, double fade_s) {
    const double in = (t - start_s) / fade_s, out = (end_s - t) / fade_s;
    return std::clamp(std::min(in, out), 0.0, 1.0);
}

void set_view(ScriptFrame& f, const Segment& s, const SegmentStart& st, double t_s) {
    f.view = st.view;
    f.receptor_split = st.receptor_split;
    if (st.view == st.previous_view || s.view_transition_s <= 0.0 || t_s >= s.view_transition_s) return;
    f.from_view = st.previous_view;
    f.view_transition = t_s / s.view_transition_s;
}

void set_caption(ScriptFrame& f, const Script& script, double t_s) {
    for (const CaptionCue& cue : script.captions) {
        if (t_s + kBoundaryEpsilon_s >= cue.start_s && t_s + kBoundaryEpsilon_s < cue.end_s) {
            f.caption = &cue;
            f.caption_alpha = fade_in_out(t_s, cue.start_s, cue.end_s, kCaptionFade_s);
            return;
        }
    }
}

void apply_flag(const std::optional<bool>& flag, bool& target) {
    if (flag) target = *flag;
}

void apply_patch(const ScenarioPatch& p, sim::Scenario& s) {
    if (p.magnesium_mM) s.params.magnesium_mM = *p.magnesium_mM;
    if (p.body_weight_kg) s.body_weight_kg = *p.body_weight_kg;
    apply_flag(p.rapamycin, s.experiments.rapamycin);
    apply_flag(p.nbqx, s.experiments.nbqx);
    apply_flag(p.val66met, s.experiments.val66met);
    apply_flag(p.mglur23_agonist, s.experiments.mglur23_agonist);
    apply_flag(p.chronic_stress, s.experiments.chronic_stress);
    apply_flag(p.disinhibition, s.hypotheses.disinhibition);
    apply_flag(p.blockade_at_rest, s.hypotheses.blockade_at_rest);
}

/// A log ease needs a positive start time, which may be inherited from the previous segment.
void check_log_eases(const Script& script, const Where& where) {
    double start_s = 0.0;
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        const Segment& s = script.segments[i];
        SegmentStart st;
        walk(script, start_s, st);
        if (s.clock.ease == Ease::log && st.sim_start_h <= 0.0)
            (where.at(i) / "time_h").fail(builtin_words("script.error.log_needs_from"));
        start_s += s.duration_s;
    }
}

}  // namespace

std::vector<CaptionCue> caption_cues(const std::vector<Segment>& segments) {
    std::vector<CaptionCue> cues;
    double start_s = 0.0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment& s = segments[i];
        const double end_s = start_s + s.duration_s;
        if (!s.caption.empty()) {
            const bool extend = i > 0 && !cues.empty() && same_caption(segments[i - 1].caption, s.caption) &&
                                std::abs(cues.back().end_s - start_s) < kBoundaryEpsilon_s;
            if (extend)
                cues.back().end_s = end_s;
            else
                cues.push_back(
                    {start_s, end_s, s.caption.text, s.caption.source, s.caption.quote_id, static_cast<int>(i)});
        }
        start_s = end_s;
    }
    return cues;
}

double Script::duration_s() const {
    double total = 0.0;
    for (const Segment& s : segments) total += s.duration_s;
    return total;
}

Script parse_script(const json& root, const std::string& where_file) {
    json_reader::Errors errors(where_file);
    const Where where{&errors, ""};
    check_keys(root, {"title", "description", "scenario", "seed", "theme", "overlays", "segments"}, where);
    Script script;
    script.where = where_file;
    if (root.contains("title")) script.title = get_string(root["title"], where / "title");
    if (root.contains("description")) script.description = get_string(root["description"], where / "description");
    if (!root.contains("scenario")) (where / "scenario").fail(builtin_words("file.error.missing"));
    parse_scenario(root["scenario"], script, where / "scenario");
    if (root.contains("seed")) {
        if (!root["seed"].is_number_unsigned()) (where / "seed").fail(builtin_words("script.error.seed"));
        script.seed = root["seed"].get<std::uint64_t>();
    }
    if (root.contains("theme")) {
        const std::string theme = get_string(root["theme"], where / "theme");
        if (theme != "dark" && theme != "light") (where / "theme").fail(builtin_words("script.error.theme", {{"got", theme}}));
        script.theme = theme == "dark" ? scene::Theme::dark : scene::Theme::light;
    }
    if (root.contains("overlays")) {
        script.overlays = parse_overlays(root["overlays"], where / "overlays");
        script.overlays_given = true;
    }
    if (!root.contains("segments")) (where / "segments").fail(builtin_words("file.error.missing"));
    const json& segments = root["segments"];
    if (!segments.is_array() || segments.empty()) (where / "segments").fail(builtin_words("script.error.segments_empty"));
    for (std::size_t i = 0; i < segments.size(); ++i)
        script.segments.push_back(parse_segment(segments[i], (where / "segments").at(i)));
    script.captions = caption_cues(script.segments);
    for (const Segment& s : script.segments) script.narrated = script.narrated || s.narration.spoken();
    check_log_eases(script, where / "segments");
    errors.throw_if_any();
    return script;
}

std::string json_error_text(const std::exception& e) {
    std::string what = e.what();
    std::replace(what.begin(), what.end(), '\n', ' ');
    if (const auto close = what.find("] "); what.starts_with("[json.exception") && close != std::string::npos)
        what.erase(0, close + 2);  // the library's error code is no help to a reader
    return what;
}

Script load_script_file(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(builtin_words("script.error.cannot_read", {{"file", path}}));
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const json root = json_reader::parse(text, name);
    try {
        return parse_script(root, name);
    } catch (const json::exception& e) {  // a value the checks above let through to the library
        throw std::runtime_error(name + ": " + json_error_text(e));
    }
}

void resolve_quotes(Script& script, const QuoteLookup& lookup) {
    auto find = [&](const std::string& id, std::size_t i, const char* field) {
        const auto quote = lookup ? lookup(id) : std::nullopt;
        if (!quote)
            throw std::runtime_error(script.where + ": segments[" + std::to_string(i) + "]." + field + ": " +
                                     builtin_words("script.error.unknown_quote", {{"id", id}}));
        return *quote;
    };
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        Segment& s = script.segments[i];
        if (!s.caption.quote_id.empty()) {
            const QuoteText quote = find(s.caption.quote_id, i, "caption.quote");
            s.caption.text = quote.text;
            s.caption.source = quote.source;
        }
        if (!s.narration.quote_id.empty()) {
            const QuoteText quote = find(s.narration.quote_id, i, "say.quote");
            s.narration.say = builtin_words("script.say_quote", {{"quote", quote.text}, {"source", quote.source}});
        }
        if (s.fit && s.narration.audio_path.empty()) s.duration_s = initial_duration_s(s);
    }
    script.captions = caption_cues(script.segments);
}

double estimated_speech_s(const std::string& words) {
    std::istringstream in(words);
    std::string word;
    long count = 0;
    while (in >> word) ++count;
    return static_cast<double>(count) * kEstimatedSpeech_s_per_word;
}

void fit_to_speech(Script& script, const std::vector<double>& speech_s) {
    json_reader::Errors errors(script.where);
    const Where segments{&errors, "segments"};
    for (std::size_t i = 0; i < script.segments.size() && i < speech_s.size(); ++i) {
        Segment& s = script.segments[i];
        if (s.fit && speech_s[i] > 0.0) s.duration_s = std::max(speech_s[i] + s.pause_s, s.min_fit_s);
        if (s.duration_s > kMaxSegmentDuration_s) (segments.at(i) / "duration_s").fail(builtin_words("script.error.duration_at_most_3600"));
        if (!s.fit && speech_s[i] > s.duration_s + kBoundaryEpsilon_s) {
            segments.at(i).fail(builtin_words("script.error.narration_too_long",
                                              {{"speech", formatted_number("%.2f", speech_s[i])},
                                               {"duration", formatted_number("%.2f", s.duration_s)}}));
        }
        check_view_transition(s, segments.at(i));
    }
    script.captions = caption_cues(script.segments);
}

ScriptFrame script_state_at(const Script& script, double video_time_s) {
    ScriptFrame f;
    if (script.segments.empty()) return f;
    const double t = std::clamp(video_time_s, 0.0, script.duration_s());
    SegmentStart st;
    const std::size_t index = walk(script, t, st);
    const Segment& s = script.segments[index];
    const double local_s = std::clamp(t - st.start_s, 0.0, s.duration_s);
    f.segment_index = static_cast<int>(index);
    f.segment_time_s = local_s;
    f.sim_time_h = s.clock.to_h ? ease_value(s.clock.ease, st.sim_start_h, *s.clock.to_h, local_s / s.duration_s)
                                : st.sim_start_h + st.rate_h_per_s * local_s;
    set_view(f, s, st, local_s);
    f.camera = camera_at(s, st, local_s);
    f.labels = st.labels && script.overlays.labels;
    f.population = st.population;
    f.person = st.person;
    if (script.overlays.caption) set_caption(f, script, t);
    f.title = s.title;
    if (!f.title.empty()) f.title_alpha = fade_in_out(local_s, 0.0, s.duration_s, kTitleFade_s);
    f.params_version = st.params_version;
    f.captioned = !script.captions.empty() && script.overlays.caption;
    return f;
}

sim::Scenario scenario_at_version(const Script& script, const sim::Scenario& base, int params_version) {
    sim::Scenario scenario = base;
    int applied = 0;
    for (const Segment& s : script.segments) {
        if (!changes_scenario(s) || applied >= params_version) continue;
        if (s.scenario) scenario = *s.scenario;
        if (s.params) apply_patch(*s.params, scenario);
        ++applied;
    }
    return scenario;
}

int params_version_count(const Script& script) {
    return 1 + static_cast<int>(std::count_if(script.segments.begin(), script.segments.end(), changes_scenario));
}

long frame_count(const Script& script, int fps) { return std::lround(script.duration_s() * fps); }

std::vector<exporter::Subtitle> subtitles(const std::vector<CaptionCue>& cues) {
    std::vector<exporter::Subtitle> out;
    out.reserve(cues.size());
    for (const CaptionCue& c : cues) out.push_back({c.start_s, c.end_s, c.text, c.source});
    return out;
}

}  // namespace session
