// A script's narration as one sound track: spoken "say" lines, recorded "audio" files and a whole-video --audio file.
#pragma once
#include <functional>
#include <optional>
#include <string>

#include "export/audio.hpp"
#include "session/recording/script.hpp"

namespace session {

struct NarrationOptions {
    std::string voice;                ///< --voice: flite, festival or a program path; empty: "say" lines are not spoken
    std::string audio_file;           ///< --audio: one recorded track for the whole video from 0 s (empty: none)
    std::string work_dir;             ///< a private temporary folder for the speech engine's files
    std::function<bool()> cancelled;  ///< polled between lines (Ctrl-C)
    std::function<void(int done, int total)> on_progress;  ///< after each line spoken or read
};

/// How long the speech of each segment took to synthesise, for the benchmark (seconds, wall clock).
struct NarrationTiming {
    double synthesis_s = 0.0;
    int lines_spoken = 0;
};

/// Speaks and reads every segment's narration, sizes the script by it (session::fit_to_speech) and mixes the track
/// of a video of the script at `fps`: each line starts with its segment, at kTrackRate_hz, silence elsewhere, as
/// long as the video's frames (a last line may run up to one frame beyond them). Empty when the script has nothing
/// to play. Throws one line: no voice engine, a failing engine, an unreadable audio file, a line longer than its
/// fixed segment, an --audio track longer than the video.
std::optional<exporter::AudioClip> build_narration(Script& script, const NarrationOptions& options, int fps,
                                                   NarrationTiming* timing = nullptr);

/// The mono audio at `path` at the track's rate (stereo mixed down, other rates resampled); errors name `where`.
exporter::AudioClip read_track_audio(const std::string& path, const std::string& where);

}  // namespace session
