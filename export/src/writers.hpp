#pragma once
// The writers behind the registry of graph_writer.cpp.

#include <claimgraph/graph/claim_graph.hpp>

#include <ostream>
#include <string_view>

namespace claimgraph::detail {

/// DOT through cgraph.
void write_dot(const claim_graph& g, std::ostream& out);
/// A picture laid out with dot and rendered in-process by libgvc ("svg", "png", "pdf").
void render_graph(const claim_graph& g, std::string_view format, std::ostream& out);
/// GraphML 1.0 with typed keys.
void write_graphml(const claim_graph& g, std::ostream& out);

} // namespace claimgraph::detail
