// Generic frames of the long tail (see rules_tail.hpp).
#include "rules_tail.hpp"

#include "rules_words.hpp"

namespace claimgraph::detail {
namespace {

using lexicon::cue_entry;
using lexicon::verb_form;

// The one entry every generic verb gets: a belief-like cue (the content is what the subject came to hold:
// realized, learned, argued, decided) that counts only with its that-clause.
constexpr cue_entry generic_past{"", "", cue_class::opinion, verb_form::past, false, true};

// Words in -ed that are no verb of a that-clause, or whose "that" is rarely a complementizer.
constexpr auto not_verbs = words(
    "indeed", "speed", "based", "named", "needed", "related", "limited", "united", "called", "so-called",
    "alleged", "proposed", "supposed", "tired");
// Before the verb: "be" forms and determiners make the -ed word a participle or an adjective ("was
// convinced that" is the belief rules' frame, "the alleged").
constexpr auto no_before = words(
    "is", "are", "was", "were", "be", "been", "being", "the", "a", "an", "his", "her", "their", "its", "our",
    "my", "your", "this", "these", "those", "of", "to", "very");

// Words that open a clause after "that".
constexpr auto clause_openers = words(
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some",
    "no", "there", "it", "he", "she", "they", "we", "i", "you", "many", "most", "all", "any", "every", "if",
    "when");

} // namespace

bool tail_clause_start(std::string_view word, bool cap) noexcept {
    return cap || (!word.empty() && word.front() >= '0' && word.front() <= '9') || in(clause_openers, word);
}

const cue_entry* tail_that_cue(std::string_view word, std::string_view before) noexcept {
    // Only the simple past: a word in -s before "that" is as often a plural noun with a relative clause
    // ("the reports that ...") as a verb (measured on train: the -s forms lowered e2e F1).
    if (word.size() < 5 || !word.ends_with("ed") || in(not_verbs, word) || in(no_before, before))
        return nullptr;
    for (const char ch : word)
        if (ch < 'a' || ch > 'z')
            return nullptr;
    return &generic_past;
}

} // namespace claimgraph::detail
