#pragma once
/// \file
/// Reading attribution records (JSON Lines written by claimgraph::write_records, see docs/RECORDS.md) back
/// into `document_attributions`, e.g. to build one graph from records extracted in shards.
///
///     claimgraph::record_reader reader({"shard-0.jsonl", "shard-1.jsonl.gz"});
///     claimgraph::document_attributions doc;
///     while (reader.next(doc)) builder.add(doc);
///
/// Consecutive attribution lines with the same `doc` form one document. A document record
/// (`"record":"document"`) closes its document and restores what attribution lines cannot carry: documents
/// without attributions and diagnostics. With document records the round trip is exact; without them, a
/// document without attributions does not come back, and two adjacent documents with the same id merge.

#include <claimgraph/core/attribution.hpp>
#include <claimgraph/input/document_reader.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// A pull-style reader of records files ("-" is standard input; ".gz" is decompressed).
class record_reader {
public:
    /// Prepares to read `paths` in order. With `skip_bad`, malformed lines are skipped with a warning;
    /// otherwise they throw claimgraph::error (exit_code::bad_input) naming file and line.
    explicit record_reader(std::vector<std::string> paths, bool skip_bad = false, warning_sink warn = {});
    ~record_reader();
    record_reader(record_reader&&) noexcept;
    record_reader& operator=(record_reader&&) noexcept;
    record_reader(const record_reader&) = delete;
    record_reader& operator=(const record_reader&) = delete;

    /// Reads the next document; false after the last.
    bool next(document_attributions& doc);
    /// Lines skipped with skip_bad.
    [[nodiscard]] std::size_t skipped() const noexcept;

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

/// Parses records held in memory (`name` is used in messages). Throws claimgraph::error on a bad line.
std::vector<document_attributions> parse_records(std::string_view jsonl, std::string_view name = "<records>");

} // namespace claimgraph
