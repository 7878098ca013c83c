// Speakers quoted by more than one outlet: the outlets carrying their claims, plus the outlets that relay
// those (Reuters carrying what RIA reported).
//
//     multi_outlet_speakers article.txt...
//     Andrey Krutskikh: RIA, Reuters (via RIA)
#include "analysis.hpp"

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) try {
    using claimgraph::edge_kind;
    const claimgraph::claim_graph g = example::graph_of_files(argc, argv);
    for (auto s : g.speakers()) {
        std::vector<std::string> outlets;  // in order of discovery, each once
        auto note = [&](const std::string& name) {
            if (std::find(outlets.begin(), outlets.end(), name) == outlets.end()) outlets.push_back(name);
        };
        for (auto c : g.claims_of(s))
            for (auto o : g.outlets_of(c)) {
                note(g[o].label);
                for (auto relay : g.targets(o, edge_kind::reported_by)) note(g[relay].label + " (via " + g[o].label + ")");
            }
        // an outlet reached both directly and through a relay counts once
        std::vector<std::string> distinct;
        for (const std::string& o : outlets) {
            const std::string name = o.substr(0, o.find(" (via "));
            if (std::none_of(distinct.begin(), distinct.end(), [&](const std::string& d) { return d.substr(0, d.find(" (via ")) == name; }))
                distinct.push_back(o);
        }
        if (distinct.size() < 2) continue;
        std::cout << g[s].label << ':';
        for (std::size_t i = 0; i < distinct.size(); ++i) std::cout << (i == 0 ? " " : ", ") << distinct[i];
        std::cout << '\n';
    }
    return 0;
} catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
}
