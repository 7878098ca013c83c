#pragma once
// The X3 rules of the raw-text grammar, declared here and defined in grammar_def.hpp (included only by
// grammar.cpp). The plain functions at the bottom are what the rest of the parser calls: no Spirit types
// leak out of this header's function API.

#include "ast.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

#include <boost/spirit/home/x3.hpp>

namespace claimgraph::detail {

namespace grammar {
namespace x3 = boost::spirit::x3;

struct dateline_class;
using dateline_type = x3::rule<dateline_class, ast::dateline>;
BOOST_SPIRIT_DECLARE(dateline_type)

struct adverbial_class;
using adverbial_type = x3::rule<adverbial_class>;
BOOST_SPIRIT_DECLARE(adverbial_type)

struct complementizer_class;
using complementizer_type = x3::rule<complementizer_class>;
BOOST_SPIRIT_DECLARE(complementizer_type)
} // namespace grammar

/// A dateline at the start of `text`, with the byte offset where the story begins.
struct dateline_match {
    ast::dateline value;
    std::size_t end = 0;
};
std::optional<dateline_match> parse_dateline(std::string_view text);

/// Skips adverbials of time and manner right after a cue ("on Thursday", "earlier this month", "in a
/// statement", "publicly"), parsing the ASCII-lower-cased document `lower` from byte `pos`. Returns the
/// byte offset after the last adverbial (and the whitespace before it), or `pos` if there is none.
std::size_t skip_adverbials(std::string_view lower, std::size_t pos);

/// The adverbial rule alone at `pos` (no blanks skipped): the offset after the adverbial, or npos if the rule
/// does not match there. skip_adverbials() calls it only where adverbial_may_start() is true.
std::size_t adverbial_at(std::string_view lower, std::size_t pos);

/// False when the adverbial rule cannot match at `pos`: the run of [a-z0-9-] there is not one of the words the
/// rule's alternatives start with. A cheap filter in front of the X3 rule, which stays the grammar of record.
bool adverbial_may_start(std::string_view lower, std::size_t pos);

/// If a complementizer ("that") starts at `pos` (after whitespace), the offset after it, else `pos`.
std::size_t skip_complementizer(std::string_view lower, std::size_t pos);

} // namespace claimgraph::detail
