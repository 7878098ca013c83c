#pragma once
// Stage 1 and 2 of the raw-text extractor: one pass over the bytes that cuts the document into tokens
// (words, punctuation, quotation marks, paragraph breaks), pairs the quotation marks into quote spans
// (news conventions: a quote left open at a paragraph end continues into the next paragraph), and splits
// the text outside quotes into sentences. Quotes are atomic: a sentence boundary never falls inside one.
// All offsets are UTF-8 byte offsets into the document text.

#include <claimgraph/core/attribution.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

enum class tok : std::uint8_t {
    word, ///< letters, digits, internal apostrophes, hyphens and abbreviation periods ("U.S.", "don’t")
    comma,
    stop, ///< sentence punctuation . ! ? and the ellipsis
    colon,
    semicolon,
    dash,        ///< - -- – — between spaces
    open_quote,  ///< a double (or single curly) quotation mark that opens
    close_quote, ///< one that closes
    lparen,
    rparen,
    other, ///< any other punctuation
};

// 16 bytes: the tokenizer writes one per word and the rules walk them all.
struct token {
    std::uint32_t begin = 0, end = 0;
    tok kind = tok::word;
    bool cap = false;        ///< a word starting with an upper-case letter
    bool para_start = false; ///< first token of a paragraph
    /// quote nesting depth of the token (marks carry the depth outside them): 0 or 1, as quote spans never
    /// overlap (a single quote inside a double one is not a span of its own)
    std::uint8_t depth = 0;
    std::int32_t quote = -1; ///< for quote marks: the index of their quote span
};
static_assert(sizeof(token) == 16);

/// A pair of quotation marks. `close` is -1 when the quote was closed by a paragraph end.
struct quote_span {
    std::int32_t open = -1, close = -1; ///< token indices of the marks
    std::uint32_t content_begin = 0, content_end = 0;
    bool continued = false; ///< opens a paragraph and continues a quote left open in the previous one
    bool single = false;    ///< ‘…’ rather than “…”
};

/// A sentence outside quotes: a token range [first, last).
struct sentence {
    std::uint32_t first = 0, last = 0;
    std::uint32_t paragraph = 0;
};

/// The segmented document.
struct segmented {
    std::string_view text;
    std::vector<token> tokens;
    std::vector<quote_span> quotes;
    std::vector<sentence> sentences;
    std::vector<std::uint32_t> paragraph_of; ///< per token: paragraph index
    /// Indices of the tokens that pairing quotes and splitting sentences act on: paragraph starts, quote marks,
    /// stops and words ending in a period (in token order).
    std::vector<std::uint32_t> marks;
    /// The tokenizer's scratch: a bitmap of the ASCII letters and digits of the text (kept for its storage).
    std::vector<std::uint64_t> byte_bits;
};

/// Segments `text` starting at byte `start` (after the dateline). Odd quotation marks become diagnostics.
void segment(std::string_view text, std::size_t start, segmented& out, std::vector<diagnostic>& diags);

/// ASCII lower-case copy of a token's text (bytes >= 0x80 are kept as they are).
void lower_into(std::string_view word, std::string& out);

} // namespace claimgraph::detail
