#pragma once
// Normalized text as tokens: the words with their byte offsets and the white space before each. In
// normalized text every punctuation mark left one space, so the width of a gap tells what stood there:
//
//     1      a plain space                           "said that"
//     2      one mark: comma, period, hyphen pair    "questions  either", "u s  president"
//     3-4    two or three marks: quote + comma/stop  "contacts   krutskikh said", "partnership    a partnership"
//     5      an ellipsis " ... "                     "underway     different proposals"
//
// Private to the normalized-text grammar.

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimgraph::detail::normalized {

/// A word of normalized text: bytes `[begin, end)` and the width of the gap before it.
struct token {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t gap = 0;     ///< white-space bytes between the previous token and this one (a line break counts 2)
    std::string_view word;   ///< the word, ASCII lower-cased
};

/// How strongly the gap before a token separates it from the previous one.
enum class boundary {
    none,    ///< a space, or the period of a split abbreviation ("u s  president")
    mark,    ///< one punctuation mark: a comma or a sentence end
    strong,  ///< two or more marks: a quotation mark next to a comma or stop, a dash, parentheses
};

/// Splits `lower` (the ASCII-lower-cased text) into tokens at ASCII white space.
std::vector<token> tokenize(std::string_view lower);

/// The boundary before token `i` (strong before the first token).
boundary boundary_before(const std::vector<token>& toks, std::size_t i);

} // namespace claimgraph::detail::normalized
