// Skeleton: the normalized-text grammar lands with the normalized-text issue.
#include "normalized/extract_normalized.hpp"

namespace claimgraph::detail {

void extract_normalized(std::string_view, document_attributions&) {}

} // namespace claimgraph::detail
