#pragma once
// Verb frames of session 6 (docs/GRAMMAR.md, "session 6: verb frames"): verbs that no cue table holds, cues
// only in one frame measured on PolNeAR train. The rule stage asks while it builds a sentence's units, as
// for rules_tail.hpp: at a word, whether the word before it (with no cue of its own) opens a frame with it.
// The answer is a cue entry that the ordinary verb rule then checks like any other (a subject it accepts
// as a speaker, the complement the frame names), so a verb without a recognisable subject stays silent.
//
//   - to-frame: "The campaign is aiming to expand its lead" (a verb of intention + a to-infinitive);
//   - object frame: "The senator bemoaned the lack of progress" (a stance verb + an object noun phrase).

#include "lexicon.hpp"
#include "rules_words.hpp"

#include <string_view>

namespace claimgraph::detail {

/// Verbs of intention with a to-infinitive that no table holds (the to-frame).
constexpr auto frame_to_verbs = words(
    "aim", "aims", "aimed", "aiming", "looking", "opted", "opts", "strive", "strives", "strived", "striving");

/// Every verb of a frame: the to-frame's and the stance verbs with an object noun phrase that no table holds
/// (the object frame). Registered in the rules' word lookup (wc::frame_verb), so that the rule stage asks
/// only at these words.
constexpr auto frame_verbs = wc::frame_verb | words(
    "aim", "aims", "aimed", "aiming", "looking", "opted", "opts", "strive", "strives", "strived", "striving",
    "bemoan", "bemoans", "bemoaned", "encourage", "encourages", "encouraged", "congratulate", "congratulates",
    "congratulated", "knock", "knocks", "knocked", "authorize", "authorizes", "authorized", "disavow", "disavows",
    "disavowed", "invoke", "invokes", "invoked", "reference", "references", "referenced", "list", "lists",
    "listed", "remind", "reminds", "reminded", "retweet", "retweets", "retweeted", "unveil", "unveils", "unveiled",
    "block", "blocks", "blocked", "sound", "sounds", "sounded", "file", "files", "filed", "address", "addresses",
    "addressed", "promote", "promotes", "promoted", "identify", "identifies", "identified", "coin", "coins",
    "coined", "released", "published");

/// The intention entry of `verb` (lower case) when "to" and then `next` follow it (`next_cap`: `next` is
/// written with a capital), or nullptr: `next` must open an infinitive (lower case, no determiner).
/// `before` is the word before the verb (lower case, empty if none): a "be" form or a determiner makes the
/// verb a participle or a noun.
const lexicon::cue_entry* frame_to_cue(std::string_view verb, std::string_view before, std::string_view next,
                                       bool next_cap) noexcept;

/// The stance (or report) entry of `verb` when `next` follows it and opens an object noun phrase (a
/// determiner, a possessive pronoun, a capitalised name), or nullptr.
const lexicon::cue_entry* frame_object_cue(std::string_view verb, std::string_view before, std::string_view next,
                                           bool next_cap) noexcept;

/// True for an entry of frame_to_cue (the verb rule's intention test accepts it with its to-infinitive).
bool frame_intention(const lexicon::cue_entry& c) noexcept;
/// True for an entry of frame_object_cue (the verb rule's object test accepts it).
bool frame_object(const lexicon::cue_entry& c) noexcept;

} // namespace claimgraph::detail
