// Whitespace-normalised text matching: how quotes are located, byte for byte, in their source texts.
#include "content/text.hpp"

#include <algorithm>
#include <vector>

namespace content {
namespace {

/// A normalised copy of a text plus, for each of its bytes, the offset it came from.
struct Normalized {
    std::string text;
    std::vector<std::size_t> origin;
};

Normalized normalize_with_origin(std::string_view s, std::size_t from) {
    Normalized n;
    bool pending_space = false;
    for (std::size_t i = from; i < s.size(); ++i) {
        if (is_space(s[i])) {
            pending_space = !n.text.empty();
            continue;
        }
        if (pending_space) {
            n.text.push_back(' ');
            n.origin.push_back(i - 1);
            pending_space = false;
        }
        n.text.push_back(s[i]);
        n.origin.push_back(i);
    }
    return n;
}

}  // namespace

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string normalize_whitespace(std::string_view text) { return normalize_with_origin(text, 0).text; }

std::optional<ByteRange> find_verbatim(std::string_view haystack, std::string_view needle, std::size_t from) {
    const std::string norm_needle = normalize_whitespace(needle);
    if (norm_needle.empty() || from > haystack.size()) return std::nullopt;
    const Normalized norm_hay = normalize_with_origin(haystack, from);
    const std::size_t pos = norm_hay.text.find(norm_needle);
    if (pos == std::string::npos) return std::nullopt;
    // The normalised needle starts and ends with non-space bytes, which map back exactly.
    return ByteRange{norm_hay.origin[pos], norm_hay.origin[pos + norm_needle.size() - 1] + 1};
}

std::string_view slice(std::string_view text, ByteRange range) {
    const std::size_t begin = std::min(range.begin, text.size());
    const std::size_t end = std::clamp(range.end, begin, text.size());
    return text.substr(begin, end - begin);
}

ByteRange line_context(std::string_view text, ByteRange range) {
    const std::size_t begin = std::min(range.begin, text.size());
    const std::size_t end = std::clamp(range.end, begin, text.size());
    const std::size_t line_start = begin == 0 ? std::string_view::npos : text.rfind('\n', begin - 1);
    const std::size_t line_end = text.find('\n', end);
    return ByteRange{line_start == std::string_view::npos ? 0 : line_start + 1,
                     line_end == std::string_view::npos ? text.size() : line_end};
}

}  // namespace content
