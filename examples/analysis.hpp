#pragma once
// Shared by the example programs: the claim graph of the text files named on the command line, built the way
// the claimgraph tool builds it (extract, resolve speakers, add to one graph).

#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>
#include <claimgraph/parser/extract.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace example {

inline claimgraph::claim_graph graph_of_files(int argc, char** argv) {
    if (argc < 2) throw std::runtime_error(std::string("usage: ") + argv[0] + " ARTICLE.txt...");
    claimgraph::graph_builder builder;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) throw std::runtime_error(std::string("cannot read ") + argv[i]);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        claimgraph::document_attributions found = claimgraph::extract(argv[i], text);
        claimgraph::resolve_speakers(found);
        builder.add(found);
    }
    return builder.take();
}

} // namespace example
