// Outlets ranked by how many claims they carry (claims reported_by the outlet, and claims it makes itself;
// merged claims counted as often as they occurred).
//
//     outlet_ranking article.txt...
//     Reuters	12
#include "analysis.hpp"

#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>

int main(int argc, char** argv) try {
    const claimgraph::claim_graph g = example::graph_of_files(argc, argv);
    std::vector<std::pair<int, claimgraph::claim_graph::vertex>> ranked;
    for (auto o : g.outlets()) {
        int carried = 0;
        for (auto c : g.sources(o, claimgraph::edge_kind::reported_by))
            if (g[c].kind == claimgraph::node_kind::claim) carried += g[c].count;
        for (auto c : g.targets(o, claimgraph::edge_kind::asserts)) carried += g[c].count;  // "media reports ..."
        ranked.emplace_back(carried, o);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [carried, o] : ranked)
        std::cout << g[o].label << '\t' << carried << (g[o].outlet_type.empty() ? "" : "\t" + g[o].outlet_type) << '\n';
    return 0;
} catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
}
