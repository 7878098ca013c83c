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
        {"The mayor was glad that the council had voted for the plan.", "The mayor", "glad",
         "the council had voted for the plan", attribution_kind::indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("an adjective of attitude without its complement or with an expletive subject stays silent",
          "[grammar][evidence]") {
    // No that-clause, preposition or infinitive after the adjective.
    CHECK(records("The governor was confident.") == 0);
    CHECK(records("The mayor was happy with the turnout in the fourth ward.") == 0);
    // Not a "be" form before it: a noun phrase modifier.
    CHECK_FALSE(has_cue("A confident governor said nothing about “the plan” that day.", "confident"));
    // "it is certain": no holder of the attitude.
    CHECK_FALSE(has_cue("It is certain that the bill will pass the House.", "certain"));
    // "certain to win" is a prediction, not an intention; "eager to a fault" is no infinitive.
    CHECK(records("He is certain to win the primary in Ohio.") == 0);
    CHECK_FALSE(has_cue("She was eager to the point of rudeness.", "eager to"));
}

TEST_CASE("an adjective of attitude after a comma takes the clause subject", "[grammar][evidence]") {
    const pattern_case cases[] = {
        {"The campaign’s top aides cancelled two rallies, wary of overextending their candidate.",
         "The campaign’s top aides", "wary of", "overextending their candidate", attribution_kind::indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // No comma, no link: a modifier of a noun.
    CHECK_FALSE(has_cue("Voters wary of the deal stayed home.", "wary of"));
}

TEST_CASE("confident takes a phrase with in", "[grammar][evidence]") {
    const pattern_case cases[] = {
        {"Some top Democrats are confident in the Clinton operation.", "Some top Democrats", "confident in",
         "the Clinton operation", attribution_kind::indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // "interested in" is no cue.
    CHECK(records("Many voters are interested in the debate.") == 0);
}

TEST_CASE("evidence subjects with a year a relative clause or a perfect verb", "[grammar][evidence]") {
    const pattern_case cases[] = {
        {"A 2009 report by the Center for Economic Research found that the tax would raise billions.",
         "A 2009 report by the Center for Economic Research", "found", "the tax would raise billions",
         attribution_kind::indirect},
        {"An Associated Press survey of superdelegates, who are influential in picking the nominee, found "
         "that most back Clinton.",
         "An Associated Press survey of superdelegates", "found", "most back Clinton",
         attribution_kind::indirect},
        {"New Hampshire polls have shown Cruz and Rubio in a jumble for second place.", "New Hampshire polls",
         "shown", "Cruz and Rubio in a jumble for second place", attribution_kind::indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A perfect of write is no cue here; a perfect of show inside another record's claim is that claim's.
    CHECK_FALSE(has_cue("Congress had written the mandate into the law in 2007.", "written"));
    CHECK_FALSE(has_cue("Bush said history has shown the need for a stable government.", "shown"));
    // A relative clause between commas after a person is no evidence subject: a person shows nothing.
    CHECK(records("The senator, who is a lawyer, showed the letter to reporters.") == 0);
}

TEST_CASE("a noun of a view before is that takes its possessive as the holder", "[grammar][evidence]") {
    const pattern_case cases[] = {
        {"Their fear is that the moment could come too late.", "Their", "fear is",
         "the moment could come too late", attribution_kind::indirect},
        {"The Florida senator’s answer was that the family matters most.", "The Florida senator’s",
         "answer was", "the family matters most", attribution_kind::indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // No possessive: nobody holds the view.
    CHECK(records("The idea is that taxes should fall next year.") == 0);
    // Not "is that" but a relative clause.
    CHECK_FALSE(has_cue("His view that taxes should fall is popular.", "view"));
}
