#include <claimgraph/eval/spans.hpp>

#include <algorithm>

namespace claimgraph::eval {

std::size_t span::length() const noexcept {
    std::size_t n = 0;
    for (const auto& r : ranges) n += r.end - r.begin;
    return n;
}

span make_span(std::vector<byte_range> ranges) {
    std::erase_if(ranges, [](const byte_range& r) { return r.end <= r.begin; });
    std::sort(ranges.begin(), ranges.end(),
              [](const byte_range& a, const byte_range& b) { return a.begin < b.begin; });
    span out;
    for (const auto& r : ranges) {
        if (!out.ranges.empty() && r.begin <= out.ranges.back().end)
            out.ranges.back().end = std::max(out.ranges.back().end, r.end);
        else
            out.ranges.push_back(r);
    }
    return out;
}

std::size_t overlap(const span& a, const span& b) noexcept {
    // Both range lists are sorted and disjoint: one merge-like sweep.
    std::size_t n = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.ranges.size() && j < b.ranges.size()) {
        const auto& x = a.ranges[i];
        const auto& y = b.ranges[j];
        const auto lo = std::max(x.begin, y.begin);
        const auto hi = std::min(x.end, y.end);
        if (lo < hi) n += hi - lo;
        if (x.end < y.end)
            ++i;
        else
            ++j;
    }
    return n;
}

bool overlaps_enough(const span& a, const span& b, std::size_t numerator, std::size_t denominator) noexcept {
    const auto shared = overlap(a, b);
    if (shared == 0) return false;
    const auto shorter = std::min(a.length(), b.length());
    // shared / shorter >= numerator / denominator, in integers.
    return shared * denominator >= shorter * numerator;
}

std::vector<std::size_t> code_point_offsets(std::string_view text) {
    std::vector<std::size_t> table;
    table.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0U) != 0x80U) table.push_back(i);
    }
    table.push_back(text.size());
    return table;
}

byte_range to_bytes(const std::vector<std::size_t>& table, std::size_t cp_begin, std::size_t cp_end) noexcept {
    if (table.empty()) return {};
    const auto last = table.size() - 1;
    return byte_range{table[std::min(cp_begin, last)], table[std::min(cp_end, last)]};
}

std::string span_text(std::string_view text, const span& s) {
    std::string out;
    for (const auto& r : s.ranges) {
        if (r.begin >= text.size()) break;
        if (!out.empty()) out += ' ';
        out += text.substr(r.begin, std::min(r.end, text.size()) - r.begin);
    }
    return out;
}

} // namespace claimgraph::eval
