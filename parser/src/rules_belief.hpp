#pragma once
// Beliefs with a bare clause: "Bolton thought some of the buzz was artificial", "Economists believe this
// provides an incentive", "Christie hopes his latest endorsement will give him a boost". The shared
// clause_ahead test of the raw rules wants an auxiliary within five words and no preposition before it;
// belief verbs take long subjects ("the progress on climate change is real"), so they get a wider test of
// their own: a subject of one to twelve words (prepositions allowed) and then a finite verb.
//
// Header-only: the test is a template over the rule stage's units, read through two accessors, so that it
// needs none of rules.cpp's private types.

#include <array>
#include <cstddef>
#include <string_view>

namespace claimgraph::detail {

/// True for the lemmas whose bare clause is their claim ("thinks", "believes", "hopes", "fears", "knows").
bool belief_lemma(std::string_view lemma) noexcept;

/// True for a quantifier that can be a belief verb's whole subject ("Most believe", "few think").
bool belief_quantifier(std::string_view lowercase_word) noexcept;

/// True for a word after which a quantifier subject opens a clause ("But few believe", "and most think").
bool belief_opener(std::string_view lowercase_word) noexcept;

namespace belief {

constexpr std::array<std::string_view, 36> finite = {
    "do",     "am",
    "is",     "are",    "was",     "were",   "will",  "would",  "can",    "could",   "should",
    "may",    "might",  "must",    "has",    "have",  "had",    "does",   "did",     "won't",
    "won’t",  "isn't",  "isn’t",   "wasn't", "wasn’t", "aren't", "aren’t", "weren't", "weren’t",
    "shall",  "needs",  "remains", "seems",  "appears", "deserves", "wants"};
// Irregular pasts that end no noun phrase ("the buzz got louder", "the party made a mistake").
constexpr std::array<std::string_view, 22> pasts = {
    "got",   "made", "took",  "gave", "went", "came", "kept",  "left", "lost", "won",  "saw",
    "knew",  "felt", "thought", "held", "ran", "grew", "became", "brought", "began", "fell", "paid"};
// A subject never starts with these; "that" and question words are the other rules' business.
constexpr std::array<std::string_view, 40> no_start = {
    "to",    "of",    "in",     "on",    "at",    "for",   "with",  "about", "from",  "by",
    "as",    "so",    "that",   "what",  "how",   "why",   "when",  "where", "whether", "if",
    "who",   "which", "and",    "or",    "but",   "not",   "no",    "yes",   "nothing", "anything",
    "up",    "out",   "back",   "down",  "too",   "also",  "again", "into",  "like",  "more"};
// Words that end the subject without a verb: a relative or a subordinate clause, a coordination of verbs.
constexpr std::array<std::string_view, 14> breaks = {"who",   "which",   "where",  "when",  "because", "while",
                                                     "since", "although", "though", "unless", "until",   "whose",
                                                     "whom",  "whether"};
// Determiners and prepositions before a word in -ed make it an adjective ("the proposed plan").
constexpr std::array<std::string_view, 18> pre_adjective = {
    "the", "a",  "an",   "its",  "his",  "her", "their", "our", "my",
    "of",  "in", "with", "for", "from", "and", "more",  "most", "very"};

template <std::size_t N> bool in(const std::array<std::string_view, N>& a, std::string_view w) {
    for (const auto x : a)
        if (x == w)
            return true;
    return false;
}

} // namespace belief

/// A finite clause without "that" starts at unit `n`: a subject of one to twelve words (a preposition may
/// join its parts) and then a finite verb: an auxiliary or a copula, a negated one, an irregular past, a
/// lower-case past in -ed, or a present in -s after a noun. `low(i)` is the lower-case text of unit i or
/// an empty view for a non-word unit (or i past the end); `cap(i)` says whether word i is capitalised.
template <class Low, class Cap> bool belief_clause(const Low& low, const Cap& cap, std::size_t n) {
    using namespace belief;
    const auto w0 = low(n);
    if (w0.empty() || in(no_start, w0))
        return false;
    for (std::size_t k = n + 1; k < n + 13; ++k) {
        const auto x = low(k);
        if (x.empty() || in(breaks, x) || x == "to" || x == "that")
            return false;
        if (cap(k))
            continue;
        const auto prev = low(k - 1);
        if (in(finite, x) || in(pasts, x))
            return true;
        if (x.size() > 3 && (x.substr(x.size() - 3) == "n't" ||
                             (x.size() > 5 && x.substr(x.size() - 5) == "n\xE2\x80\x99t")))
            return true;
        if (x.size() > 4 && x.substr(x.size() - 2) == "ed" && !in(pre_adjective, prev) && !in(no_start, prev))
            return true;
        // "this provides an incentive", "Trump wins the state": a present in -s right after a pronoun or a
        // name.
        if (x.size() > 3 && x.back() == 's' && x[x.size() - 2] != 's' && x[x.size() - 2] != 'u' &&
            x[x.size() - 2] != 'i' && x[x.size() - 2] != '\'' &&
            (prev == "this" || prev == "it" || prev == "he" || prev == "she" || cap(k - 1)))
            return true;
    }
    return false;
}

} // namespace claimgraph::detail
