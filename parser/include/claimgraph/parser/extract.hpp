#pragma once
/// \file
/// The extractor: from one document's text to its attributions. Spirit X3 stays behind this plain API.

#include <claimgraph/core/attribution.hpp>

#include <string>
#include <string_view>

namespace claimgraph {

/// Which grammar to parse a document with.
enum class form_choice { automatic, raw, normalized };

/// Options of extract().
struct extract_options {
    extract_options() = default;
    /// Options that only choose the grammar: `extract(id, text, {form_choice::raw})`. Implicit on purpose,
    /// so that this spelling keeps compiling (without missing-initializer warnings) as options are added.
    extract_options(form_choice f) : form(f) {} // NOLINT(google-explicit-constructor)

    form_choice form = form_choice::automatic; ///< automatic: detect normalized text per document
    /// The publisher of documents whose text names none in a dateline (a corpus of one agency's wire copy
    /// whose datelines were split off, such as Reuters-21578): it becomes `publisher` and the outlet of
    /// claims that name no other. Empty: none.
    std::string default_publisher;
};

/// Finds the attributions of one document, in document order. All offsets are UTF-8 byte offsets into
/// `text`. Never throws on odd text: problems become diagnostics.
///
///     auto found = claimgraph::extract("seed", R"(“We are ready,” Krutskikh said.)");
///     // found.items[0].speaker->text == "Krutskikh", found.items[0].content.text == "We are ready"
///     // (a direct claim is the text inside the quotation marks, without the comma that hands over to the
///     cue)
///
/// Raw text goes through the cue-anchored grammar described in docs/GRAMMAR.md; text in the normalized form
/// (lower-case, punctuation removed) goes to the normalized-text grammar.
document_attributions extract(std::string_view doc_id, std::string_view text,
                              const extract_options& options = {});

} // namespace claimgraph
