// Skeleton: to be replaced by the graph issue.
#include <claimgraph/graph/graph_builder.hpp>

#include <utility>

namespace claimgraph {

graph_builder::graph_builder(build_options options) : options_(options) {}

void graph_builder::add(const document_attributions&) {}

claim_graph graph_builder::take() { return std::exchange(graph_, claim_graph{}); }

} // namespace claimgraph
