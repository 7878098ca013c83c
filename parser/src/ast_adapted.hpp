#pragma once
// Fusion adaptation of the AST so that X3 sequences fill the structs member by member.

#include "ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(claimgraph::detail::ast::dateline, place, date, publisher)
