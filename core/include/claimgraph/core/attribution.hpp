#pragma once
/// \file
/// The attribution record: who said what, with which cue, through which outlet. This is the value that flows
/// from the parser to the graph and the exporters; it is self-contained (texts are copied out of the
/// document) so that records written to JSON Lines can be read back into exactly the same values.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// A piece of the document: its text and its UTF-8 byte offsets `[begin, end)` into the document text.
struct mention {
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;

    friend bool operator==(const mention&, const mention&) = default;
};

/// What kind of entity a speaker mention names.
enum class speaker_type { person, organization, group, anonymous, outlet, pronoun, unknown };

/// How the claim is rendered: in quotation marks, as reported speech, or reported speech with a quoted part.
enum class attribution_kind { direct, indirect, mixed };

/// The class of the cue, so that analyses (and the evaluation) can keep or drop whole classes.
enum class cue_class {
    speech,        ///< said, told, added, warned, ... (and "in a statement", "in an interview")
    opinion,       ///< believe, think, feel, hope: the speaker's belief, not an utterance
    according_to,  ///< "according to X"
    citing,        ///< "..., citing X": the citing outlet reports, X is the source
    report,        ///< an outlet or document reports: "RIA reported", "media reports that"
    written,       ///< wrote, tweeted, posted
    none,          ///< no cue: a continuation paragraph of an attributed quote
    stance,        ///< supports, opposes, endorses, criticizes, praises, blames: a position taken on something
    intention,     ///< wants, plans, seeks, refuses, declines (to ...): what the speaker means to do
};

/// The text form a document was read in.
enum class text_form { raw, normalized };

/// One attribution found in a document.
struct attribution {
    std::optional<mention> speaker;   ///< the speaker as written ("he", "Krutskikh"); absent if none is named
    std::string canonical;            ///< the speaker's canonical name when known (empty otherwise)
    speaker_type type = speaker_type::unknown;
    std::vector<std::string> roles;   ///< titles and appositives ("special presidential envoy on cyber security")
    std::optional<mention> cue;       ///< the cue words ("said", "told reporters", "according to")
    cue_class cue_type = cue_class::speech;
    mention content;                  ///< the claim: the quoted text, or the reported clause
    attribution_kind kind = attribution_kind::indirect;
    std::string outlet;               ///< the outlet the claim reaches readers through (empty if none)
    std::string cited_by;             ///< for "X reported, citing Y": the outlet that cites the speaker
    /// When this record is a later piece of one quotation unit (the second half of a split quote
    /// `“A,” he said, “B.”`, the quote-only sentence or paragraph that continues `“A,” he said.`), the index
    /// in the document's `items` of the unit's first piece; always smaller than this record's own index.
    /// Absent for a record that starts a unit (most records).
    std::optional<std::size_t> continues;

    friend bool operator==(const attribution&, const attribution&) = default;
};

/// Something odd in the text that the extractor noticed and worked around (a quote never closed, a cue with
/// no speaker). Messy text is normal: this is a value, never an exception.
struct diagnostic {
    std::size_t offset = 0;   ///< byte offset into the document text
    std::string message;

    friend bool operator==(const diagnostic&, const diagnostic&) = default;
};

/// All attributions of one document, in document order, with what was learned about the document itself.
struct document_attributions {
    std::string doc;                     ///< the document id
    std::string publisher;               ///< the publishing outlet from the dateline ("Reuters"), or empty
    text_form form = text_form::raw;     ///< the form the text was parsed in
    std::vector<attribution> items;
    std::vector<diagnostic> diagnostics;

    friend bool operator==(const document_attributions&, const document_attributions&) = default;
};

/// Stable names used in records, graph attributes and messages.
std::string_view to_string(speaker_type) noexcept;
std::string_view to_string(attribution_kind) noexcept;
std::string_view to_string(cue_class) noexcept;
std::string_view to_string(text_form) noexcept;

/// The inverse of to_string; std::nullopt for an unknown name.
std::optional<speaker_type> parse_speaker_type(std::string_view) noexcept;
std::optional<attribution_kind> parse_attribution_kind(std::string_view) noexcept;
std::optional<cue_class> parse_cue_class(std::string_view) noexcept;
std::optional<text_form> parse_text_form(std::string_view) noexcept;

} // namespace claimgraph
