// SubRip (.srt) captions from a script's caption cues, timed to the frames that show them.
#pragma once
#include <string>
#include <vector>

#include "export/script.hpp"

namespace exporter {

/// The first frame at or after video time `time_s` (the frame that shows a change made at that time).
long first_frame_at(double time_s, int fps);

/// "HH:MM:SS,mmm" for a time in seconds (rounded to the millisecond).
std::string srt_timestamp(double time_s);

/// The .srt text: one entry per cue, from its first frame to the frame after its last, at frame precision.
/// Each entry is the caption text, then "— source" on a second line when the cue has a source.
std::string srt_text(const std::vector<CaptionCue>& cues, int fps);

}  // namespace exporter
