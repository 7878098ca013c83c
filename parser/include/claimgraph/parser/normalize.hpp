#pragma once
/// \file
/// The clean-up many public news data sets apply (lower-case, every non-word character -> one space, words
/// containing a digit removed), with offsets mapped both ways, and detection of text already in that form.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// Normalized text with its offset map back to the original.
struct normalized_text {
    std::string text;                      ///< the normalized text (UTF-8)
    std::vector<std::size_t> to_original;  ///< for each byte of `text` (plus one past the end): original offset

    /// The normalized offset of an original byte offset (the first normalized byte at or after it).
    [[nodiscard]] std::size_t to_normalized(std::size_t original_offset) const;
};

/// Applies the clean-up to `text`.
normalized_text normalize(std::string_view text);

/// True when `text` looks normalized already: no upper-case letters, no punctuation, runs of spaces.
bool looks_normalized(std::string_view text);

} // namespace claimgraph
