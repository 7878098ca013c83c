#include <claimgraph/graph/claim_graph.hpp>
#include <claimgraph/graph/resolve.hpp>

#include "text_util.hpp"

#include <functional>
#include <utility>

namespace claimgraph {

std::string_view to_string(node_kind k) noexcept {
    switch (k) {
    case node_kind::speaker: return "speaker";
    case node_kind::claim: return "claim";
    case node_kind::outlet: return "outlet";
    case node_kind::document: return "document";
    }
    return "unknown";
}

std::string_view to_string(edge_kind k) noexcept {
    switch (k) {
    case edge_kind::asserts: return "asserts";
    case edge_kind::reported_by: return "reported_by";
    case edge_kind::cites: return "cites";
    case edge_kind::in: return "in";
    case edge_kind::quoted_by: return "quoted_by";
    }
    return "unknown";
}

std::string node_key(node_kind kind, std::string_view name) {
    std::string key(to_string(kind));
    key.push_back(':');
    // document ids are identities: kept exactly; names ignore case, punctuation and spacing
    if (kind == node_kind::document) key.append(name);
    else key.append(detail::normalise_key(name));
    return key;
}

claim_graph::claim_graph(const claim_graph& other) : g_(other.g_), index_(other.index_) { rebuild_edge_index(); }

namespace {

// boost::adjacency_list (Boost 1.74) has no move constructor or assignment: std::move copies every vertex and
// edge (and its swap() copies three times). Its two containers are public; swapping them moves the graph in
// O(1), and edge descriptors stay valid (std::list and std::vector keep their elements' addresses on swap),
// so the edge index moves with them instead of being rebuilt.
void move_graph(graph_type& to, graph_type& from) noexcept {
    to.m_vertices.clear();
    to.m_edges.clear();
    to.m_vertices.swap(from.m_vertices);
    to.m_edges.swap(from.m_edges);
}

} // namespace

claim_graph::claim_graph(claim_graph&& other) noexcept
    : index_(std::move(other.index_)), edge_index_(std::move(other.edge_index_)) {
    move_graph(g_, other.g_);
    other.index_.clear();
    other.edge_index_.clear();
}

claim_graph& claim_graph::operator=(const claim_graph& other) {
    if (this != &other) *this = claim_graph(other);
    return *this;
}

claim_graph& claim_graph::operator=(claim_graph&& other) noexcept {
    if (this != &other) {
        move_graph(g_, other.g_);
        index_ = std::move(other.index_);
        edge_index_ = std::move(other.edge_index_);
        other.index_.clear();
        other.edge_index_.clear();
    }
    return *this;
}

void claim_graph::rebuild_edge_index() {
    edge_index_.clear();
    edge_index_.reserve(boost::num_edges(g_));
    for (auto [it, end] = boost::edges(g_); it != end; ++it)
        edge_index_.emplace(edge_key{boost::source(*it, g_), boost::target(*it, g_), g_[*it].kind}, *it);
}

std::vector<claim_graph::vertex> claim_graph::nodes(node_kind kind) const {
    std::vector<vertex> out;
    for (vertex v = 0, n = boost::num_vertices(g_); v < n; ++v)
        if (g_[v].kind == kind) out.push_back(v);
    return out;
}

std::optional<claim_graph::vertex> claim_graph::find(node_kind kind, std::string_view name) const {
    if (kind == node_kind::outlet) return find_key(node_key(kind, canonical_outlet(name)));
    return find_key(node_key(kind, name));
}

std::optional<claim_graph::vertex> claim_graph::find_key(std::string_view key) const {
    if (auto it = index_.find(key); it != index_.end()) return it->second;
    return std::nullopt;
}

std::vector<claim_graph::vertex> claim_graph::targets(vertex v, edge_kind kind) const {
    std::vector<vertex> out;
    for (auto [it, end] = boost::out_edges(v, g_); it != end; ++it)
        if (g_[*it].kind == kind) out.push_back(boost::target(*it, g_));
    return out;
}

std::vector<claim_graph::vertex> claim_graph::sources(vertex v, edge_kind kind) const {
    std::vector<vertex> out;
    for (auto [it, end] = boost::in_edges(v, g_); it != end; ++it)
        if (g_[*it].kind == kind) out.push_back(boost::source(*it, g_));
    return out;
}

std::optional<claim_graph::edge_descriptor> claim_graph::find_edge(vertex u, vertex v, edge_kind kind) const {
    if (auto it = edge_index_.find(edge_key{u, v, kind}); it != edge_index_.end()) return it->second;
    return std::nullopt;
}

std::optional<claim_graph::vertex> claim_graph::speaker_of(vertex claim) const {
    const auto s = sources(claim, edge_kind::asserts);
    if (s.empty()) return std::nullopt;
    return s.front();
}

std::pair<claim_graph::vertex, bool> claim_graph::ensure_node(node n) {
    if (auto it = index_.find(n.key); it != index_.end()) return {it->second, false};
    std::string key = n.key;
    const vertex v = boost::add_vertex(std::move(n), g_);
    index_.emplace(std::move(key), v);
    return {v, true};
}

claim_graph::edge_descriptor claim_graph::add_edge(vertex u, vertex v, edge e) {
    const edge_key k{u, v, e.kind};
    if (auto it = edge_index_.find(k); it != edge_index_.end()) {
        g_[it->second].weight += e.weight;
        return it->second;
    }
    const edge_descriptor d = boost::add_edge(u, v, std::move(e), g_).first;
    edge_index_.emplace(k, d);
    return d;
}

claim_graph::edge_descriptor claim_graph::add_edge(vertex u, vertex v, edge_kind kind, std::string_view cue,
                                                   std::string_view doc, int weight) {
    const edge_key k{u, v, kind};
    if (auto it = edge_index_.find(k); it != edge_index_.end()) {
        g_[it->second].weight += weight;
        return it->second;
    }
    const edge_descriptor d = boost::add_edge(u, v, edge{kind, std::string(cue), std::string(doc), weight}, g_).first;
    edge_index_.emplace(k, d);
    return d;
}

std::size_t claim_graph::edge_key_hash::operator()(const edge_key& k) const noexcept {
    std::size_t h = std::hash<std::size_t>{}(k.u);
    h ^= std::hash<std::size_t>{}(k.v) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= static_cast<std::size_t>(k.kind) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

claim_graph sources_view(const claim_graph& full) {
    claim_graph out;
    const graph_type& g = full.graph();
    std::vector<std::optional<claim_graph::vertex>> map(boost::num_vertices(g));
    for (claim_graph::vertex v = 0; v < map.size(); ++v)
        if (g[v].kind == node_kind::speaker || g[v].kind == node_kind::outlet)
            map[v] = out.ensure_node(g[v]).first;
    for (claim_graph::vertex c = 0; c < map.size(); ++c) {
        if (g[c].kind != node_kind::claim) continue;
        const auto speaker = full.speaker_of(c);
        if (!speaker || !map[*speaker]) continue;
        for (claim_graph::vertex o : full.outlets_of(c)) {
            if (o == *speaker) continue;  // an outlet reporting on its own
            const edge_kind k = g[*speaker].kind == node_kind::speaker ? edge_kind::quoted_by : edge_kind::reported_by;
            out.add_edge(*map[*speaker], *map[o], edge{k, {}, g[c].doc, g[c].count});
        }
    }
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const edge& e = g[*it];
        const auto u = boost::source(*it, g);
        const auto v = boost::target(*it, g);
        if (!map[u] || !map[v]) continue;  // claim and document edges are aggregated above or dropped
        if (e.kind == edge_kind::cites || e.kind == edge_kind::reported_by)
            out.add_edge(*map[u], *map[v], edge{e.kind, {}, e.doc, e.weight});
    }
    return out;
}

} // namespace claimgraph
