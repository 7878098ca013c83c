// extract(): dispatch to the normalized-text grammar or run the raw-text stages (dateline, segmentation,
// rules) described in docs/GRAMMAR.md.
#include <claimgraph/parser/extract.hpp>
#include <claimgraph/parser/normalize.hpp>

#include "grammar.hpp"
#include "lexicon.hpp"
#include "normalized/extract_normalized.hpp"
#include "rules.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace claimgraph {
namespace {

// The publisher named in a dateline: "(Reuters)" -> "Reuters", "(AP)" -> "AP"; a Reuters-21578 style
// dateline ("WASHINGTON, Feb 26 -") names no agency but is Reuters' house style.
std::string publisher_of(const detail::ast::dateline& d) {
    if (d.publisher.empty())
        return d.date.empty() ? std::string{} : std::string("Reuters");
    std::string low;
    detail::lower_into(d.publisher, low);
    if (const auto* o = lexicon::find_outlet(low))
        return std::string(o->name);
    return d.publisher;
}

} // namespace

document_attributions extract(std::string_view doc_id, std::string_view text,
                              const extract_options& options) {
    document_attributions out;
    out.doc = std::string(doc_id);
    out.publisher = options.default_publisher;  // a dateline that names one replaces it
    if (options.form == form_choice::normalized ||
        (options.form == form_choice::automatic && looks_normalized(text))) {
        out.form = text_form::normalized;
        detail::extract_normalized(text, out);
        return out;
    }
    out.form = text_form::raw;
    std::size_t start = 0;
    // A dateline may follow a headline line; look at the start of the text and at the second line.
    if (auto d = detail::parse_dateline(text)) {
        if (std::string p = publisher_of(d->value); !p.empty()) out.publisher = std::move(p);
        start = d->end;
    }
    // Offsets must fit the 32-bit token offsets; longer documents (> 4 GiB) are not news articles.
    if (text.size() >= 0xFFFFFFF0u) {
        out.diagnostics.push_back({0, "document too large for the raw-text grammar; skipped"});
        return out;
    }
    // Per-thread buffers reused across documents: no allocation per document once they have grown.
    thread_local std::string lower;
    thread_local detail::segmented seg;
    detail::lower_into(text, lower);
    detail::segment(text, start, seg, out.diagnostics);
    detail::apply_rules(seg, lower, out);
    seg.text = {};
    if (lower.capacity() > (std::size_t{1} << 24)) { // don't keep a huge document's buffers alive
        std::string().swap(lower);
        seg = detail::segmented{};
    }
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](const diagnostic& a, const diagnostic& b) { return a.offset < b.offset; });
    return out;
}

} // namespace claimgraph
