// `claimgraph normalize [INPUT...]`: writes the normalized form of each document (the ISOT clean-up, see
// claimgraph/parser/normalize.hpp), one document per line. Normalized text holds no line breaks, so the
// output is a line-per-document corpus; with --format jsonl each line is {"id": ..., "text": ...}.
#include "commands.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/input/document_reader.hpp>
#include <claimgraph/parser/normalize.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace claimgraph::cli {
namespace {

struct normalize_settings {
    std::vector<std::string> inputs;
    std::string output;
    std::string format = "text";
    input_options input;
};

/// A JSON string literal (normalized text needs no escaping, ids may).
void write_json_string(std::ostream& out, std::string_view s) {
    out << '"';
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out << '\\' << c;
        } else if (u < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out << "\\u00" << hex[u >> 4] << hex[u & 0xF];
        } else {
            out << c;
        }
    }
    out << '"';
}

} // namespace

command add_normalize(CLI::App& app) {
    auto settings = std::make_shared<normalize_settings>();
    CLI::App* sub = app.add_subcommand(
        "normalize", "write the normalized form of each document (lower-case, punctuation -> spaces, no "
                     "words with digits), one document per line");
    sub->add_option("inputs", settings->inputs, "input files or directories ('-' or none: standard input)");
    sub->add_option("-o,--output", settings->output, "output file (default: standard output)");
    sub->add_option("--format", settings->format, "output format: text (one document per line) or jsonl")
        ->check(CLI::IsMember({"text", "jsonl"}));
    sub->add_option("--input-format", settings->input.format, "input format: auto, text, jsonl, csv")
        ->check(CLI::IsMember({"auto", "text", "jsonl", "csv"}));
    sub->add_option("--text-field", settings->input.text_field, "JSON Lines / CSV field holding the text");
    sub->add_option("--id-field", settings->input.id_field, "JSON Lines / CSV field holding the document id");
    sub->add_flag("--skip-bad", settings->input.skip_bad, "skip bad documents with a warning");

    action run = [settings]() {
        std::vector<std::string> inputs = settings->inputs;
        if (inputs.empty()) inputs.emplace_back("-");
        std::ofstream file;
        if (!settings->output.empty()) {
            file.open(settings->output, std::ios::binary);
            if (!file) throw error(exit_code::bad_output, "cannot write " + settings->output);
        }
        std::ostream& out = settings->output.empty() ? std::cout : file;
        const bool jsonl = settings->format == "jsonl";
        read_documents(
            inputs, settings->input,
            [&](document&& doc) {
                const std::string text = normalize_text(doc.text);
                if (jsonl) {
                    out << "{\"id\":";
                    write_json_string(out, doc.id);
                    out << ",\"text\":";
                    write_json_string(out, text);
                    out << "}\n";
                } else {
                    out << text << '\n';
                }
            },
            [](const std::string& warning) { std::cerr << "claimgraph: warning: " << warning << '\n'; });
        out.flush();
        if (!out) throw error(exit_code::bad_output, "cannot write " + (settings->output.empty() ? std::string("standard output") : settings->output));
        return 0;
    };
    return command{sub, std::move(run)};
}

} // namespace claimgraph::cli
