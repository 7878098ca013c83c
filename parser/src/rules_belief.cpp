// Beliefs with a bare clause (see rules_belief.hpp).
#include "rules_belief.hpp"

namespace claimgraph::detail {

bool belief_lemma(std::string_view lemma) noexcept {
    // Not "feel" or "understand": their bare objects are more often feelings and facts than claims (train
    // precision under 0.3 with this test).
    static constexpr std::array<std::string_view, 14> lemmas = {
        "believe", "think",   "hope",    "expect", "fear",  "doubt",    "worry",
        "suspect", "reckon",  "know",    "realize", "assume", "agree", "recognize"};
    return belief::in(lemmas, lemma);
}

bool belief_quantifier(std::string_view w) noexcept {
    static constexpr std::array<std::string_view, 7> q = {"most", "few", "many", "both", "some", "others",
                                                          "several"};
    return belief::in(q, w);
}

bool belief_opener(std::string_view w) noexcept {
    static constexpr std::array<std::string_view, 8> o = {"but", "and", "yet", "that", "while", "though",
                                                          "although", "still"};
    return belief::in(o, w);
}

} // namespace claimgraph::detail
