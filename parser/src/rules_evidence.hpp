#pragma once
// Nominal and adjectival cues of belief and stance (docs/GRAMMAR.md, "session 6: evidence and nominal
// cues"). An adjective of attitude after a form of "be" is the cue of a belief or a stance whose source is
// the clause subject: "Ms. Henry and other labor leaders remain confident that they can keep their members",
// "Cruz has been acutely aware that the contest boils down to a delegate battle", "Republicans are critical
// of the deal", "The senator is eager to move on". The adjective gets a cue entry of its own; the ordinary
// verb rule then finds the subject before the "be" form (as for a progressive "is backing") and the claim
// after the adjective (a that-clause, a bare clause, the object of its preposition, a to-infinitive), so a
// subject it does not accept leaves the frame silent.

#include "lexicon.hpp"
#include "rules_words.hpp"

#include <cstddef>
#include <string_view>

namespace claimgraph::detail {

/// Every adjective of the frame (registered in the rules' word lookup: the rule stage starts the frame only
/// at these words). The lists of each complement are in rules_evidence.cpp.
constexpr auto attitude_adjectives = wc::attitude |
    words("confident", "convinced", "sure", "certain", "aware", "unaware", "adamant", "hopeful", "optimistic",
          "pessimistic", "worried", "concerned", "skeptical", "sceptical", "insistent", "doubtful", "unsure",
          "uncertain", "upset", "unhappy", "pleased", "angry", "proud", "disappointed", "afraid", "fearful",
          "satisfied", "dissatisfied", "outraged", "furious", "frustrated", "anxious", "critical", "wary",
          "supportive", "dismissive", "enamored", "enamoured", "appreciative", "fond", "suspicious",
          "scornful", "contemptuous", "tired", "respectful", "disdainful", "mistrustful", "distrustful",
          "protective", "upbeat", "enthusiastic", "excited", "bullish", "passionate", "ambivalent",
          "defensive", "candid", "honest", "cautious", "eager", "keen", "reluctant", "hesitant", "loath",
          "loth", "glad", "happy", "thrilled", "delighted", "shocked", "relieved",
          // Nouns of a view before "is/was that" (attitude_noun): "Rubio's response was that ...".
          "view", "belief", "position", "argument", "hope", "fear", "concern", "worry", "contention",
          "assessment", "impression", "assumption", "expectation", "suspicion", "conclusion", "answer",
          "response", "claim", "complaint", "point", "hunch", "guess", "bet", "feeling", "sense", "thinking",
          "theory", "explanation", "reasoning", "message", "instinct", "prediction");

/// The cue entry of an adjective of attitude (lower case) given the word after it (lower case), or nullptr
/// when the adjective is no cue with that word: "confident" with "that" or a clause, "critical" with "of",
/// "worried" with "about", "eager" with "to" (an intention). Its lemma is the adjective.
const lexicon::cue_entry* attitude_cue(std::string_view adjective, std::string_view next) noexcept;

/// True when `next` is the preposition that makes the adjective `lemma` a cue with the phrase after it as
/// the claim ("critical of", "worried about", "eager to"); the preposition belongs to the cue.
bool attitude_particle(std::string_view lemma, std::string_view next) noexcept;

/// True for a form of "be" (or "remain") that links a subject to an adjective of attitude: "is", "were",
/// "remain", "has been" (the subject scan passes over "has"), "isn't".
bool attitude_link(std::string_view lowercase_word) noexcept;

/// True for a noun of a view whose "is/was that" clause is the view: "Their fear is that ...", "Beck's
/// contention was that ...", "My impression is that ...". The holder is the possessive before the noun.
bool attitude_noun(std::string_view lowercase_word) noexcept;

/// True for a degree word or adverb between the link and the adjective ("very", "not", "acutely").
bool attitude_degree(std::string_view lowercase_word) noexcept;

} // namespace claimgraph::detail
