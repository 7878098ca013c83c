#pragma once
/// \file
/// Attribution records as JSON Lines: one JSON object per attribution, in document order. The field names
/// are stable (see docs/RECORDS.md); fields are added, never renamed. All `begin`/`end` offsets are UTF-8
/// byte offsets into the document text, `end` exclusive.
///
/// Optionally each document is closed by a document record (`"record":"document"`) carrying what attribution
/// lines cannot: documents without attributions, and the diagnostics. With those lines, reading the records
/// back (claimgraph::record_reader) gives exactly the `document_attributions` that were written.

#include <claimgraph/core/attribution.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace claimgraph {

/// Options of write_records() / append_records().
struct records_options {
    bool document_records = false;  ///< also write one `"record":"document"` line after each document
};

/// Writes one JSON object per attribution of `doc`, each followed by '\n' (and the document record when
/// asked for).
void write_records(std::ostream& out, const document_attributions& doc, const records_options& options = {});

/// Appends the same lines as write_records() to `out` (for building output off the writing thread).
void append_records(std::string& out, const document_attributions& doc, const records_options& options = {});

/// Appends `text` to `out` as a JSON string literal (quotes included), escaping as RFC 8259 requires.
void append_json_string(std::string& out, std::string_view text);

} // namespace claimgraph
