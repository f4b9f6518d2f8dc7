// The narration track: each segment's speech or recording placed at its start, the script fitted to it.
#include "session/recording/narration.hpp"

#include <chrono>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "export/voice.hpp"
#include "session/words.hpp"

namespace session {
namespace {

/// Each segment's clip at the track's rate (nullopt where it has none to play).
std::vector<std::optional<exporter::AudioClip>> segment_clips(const Script& script, const NarrationOptions& options,
                                                              NarrationTiming* timing) {
    const std::optional<exporter::Voice> voice =
        options.voice.empty() ? std::nullopt : std::optional(exporter::find_voice(options.voice));
    int total = 0, done = 0;
    for (const Segment& s : script.segments) total += s.narration.empty() ? 0 : 1;
    std::vector<std::optional<exporter::AudioClip>> clips(script.segments.size());
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        const Narration& n = script.segments[i].narration;
        if (options.cancelled && options.cancelled()) throw std::runtime_error("interrupted");
        const std::string where = script.where + ": segments[" + std::to_string(i) + "].audio";
        if (!n.audio_path.empty()) {
            clips[i] = read_track_audio(n.audio_path, where);
        } else if (voice && !n.say.empty()) {
            const auto start = std::chrono::steady_clock::now();
            // The engine's own lead-in and tail silence go: the words start with the segment, and "fit" ends
            // pause_s after them.
            clips[i] = exporter::trim_silence(
                exporter::resample(exporter::synthesize(*voice, n.say, options.work_dir), exporter::kTrackRate_hz));
            if (timing) {
                timing->synthesis_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                ++timing->lines_spoken;
            }
        }
        if (!n.empty() && options.on_progress) options.on_progress(++done, total);
    }
    return clips;
}

bool has_spoken_lines(const Script& script) {
    for (const Segment& s : script.segments)
        if (!s.narration.say.empty() && s.narration.audio_path.empty()) return true;
    return false;
}

}  // namespace

exporter::AudioClip read_track_audio(const std::string& path, const std::string& where) {
    try {
        return exporter::resample(exporter::read_wav(path), exporter::kTrackRate_hz);
    } catch (const std::exception& e) {
        throw std::runtime_error(where + ": " + e.what());
    }
}

std::optional<exporter::AudioClip> build_narration(Script& script, const NarrationOptions& options, int fps,
                                                   NarrationTiming* timing) {
    if (!options.voice.empty() && !has_spoken_lines(script))
        throw std::runtime_error(builtin_words("recording.error.no_say_lines", {{"file", script.where}}));
    const auto clips = segment_clips(script, options, timing);
    std::vector<double> speech_s(clips.size(), 0.0);
    for (std::size_t i = 0; i < clips.size(); ++i) speech_s[i] = clips[i] ? clips[i]->duration_s() : 0.0;
    fit_to_speech(script, speech_s);
    std::optional<exporter::AudioClip> whole;
    if (!options.audio_file.empty()) whole = read_track_audio(options.audio_file, "--audio");
    bool any = whole.has_value();
    for (const auto& c : clips) any = any || c.has_value();
    if (!any) return std::nullopt;

    const int rate = exporter::kTrackRate_hz;
    const long frames = frame_count(script, fps);
    const long video_samples = exporter::sample_at_frame(frames, fps, rate);
    const long frame_samples = rate / fps + 1;
    if (whole && static_cast<long>(whole->samples.size()) > video_samples + frame_samples) {
        throw std::runtime_error(
            builtin_words("recording.error.audio_too_long",
                          {{"track", formatted_number("%.2f", whole->duration_s())},
                           {"video", formatted_number("%.2f", static_cast<double>(frames) / fps)}}));
    }
    std::vector<long> starts(clips.size(), 0);
    long needed = video_samples;
    double start_s = 0.0;
    for (std::size_t i = 0; i < clips.size(); ++i) {
        starts[i] = std::lround(start_s * rate);
        if (clips[i]) needed = std::max(needed, starts[i] + static_cast<long>(clips[i]->samples.size()));
        start_s += script.segments[i].duration_s;
    }
    if (whole) needed = std::max(needed, static_cast<long>(whole->samples.size()));
    exporter::AudioClip track{rate, std::vector<float>(static_cast<std::size_t>(needed), 0.0f)};
    if (whole) exporter::mix_into(track.samples, *whole, 0);
    for (std::size_t i = 0; i < clips.size(); ++i)
        if (clips[i]) exporter::mix_into(track.samples, *clips[i], starts[i]);
    return track;
}

}  // namespace session
