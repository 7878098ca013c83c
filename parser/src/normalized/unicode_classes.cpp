// Lookups over the generated tables (binary search; ASCII answered inline first, it is nearly all news text).
#include "normalized/unicode_tables.hpp"

#include <algorithm>

namespace claimgraph::detail::unicode {
namespace {

bool in_ranges(const code_range* ranges, std::size_t size, std::uint32_t cp) noexcept {
    const code_range* end = ranges + size;
    const code_range* it =
        std::upper_bound(ranges, end, cp, [](std::uint32_t c, const code_range& r) { return c < r.first; });
    return it != ranges && cp <= (it - 1)->last;
}

} // namespace

bool is_word(std::uint32_t cp) noexcept {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    return in_ranges(word_ranges, word_ranges_size, cp);
}

bool is_digit(std::uint32_t cp) noexcept {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return in_ranges(digit_ranges, digit_ranges_size, cp);
}

bool is_cased(std::uint32_t cp) noexcept { return in_ranges(cased_ranges, cased_ranges_size, cp); }

bool is_case_ignorable(std::uint32_t cp) noexcept { return in_ranges(ignorable_ranges, ignorable_ranges_size, cp); }

const lower_entry* find_lower(std::uint32_t cp) noexcept {
    const lower_entry* end = lower_map + lower_map_size;
    const lower_entry* it =
        std::lower_bound(lower_map, end, cp, [](const lower_entry& e, std::uint32_t c) { return e.cp < c; });
    return it != end && it->cp == cp ? it : nullptr;
}

} // namespace claimgraph::detail::unicode
