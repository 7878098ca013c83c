// Skeleton: to be replaced by the graph issue.
#include <claimgraph/core/error.hpp>
#include <claimgraph/export/graph_writer.hpp>

namespace claimgraph {

std::vector<std::string> graph_formats() { return {}; }

std::string graph_format_for_path(std::string_view) { return {}; }

void write_graph(const claim_graph&, std::string_view format, std::ostream&, const graph_write_options&) {
    throw error(exit_code::usage, "unknown graph format: " + std::string(format));
}

} // namespace claimgraph
