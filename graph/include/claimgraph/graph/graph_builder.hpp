#pragma once
/// \file
/// Builds a claim_graph from the attributions of many documents, resolving speakers within and across them.

#include <claimgraph/core/attribution.hpp>
#include <claimgraph/graph/claim_graph.hpp>

namespace claimgraph {

/// Options of graph_builder.
struct build_options {
    bool documents = false;  ///< add document nodes and claim -in-> document edges
};

/// Accumulates documents into one graph. Add documents in a deterministic order for deterministic output.
class graph_builder {
public:
    explicit graph_builder(build_options options = {});
    /// Adds one document's attributions.
    void add(const document_attributions& doc);
    /// The graph built so far.
    [[nodiscard]] const claim_graph& graph() const noexcept { return graph_; }
    /// Moves the graph out; the builder is empty afterwards.
    claim_graph take();

private:
    build_options options_;
    claim_graph graph_;
};

} // namespace claimgraph
