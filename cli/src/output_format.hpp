#pragma once
/// \file
/// Shared by the commands that write output: the format from -f or the -o extension, and the graph view.

#include <claimgraph/export/graph_writer.hpp>

#include <string>

namespace claimgraph::cli {

/// "jsonl" or a graph format name: `requested` (-f) when given, else by the extension of `output`; standard
/// output defaults to jsonl. Throws claimgraph::error (usage) for an unknown or undecidable format.
std::string output_format_for(const std::string& requested, const std::string& output);

/// "full" or "sources". Throws claimgraph::error (usage) otherwise.
graph_view parse_view(const std::string& view);

/// The number of threads -j 0 means: all cores.
unsigned default_jobs();

} // namespace claimgraph::cli
