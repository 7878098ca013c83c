// Skeleton: the graph issue implements speaker resolution.
#include <claimgraph/graph/resolve.hpp>

namespace claimgraph {

void resolve_speakers(document_attributions&) {}

} // namespace claimgraph
