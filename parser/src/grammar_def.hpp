#pragma once
// Definitions of the X3 rules. Only grammar.cpp includes this file.
//
// Text is UTF-8 bytes. No x3::ascii / x3::standard character classes are used (they call isalpha() on
// bytes >= 0x80); letters are explicit byte ranges and whitespace is explicit, including U+00A0.

#include "ast_adapted.hpp"
#include "grammar.hpp"

#include <string_view>

namespace claimgraph::detail::grammar {

namespace detail_rules {
using x3::char_;
using x3::lit;
using x3::omit;

const auto upper = char_('A', 'Z');
const auto lower_letter = char_('a', 'z');
const auto digit = char_('0', '9');
const auto blank = lit(' ') | lit('\t') | lit("\xC2\xA0");
const auto ws = +blank;
const auto word_end = !(lower_letter | digit | lit('-'));

/// A whole lower-case keyword.
inline auto kw(const char* s) {
    return x3::lexeme[lit(s) >> word_end];
}

// Dashes that end a dateline: -, --, –, —.
const auto dateline_dash = lit("--") | lit('-') | lit("\xE2\x80\x94") | lit("\xE2\x80\x93");
// Place words in capitals: MOSCOW/LONDON/WASHINGTON, NEW YORK, ST. PETERSBURG, WASHINGTON, D.C.
const auto place_char = upper | char_('/') | char_('.') | char_('\'') | char_('-') | char_(' ');
const auto month_abbr = lit("Jan") | "Feb" | "Mar" | "March" | "April" | "Apr" | "May" | "June" | "Jun" |
                        "July" | "Jul" | "Aug" | "Sept" | "Sep" | "Oct" | "Nov" | "Dec";
const auto weekday = kw("monday") | kw("tuesday") | kw("wednesday") | kw("thursday") | kw("friday") |
                     kw("saturday") | kw("sunday");
const auto month = kw("january") | kw("february") | kw("march") | kw("april") | kw("may") | kw("june") |
                   kw("july") | kw("august") | kw("september") | kw("october") | kw("november") |
                   kw("december");
const auto period = kw("week") | kw("weekend") | kw("month") | kw("year") | kw("morning") | kw("afternoon") |
                    kw("evening") | kw("night") | kw("day");
const auto day_number = +digit >> -(lit("st") | "nd" | "rd" | "th");
} // namespace detail_rules

using namespace detail_rules;

const dateline_type dateline = "dateline";
const adverbial_type adverbial = "adverbial";
const complementizer_type complementizer = "complementizer";

// "MOSCOW/LONDON/WASHINGTON (Reuters) - ...", "NEW YORK (CNN) -- ...", "(AP) — ...",
// "WASHINGTON, Feb 26 - ..." (Reuters-21578: no agency name, the date after a comma).
const auto dateline_def =
    x3::lexeme[x3::raw[-(upper >> +place_char >> *(lit(',') >> ws >> upper >> *lower_letter >> -lit('.') >>
                                                   !(ws >> digit) >> *place_char))] >>
               x3::raw[-(lit(',') >> ws >> month_abbr >> -lit('.') >> ws >> +digit)] >> *blank >>
               -(lit('(') >> x3::raw[+(char_ - char_(')') - char_('\n'))] >> lit(')')) >> *blank >>
               dateline_dash];

// Adverbials between a cue and its content, in lower-case text:
//   "said on Thursday", "told reporters on Wednesday", "said earlier this month", "said last week",
//   "said late on Tuesday", "said in January", "said in a statement", "said publicly", "said again".
const auto adverbial_def =
    (kw("on") >> ws >>
     (weekday | month >> -(ws >> day_number) | kw("condition") >> ws >> kw("of") >> ws >> kw("anonymity"))) |
    ((kw("earlier") | kw("later") | kw("late") | kw("early")) >>
     -(ws >>
       ((kw("this") | kw("last") | kw("on")) >> ws >> (period | weekday) | kw("on") >> ws >> weekday))) |
    ((kw("this") | kw("last") | kw("next")) >> ws >> (period | weekday | month)) | kw("yesterday") |
    kw("today") | kw("tonight") | kw("overnight") | weekday | kw("morning") | kw("afternoon") |
    kw("evening") | kw("night") |
    (kw("in") >> ws >>
     (month >> -(ws >> day_number) >> -(lit(',') >> ws >> day_number) |
      kw("a") >> ws >> (kw("statement") | kw("speech") | kw("letter") | kw("briefing") |
                        kw("television") >> ws >> kw("interview") | kw("radio") >> ws >> kw("interview")) |
      kw("an") >> ws >> (kw("interview") | kw("email") | kw("op-ed")) | kw("remarks") | kw("comments"))) |
    (kw("at") >> ws >> kw("a") >> ws >>
     (kw("news") >> ws >> kw("conference") | kw("press") >> ws >> kw("conference") | kw("briefing") |
      kw("rally") | kw("hearing"))) |
    kw("publicly") | kw("privately") | kw("repeatedly") | kw("again") | kw("separately") | kw("recently") |
    kw("previously") | kw("also") | kw("then") | kw("too") | kw("later") | kw("further") | kw("frankly") |
    kw("bluntly") | kw("flatly");

// The words an adverbial can start with: the first kw() of every alternative of adverbial_def above. Keep the
// two in step (a test checks that the rule never matches where this list says no): skip_adverbials() rejects a
// position whose first word is not listed before it runs the rule, since most cues have no adverbial after them.
inline constexpr std::string_view adverbial_first_words[] = {
    "on",        "earlier",  "later",     "late",       "early",     "this",       "last",      "next",
    "yesterday", "today",    "tonight",   "overnight",  "monday",    "tuesday",    "wednesday", "thursday",
    "friday",    "saturday", "sunday",    "morning",    "afternoon", "evening",    "night",     "in",
    "at",        "publicly", "privately", "repeatedly", "again",     "separately", "recently",  "previously",
    "also",      "then",     "too",       "further",    "frankly",   "bluntly",    "flatly"};

// The complementizer of reported speech: "said that ...".
const auto complementizer_def = kw("that");

BOOST_SPIRIT_DEFINE(dateline, adverbial, complementizer)

} // namespace claimgraph::detail::grammar
