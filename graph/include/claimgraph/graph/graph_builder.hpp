#pragma once
/// \file
/// Builds a claim_graph from the attributions of many documents, merging speakers, outlets and claims across
/// them.
///
///     claimgraph::graph_builder builder;
///     auto found = claimgraph::extract("seed", text);
///     claimgraph::resolve_speakers(found);
///     builder.add(found);
///     claimgraph::claim_graph g = builder.take();

#include <claimgraph/core/attribution.hpp>
#include <claimgraph/graph/claim_graph.hpp>

#include <cstddef>
#include <vector>

namespace claimgraph {

/// Options of graph_builder.
struct build_options {
    bool documents = false;  ///< add document nodes and claim -in-> document edges
};

/// Accumulates documents into one graph. Add documents in a deterministic order for deterministic output.
///
/// Merging rules: speakers merge by canonical name (case-insensitive), except anonymous speakers, which are
/// unique to their document; a surname-only person merges into the one full name ending in it; outlets merge
/// through the alias table of canonical_outlet(); claims merge when their speaker and normalised text are the
/// same (`count` counts them).
class graph_builder {
public:
    explicit graph_builder(build_options options = {});
    /// Adds one document's attributions. Documents whose speakers were not resolved yet (an attribution with a
    /// speaker but no canonical name) are resolved on a copy first.
    void add(const document_attributions& doc);
    /// The graph built so far (after the corpus-level merge of surnames, see below).
    [[nodiscard]] const claim_graph& graph();
    /// Moves the graph out (after the corpus-level merge); the builder is empty afterwards.
    claim_graph take();

private:
    void add_resolved(const document_attributions& doc);
    /// Across documents, a person speaker known by surname only ("Reagan") merges into the one person with a
    /// full name ending in it ("Ronald Reagan"), when exactly one such person is in the graph; later mentions
    /// of the surname go straight to the full name. Ambiguous surnames ("Baker") stay apart.
    void merge_surnames();

    build_options options_;
    claim_graph graph_;
    std::size_t documents_added_ = 0;
    bool merged_ = true;  ///< no document added since the last merge_surnames()
    std::vector<std::size_t> last_document_;  ///< per vertex: 1 + index of the last document that counted it
};

} // namespace claimgraph
