// SubRip (.srt) captions from timed caption texts, timed to the frames that show them.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace exporter {

/// The longest SRT line, in characters (code points); longer captions wrap at spaces.
inline constexpr std::size_t kSrtLineChars = 42;

/// The shortest time an SRT entry stays up when its caption is split into parts, seconds (a short line is read in
/// about that time; a caption shorter than that many parts share its time equally).
inline constexpr double kMinCue_s = 1.5;

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

/// A cue's text as SRT lines (its entries' lines, in order): wrapped at kSrtLineChars, then "— source" on one
/// line (cut with an ellipsis when longer) when it has a source.
std::vector<std::string> srt_cue_lines(const Subtitle& cue);

/// The .srt text of a video of `frame_count` frames: each cue from its first frame to the frame after its last
/// (never past the video's end), at frame precision. A cue's text is wrapped at kSrtLineChars, with the source
/// line under it; one that needs more than 2 lines is split at spaces into consecutive entries of at most 2
/// lines (the source under the last part), sharing the cue's frames in proportion to their length, each at
/// least kMinCue_s where the cue is long enough.
std::string srt_text(const std::vector<Subtitle>& cues, int fps, long frame_count);

/// The WebVTT (.vtt) version of an .srt text: the same cues, numbers and lines, "WEBVTT" first and times with a
/// '.' before the milliseconds ("" for "").
std::string vtt_from_srt(const std::string& srt);

}  // namespace exporter
