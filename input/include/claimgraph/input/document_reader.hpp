#pragma once
/// \file
/// Reading documents from files and streams: plain text, JSON Lines, CSV, directories, gzip.
/// (Contract skeleton: the input issue fills in formats and error handling.)

#include <claimgraph/core/document.hpp>

#include <functional>
#include <string>
#include <vector>

namespace claimgraph {

/// How to read inputs.
struct input_options {
    std::string format = "auto";     ///< auto (by extension), text, jsonl, csv
    std::string id_field = "id";     ///< JSON Lines / CSV field holding the document id
    std::string text_field = "text"; ///< JSON Lines / CSV field holding the text
    bool skip_bad = false;           ///< skip bad documents with a warning instead of failing
};

/// Called for each document in input order.
using document_sink = std::function<void(document&&)>;
/// Called with a warning message for each skipped document (with skip_bad).
using warning_sink = std::function<void(const std::string&)>;

/// Reads every document of `paths` ("-" is standard input) in order. Throws claimgraph::error
/// (exit_code::bad_input) naming file and line for bad input unless options.skip_bad.
void read_documents(const std::vector<std::string>& paths, const input_options& options, const document_sink& sink,
                    const warning_sink& warn = {});

} // namespace claimgraph
