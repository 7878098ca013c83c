#pragma once
/// \file
/// Reading documents from files and streams: plain text, JSON Lines, CSV (RFC 4180), directories, gzip.
///
/// Inputs are read as a stream: a document_reader hands out one document at a time and keeps only a fixed-size
/// read buffer plus the current document in memory, so a corpus of any size can be processed in bounded memory.
///
///     claimgraph::document_reader reader({"corpus.jsonl.gz", "more/"}, {.text_field = "body"});
///     claimgraph::document doc;
///     while (reader.next(doc)) use(doc);
///
/// Every document is checked: text must be UTF-8; a malformed JSON line, a missing field, an empty file or a
/// file that is not text is an error naming the file and line (claimgraph::error, exit_code::bad_input), or
/// with `skip_bad` a warning, after which reading goes on with the next document (or file).

#include <claimgraph/core/document.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// How to read inputs.
struct input_options {
    std::string format = "auto";     ///< auto (by extension), text, jsonl, csv
    std::string id_field = "id";     ///< JSON Lines / CSV field holding the document id
    std::string text_field = "text"; ///< JSON Lines / CSV field holding the text
    bool skip_bad = false;           ///< skip bad documents with a warning instead of failing
    /// When false, a row without `id_field` gets the id "file:line" (JSON Lines) or "file:row" (CSV, 1-based
    /// data row); when true (the user named the field), a missing id is a bad document.
    bool require_id = false;
};

/// Called for each document in input order.
using document_sink = std::function<void(document&&)>;
/// Called with a warning message for each skipped document (with skip_bad).
using warning_sink = std::function<void(const std::string&)>;

/// The input formats a path can be read as.
enum class input_format { text, jsonl, csv };

/// The format of `path` under `options`: options.format unless "auto", else by extension (a trailing ".gz"
/// is ignored): .jsonl/.ndjson -> jsonl, .csv -> csv, anything else (and "-") -> text.
/// Throws claimgraph::error (exit_code::usage) for an unknown format name.
input_format input_format_for(std::string_view path, const input_options& options);

/// A pull-style reader over many inputs ("-" is standard input; a directory means every `*.txt` below it,
/// in sorted order; a `.gz` file is decompressed while reading; standard input is decompressed when it
/// starts with the gzip magic). Documents come out in input order with `index` counting from 0.
class document_reader {
public:
    /// Prepares to read `paths` in order; directories are listed here (sorted), files opened lazily.
    /// Throws claimgraph::error (bad_input) for a path that does not exist, unless options.skip_bad.
    explicit document_reader(std::vector<std::string> paths, input_options options = {}, warning_sink warn = {});
    ~document_reader();
    document_reader(document_reader&&) noexcept;
    document_reader& operator=(document_reader&&) noexcept;
    document_reader(const document_reader&) = delete;
    document_reader& operator=(const document_reader&) = delete;

    /// Reads the next document into `doc`; false at the end of the last input.
    /// Throws claimgraph::error (bad_input) naming file and line for bad input unless options.skip_bad.
    bool next(document& doc);

    /// Documents (or whole files) skipped so far with skip_bad.
    [[nodiscard]] std::size_t skipped() const noexcept;
    /// Documents handed out so far.
    [[nodiscard]] std::size_t documents() const noexcept;
    /// Bytes of the input files consumed so far, as stored (compressed bytes for .gz).
    [[nodiscard]] std::uint64_t bytes_read() const noexcept;
    /// The total size of all inputs as stored, when known (not for standard input or pipes).
    [[nodiscard]] std::optional<std::uint64_t> bytes_total() const noexcept;

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

/// Reads every document of `paths` ("-" is standard input) in order and hands it to `sink`. Throws
/// claimgraph::error (exit_code::bad_input) naming file and line for bad input unless options.skip_bad.
void read_documents(const std::vector<std::string>& paths, const input_options& options, const document_sink& sink,
                    const warning_sink& warn = {});

/// The byte offset of the first byte of `text` that is not part of a valid UTF-8 sequence (overlong forms,
/// surrogates and code points above U+10FFFF are invalid), or std::string_view::npos when all of it is valid.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

} // namespace claimgraph
