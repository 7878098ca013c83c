#pragma once
/// \file
/// The gold corpus (PolNeAR's `polnear.jsonl`): documents with their annotated attributions, spans converted
/// from Unicode code-point offsets to UTF-8 byte offsets, and the classes the figures are broken down by.

#include <claimgraph/eval/spans.hpp>

#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::eval {

/// The breakdown classes of an attribution (gold or predicted), decided in this order:
/// no_source (no source span / no speaker), according_to (the cue contains "according to"), direct (the
/// content starts with a quotation mark), indirect (everything else, including mixed quotes).
enum class category { direct, indirect, according_to, no_source };

inline constexpr std::array all_categories{category::direct, category::indirect, category::according_to,
                                           category::no_source};

/// "direct", "indirect", "according-to", "no-source".
std::string_view to_string(category) noexcept;

/// Classifies an attribution from its content text, its cue text and whether it names a source.
category classify(std::string_view content_text, std::string_view cue_text, bool has_source);

/// True when `s`, after leading white space, starts with a quotation mark (" ' “ ‘ „ « or a misturned ”).
bool opens_with_quote(std::string_view s);

/// True when a quotation mark that can open (" ' “ ‘ „ «, so also NYT's '') stands right before `offset` in
/// `text`, touching it: a mark followed by white space closes something and does not count.
bool quote_before(std::string_view text, std::size_t offset);

/// The cue's lemma for the breakdown by cue word: lower-cased, white space collapsed, each word of a common
/// reporting or belief verb folded to its base form ("Said" -> "say", "told reporters" -> "tell reporters").
/// Words the table does not know are kept as written (lower-cased). Empty cue -> "(none)".
std::string cue_lemma(std::string_view cue_text);

/// True when a cue lemma (from cue_lemma) names speech, writing or a quotation: one of its words is a verb
/// of saying (say, tell, add, write, note, claim, ...), it is "according to", or it is a punctuation cue
/// (":", a dash) that introduces a quote. False for belief, perception and intention cues ("believe",
/// "show", "want", "be expect") that PolNeAR also annotates.
bool is_speech_cue(std::string_view lemma);

/// "speech cue" or "other cue" (is_speech_cue), or "no cue" for an empty cue (an extractor's continuation
/// paragraph of a quote): the cue grouping the figures are also broken down by.
std::string_view cue_group(std::string_view lemma);

/// One gold attribution; spans are UTF-8 byte offsets into the document text.
struct gold_attribution {
    std::string id;              ///< the annotation id ("E12")
    std::optional<span> source;  ///< the source span; absent for Attribution-no-source
    span cue;                    ///< may be empty (a handful of annotations have no cue)
    span content;                ///< never empty (annotations without content are skipped when loading)
    std::string cue_text;        ///< the cue as annotated
    category kind = category::indirect;
    std::string lemma;           ///< cue_lemma(cue_text)
};

/// One annotated document.
struct gold_document {
    std::string id;
    std::string split;
    std::string publisher;
    std::string text;
    std::vector<gold_attribution> attributions;
};

/// Which annotation files to load.
struct gold_filter {
    std::string split = "dev";  ///< "train", "dev", "annotator-training", or "all"
    bool primary_only = true;   ///< only the primary annotator's file of each article
};

/// What loading saw.
struct gold_stats {
    std::size_t lines = 0;                  ///< annotation files in the input
    std::size_t skipped_without_content = 0;  ///< gold attributions dropped because they have no content span
    std::size_t spans = 0;                 ///< role spans read (content, source, cue)
    std::size_t span_text_mismatches = 0;  ///< spans whose converted byte text differs from the corpus's text
};

/// A loaded gold corpus.
struct gold_corpus {
    std::vector<gold_document> documents;
    gold_stats stats;

    [[nodiscard]] std::size_t attribution_count() const noexcept;
};

/// Parses PolNeAR JSON Lines (one annotation file a line). Throws std::runtime_error naming the line on
/// malformed JSON or a missing required field.
gold_corpus parse_gold(std::string_view jsonl, const gold_filter& filter = {});

/// Reads and parses a gold file. Throws std::runtime_error if it cannot be read.
gold_corpus load_gold(const std::filesystem::path& path, const gold_filter& filter = {});

} // namespace claimgraph::eval
