#pragma once
// Attributes of the X3 rules (pure data; meaning is given in the semantic pass in rules.cpp).

#include <string>

namespace claimgraph::detail::ast {

/// "MOSCOW/LONDON/WASHINGTON (Reuters) -", "WASHINGTON, Feb 26 -", "(AP) —".
struct dateline {
    std::string place;     ///< the place words as written ("MOSCOW/LONDON/WASHINGTON"), may be empty
    std::string date;      ///< "Feb 26" in the Reuters-21578 style, may be empty
    std::string publisher; ///< the text between the parentheses, may be empty
};

} // namespace claimgraph::detail::ast
