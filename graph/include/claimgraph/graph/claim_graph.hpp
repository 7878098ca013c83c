#pragma once
/// \file
/// The claim graph: speakers, claims and outlets (and documents on request) linked by typed edges.
/// (Contract skeleton: the graph issue fleshes out attributes and the resolution of speakers.)

#include <boost/graph/adjacency_list.hpp>

#include <string>

namespace claimgraph {

/// What a vertex stands for.
enum class node_kind { speaker, claim, outlet, document };
/// What an edge says.
enum class edge_kind { asserts, reported_by, cites, in, quoted_by };

/// Bundled vertex properties.
struct node {
    node_kind kind = node_kind::speaker;
    std::string key;    ///< the normalised key that makes the vertex unique
    std::string label;  ///< what a viewer shows
};

/// Bundled edge properties.
struct edge {
    edge_kind kind = edge_kind::asserts;
    std::string cue;
    std::string doc;
    int weight = 1;
};

/// The Boost.Graph type underneath claim_graph (vecS: deterministic ids and output order).
using graph_type = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, node, edge>;

/// The graph of who asserts what through which outlet; one vertex per normalised key, read-only to users.
class claim_graph {
public:
    /// The underlying Boost graph, for algorithms and iteration.
    [[nodiscard]] const graph_type& graph() const noexcept { return g_; }

private:
    friend class graph_builder;
    graph_type g_;
};

} // namespace claimgraph
