// SubRip (.srt) caption files: frame-exact cue times, and the entry text wrapped into short lines.
#include "export/srt.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <utility>

#include "export/wrap_text.hpp"

namespace exporter {
namespace {

constexpr std::size_t kMaxPageLines = 2;  ///< lines on screen at once, the source line included

/// One SRT entry's lines and its share of the cue's frames (the characters it has to be read in).
struct Page {
    std::vector<std::string> lines;
    std::size_t weight = 1;
};

Page make_page(std::vector<std::string> lines) {
    std::size_t chars = 0;
    for (const std::string& line : lines) chars += utf8_length(line) + 1;
    return {std::move(lines), std::max<std::size_t>(1, chars)};
}

/// How much better a part ends after this word than mid-phrase, in characters of imbalance.
double boundary_bonus(const std::string& word) {
    const char last = word.back();
    if (last == '.' || last == '!' || last == '?' || last == ':') return 16.0;
    if (last == ',' || last == ';' || last == ')') return 8.0;
    return 0.0;
}

/// Words [from, to) joined by spaces.
std::string join_words(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string part;
    for (std::size_t i = from; i < to; ++i) part += (i == from ? "" : " ") + words[i];
    return part;
}

/// Where the part that starts at word `from` should end (one past its last word): near `target_chars` into the
/// text, after a sentence or clause where one is close, short enough for `max_lines` lines where it can be,
/// and leaving at least `parts_after` words for the parts after it.
std::size_t best_break(const std::vector<std::string>& words, const std::vector<std::size_t>& end_chars,
                       std::size_t from, double target_chars, std::size_t parts_after, std::size_t max_lines) {
    std::size_t best = from + 1;
    double best_cost = 1e300;
    for (std::size_t to = from + 1; to + parts_after <= words.size(); ++to) {
        const bool too_long = wrap_text(join_words(words, from, to), kSrtLineChars).size() > max_lines;
        const double cost = std::abs(static_cast<double>(end_chars[to - 1]) - target_chars) -
                            boundary_bonus(words[to - 1]) + (too_long ? 1000.0 : 0.0);
        if (cost < best_cost) {
            best_cost = cost;
            best = to;
        }
    }
    return best;
}

/// `text` split at spaces into (at most) `count` parts of about the same length (see best_break), each of at most
/// kMaxPageLines lines where it can be; the last part is `last_share` times as long as the others (a half when the
/// source line takes half of its room).
std::vector<std::string> balanced_parts(const std::string& text, std::size_t count, double last_share) {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string word; in >> word;) words.push_back(word);
    if (words.empty()) return {};
    std::vector<std::size_t> end_chars(words.size());  // characters up to and including each word
    for (std::size_t i = 0, chars = 0; i < words.size(); ++i) end_chars[i] = chars += utf8_length(words[i]) + 1;
    const double total_chars = static_cast<double>(end_chars.back());
    std::vector<std::string> parts;
    std::size_t from = 0;
    for (std::size_t k = 1; k < count && from < words.size(); ++k) {
        const double target = total_chars * static_cast<double>(k) / (static_cast<double>(count - 1) + last_share);
        const std::size_t to = best_break(words, end_chars, from, target, count - k, kMaxPageLines);
        parts.push_back(join_words(words, from, to));
        from = to;
    }
    if (from < words.size()) parts.push_back(join_words(words, from, words.size()));
    return parts;
}

/// The source line ("— source") on one line: cut at a word with an ellipsis when longer than kSrtLineChars.
std::string source_line(const std::string& source) {
    const std::string line = "\u2014 " + source;
    if (utf8_length(line) <= kSrtLineChars) return line;
    const std::vector<std::string> lines = wrap_text(line, kSrtLineChars - 1);
    return lines.size() == 1 ? lines.front() : lines.front() + "\u2026";
}

/// Whether `text` in `count` parts puts every part on at most kMaxPageLines lines and the last on at most
/// `last_lines`.
bool parts_fit(const std::vector<std::string>& parts, std::size_t last_lines) {
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (wrap_text(parts[i], kSrtLineChars).size() > (i + 1 == parts.size() ? last_lines : kMaxPageLines))
            return false;
    return true;
}

/// The pages of a cue, each of at most kMaxPageLines lines: the text in parts of about the same length and the
/// source line under the last part (its weight counts half: an attribution is skimmed, not read).
std::vector<Page> cue_pages(const Subtitle& cue) {
    const std::vector<std::string> text = wrap_text(cue.text, kSrtLineChars);
    if (text.empty())
        return cue.source.empty() ? std::vector<Page>{} : std::vector<Page>{make_page({source_line(cue.source)})};
    const std::size_t last_lines = cue.source.empty() ? kMaxPageLines : kMaxPageLines - 1;
    std::vector<std::string> parts;
    for (std::size_t count = 1; count <= text.size() + 1; ++count) {
        parts = balanced_parts(cue.text, count, cue.source.empty() ? 1.0 : 0.5);
        if (parts_fit(parts, last_lines)) break;
    }
    std::vector<Page> pages;
    for (const std::string& part : parts) pages.push_back(make_page(wrap_text(part, kSrtLineChars)));
    if (cue.source.empty()) return pages;
    const std::string source = source_line(cue.source);
    pages.back().lines.push_back(source);
    pages.back().weight += (utf8_length(source) + 1) / 2;
    return pages;
}

/// The first frame of each page and the end frame: [first, end) shared by the pages' weights, each page at least
/// `min_frames` long where the cue has room (else the same share each), and at least one frame. Empty when the
/// cue has fewer frames than pages.
std::vector<long> page_frames(const std::vector<Page>& pages, long first, long end, long min_frames) {
    const long frames = end - first, count = static_cast<long>(pages.size());
    if (frames < count) return {};
    const long floor_frames = std::max(1L, std::min(min_frames, frames / count));
    std::size_t total = 0;
    for (const Page& p : pages) total += p.weight;
    const long spare = frames - floor_frames * count;  // shared by weight on top of each page's floor
    std::vector<long> bounds{first};
    std::size_t done = 0;
    for (long i = 0; i + 1 < count; ++i) {
        done += pages[static_cast<std::size_t>(i)].weight;
        const long share =
            first + floor_frames * (i + 1) +
            std::lround(static_cast<double>(spare) * static_cast<double>(done) / static_cast<double>(total));
        bounds.push_back(std::clamp(share, bounds.back() + floor_frames, end - floor_frames * (count - 1 - i)));
    }
    bounds.push_back(end);
    return bounds;
}

void append_entry(std::string& out, int number, long first, long end, int fps, const std::vector<std::string>& lines) {
    out += std::to_string(number) + "\n";
    out += srt_timestamp(static_cast<double>(first) / fps) + " --> " + srt_timestamp(static_cast<double>(end) / fps) +
           "\n";
    for (const std::string& line : lines) out += line + "\n";
    out += "\n";
}

}  // namespace

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

std::vector<std::string> srt_cue_lines(const Subtitle& cue) {
    std::vector<std::string> lines;
    for (const Page& page : cue_pages(cue)) lines.insert(lines.end(), page.lines.begin(), page.lines.end());
    return lines;
}

std::string srt_text(const std::vector<Subtitle>& cues, int fps, long frame_count) {
    std::string out;
    int number = 0;
    for (const Subtitle& cue : cues) {
        const long first = first_frame_at(cue.start_s, fps);
        const long end = std::min(first_frame_at(cue.end_s, fps), frame_count);
        if (end <= first) continue;  // shorter than a frame, or after the last frame: never shown
        const std::vector<Page> pages = cue_pages(cue);
        const std::vector<long> bounds = page_frames(pages, first, end, std::lround(kMinCue_s * fps));
        if (bounds.empty()) {  // too few frames to page through: everything at once
            append_entry(out, ++number, first, end, fps, srt_cue_lines(cue));
            continue;
        }
        for (std::size_t i = 0; i < pages.size(); ++i)
            append_entry(out, ++number, bounds[i], bounds[i + 1], fps, pages[i].lines);
    }
    return out;
}

std::string vtt_from_srt(const std::string& srt) {
    if (srt.empty()) return "";
    std::string out = "WEBVTT\n\n";
    std::istringstream in(srt);
    std::string line;
    while (std::getline(in, line)) {
        if (line.find(" --> ") != std::string::npos)  // 00:00:01,200 --> 00:00:02,000
            for (char& c : line)
                if (c == ',') c = '.';
        out += line + "\n";
    }
    return out;
}

}  // namespace exporter
