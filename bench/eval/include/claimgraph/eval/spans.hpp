#pragma once
/// \file
/// Byte spans for the evaluation: possibly discontinuous sets of `[begin, end)` UTF-8 byte ranges, their
/// overlap, and the conversion of the gold corpus's Unicode code-point offsets to byte offsets.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimgraph::eval {

/// One `[begin, end)` range of UTF-8 byte offsets into a document.
struct byte_range {
    std::size_t begin = 0;
    std::size_t end = 0;

    friend bool operator==(const byte_range&, const byte_range&) = default;
};

/// A possibly discontinuous span: sorted, non-overlapping, non-empty byte ranges (kept so by make_span).
struct span {
    std::vector<byte_range> ranges;

    [[nodiscard]] bool empty() const noexcept { return ranges.empty(); }
    /// Total number of bytes covered.
    [[nodiscard]] std::size_t length() const noexcept;
    /// First byte covered (0 when empty).
    [[nodiscard]] std::size_t begin() const noexcept { return ranges.empty() ? 0 : ranges.front().begin; }
    /// One past the last byte covered (0 when empty).
    [[nodiscard]] std::size_t end() const noexcept { return ranges.empty() ? 0 : ranges.back().end; }

    friend bool operator==(const span&, const span&) = default;
};

/// Builds a span from ranges in any order: drops empty ones, sorts, merges overlapping or touching ones.
span make_span(std::vector<byte_range> ranges);

/// A span of a single range.
inline span make_span(std::size_t begin, std::size_t end) { return make_span({byte_range{begin, end}}); }

/// Number of bytes covered by both spans.
std::size_t overlap(const span& a, const span& b) noexcept;

/// The matching rule of the harness: the two spans share at least half of the shorter one (and at least one
/// byte). With `numerator/denominator` the threshold can be changed; the default is 1/2.
bool overlaps_enough(const span& a, const span& b, std::size_t numerator = 1, std::size_t denominator = 2) noexcept;

/// For each code point index `i` of the UTF-8 `text` (and one past the last), the byte offset where it starts.
/// The result has (number of code points + 1) entries. Continuation bytes (10xxxxxx) never start a code
/// point, so ill-formed input still yields a monotone table.
std::vector<std::size_t> code_point_offsets(std::string_view text);

/// Converts a code-point range with `table` from code_point_offsets; offsets past the end are clamped.
byte_range to_bytes(const std::vector<std::size_t>& table, std::size_t cp_begin, std::size_t cp_end) noexcept;

/// The bytes of `text` a span covers, fragments joined by one space (as the gold corpus writes them).
std::string span_text(std::string_view text, const span& s);

} // namespace claimgraph::eval
