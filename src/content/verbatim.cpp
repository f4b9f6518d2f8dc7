// Whitespace-normalised text matching: how quotes are located, byte for byte, in their source texts.
#include "content/verbatim.hpp"

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

/// One UTF-8 code point: its value and its length in bytes (0 = none). A malformed byte stands alone.
struct CodePoint {
    char32_t value = 0;
    std::size_t size = 0;
};

CodePoint code_point_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return {};
    const auto lead = static_cast<unsigned char>(s[pos]);
    const std::size_t n = lead < 0x80           ? 1
                          : (lead >> 5) == 0x6  ? 2
                          : (lead >> 4) == 0xE  ? 3
                          : (lead >> 3) == 0x1E ? 4
                                                : 1;
    if (n == 1 || pos + n > s.size()) return {lead, 1};
    char32_t value = lead & (0x7Fu >> n);
    for (std::size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[pos + i]);
        if ((b & 0xC0) != 0x80) return {lead, 1};
        value = (value << 6) | (b & 0x3Fu);
    }
    return {value, n};
}

/// The code point that ends just before byte `pos`.
CodePoint code_point_before(std::string_view s, std::size_t pos) {
    if (pos == 0 || pos > s.size()) return {};
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    const CodePoint cp = code_point_at(s, start);
    if (start + cp.size == pos) return cp;
    return {static_cast<unsigned char>(s[pos - 1]), 1};
}

/// Letters and digits: ASCII, accented Latin (not × ÷), Greek and Cyrillic.
bool is_word_code_point(CodePoint cp) {
    const char32_t c = cp.value;
    if (cp.size == 0) return false;
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
    return c >= 0x370 && c <= 0x52F;
}

}  // namespace

bool is_word_boundary(std::string_view text, std::size_t pos) {
    if (pos == 0 || pos >= text.size()) return true;
    return !(is_word_code_point(code_point_before(text, pos)) && is_word_code_point(code_point_at(text, pos)));
}

bool on_word_boundaries(std::string_view text, ByteRange range) {
    return is_word_boundary(text, range.begin) && is_word_boundary(text, range.end);
}

std::optional<ByteRange> find_verbatim_words(std::string_view haystack, std::string_view needle, std::size_t from) {
    for (auto match = find_verbatim(haystack, needle, from); match;
         match = find_verbatim(haystack, needle, match->begin + 1))
        if (on_word_boundaries(haystack, *match)) return match;
    return std::nullopt;
}

ByteRange word_around(std::string_view text, std::size_t pos) {
    std::size_t begin = std::min(pos, text.size()), end = begin;
    for (CodePoint cp = code_point_before(text, begin); is_word_code_point(cp); cp = code_point_before(text, begin))
        begin -= cp.size;
    for (CodePoint cp = code_point_at(text, end); is_word_code_point(cp); cp = code_point_at(text, end)) end += cp.size;
    return ByteRange{begin, end};
}

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
