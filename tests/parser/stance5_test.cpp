// Stance and nominal cues, session 5 (docs/GRAMMAR.md, "Stance and nominal cues: session 5"). Sentences are
// written for the tests in news style.
#include "helpers.hpp"

using claimgraph::attribution_kind;
using claimgraph::cue_class;
using claimgraph::test::check_case;
using claimgraph::test::class_of;
using claimgraph::test::has_cue;
using claimgraph::test::pattern_case;
using claimgraph::test::records;

namespace {
constexpr auto indirect = attribution_kind::indirect;
}

TEST_CASE("a slash inside the name of a poll does not end it", "[grammar][poll][stance5]") {
    const pattern_case cases[] = {
        {"In a Quinnipiac/Marist poll released Monday, 50 percent of respondents chose Clinton.",
         "a Quinnipiac/Marist poll released Monday", "In", "50 percent of respondents chose Clinton", indirect},
        {"The senator moved into third place in the latest NBC News/Marist poll.",
         "the latest NBC News/Marist poll", "in", "The senator moved into third place", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    CHECK(class_of("The senator moved into third place in the latest NBC News/Marist poll.",
                   "The senator moved into third place") == cue_class::report);
    // A slash with blanks around it, or a trend, is no poll name.
    CHECK(records("The senator moved into third place in the polls / surveys.") == 0);
}
TEST_CASE("a quantifier pronoun is the subject of a stance verb", "[grammar][stance][stance5]") {
    const pattern_case cases[] = {
        {"Most oppose the nuclear deal with Iran.", "Most", "oppose", "the nuclear deal with Iran", indirect},
        {"But most oppose the nuclear deal with Iran.", "most", "oppose", "the nuclear deal with Iran",
         indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    CHECK(class_of("Most oppose the nuclear deal with Iran.", "the nuclear deal with Iran") == cue_class::stance);
    // Not a gerund or a participle, and not without an object.
    CHECK(records("Most opposing the deal left early.") == 0);
    CHECK(records("Most backed down.") == 0);
    // A third-person form after a quantifier is a plural noun: "advocates" is the subject's head.
    CHECK_FALSE(has_cue("Some advocates said the new rules would hurt small clinics.", "advocates"));
}

TEST_CASE("the second verb of a coordination takes the clause subject for a stance verb",
          "[grammar][stance][stance5]") {
    check_case({"Rubio reversed himself and opposed the bill.", "Rubio", "opposed", "the bill", indirect});
    CHECK(class_of("Rubio reversed himself and opposed the bill.", "the bill") == cue_class::stance);
    // No object: no record.
    CHECK(records("Rubio reversed himself and backed down.") == 0);
}

TEST_CASE("talk is a cue with about", "[grammar][stance5]") {
    const pattern_case cases[] = {
        {"She talked about her faith.", "She", "talked about", "her faith", indirect},
        {"The governor talks about the budget.", "The governor", "talks about", "the budget", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // Without "about" talk is no cue.
    CHECK(records("He talked to reporters on Monday.") == 0);
    CHECK_FALSE(has_cue("He talked for an hour.", "talked"));
}
