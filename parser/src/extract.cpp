// Placeholder until the grammar lands: finds nothing.
#include <claimgraph/parser/extract.hpp>

namespace claimgraph {

document_attributions extract(std::string_view doc_id, std::string_view, const extract_options&) {
    document_attributions out;
    out.doc = std::string(doc_id);
    return out;
}

} // namespace claimgraph
