// Audio for recordings: mono sample buffers, WAV files read and written, resampling and the narration mix.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace exporter {

/// The rate of every recording's audio track, samples per second (AAC and Opus both take it).
inline constexpr int kTrackRate_hz = 48000;

/// Mono audio: samples in -1..1 at `rate_hz`.
struct AudioClip {
    int rate_hz = kTrackRate_hz;
    std::vector<float> samples;
    double duration_s() const { return rate_hz > 0 ? static_cast<double>(samples.size()) / rate_hz : 0.0; }
};

/// Reads a RIFF WAVE file: PCM 8/16/24/32-bit or 32/64-bit float, 1 or 2 channels, 8000..192000 Hz. Stereo is
/// downmixed to mono (the mean of the channels). Throws one line naming `path` and what is wrong (missing,
/// unreadable, not WAV, an unsupported encoding, more than 2 channels, no samples).
AudioClip read_wav(const std::string& path);

/// Writes 16-bit mono PCM WAV (samples clipped to -1..1). Throws one line on failure.
void write_wav(const std::string& path, const AudioClip& clip);

/// The clip at `rate_hz` by linear interpolation (deterministic; unchanged when the rate already matches).
AudioClip resample(const AudioClip& clip, int rate_hz);

/// The clip without its leading and trailing silence (samples under `threshold` in magnitude), so that a spoken
/// line starts with its segment; all of it when it is silent throughout.
AudioClip trim_silence(const AudioClip& clip, float threshold = 1.0f / 256.0f);

/// The sample of a track at `rate_hz` where video frame `frame_index` at `fps` begins (exact integer arithmetic).
long sample_at_frame(long frame_index, int fps, int rate_hz);

/// Adds `clip` (at the track's rate) into `track` starting at sample `at`; throws std::logic_error when it would
/// run past the track's end (callers check lengths first: nothing is cut silently).
void mix_into(std::vector<float>& track, const AudioClip& clip, long at);

}  // namespace exporter
