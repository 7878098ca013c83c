#pragma once
/// \file
/// A document: one article's text with its identity and where it came from.

#include <cstddef>
#include <string>

namespace claimgraph {

/// One input document. `text` is UTF-8; every span in claimgraph is a byte offset into it.
struct document {
    std::string id;          ///< the id field of a JSON Lines/CSV row, or the file path
    std::string text;        ///< the article text (UTF-8)
    std::string origin;      ///< where it was read, for messages: "file.jsonl:12" or "article.txt"
    std::size_t index = 0;   ///< position in the input stream (0-based), for deterministic output order
};

} // namespace claimgraph
