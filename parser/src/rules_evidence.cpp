// Nominal and adjectival cues of belief and stance (see rules_evidence.hpp).
#include "rules_evidence.hpp"

#include "rules_words.hpp"

#include <array>

namespace claimgraph::detail {
namespace {

using lexicon::cue_entry;
using lexicon::verb_form;

// Adjectives of belief and attitude that take a that-clause or a bare clause ("confident that", "sure the
// bill will pass"). Measured on PolNeAR train outside quotations: "be ADJ that|of|about|to" with the lists
// below is a gold cue 0.71 of the time (111 occurrences); "willing", "ready", "open", "clear", "determined",
// "opposed" were left out (each under 0.35).
constexpr auto clause_adjectives = words(
    "confident", "convinced", "sure", "certain", "aware", "unaware", "adamant", "hopeful", "optimistic",
    "pessimistic", "worried", "concerned", "skeptical", "sceptical", "insistent", "doubtful", "unsure",
    "uncertain", "upset", "unhappy", "pleased", "angry", "proud", "disappointed", "afraid", "fearful",
    "satisfied", "dissatisfied", "outraged", "furious", "frustrated", "anxious", "glad", "happy", "thrilled",
    "delighted", "shocked", "relieved");
// Adjectives whose "of" phrase is the claim ("critical of the deal", "wary of Trump").
constexpr auto of_adjectives = words(
    "critical", "skeptical", "sceptical", "wary", "proud", "aware", "unaware", "supportive", "dismissive",
    "enamored", "enamoured", "appreciative", "fond", "suspicious", "scornful", "contemptuous", "tired",
    "afraid", "fearful", "respectful", "disdainful", "mistrustful", "distrustful", "protective");
// Adjectives whose "about" phrase is the claim ("worried about the economy").
constexpr auto about_adjectives = words(
    "worried", "concerned", "upbeat", "optimistic", "pessimistic", "angry", "enthusiastic", "excited",
    "confident", "skeptical", "sceptical", "anxious", "upset", "unhappy", "hopeful", "bullish", "furious",
    "passionate", "adamant", "sure", "unsure", "uncertain", "ambivalent", "defensive", "candid", "honest",
    "cautious");
// Adjectives of intention with a to-infinitive ("eager to move on", "reluctant to endorse him").
constexpr auto to_adjectives = words("eager", "keen", "reluctant", "hesitant", "loath", "loth", "anxious");

constexpr auto links = words("is", "are", "was", "were", "am", "been", "remain", "remains", "remained",
                             "isn't", "aren't", "wasn't", "weren't", "isn\u2019t", "aren\u2019t",
                             "wasn\u2019t", "weren\u2019t");
constexpr auto degrees = words("not", "so", "very", "quite", "too", "also", "still", "now", "more", "less",
                               "all", "both", "increasingly", "deeply", "fully", "acutely", "well", "no",
                               "longer", "equally", "particularly", "extremely", "highly", "keenly",
                               "openly", "publicly", "privately", "sharply", "fairly", "genuinely", "really");

constexpr std::size_t max_entries =
    clause_adjectives.size() + of_adjectives.size() + about_adjectives.size() + to_adjectives.size();

// One entry per adjective and class: an opinion (stance for "of"/"about" is still the holder's attitude,
// so opinion too) or an intention; finite, counted only with its complement.
struct table {
    std::array<cue_entry, max_entries> opinion{};
    std::array<cue_entry, to_adjectives.size()> intention{};
    std::size_t n = 0;
};

template <std::size_t N> void add(table& t, const word_list<N>& l) {
    for (const auto w : l) {
        bool seen = false;
        for (std::size_t i = 0; i < t.n; ++i)
            seen = seen || t.opinion[i].word == w;
        if (!seen)
            t.opinion[t.n++] = cue_entry{w, w, cue_class::opinion, verb_form::third, false, true};
    }
}

const table& entries() {
    static const table t = [] {
        table r;
        add(r, clause_adjectives);
        add(r, of_adjectives);
        add(r, about_adjectives);
        add(r, to_adjectives);
        for (std::size_t i = 0; i < to_adjectives.size(); ++i)
            r.intention[i] = cue_entry{to_adjectives[i], to_adjectives[i], cue_class::intention,
                                       verb_form::third, false, true};
        return r;
    }();
    return t;
}

const cue_entry* opinion_entry(std::string_view w) {
    const auto& t = entries();
    for (std::size_t i = 0; i < t.n; ++i)
        if (t.opinion[i].word == w)
            return &t.opinion[i];
    return nullptr;
}

} // namespace

bool attitude_particle(std::string_view lemma, std::string_view next) noexcept {
    if (next == "of")
        return in(of_adjectives, lemma);
    if (next == "about")
        return in(about_adjectives, lemma);
    if (next == "to")
        return in(to_adjectives, lemma);
    // "Some top Democrats are confident in the Clinton operation" (3 of 3 on train; "interested in" is a
    // cue 1 time in 6).
    if (next == "in")
        return lemma == "confident";
    return false;
}

const cue_entry* attitude_cue(std::string_view adjective, std::string_view next) noexcept {
    if (next == "to") {
        for (std::size_t i = 0; i < to_adjectives.size(); ++i)
            if (to_adjectives[i] == adjective)
                return &entries().intention[i];
        return nullptr;
    }
    if (attitude_particle(adjective, next) || (!next.empty() && in(clause_adjectives, adjective)))
        return opinion_entry(adjective);
    return nullptr;
}

bool attitude_link(std::string_view w) noexcept {
    return in(links, w);
}

bool attitude_noun(std::string_view w) noexcept {
    // Measured on PolNeAR train outside quotations: "NOUN is/was that" after a possessive or not, 12
    // occurrences, 0.83 gold cues.
    static constexpr auto nouns = words(
        "view", "belief", "position", "argument", "hope", "fear", "concern", "worry", "contention", "assessment",
        "impression", "assumption", "expectation", "suspicion", "conclusion", "answer", "response", "claim",
        "complaint", "point", "hunch", "guess", "bet", "feeling", "sense", "thinking", "theory", "explanation",
        "reasoning", "message", "instinct", "prediction");
    return in(nouns, w);
}

bool attitude_degree(std::string_view w) noexcept {
    return in(degrees, w) || (w.size() > 4 && w.ends_with("ly"));
}

} // namespace claimgraph::detail
