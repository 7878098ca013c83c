#pragma once
// The rules' word lookup. Every word list that the attribution rules test on the words of a sentence is
// tagged with a class bit (`wc::np_stop | words("that", "which", ...)` in rules.cpp) and registered in one
// table; apply_rules looks every word up ONCE when it builds the sentence's units, and gets the word's
// reporting-verb entry (lexicon::find_cue, then find_rule_verb) and the bits of all the lists that hold it.
// The rules then test bits (`is(i, np_stops)`) instead of scanning lists per candidate word.
//
// How to add a list: see the comment block at the top of rules.cpp.

#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

/// The set of word classes (lists) a word belongs to: one bit per list.
using word_class = std::uint64_t;

namespace wc {
// One bit per registered list. New lists take the next free bit and raise `count` (at most 64 bits).
enum : word_class {
    np_stop = word_class{1} << 0,        ///< np_stops: words that end a noun phrase scanning back from a cue
    pre_cue_adverb = word_class{1} << 1, ///< pre_cue_adverbs
    determiner = word_class{1} << 2,
    quantifier = word_class{1} << 3,
    name_function = word_class{1} << 4, ///< name_function_words ("of", "de", "van")
    person_head = word_class{1} << 5,
    org_head = word_class{1} << 6,
    evidence_head = word_class{1} << 7,
    time_word = word_class{1} << 8,
    day_part = word_class{1} << 9,
    irregular_past = word_class{1} << 10,
    time_opener = word_class{1} << 11,
    subject_pronoun = word_class{1} << 12,
    object_pronoun = word_class{1} << 13,
    anonymity_mark = word_class{1} << 14,
    count_word = word_class{1} << 15,    ///< is_count's number words
    not_predicate = word_class{1} << 16, ///< naming_at
    not_object = word_class{1} << 17,    ///< object_at
    finite_aux = word_class{1} << 18,    ///< relative_content_end
    loose_number = word_class{1} << 19,  ///< np_before_loose's number words
    evidence_word = word_class{1} << 20, ///< evidence_words
    more_evidence = word_class{1} << 21, ///< verb_rule's more_evidence
    poll_word = word_class{1} << 22,     ///< poll_rule's poll_words
    intro_word = word_class{1} << 23,    ///< clause_subject's intro_words
    wh_word = word_class{1} << 24,       ///< verb_rule's wh (ask)
    // The lexicon's word sets (lexicon::is_title, is_pronoun, is_group_noun, is_outlet_noun).
    title = word_class{1} << 25,
    pronoun = word_class{1} << 26,
    group_noun = word_class{1} << 27,
    outlet_noun = word_class{1} << 28,
    // rules_no_source.hpp
    no_source_anchor = word_class{1} << 29,
    no_source_said = word_class{1} << 30,
    no_source_passive = word_class{1} << 31, ///< no_source_finder::passive_anchors()
    // First words of the lexicon's multi-word entries: a lookup of a joined phrase can only succeed from them.
    outlet_first = word_class{1} << 32,  ///< first word of an outlet spelling (lexicon::outlets())
    channel_first = word_class{1} << 33, ///< first word of an attribution phrase (lexicon::attribution_phrases())
    rule_anchor = word_class{1} << 34,   ///< rule_anchors: words other than cues that start a rule in run()
    quote_manner = word_class{1} << 35,  ///< quote_manner_verbs (quote_cue_rule)
    attitude = word_class{1} << 36,      ///< rules_evidence.hpp attitude_adjectives
    frame_verb = word_class{1} << 37,    ///< frame_verbs (rules_frames.hpp)
};
inline constexpr unsigned count = 38; ///< bits in use: [0, count)
} // namespace wc

/// The filter bit of a word's first byte: one bit per letter a-z, bit 26 for anything else.
constexpr std::uint32_t first_bit(char c) {
    return c >= 'a' && c <= 'z' ? std::uint32_t{1} << (c - 'a') : std::uint32_t{1} << 26;
}

/// A constexpr word list (a std::array of the words) with a filter computed at compile time: per word length,
/// the first-byte bits of the words of that length, so that in() rejects most words with one test. `bit` is
/// the list's word class (0 for a list that is not registered in the lookup: test it with in() only).
template <std::size_t N> struct word_list : std::array<std::string_view, N> {
    static constexpr std::size_t max_len = 31; ///< longer words share the last slot
    std::array<std::uint32_t, max_len + 1> by_length{};
    word_class bit = 0;
    constexpr bool may_hold(std::string_view w) const {
        return (by_length[std::min(w.size(), max_len)] & first_bit(w[0])) != 0;
    }
};

/// A constexpr word list of the right size (no hand-counted array bounds).
template <class... T> constexpr auto words(T... w) {
    word_list<sizeof...(T)> l{std::array<std::string_view, sizeof...(T)>{std::string_view(w)...}};
    for (const auto& x : l)
        if (!x.empty())
            l.by_length[std::min(x.size(), l.max_len)] |= first_bit(x[0]);
    return l;
}

/// Tags a list with its word class: `constexpr auto np_stops = wc::np_stop | words(...)`.
template <std::size_t N> constexpr word_list<N> operator|(word_class bit, word_list<N> l) {
    l.bit = bit;
    return l;
}

/// Whole-word membership of any string in a word list (for words that are no unit of the sentence, such as
/// a prefix of a word; a unit's word is tested by its bits).
template <std::size_t N> bool in(const word_list<N>& a, std::string_view w) {
    if (w.empty() || !a.may_hold(w))
        return w.empty() && std::find(a.begin(), a.end(), w) != a.end();
    const std::size_t n = w.size();
    for (const auto& e : a)
        if (e.size() == n && e[0] == w[0] && std::memcmp(e.data(), w.data(), n) == 0)
            return true;
    return false;
}

/// A registered list: its words and its class bit.
struct word_list_ref {
    std::span<const std::string_view> words;
    word_class bit;
    template <std::size_t N>
    constexpr word_list_ref(const word_list<N>& l) : words(l.data(), l.size()), bit(l.bit) {}
    constexpr word_list_ref(std::span<const std::string_view> w, word_class b) : words(w), bit(b) {}
};

/// What the rules know of a word: its reporting-verb entry (or nullptr) and its classes.
struct word_info {
    const lexicon::cue_entry* cue = nullptr;
    word_class cls = 0;
};

/// An open-addressing hash table from words to their word_info, built once from the registered lists, the
/// lexicon's word sets and the reporting-verb tables. Keys are the first 16 bytes of the word (zero-padded)
/// and its length; longer words are compared in full.
class word_table {
public:
    /// `lists`: the rules' registered lists; `cue_words`: every word that may have a reporting-verb entry;
    /// `cue_of`: that entry (or nullptr).
    word_table(std::span<const word_list_ref> lists, std::span<const std::string_view> cue_words,
               const lexicon::cue_entry* (*cue_of)(std::string_view));

    word_info find(std::string_view w, const char* limit) const noexcept {
        const std::size_t n = w.size();
        if (n == 0)
            return {};
        std::uint64_t k0 = 0, k1 = 0;
        if (limit != nullptr && w.data() + 16 <= limit) {
            std::memcpy(&k0, w.data(), 8);
            std::memcpy(&k1, w.data() + 8, 8);
            if (n < 8) {
                k0 &= (std::uint64_t{1} << (8 * n)) - 1;
                k1 = 0;
            } else if (n < 16) {
                k1 &= (std::uint64_t{1} << (8 * (n - 8))) - 1;
            }
        } else {
            char buf[16] = {};
            std::memcpy(buf, w.data(), std::min<std::size_t>(n, 16));
            std::memcpy(&k0, buf, 8);
            std::memcpy(&k1, buf + 8, 8);
        }
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash(k0, k1, n) & mask;; i = (i + 1) & mask) {
            const std::uint32_t s = slots_[i];
            if (s == 0)
                return {};
            const entry& e = entries_[s - 1];
            if (e.k0 == k0 && e.k1 == k1 && e.len == n &&
                (n <= 16 || std::memcmp(e.word.data(), w.data(), n) == 0))
                return e.info;
        }
    }
    std::size_t size() const noexcept { return entries_.size(); }

private:
    struct entry {
        std::uint64_t k0 = 0, k1 = 0;
        std::size_t len = 0;
        std::string_view word;
        word_info info;
    };
    static std::size_t hash(std::uint64_t k0, std::uint64_t k1, std::size_t n) noexcept {
        const std::uint64_t h = (k0 ^ (k1 * 0xC2B2AE3D27D4EB4Full) ^ n) * 0x9E3779B97F4A7C15ull;
        return static_cast<std::size_t>(h >> 40);
    }
    entry& add(std::string_view w);
    std::vector<entry> entries_;
    std::vector<std::uint32_t> slots_; ///< 0: empty, else index + 1 into entries_
};

/// The entry of a lower-case word (the rules' units hold the document lower-cased byte for byte, ASCII
/// letters only: "The" is not "the", callers lower-case first). Words in no list and no cue give {nullptr,
/// 0}.
word_info lookup_word(std::string_view lowercase_word) noexcept;

/// The same, for a word inside a buffer that has at least 16 readable bytes after `w.data()` when
/// `w.data() + 16 <= limit` (the fast path reads 16 bytes at once and masks them).
word_info lookup_word(std::string_view lowercase_word, const char* limit) noexcept;

} // namespace claimgraph::detail
