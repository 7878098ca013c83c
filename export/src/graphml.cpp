// GraphML 1.0 written directly: every key declared with attr.name, attr.type and for; one type per attribute
// name; text escaped for XML 1.0 (which cannot carry control characters at all: they become spaces).
#include "text.hpp"
#include "writers.hpp"

#include <claimgraph/core/error.hpp>

#include <charconv>
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

// XML 1.0 text and attribute values: entities for markup, character references for the kept line breaks.
void escape(std::string& out, std::string_view raw) {
    static const ascii_rewrite xml = ascii_rewrite(true)
                                         .set('&', "&amp;")
                                         .set('<', "&lt;")
                                         .set('>', "&gt;")
                                         .set('"', "&quot;")
                                         .set('\'', "&apos;")
                                         .set('\n', "&#10;")
                                         .set('\t', "&#9;");
    append_clean_utf8(out, raw, xml);
}

void data(std::string& out, std::string_view key_id, std::string_view value) {
    out.append("      <data key=\"").append(key_id).append("\">");
    escape(out, value);
    out.append("</data>\n");
}

// Numbers go straight into the buffer (std::to_string would allocate one string each).
template <class Int>
std::string& append_number(std::string& out, Int value) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

template <class Int>
void data_number(std::string& out, std::string_view key_id, Int value) {
    out.append("      <data key=\"").append(key_id).append("\">");
    append_number(out, value).append("</data>\n");
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
        append_number(out.append("    <node id=\"n"), v).append("\">\n");
        data(out, "n_kind", to_string(nd.kind));
        data(out, "n_label", nd.label);
        switch (nd.kind) {
        case node_kind::speaker:
            data(out, "n_canonical", nd.canonical);
            data(out, "n_speaker_type", to_string(nd.type));
            data(out, "n_roles", join(nd.roles));
            data(out, "n_aliases", join(nd.aliases));
            data_number(out, "n_mentions", nd.mentions);
            data_number(out, "n_documents", nd.documents);
            break;
        case node_kind::claim:
            data(out, "n_text", nd.text);
            data(out, "n_claim_kind", to_string(nd.claim_kind));
            data(out, "n_doc", nd.doc);
            data_number(out, "n_begin", nd.begin);
            data_number(out, "n_end", nd.end);
            data_number(out, "n_count", nd.count);
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
        append_number(out.append("    <edge id=\"e"), id).append("\" source=\"n");
        append_number(out, boost::source(*it, g)).append("\" target=\"n");
        append_number(out, boost::target(*it, g)).append("\">\n");
        data(out, "e_kind", to_string(e.kind));
        if (!e.cue.empty()) data(out, "e_cue", e.cue);
        data(out, "e_doc", e.doc);
        data_number(out, "e_weight", e.weight);
        out.append("    </edge>\n");
        if (out.size() > (1 << 16)) flush();
    }
    out.append("  </graph>\n</graphml>\n");
    flush();
}

} // namespace claimgraph::detail
