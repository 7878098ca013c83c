// Top speakers by claim count, with their roles.
//
//     top_speakers article.txt...
//     1. Thomas Bossert: 4 claims (Trump’s top counterterrorism adviser)
#include "analysis.hpp"

#include <algorithm>
#include <iostream>

int main(int argc, char** argv) try {
    const claimgraph::claim_graph g = example::graph_of_files(argc, argv);
    auto speakers = g.speakers();
    auto claims = [&](claimgraph::claim_graph::vertex s) { return g.claims_of(s).size(); };
    // most claims first; ties in the order speakers were first seen
    std::stable_sort(speakers.begin(), speakers.end(), [&](auto a, auto b) { return claims(a) > claims(b); });
    int rank = 0;
    for (auto s : speakers) {
        const claimgraph::node& n = g[s];
        std::cout << ++rank << ". " << n.label << ": " << claims(s) << (claims(s) == 1 ? " claim" : " claims");
        for (std::size_t i = 0; i < n.roles.size(); ++i) std::cout << (i == 0 ? " (" : "; ") << n.roles[i];
        std::cout << (n.roles.empty() ? "" : ")") << '\n';
        if (rank == 10) break;
    }
    return 0;
} catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
}
