#pragma once
/// \file
/// The error report: misses, false alarms and wrong speakers grouped into classes, each with a sample of
/// sentences where the gold and the predicted spans are marked, so the next rule to write is obvious.

#include <claimgraph/eval/gold.hpp>
#include <claimgraph/eval/scoring.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::eval {

/// One document as scored: the text the extractor saw and both attribution lists in its byte offsets.
struct scored_document {
    std::string id;
    std::string text;
    std::vector<gold_attribution> gold;
    std::vector<predicted_attribution> predicted;
    document_result result;
};

/// One error: which document, which gold and/or predicted attribution.
struct error_ref {
    std::size_t document = 0;
    std::optional<std::size_t> gold;
    std::optional<std::size_t> predicted;
};

/// Errors grouped by class name ("missed / indirect / no prediction overlaps", "false alarm / direct / ...",
/// "wrong speaker / indirect / no speaker predicted").
using error_classes = std::map<std::string, std::vector<error_ref>>;

/// Sorts every miss, false alarm and wrong speaker of the run into its class.
error_classes classify_errors(const std::vector<scored_document>& documents);

/// An attribution to mark in a rendered window.
struct marked_attribution {
    span content;
    std::optional<span> speaker;
    span cue;
    bool focus = false;  ///< the attribution the error is about: doubled markers
};

/// The text of `[begin, end)` (widened to code-point boundaries) with the attributions marked:
/// [[content]] {{speaker}} <<cue>> for the focus, [content] {speaker} <cue> for the others; line breaks
/// are shown as " ¶ ".
std::string render(std::string_view text, std::size_t begin, std::size_t end,
                   const std::vector<marked_attribution>& marks);

/// Writes the report: a table of classes by size (with their most frequent cue words), then up to
/// `per_class` examples of each class (spread evenly over the run, so the sample is deterministic).
void write_error_report(std::ostream& out, const std::vector<scored_document>& documents,
                        const error_classes& classes, std::size_t per_class);

} // namespace claimgraph::eval
