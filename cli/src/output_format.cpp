#include "output_format.hpp"

#include <claimgraph/core/error.hpp>

#include <string_view>
#include <thread>

namespace claimgraph::cli {

std::string output_format_for(const std::string& requested, const std::string& output) {
    if (!requested.empty()) {
        if (requested == "jsonl" || requested == "records") return "jsonl";
        for (const std::string& f : graph_formats())
            if (f == requested) return requested;
        std::string known = "jsonl";
        for (const std::string& f : graph_formats()) known += ", " + f;
        throw error(exit_code::usage, "unknown output format '" + requested + "' (known: " + known + ")");
    }
    if (output.empty() || output == "-") return "jsonl";
    std::string_view o = output;
    if (o.ends_with(".gz")) o.remove_suffix(3);  // compressed on the way out
    if (o.ends_with(".jsonl") || o.ends_with(".ndjson") || o.ends_with(".json")) return "jsonl";
    std::string graph = graph_format_for_path(o);
    if (!graph.empty()) return graph;
    throw error(exit_code::usage, "cannot tell the output format from '" + output + "': use -f (jsonl or a graph format)");
}

graph_view parse_view(const std::string& view) {
    if (view == "full") return graph_view::full;
    if (view == "sources") return graph_view::sources;
    throw error(exit_code::usage, "unknown view '" + view + "' (full, sources)");
}

unsigned default_jobs() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : n;
}

} // namespace claimgraph::cli
