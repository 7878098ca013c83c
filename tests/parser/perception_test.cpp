// Belief and perception cues of session 5 (docs/GRAMMAR.md, "Belief and perception cues: session 5"):
// evidence subjects, object-control complements, loose subjects of belief verbs, each with the cases that
// must stay silent. Sentences are written for the tests in news style.
#include "helpers.hpp"

using claimgraph::attribution_kind;
using claimgraph::test::check_case;
using claimgraph::test::has_cue;
using claimgraph::test::pattern_case;

namespace {
constexpr auto indirect = attribution_kind::indirect;
} // namespace

TEST_CASE("an evidence subject may hold a slash name or a cue noun as its head", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"A CNN/ORC poll of Iowa released on Monday showed Mr. Cruz with a narrow lead.",
         "A CNN/ORC poll of Iowa released on Monday", "showed", "Mr. Cruz with a narrow lead", indirect},
        {"The report published Tuesday showed that most meetings were with donors.",
         "The report published Tuesday", "showed", "most meetings were with donors", indirect},
        {"Findings show voters fear higher taxes from either party.", "Findings", "show",
         "voters fear higher taxes from either party", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("want and expect take an object and a to-infinitive", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"She wants voters to know that she is with them.", "She", "wants",
         "voters to know that she is with them", indirect},
        {"Many observers expect the agency to dial back the mandate.", "Many observers", "expect",
         "the agency to dial back the mandate", indirect},
        {"The senator wanted Germany to do more for European security.", "The senator", "wanted",
         "Germany to do more for European security", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // Not a noun after "to", not a modal prediction, not an object with a verb in it.
    CHECK_FALSE(has_cue("Americans who want ready access to firearms vote early.", "want"));
    CHECK_FALSE(has_cue("Audiences can expect him to sing a few songs.", "expect"));
}

TEST_CASE("would like with a to-infinitive is an intention", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"The White House would like to make the election a battle about competence.", "White House", "like",
         "to make the election a battle about competence", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    CHECK_FALSE(has_cue("Voters like to see a fighter on the stage.", "like"));
    CHECK_FALSE(has_cue("He would like the taste of it.", "like"));
}
