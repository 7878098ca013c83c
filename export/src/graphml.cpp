// GraphML 1.0 written directly: every key declared with attr.name, attr.type and for; one type per attribute
// name; text escaped for XML 1.0 (which cannot carry control characters at all: they become spaces).
#include "text.hpp"
#include "writers.hpp"

#include <claimgraph/core/error.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::detail {
namespace {

struct key {
    std::string_view id;
    std::string_view domain;  // node or edge
    std::string_view name;
    std::string_view type;    // string, int, long, double (types Gephi, networkx, igraph and Boost read)
};

// The attribute table of docs/GRAPH.md.
constexpr key keys[] = {
    {"n_kind", "node", "kind", "string"},
    {"n_label", "node", "label", "string"},
    {"n_canonical", "node", "canonical", "string"},
    {"n_speaker_type", "node", "speaker_type", "string"},
    {"n_roles", "node", "roles", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_mentions", "node", "mentions", "int"},
    {"n_documents", "node", "documents", "int"},
    {"n_text", "node", "text", "string"},
    {"n_claim_kind", "node", "claim_kind", "string"},
    {"n_doc", "node", "doc", "string"},
    {"n_begin", "node", "begin", "long"},
    {"n_end", "node", "end", "long"},
    {"n_count", "node", "count", "int"},
    {"n_outlet_type", "node", "outlet_type", "string"},
    {"e_kind", "edge", "kind", "string"},
    {"e_cue", "edge", "cue", "string"},
    {"e_doc", "edge", "doc", "string"},
    {"e_weight", "edge", "weight", "double"},
};

void escape(std::string& out, std::string_view raw) {
    const std::string s = clean_utf8(raw, true);
    for (char c : s) {
        switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&apos;"); break;
        case '\n': out.append("&#10;"); break;
        case '\t': out.append("&#9;"); break;
        default: out.push_back(c);
        }
    }
}

void data(std::string& out, std::string_view key_id, std::string_view value) {
    out.append("      <data key=\"").append(key_id).append("\">");
    escape(out, value);
    out.append("</data>\n");
}

std::string join(const std::vector<std::string>& list) {
    std::string out;
    for (const std::string& s : list) {
        if (!out.empty()) out.append("; ");
        out.append(s);
    }
    return out;
}

} // namespace

void write_graphml(const claim_graph& cg, std::ostream& os) {
    const graph_type& g = cg.graph();
    std::string out;
    out.reserve(1 << 16);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
               "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
               "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
               "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (const key& k : keys) {
        out.append("  <key id=\"").append(k.id).append("\" for=\"").append(k.domain).append("\" attr.name=\"");
        out.append(k.name).append("\" attr.type=\"").append(k.type).append("\"/>\n");
    }
    out.append("  <graph id=\"claimgraph\" edgedefault=\"directed\">\n");
    auto flush = [&] {
        os.write(out.data(), static_cast<std::streamsize>(out.size()));
        out.clear();
        if (!os.good()) throw error(exit_code::bad_output, "cannot write the GraphML graph");
    };
    for (claim_graph::vertex v = 0, n = boost::num_vertices(g); v < n; ++v) {
        const node& nd = g[v];
        out.append("    <node id=\"n").append(std::to_string(v)).append("\">\n");
        data(out, "n_kind", to_string(nd.kind));
        data(out, "n_label", nd.label);
        switch (nd.kind) {
        case node_kind::speaker:
            data(out, "n_canonical", nd.canonical);
            data(out, "n_speaker_type", to_string(nd.type));
            data(out, "n_roles", join(nd.roles));
            data(out, "n_aliases", join(nd.aliases));
            data(out, "n_mentions", std::to_string(nd.mentions));
            data(out, "n_documents", std::to_string(nd.documents));
            break;
        case node_kind::claim:
            data(out, "n_text", nd.text);
            data(out, "n_claim_kind", to_string(nd.claim_kind));
            data(out, "n_doc", nd.doc);
            data(out, "n_begin", std::to_string(nd.begin));
            data(out, "n_end", std::to_string(nd.end));
            data(out, "n_count", std::to_string(nd.count));
            break;
        case node_kind::outlet:
            if (!nd.outlet_type.empty()) data(out, "n_outlet_type", nd.outlet_type);
            break;
        case node_kind::document: data(out, "n_doc", nd.doc); break;
        }
        out.append("    </node>\n");
        if (out.size() > (1 << 16)) flush();
    }
    std::size_t id = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it, ++id) {
        const edge& e = g[*it];
        out.append("    <edge id=\"e").append(std::to_string(id)).append("\" source=\"n");
        out.append(std::to_string(boost::source(*it, g))).append("\" target=\"n");
        out.append(std::to_string(boost::target(*it, g))).append("\">\n");
        data(out, "e_kind", to_string(e.kind));
        if (!e.cue.empty()) data(out, "e_cue", e.cue);
        data(out, "e_doc", e.doc);
        data(out, "e_weight", std::to_string(e.weight));
        out.append("    </edge>\n");
        if (out.size() > (1 << 16)) flush();
    }
    out.append("  </graph>\n</graphml>\n");
    flush();
}

} // namespace claimgraph::detail
