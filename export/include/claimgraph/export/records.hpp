#pragma once
/// \file
/// Attribution records as JSON Lines: one JSON object per attribution, in document order. The field names
/// are stable (see docs/RECORDS.md); fields are added, never renamed.

#include <claimgraph/core/attribution.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace claimgraph {

/// Writes one JSON object per attribution of `doc`, each followed by '\n'.
void write_records(std::ostream& out, const document_attributions& doc);

/// Appends `text` to `out` as a JSON string literal (quotes included), escaping as RFC 8259 requires.
void append_json_string(std::string& out, std::string_view text);

} // namespace claimgraph
