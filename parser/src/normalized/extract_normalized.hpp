#pragma once
// The grammar for normalized text (lower-case, no punctuation). Called by extract() when the document is in
// that form; private to the parser.

#include <claimgraph/core/attribution.hpp>

#include <string_view>

namespace claimgraph::detail {

/// Finds attributions in normalized text; fills `out.items`, `out.publisher`, `out.diagnostics`.
void extract_normalized(std::string_view text, document_attributions& out);

} // namespace claimgraph::detail
