// Evidence and nominal cues, session 6 (docs/GRAMMAR.md, "session 6: evidence and nominal cues"): adjectives
// of attitude after a form of "be" ("remain confident that", "are critical of", "is eager to"). Sentences are
// written for the tests in news style.
#include "helpers.hpp"

using claimgraph::attribution_kind;
using claimgraph::test::check_case;
using claimgraph::test::has_cue;
using claimgraph::test::pattern_case;
using claimgraph::test::records;

TEST_CASE("an adjective of attitude after be is a cue of the clause subject", "[grammar][evidence]") {
    const pattern_case cases[] = {
        {"Union leaders remain confident that their members will vote for the nominee.", "Union leaders",
         "confident", "their members will vote for the nominee", attribution_kind::indirect},
        {"Cruz has been acutely aware that the contest is a delegate battle.", "Cruz", "aware",
         "the contest is a delegate battle", attribution_kind::indirect},
        {"Many Republicans are deeply critical of the trade deal.", "Many Republicans", "critical of",
         "the trade deal", attribution_kind::indirect},
        {"The senator’s advisers were worried about the turnout in Nevada.", "The senator’s advisers",
         "worried about", "the turnout in Nevada", attribution_kind::indirect},
        {"José Núñez is eager to challenge the incumbent in the fall.", "José Núñez", "eager to",
         "challenge the incumbent in the fall", attribution_kind::indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("an adjective of attitude without its complement or with an expletive subject stays silent",
          "[grammar][evidence]") {
    // No that-clause, preposition or infinitive after the adjective.
    CHECK(records("The governor was confident.") == 0);
    // Not a "be" form before it: a noun phrase modifier.
    CHECK_FALSE(has_cue("A confident governor said nothing about “the plan” that day.", "confident"));
    // "it is certain": no holder of the attitude.
    CHECK_FALSE(has_cue("It is certain that the bill will pass the House.", "certain"));
    // "certain to win" is a prediction, not an intention; "eager to a fault" is no infinitive.
    CHECK(records("He is certain to win the primary in Ohio.") == 0);
    CHECK_FALSE(has_cue("She was eager to the point of rudeness.", "eager to"));
}
