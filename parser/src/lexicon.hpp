#pragma once
// The attribution lexicon: reporting verbs in every inflection, attribution phrases, speaker titles, outlet
// names and pronouns. This is DATA shared by the raw-text grammar and the normalized-text grammar; the
// tables live in lexicon.cpp. Every lookup takes a lower-case ASCII word (callers lower-case first) and is a
// whole-word match. The API below is stable: entries are added, never renamed.
//
//     if (const auto* c = claimgraph::lexicon::find_cue("told")) {
//         // c->lemma == "tell", c->cls == cue_class::speech, c->takes_object == true, c->form == past
//     }

#include <claimgraph/core/attribution.hpp>

#include <span>
#include <string_view>

namespace claimgraph::lexicon {

/// The inflection of a reporting-verb form.
enum class verb_form {
    base,       ///< say, tell
    third,      ///< says, tells
    past,       ///< said, told (simple past; also the past participle when identical)
    participle, ///< spoken, written (a distinct past participle)
    gerund,     ///< saying, telling
};

/// One word form of a reporting verb.
struct cue_entry {
    std::string_view word;  ///< the lower-case word form ("told")
    std::string_view lemma; ///< the lemma ("tell")
    cue_class cls;          ///< speech, opinion, written or report
    verb_form form;         ///< the inflection of `word`
    bool takes_object;      ///< the addressee follows the verb: "told reporters", "assured investors"
    bool needs_complement;  ///< only a cue with a that-clause or quote: "found that", "hopes that"
};

/// The entry for a lower-case word form, or nullptr if the word is not a reporting verb.
const cue_entry* find_cue(std::string_view lowercase_word) noexcept;

/// Every word form in the lexicon (for building automata, symbol tables, documentation).
std::span<const cue_entry> cues() noexcept;

/// A multi-word attribution phrase ("according to", "in a statement").
struct phrase_entry {
    std::string_view phrase; ///< lower-case words separated by single spaces
    cue_class cls;           ///< according_to, citing, speech (statement, interview), written (post)
    bool source_follows;     ///< the source is named right after the phrase ("according to X", "citing X")
};

/// All attribution phrases, longest first.
std::span<const phrase_entry> attribution_phrases() noexcept;

/// True for titles and roles that precede a name ("president", "minister", "sen.", "spokeswoman").
bool is_title(std::string_view lowercase_word) noexcept;
std::span<const std::string_view> titles() noexcept;

/// A known outlet or channel: the canonical name for a lower-case spelling ("ria" -> "RIA").
struct outlet_entry {
    std::string_view spelling; ///< lower-case words separated by single spaces ("new york times")
    std::string_view name;     ///< the canonical name ("The New York Times")
    bool platform;             ///< a social platform (Twitter, Facebook) rather than a news outlet
};

/// The outlet for a lower-case spelling (one or more words separated by single spaces), or nullptr.
const outlet_entry* find_outlet(std::string_view lowercase_spelling) noexcept;
std::span<const outlet_entry> outlets() noexcept;
/// The most words any outlet spelling has (for longest-match scans).
std::size_t max_outlet_words() noexcept;

/// Personal pronouns that can be speakers ("he", "she", "they", "i", "we", "it").
bool is_pronoun(std::string_view lowercase_word) noexcept;
std::span<const std::string_view> pronouns() noexcept;

/// Nouns that make a speaker a group or anonymous source when they head it ("officials", "sources").
bool is_group_noun(std::string_view lowercase_word) noexcept;
std::span<const std::string_view> group_nouns() noexcept;
/// Nouns that, as the head of a speaker, name an outlet-like reporter ("agency", "newspaper", "reports").
bool is_outlet_noun(std::string_view lowercase_word) noexcept;
std::span<const std::string_view> outlet_nouns() noexcept;

} // namespace claimgraph::lexicon
