// Skeleton: plain-text files only. The input issue adds JSON Lines, CSV, gzip, directories and validation.
#include <claimgraph/core/error.hpp>
#include <claimgraph/input/document_reader.hpp>

#include <fstream>
#include <iostream>
#include <iterator>

namespace claimgraph {

void read_documents(const std::vector<std::string>& paths, const input_options&, const document_sink& sink,
                    const warning_sink&) {
    std::size_t index = 0;
    for (const std::string& path : paths) {
        document doc;
        doc.id = path;
        doc.origin = path;
        doc.index = index++;
        if (path == "-") {
            doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        } else {
            std::ifstream in(path, std::ios::binary);
            if (!in) throw error(exit_code::bad_input, path + ": cannot open");
            doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        sink(std::move(doc));
    }
}

} // namespace claimgraph
