// Whitespace-normalised text matching: how quotes are located, byte for byte, in their source texts.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace content {

/// A half-open range [begin, end) of byte offsets into a UTF-8 text.
struct ByteRange {
    std::size_t begin = 0;  ///< first byte
    std::size_t end = 0;    ///< one past the last byte
    std::size_t size() const { return end - begin; }
    bool empty() const { return end <= begin; }
    bool contains(ByteRange inner) const { return begin <= inner.begin && inner.end <= end; }
};

/// True for the ASCII whitespace that normalisation folds: space, tab, newline, CR, FF, VT.
bool is_space(char c);

/// Collapses every run of whitespace to one space and trims both ends. Nothing else changes.
std::string normalize_whitespace(std::string_view text);

/// Finds `needle` in `haystack` (searching from byte `from`) after normalising the whitespace of
/// both; returns the bytes of the match in the original haystack, or nullopt (also for an empty needle).
std::optional<ByteRange> find_verbatim(std::string_view haystack, std::string_view needle, std::size_t from = 0);

/// True when byte offset `pos` of `text` is a word boundary: the start or end of the text, or a place
/// where the characters on the two sides are not both letters or digits. Letters include accented
/// Latin, Greek and Cyrillic ones (decoded from UTF-8); punctuation such as ’ — • is not a letter.
bool is_word_boundary(std::string_view text, std::size_t pos);

/// True when `range` starts and ends on word boundaries of `text` (is not cut mid-word).
bool on_word_boundaries(std::string_view text, ByteRange range);

/// Like find_verbatim, but skips matches that start or end inside a word: "etamine" is not found in
/// "Ketamine works", though find_verbatim finds it.
std::optional<ByteRange> find_verbatim_words(std::string_view haystack, std::string_view needle, std::size_t from = 0);

/// The whole word of letters and digits that byte `pos` touches (empty at a gap between words), for
/// naming a cut word in an error message.
ByteRange word_around(std::string_view text, std::size_t pos);

/// The bytes of `text` inside `range` (clamped to the text).
std::string_view slice(std::string_view text, ByteRange range);

/// Widens `range` to whole lines (up to the newlines around it), for showing a quote in context.
ByteRange line_context(std::string_view text, ByteRange range);

}  // namespace content
