#pragma once
/// \file
/// Graph exporters, chosen by name through a small registry: "dot", "graphml", "svg", "png", "pdf".

#include <claimgraph/graph/claim_graph.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// Which part of the graph to write.
enum class graph_view {
    full,     ///< speakers, claims, outlets (and documents when built with them)
    sources,  ///< speakers and outlets only, with weighted edges
};

/// Options of write_graph().
struct graph_write_options {
    graph_view view = graph_view::full;
};

/// The names of the graph formats write_graph() knows.
std::vector<std::string> graph_formats();

/// The graph format for an output path by its extension (".dot"/".gv" -> "dot", ".graphml", ".svg", ...),
/// or an empty string when the extension names no graph format.
std::string graph_format_for_path(std::string_view path);

/// Writes the graph in the named format. Throws claimgraph::error for an unknown format or a failed render.
void write_graph(const claim_graph& graph, std::string_view format, std::ostream& out,
                 const graph_write_options& options = {});

} // namespace claimgraph
