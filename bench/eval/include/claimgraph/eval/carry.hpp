#pragma once
/// \file
/// Carrying spans between a text and its normalized twin (claimgraph::normalize), for scoring the extractor
/// on normalized text against gold annotated on the original.

#include <claimgraph/eval/gold.hpp>
#include <claimgraph/eval/spans.hpp>
#include <claimgraph/parser/normalize.hpp>

#include <optional>

namespace claimgraph::eval {

/// The span of the normalized text that an original span covers (each range through to_normalized(), with
/// the spaces at its edges trimmed: they stand for punctuation).
span carry_to_normalized(const normalized_text& n, const span& original);

/// The span of the original text that a normalized span covers (each range through to_original).
span carry_to_original(const normalized_text& n, const span& normalized);

/// A gold attribution carried over to the normalized text; its class and cue lemma stay those of the
/// original (quotation marks are gone in normalized text). std::nullopt when its content vanishes (a content
/// made only of punctuation or words with digits).
std::optional<gold_attribution> carry_to_normalized(const normalized_text& n, const gold_attribution& gold);

} // namespace claimgraph::eval
