// SubRip (.srt) captions from timed caption texts, timed to the frames that show them.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace exporter {

/// The longest SRT line, in characters (code points); longer captions wrap at spaces.
inline constexpr std::size_t kSrtLineChars = 42;

/// A caption shown over [start_s, end_s) of the video, with the source line under it (may be empty).
struct Subtitle {
    double start_s = 0.0;
    double end_s = 0.0;
    std::string text;
    std::string source;
};

/// The first frame at or after video time `time_s` (the frame that shows a change made at that time).
long first_frame_at(double time_s, int fps);

/// "HH:MM:SS,mmm" for a time in seconds (rounded to the millisecond).
std::string srt_timestamp(double time_s);

/// A cue's text as SRT lines (its entries' lines, in order): wrapped at kSrtLineChars, then "— source" (wrapped
/// too) when it has a source.
std::vector<std::string> srt_cue_lines(const Subtitle& cue);

/// The .srt text of a video of `frame_count` frames: each cue from its first frame to the frame after its last
/// (never past the video's end), at frame precision. A cue's text is wrapped at kSrtLineChars, with the source
/// line under it; one that needs more than 3 lines is split at spaces into consecutive entries of about 2 lines
/// (the source under the last one where it fits, else in an entry of its own), sharing the cue's frames in
/// proportion to their length.
std::string srt_text(const std::vector<Subtitle>& cues, int fps, long frame_count);

}  // namespace exporter
