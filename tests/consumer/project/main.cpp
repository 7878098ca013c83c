// A program outside the claimgraph tree, built against the installed package.
#include <claimgraph/core/error.hpp>
#include <claimgraph/export/graph_writer.hpp>
#include <claimgraph/export/records.hpp>
#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>
#include <claimgraph/parser/extract.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    // A hand-made document, independent of what the extractor finds: "Roe" resolves to Jane Roe (one
    // speaker), the publisher and "NYT" are two outlets.
    claimgraph::document_attributions doc;
    doc.doc = "manual";
    doc.publisher = "The Associated Press";
    for (const char* who : {"Jane Roe", "Roe"}) {
        claimgraph::attribution a;
        a.speaker = claimgraph::mention{who, 0, 0};
        a.type = claimgraph::speaker_type::person;
        a.content = claimgraph::mention{std::string("Claim by ") + who, 0, 0};
        a.outlet = who == std::string("Roe") ? "NYT" : "";
        doc.items.push_back(a);
    }
    claimgraph::resolve_speakers(doc);
    claimgraph::graph_builder builder;
    builder.add(doc);
    const claimgraph::claim_graph& g = builder.graph();
    std::cout << "graph: speakers=" << g.speakers().size() << " claims=" << g.claims().size()
              << " outlets=" << g.outlets().size() << '\n';

    std::ostringstream graphml, dot;
    claimgraph::write_graph(g, "graphml", graphml);
    claimgraph::write_graph(g, "dot", dot);
    std::cout << "graphml: " << (graphml.str().find("Jane Roe") != std::string::npos ? "ok" : "missing") << '\n';
    std::cout << "dot: " << (dot.str().find("digraph") != std::string::npos ? "ok" : "missing") << '\n';

    if (argc > 1) {
        std::ifstream in(argv[1], std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto found = claimgraph::extract(argv[1], text);
        std::cout << "extract: " << found.items.size() << " attributions\n";
    }
    return 0;
}
