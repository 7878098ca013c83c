// Speech-cue rules of session 6 (docs/GRAMMAR.md, "Speech cues: session 6"). Sentences are written for the
// tests in news style; each rule has a negative case.
#include "helpers.hpp"

using claimgraph::test::check_case;
using claimgraph::test::cues;
using claimgraph::test::pattern_case;

TEST_CASE("speech6: a subject with post-modifiers before a verb of saying", "[speech6]") {
    const pattern_case cases[] = {
        {"But rally organizers in Dayton say they expect a large crowd.", "rally organizers in Dayton", "say",
         "they expect a large crowd"},
        {"Some backers of the county plan said the vote was unfair.", "Some backers of the county plan", "said",
         "the vote was unfair"},
        {"People briefed on the talks said the deal was close.", "People briefed on the talks", "said",
         "the deal was close"},
        {"But network specialists say such outages are rare.", "network specialists", "say",
         "such outages are rare"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("speech6: no subject with post-modifiers for nouns and fragments", "[speech6]") {
    // "states" is a noun here, and the phrase before it is a clause.
    CHECK(cues("The race now moves to western states that vote next week.").find("states") == std::string::npos);
    // A phrase ending in an article is no subject.
    CHECK(cues("But the job comes with the added risk that donors expect favors.").find("added") ==
          std::string::npos);
    // An indefinite phrase after a comma is an appositive of the name before it, not the subject.
    const auto d = claimgraph::extract("t",
                                       "Mayor Ann Lee, a supporter of the plan told reporters she would vote for it.",
                                       {claimgraph::form_choice::raw});
    for (const auto& a : d.items)
        if (a.speaker)
            CHECK(a.speaker->text != "a supporter of the plan");
}

TEST_CASE("speech6: a written medium after a determiner is a speaker", "[speech6]") {
    const pattern_case cases[] = {
        {"“Our rival is raising money,” the email said.", "the email", "said", "Our rival is raising money",
         claimgraph::attribution_kind::direct},
        {"“You will lose,” the note says.", "the note", "says", "You will lose", claimgraph::attribution_kind::direct},
        {"The ad says “nothing will change until we vote.”", "The ad", "says", "nothing will change until we vote.",
         claimgraph::attribution_kind::direct},
        {"The letter said the meeting was off.", "The letter", "said", "the meeting was off"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("speech6: a medium word without a determiner is no speaker", "[speech6]") {
    // "Tweet" and "email" stay verbs when nothing before them makes them nouns.
    CHECK(cues("Supporters email the office and tweet that the vote was rigged.").find("tweet") ==
          std::string::npos);
    const auto d = claimgraph::extract("t", "Voters who email said the vote was rigged.", {claimgraph::form_choice::raw});
    for (const auto& a : d.items)
        if (a.speaker)
            CHECK(a.speaker->text != "email");
}
