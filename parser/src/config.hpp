#pragma once
// The iterator and context types the X3 rules are instantiated for (one instantiation, in grammar.cpp).

#include <boost/spirit/home/x3.hpp>

namespace claimgraph::detail::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using context_type = x3::context<x3::unused_type, x3::unused_type>;

} // namespace claimgraph::detail::grammar
