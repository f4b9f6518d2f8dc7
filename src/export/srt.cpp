// SubRip (.srt) caption files: frame-exact cue times and the entry text.
#include "export/srt.hpp"

#include <cmath>
#include <cstdio>

namespace exporter {

long first_frame_at(double time_s, int fps) {
    constexpr double kBoundaryEpsilon_s = 1e-7;  // the same tolerance as script_state_at
    return static_cast<long>(std::ceil((time_s - kBoundaryEpsilon_s) * fps));
}

std::string srt_timestamp(double time_s) {
    const long long total_ms = std::llround(time_s * 1000.0);
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld,%03lld", total_ms / 3'600'000, total_ms / 60'000 % 60,
                  total_ms / 1000 % 60, total_ms % 1000);
    return text;
}

std::string srt_text(const std::vector<CaptionCue>& cues, int fps) {
    std::string out;
    int number = 0;
    for (const CaptionCue& cue : cues) {
        const long first = first_frame_at(cue.start_s, fps), end = first_frame_at(cue.end_s, fps);
        if (end <= first) continue;  // shorter than a frame: never shown
        out += std::to_string(++number) + "\n";
        out += srt_timestamp(frame_time_s(first, fps)) + " --> " + srt_timestamp(frame_time_s(end, fps)) + "\n";
        out += cue.text + "\n";
        if (!cue.source.empty()) out += "\u2014 " + cue.source + "\n";
        out += "\n";
    }
    return out;
}

}  // namespace exporter
