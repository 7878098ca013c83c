#include <claimgraph/eval/carry.hpp>

#include <algorithm>
#include <vector>

namespace claimgraph::eval {

span carry_to_normalized(const normalized_text& n, const span& original) {
    std::vector<byte_range> out;
    for (const auto& r : original.ranges) {
        // Trim the spaces that punctuation at the edges became: they are not part of any reading of the span.
        auto b = std::min(n.to_normalized(r.begin), n.text.size());
        auto e = std::min(std::max(n.to_normalized(r.end), b), n.text.size());
        while (b < e && n.text[b] == ' ') ++b;
        while (e > b && n.text[e - 1] == ' ') --e;
        out.push_back({b, e});
    }
    return make_span(std::move(out));
}

span carry_to_original(const normalized_text& n, const span& normalized) {
    if (n.to_original.empty()) return {};
    std::vector<byte_range> out;
    const auto last = n.to_original.size() - 1;
    for (const auto& r : normalized.ranges)
        out.push_back({n.to_original[std::min(r.begin, last)], n.to_original[std::min(r.end, last)]});
    return make_span(std::move(out));
}

std::optional<gold_attribution> carry_to_normalized(const normalized_text& n, const gold_attribution& gold) {
    auto carried = gold;
    carried.content = carry_to_normalized(n, gold.content);
    if (carried.content.empty()) return std::nullopt;
    carried.cue = carry_to_normalized(n, gold.cue);
    // A source made only of punctuation or numbers vanishes but still counts as a source (it cannot be found).
    if (gold.source) carried.source = carry_to_normalized(n, *gold.source);
    return carried;
}

} // namespace claimgraph::eval
