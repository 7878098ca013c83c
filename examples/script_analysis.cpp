// The "script an analysis" example of docs/LIBRARY.md, kept compiling and tested.
#include <claimgraph/export/graph_writer.hpp>
#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>
#include <claimgraph/parser/extract.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    claimgraph::graph_builder builder;
    for (int i = 1; i < argc; ++i) {                          // article files named on the command line
        std::stringstream text;
        text << std::ifstream(argv[i]).rdbuf();
        auto found = claimgraph::extract(argv[i], text.str());
        claimgraph::resolve_speakers(found);                  // "he", "Krutskikh" -> "Andrey Krutskikh"
        builder.add(found);
    }
    const claimgraph::claim_graph g = builder.take();

    for (auto s : g.speakers()) {                             // vertices of one kind, in insertion order
        const claimgraph::node& speaker = g[s];               // label, roles, aliases, mentions, documents, ...
        std::cout << speaker.label << ": " << g.claims_of(s).size() << " claims";
        for (auto c : g.claims_of(s))
            for (auto o : g.outlets_of(c)) std::cout << " [" << g[o].label << "] " << g[c].text;
        std::cout << '\n';
    }
    if (auto ria = g.find(claimgraph::node_kind::outlet, "RIA Novosti"))  // names go through the alias table
        std::cout << "RIA cites " << g.targets(*ria, claimgraph::edge_kind::cites).size() << " speakers\n";

    claimgraph::write_graph(g, "graphml", std::cout, {claimgraph::graph_view::sources});
}
