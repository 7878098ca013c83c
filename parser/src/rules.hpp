#pragma once
// Stage 3 of the raw-text extractor: the attribution rules, run only at anchors (reporting-verb forms,
// attribution phrases, quotation marks) of each sentence found by segment().

#include "text.hpp"

#include <claimgraph/core/attribution.hpp>

#include <string_view>

namespace claimgraph::detail {

/// Runs the attribution rules over a segmented document; appends to `out.items` and `out.diagnostics`.
/// `lower` is the document lower-cased byte for byte (ASCII letters only, same length as the text).
void apply_rules(const segmented& seg, std::string_view lower, document_attributions& out);

} // namespace claimgraph::detail
