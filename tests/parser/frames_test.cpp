// Verb frames of session 6 (docs/GRAMMAR.md, "session 6: verb frames"): verbs no cue table holds that are
// cues only in one frame, with a subject the rules accept as a speaker. Sentences are written for the tests
// in news style.
#include "helpers.hpp"

using claimgraph::attribution_kind;
using claimgraph::test::check_case;
using claimgraph::test::has_cue;
using claimgraph::test::pattern_case;
using claimgraph::test::records;

TEST_CASE("a verb of intention with a to-infinitive is a cue of its subject", "[grammar][frames]") {
    const pattern_case cases[] = {
        {"The governor aims to cut the state income tax next year.", "The governor", "aims",
         "to cut the state income tax next year", attribution_kind::indirect},
        {"Republicans are looking to regain the seat in November.", "Republicans", "looking",
         "to regain the seat in November", attribution_kind::indirect},
        {"Several donors opted to stay home this year.", "Several donors", "opted", "to stay home this year",
         attribution_kind::indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("the to-frame needs an infinitive and a finite verb", "[grammar][frames]") {
    // A determiner after "to": a direction, not an infinitive.
    CHECK_FALSE(has_cue("The senator looked to the future.", "looked"));
    CHECK_FALSE(has_cue("The plan aimed to the west of the city.", "aimed"));
    // A noun after "to": "looking to acquisitions" is no infinitive.
    CHECK_FALSE(has_cue("The company is looking to acquisitions for growth.", "looking"));
    // A gerund without a "be" form before it: no finite verb.
    CHECK_FALSE(has_cue("Voters looking to the election want change.", "looking"));
    // A passive: "was aimed to" is no intention of the subject.
    CHECK_FALSE(has_cue("The ad was aimed to reach young voters.", "aimed"));
}

TEST_CASE("a stance verb with an object noun phrase is a cue of its subject", "[grammar][frames]") {
    const pattern_case cases[] = {
        {"Mr. Kasich bemoaned the tone of the campaign.", "Kasich", "bemoaned", "the tone of the campaign",
         attribution_kind::indirect},
        {"She congratulated Bernie Sanders on a hard-fought race.", "She", "congratulated",
         "Bernie Sanders on a hard-fought race", attribution_kind::indirect},
        {"The campaign unveiled a new television ad on Monday.", "The campaign", "unveiled",
         "a new television ad on Monday", attribution_kind::indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("the object frame needs an object and a subject", "[grammar][frames]") {
    // No object: a particle or an adverb follows.
    CHECK_FALSE(has_cue("The crowd knocked loudly at the door.", "knocked"));
    // A passive or a participle after a noun: no subject of the verb.
    CHECK(records("The bill was blocked the next day.") == 0);
    CHECK(records("The list of names sounded the same.") == 0);
    // A participle after its noun, then a time: the evidence subject stays whole.
    CHECK_FALSE(has_cue("A poll released Sunday shows the senator ahead.", "released"));
    CHECK_FALSE(has_cue("The report published this week found that costs rose.", "published"));
    // A noun after a determiner ("the list"), not a verb.
    CHECK_FALSE(has_cue("He read the list the aides wrote.", "list"));
}
