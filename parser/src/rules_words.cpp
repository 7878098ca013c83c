// The rules' word lookup table (see rules_words.hpp; the lists are registered in rules.cpp).
#include "rules_words.hpp"

namespace claimgraph::detail {

word_table::entry& word_table::add(std::string_view w) {
    char buf[16] = {};
    std::memcpy(buf, w.data(), std::min<std::size_t>(w.size(), 16));
    std::uint64_t k0, k1;
    std::memcpy(&k0, buf, 8);
    std::memcpy(&k1, buf + 8, 8);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(k0, k1, w.size()) & mask;
    for (; slots_[i] != 0; i = (i + 1) & mask) {
        entry& e = entries_[slots_[i] - 1];
        if (e.word == w)
            return e;
    }
    entry e;
    e.k0 = k0;
    e.k1 = k1;
    e.len = w.size();
    e.word = w;
    entries_.push_back(e);
    slots_[i] = static_cast<std::uint32_t>(entries_.size());
    return entries_.back();
}

word_table::word_table(std::span<const word_list_ref> lists, std::span<const std::string_view> cue_words,
                       const lexicon::cue_entry* (*cue_of)(std::string_view)) {
    std::size_t n = cue_words.size();
    for (const auto& l : lists)
        n += l.words.size();
    std::size_t cap = 16;
    while (cap < 3 * n)
        cap *= 2;
    slots_.assign(cap, 0);
    entries_.reserve(n); // add() hands out references: no reallocation
    for (const auto& l : lists)
        for (const auto w : l.words)
            if (!w.empty())
                add(w).info.cls |= l.bit;
    for (const auto w : cue_words)
        if (!w.empty())
            add(w);
    for (auto& e : entries_)
        e.info.cue = cue_of(e.word);
}

} // namespace claimgraph::detail
