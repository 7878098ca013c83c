#pragma once
// How each kind of node and edge looks in DOT and pictures. Computed here, never stored in the graph.

#include <claimgraph/graph/claim_graph.hpp>

#include <string_view>

namespace claimgraph::detail {

struct node_style {
    std::string_view prefix;  ///< DOT node id prefix: s12, c13, o14, d15
    std::string_view shape;
    std::string_view style;
    std::string_view fillcolor;
    std::string_view color;
    std::string_view fontsize;
};

struct edge_style {
    std::string_view color;
    std::string_view style;
    std::string_view constraint;  ///< "false" for edges pointing back against the reading direction
};

inline node_style style_of(node_kind k) {
    switch (k) {
    case node_kind::speaker: return {"s", "ellipse", "filled", "#cfe2f3", "#1f5f99", "12"};
    case node_kind::claim: return {"c", "box", "rounded,filled", "#fff6d5", "#b38600", "10"};
    case node_kind::outlet: return {"o", "hexagon", "filled", "#d9ead3", "#38761d", "12"};
    case node_kind::document: return {"d", "note", "filled", "#eeeeee", "#666666", "9"};
    }
    return {"n", "ellipse", "", "", "", "10"};
}

inline edge_style style_of(edge_kind k) {
    switch (k) {
    case edge_kind::asserts: return {"#1f5f99", "solid", "true"};
    case edge_kind::reported_by: return {"#38761d", "dashed", "true"};
    case edge_kind::cites: return {"#cc0000", "dotted", "false"};
    case edge_kind::in: return {"#999999", "solid", "true"};
    case edge_kind::quoted_by: return {"#1f5f99", "solid", "true"};
    }
    return {"#000000", "solid", "true"};
}

} // namespace claimgraph::detail
