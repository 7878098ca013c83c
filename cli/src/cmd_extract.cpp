// The default command (skeleton): plain-text files in, JSON Lines records out.
#include "commands.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/export/records.hpp>
#include <claimgraph/input/document_reader.hpp>
#include <claimgraph/parser/extract.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace claimgraph::cli {
namespace {

struct extract_settings {
    std::vector<std::string> inputs;
    std::string output;
};

} // namespace

action add_extract(CLI::App& app) {
    auto settings = std::make_shared<extract_settings>();
    app.add_option("inputs", settings->inputs, "input files ('-' or none: standard input)");
    app.add_option("-o,--output", settings->output, "output file (default: standard output)");
    return [settings]() {
        std::vector<std::string> inputs = settings->inputs;
        if (inputs.empty()) inputs.emplace_back("-");
        std::ofstream file;
        if (!settings->output.empty()) {
            file.open(settings->output, std::ios::binary);
            if (!file) throw error(exit_code::bad_output, "cannot write " + settings->output);
        }
        std::ostream& out = settings->output.empty() ? std::cout : file;
        read_documents(inputs, input_options{}, [&](document&& doc) { write_records(out, extract(doc.id, doc.text)); });
        return 0;
    };
}

} // namespace claimgraph::cli
