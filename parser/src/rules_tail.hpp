#pragma once
// Generic frames of the long tail (docs/GRAMMAR.md, "Generic frames: session 5"): cues that no word list
// reaches because the verb is anything ("Mr. Ryan realized that ...", "history teaches that ..."). The frame,
// not the verb, makes the cue: a finite verb the lexicon does not know, right before a that-clause. The rule
// stage asks only at a "that" unit whose previous word has no cue of its own; the answer is a generic verb
// entry that the ordinary verb rule then checks like any other (a subject it accepts as a speaker, a clause
// after "that"), so a relative "that" after a noun ("the bills passed that year") finds no subject and stays
// silent.

#include "lexicon.hpp"

#include <string_view>

namespace claimgraph::detail {

/// A generic cue entry for `word` (lower case) right before "that", or nullptr when `word` does not look
/// like a finite verb (a simple past in -ed), or `before` (the word before it, lower case, empty if none)
/// makes it an adjective or a participle ("the alleged", "was convinced", "has learned").
const lexicon::cue_entry* tail_that_cue(std::string_view word, std::string_view before) noexcept;

/// True when a word (lower case; `cap`: written with a capital) can open the clause after "that": a
/// pronoun, a determiner, a name ("realized that the bill", "that he", "that Trump"), not a bare noun
/// ("passed that year", "pursued that strategy": a demonstrative).
bool tail_clause_start(std::string_view word, bool cap) noexcept;

} // namespace claimgraph::detail
