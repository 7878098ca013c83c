#pragma once
// The raw-text rules' own verb table: verbs of characterising ("called Trump “unhinged”"), of stance
// ("Cruz criticized the deal", "the union endorsed Clinton"), of intention ("Trump wants to build a wall",
// "the senator declined to comment") and of knowledge ("we know that ..."). They need the shape checks of
// the raw rules (an object noun phrase, a to-infinitive, a particle), so they are not in the shared lexicon
// that the normalized grammar also reads.

#include "lexicon.hpp"

#include <span>
#include <string_view>

namespace claimgraph::detail {

/// The entry for a lower-case word form of a raw-rule verb, or nullptr. Constant time: a bucket by first
/// letter and length, built once.
const lexicon::cue_entry* find_rule_verb(std::string_view lowercase_word) noexcept;

/// Every word form of the raw-rule verbs (for the rules' word lookup).
std::span<const lexicon::cue_entry> rule_verbs() noexcept;

/// True when `next` is a particle that makes `lemma` a cue with the content after it ("pointed to",
/// "referred to", "voted against", "warned of", "called on"); the particle belongs to the cue.
bool phrasal_particle(std::string_view lemma, std::string_view next) noexcept;

/// True when `lemma` is a cue only with one of its particles ("pointed" or "voted" alone is none).
bool phrasal_only(std::string_view lemma) noexcept;

} // namespace claimgraph::detail
