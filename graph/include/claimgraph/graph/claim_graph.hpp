#pragma once
/// \file
/// The claim graph: speakers, claims and outlets (and documents on request) linked by typed edges.
/// Attributes are documented in docs/GRAPH.md. Colours, shapes and display labels for viewers are computed by
/// the exporters, never stored here.
///
/// Scripting without Boost.Graph:
///
///     for (auto s : g.speakers())
///         std::cout << g[s].label << ' ' << g.targets(s, claimgraph::edge_kind::asserts).size() << '\n';

#include <claimgraph/core/attribution.hpp>

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimgraph {

/// What a vertex stands for.
enum class node_kind { speaker, claim, outlet, document };
/// What an edge says.
enum class edge_kind {
    asserts,      ///< speaker (or an outlet speaking itself) -> claim
    reported_by,  ///< claim -> outlet it reaches readers through; outlet -> outlet that relays it
    cites,        ///< outlet -> speaker it cites ("RIA ..., citing Krutskikh")
    in,           ///< claim -> document (only when built with documents)
    quoted_by,    ///< speaker -> outlet (aggregated sources view only)
};

/// Stable names of the kinds, as used in exports ("speaker", "reported_by", ...).
std::string_view to_string(node_kind) noexcept;
std::string_view to_string(edge_kind) noexcept;

/// Bundled vertex properties. Which fields are meaningful depends on `kind` (see docs/GRAPH.md).
struct node {
    node_kind kind = node_kind::speaker;
    std::string key;    ///< the normalised key that makes the vertex unique (see node_key())
    std::string label;  ///< the name to show: canonical speaker/outlet name, claim text, document id

    // speakers
    std::string canonical;                               ///< canonical speaker name
    speaker_type type = speaker_type::unknown;           ///< person, group, anonymous, ...
    std::vector<std::string> roles;                      ///< titles and appositives, first seen first
    std::vector<std::string> aliases;                    ///< other name forms seen ("Krutskikh")
    int mentions = 0;                                    ///< attributions naming this speaker
    int documents = 0;                                   ///< distinct documents the speaker speaks in

    // claims
    std::string text;                                    ///< the claim as first seen
    attribution_kind claim_kind = attribution_kind::indirect;  ///< direct, indirect or mixed
    std::string doc;                                     ///< document of the first occurrence
    std::size_t begin = 0;                               ///< UTF-8 byte offsets [begin, end) in `doc`
    std::size_t end = 0;
    int count = 0;                                       ///< occurrences merged into this claim

    // outlets
    std::string outlet_type;                             ///< news_agency, newspaper, ... or empty if unknown
};

/// Bundled edge properties.
struct edge {
    edge_kind kind = edge_kind::asserts;
    std::string cue;   ///< the cue words of the first occurrence ("told reporters")
    std::string doc;   ///< document of the first occurrence
    int weight = 1;    ///< occurrences merged into this edge
};

/// The Boost.Graph type underneath claim_graph (vecS: deterministic ids and output order).
using graph_type = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, node, edge>;

/// The unique key of a node of `kind` named `name` (a speaker's canonical name, an outlet's canonical name, a
/// document id; claims are keyed by their speaker's key and normalised text). Case and spacing are ignored.
std::string node_key(node_kind kind, std::string_view name);

/// The graph of who asserts what through which outlet; one vertex per normalised key, read-only to users.
class claim_graph {
public:
    using vertex = graph_type::vertex_descriptor;
    using edge_descriptor = graph_type::edge_descriptor;

    claim_graph() = default;
    // Edge descriptors point into the graph's storage: copies rebuild the edge index; moves keep the storage and it.
    claim_graph(const claim_graph& other);
    claim_graph(claim_graph&& other) noexcept;
    claim_graph& operator=(const claim_graph& other);
    claim_graph& operator=(claim_graph&& other) noexcept;
    ~claim_graph() = default;

    /// The underlying Boost graph, for algorithms.
    [[nodiscard]] const graph_type& graph() const noexcept { return g_; }
    [[nodiscard]] std::size_t node_count() const noexcept { return boost::num_vertices(g_); }
    [[nodiscard]] std::size_t edge_count() const noexcept { return boost::num_edges(g_); }
    /// The attributes of a vertex / an edge.
    [[nodiscard]] const node& operator[](vertex v) const { return g_[v]; }
    [[nodiscard]] const edge& operator[](edge_descriptor e) const { return g_[e]; }

    /// All vertices of one kind, in insertion order.
    [[nodiscard]] std::vector<vertex> nodes(node_kind kind) const;
    [[nodiscard]] std::vector<vertex> speakers() const { return nodes(node_kind::speaker); }
    [[nodiscard]] std::vector<vertex> claims() const { return nodes(node_kind::claim); }
    [[nodiscard]] std::vector<vertex> outlets() const { return nodes(node_kind::outlet); }
    [[nodiscard]] std::vector<vertex> documents() const { return nodes(node_kind::document); }

    /// The vertex with the key node_key(kind, name), if any; outlet names go through canonical_outlet() first
    /// ("RIA Novosti" finds RIA). Anonymous speakers are keyed per document and are not found by name: iterate
    /// speakers() for them.
    [[nodiscard]] std::optional<vertex> find(node_kind kind, std::string_view name) const;
    /// The vertex with exactly this key, if any.
    [[nodiscard]] std::optional<vertex> find_key(std::string_view key) const;

    /// Heads of the out-edges of `v` of one kind (e.g. the claims a speaker asserts), in insertion order.
    [[nodiscard]] std::vector<vertex> targets(vertex v, edge_kind kind) const;
    /// Tails of the in-edges of `v` of one kind (e.g. the speaker asserting a claim).
    [[nodiscard]] std::vector<vertex> sources(vertex v, edge_kind kind) const;
    /// The edge u -> v of this kind, if any (edges are unique per (u, v, kind)).
    [[nodiscard]] std::optional<edge_descriptor> find_edge(vertex u, vertex v, edge_kind kind) const;

    /// The speaker asserting a claim (an outlet when an outlet reports on its own), if any.
    [[nodiscard]] std::optional<vertex> speaker_of(vertex claim) const;
    /// The outlets carrying a claim.
    [[nodiscard]] std::vector<vertex> outlets_of(vertex claim) const { return targets(claim, edge_kind::reported_by); }
    /// The claims a speaker asserts.
    [[nodiscard]] std::vector<vertex> claims_of(vertex speaker) const { return targets(speaker, edge_kind::asserts); }

private:
    friend class graph_builder;
    friend claim_graph sources_view(const claim_graph&);

    /// The vertex for `n.key`, adding `n` when the key is new. Second: whether it was added.
    std::pair<vertex, bool> ensure_node(node n);
    /// The vertex for `key`; when the key is new, adds the node `make()` returns (its key is set to `key`), so a
    /// key already in the graph costs one lookup and no node. Second: whether it was added.
    template <class Make>
    std::pair<vertex, bool> ensure_node(std::string_view key, Make&& make) {
        if (auto it = index_.find(key); it != index_.end()) return {it->second, false};
        node n = make();
        n.key.assign(key);
        const vertex v = boost::add_vertex(std::move(n), g_);
        index_.emplace(std::string(key), v);
        return {v, true};
    }
    /// Adds u -> v of `e.kind`, or adds `e.weight` to the existing edge of that kind.
    edge_descriptor add_edge(vertex u, vertex v, edge e);
    /// The same, building the edge's strings only when the edge is new.
    edge_descriptor add_edge(vertex u, vertex v, edge_kind kind, std::string_view cue, std::string_view doc,
                             int weight = 1);
    void rebuild_edge_index();

    struct edge_key {
        vertex u, v;
        edge_kind kind;
        friend bool operator==(const edge_key&, const edge_key&) = default;
    };
    struct edge_key_hash {
        std::size_t operator()(const edge_key& k) const noexcept;
    };

    /// Hashes std::string and std::string_view alike, so lookups take a string_view without building a key.
    struct key_hash {
        using is_transparent = void;
        // not noexcept: libstdc++ then caches each key's hash in its node, as for std::hash<std::string>
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    graph_type g_;
    std::unordered_map<std::string, vertex, key_hash, std::equal_to<>> index_;
    std::unordered_map<edge_key, edge_descriptor, edge_key_hash> edge_index_;
};

/// The sources view: speakers and outlets only, with weighted aggregated edges: speaker `quoted_by` outlet
/// (claims of the speaker the outlet carries), outlet `cites` speaker, outlet `reported_by` outlet (claims one
/// outlet relays from another). Weights count claim occurrences.
claim_graph sources_view(const claim_graph& full);

} // namespace claimgraph
