// Non-speech cues of session 4 (docs/GRAMMAR.md, "Other cues: progressive forms, evidence objects, ..."):
// progressive forms of cue verbs, evidence subjects with an object noun phrase or after a subordinator, and
// the cases that must stay silent. Sentences are written for the tests in news style.
#include "helpers.hpp"

#include <algorithm>

using claimgraph::attribution_kind;
using claimgraph::cue_class;
using claimgraph::extract;
using claimgraph::form_choice;
using claimgraph::test::check_case;
using claimgraph::test::find_by_claim;
using claimgraph::test::pattern_case;
using claimgraph::test::raw;
using claimgraph::test::has_cue;

namespace {
constexpr auto indirect = attribution_kind::indirect;
} // namespace

TEST_CASE("a progressive form of a cue verb is the finite verb of its clause", "[grammar][other]") {
    const pattern_case cases[] = {
        {"The mayor is backing Cruz in the primary.", "The mayor", "backing", "Cruz in the primary", indirect},
        {"The senator was hoping to win the state.", "The senator", "hoping", "to win the state", indirect},
        {"Sanders is now saying the system is rigged.", "Sanders", "saying", "the system is rigged", indirect},
        {"The governors have been calling for new sanctions.", "The governors", "calling for", "new sanctions",
         indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    const auto d = extract("t", "The mayor is backing Cruz in the primary.", raw());
    const auto* a = find_by_claim(d, "Cruz in the primary");
    REQUIRE(a != nullptr);
    CHECK(a->cue_type == cue_class::stance);
}

TEST_CASE("a gerund without an auxiliary or a race stays no progressive cue", "[grammar][other]") {
    // A gerund after a noun is no finite verb.
    CHECK_FALSE(has_cue("The campaign backing Cruz in the primary ran out of money.", "backing"));
    // "is challenging X" is an election race, not a stance.
    CHECK_FALSE(has_cue("Rep. Ann Kirkpatrick is challenging Sen. John McCain in Arizona.", "challenging"));
    // A passive is no progressive.
    CHECK_FALSE(has_cue("The bill was backed by both parties.", "backed"));
}

TEST_CASE("evidence shows an object noun phrase and opens subordinate clauses", "[grammar][other]") {
    const pattern_case cases[] = {
        {"The poll showed a slimmer lead for Clinton.", "The poll", "showed", "a slimmer lead for Clinton",
         indirect},
        {"The results came one day after a new poll showed a tie between the two candidates.", "a new poll",
         "showed", "a tie between the two candidates", indirect},
        {"While a Florida poll released last week showed Clinton ahead by six points, the race was close.",
         "a Florida poll released last week", "showed", "Clinton ahead by six points", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A person shows an object without a clause: no evidence.
    CHECK_FALSE(has_cue("The candidate showed a video of the rally.", "showed"));
}

TEST_CASE("a poll share is the subject of a stance or belief verb", "[grammar][other]") {
    const pattern_case cases[] = {
        {"About 6 in 10 white men supported Sanders in the state.", "About 6 in 10 white men", "supported",
         "Sanders in the state", indirect},
        {"About three-quarters support a temporary ban on new arrivals.", "About three-quarters", "support",
         "a temporary ban on new arrivals", indirect},
        {"Four in 10 voters think the economy is weak.", "Four in 10 voters", "think", "the economy is weak",
         indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A loose subject without a share is no speaker of a stance verb (it is one of "say").
    CHECK_FALSE(has_cue("Those in the county supported the plan.", "supported"));
    CHECK(has_cue("Those in the county said the plan was good.", "said"));
    // "decline" is a noun after a determiner.
    CHECK_FALSE(has_cue("Officials said most of the decline came in the first week of trading.", "decline"));
}

TEST_CASE("a finite cue verb in a title-case headline is a cue", "[grammar][other]") {
    const pattern_case cases[] = {
        {"Carly Fiorina Endorses Ted Cruz", "Carly Fiorina", "Endorses", "Ted Cruz", indirect},
        {"New Poll Shows Large Gap Emerging Between Candidates", "New Poll", "Shows",
         "Large Gap Emerging Between Candidates", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // Inside running text a capitalised cue word is a name ("the Washington Post", "Backs Road").
    CHECK_FALSE(has_cue("He met the owner of Shows Unlimited on Tuesday.", "Shows"));
    CHECK_FALSE(has_cue("Its United States Lines Inc subsidiary said it had agreed to the sale.", "States"));
}

TEST_CASE("agree takes a to-infinitive as an intention", "[grammar][other]") {
    const pattern_case cases[] = {
        {"Soon after, the senator agreed to keep foundation matters separate.", "the senator", "agreed",
         "to keep foundation matters separate", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // "to" before a determiner is a preposition.
    CHECK_FALSE(has_cue("The prime minister finally agreed to a ten-month moratorium.", "agreed"));
}

TEST_CASE("a final speech cue takes the whole clause around an earlier intention or stance", "[grammar][other]") {
    const pattern_case cases[] = {
        {"Japan had agreed to buy more American parts, a trade official said.", "a trade official", "said",
         "Japan had agreed to buy more American parts", indirect},
        {"The mayor is backing a new budget plan, city sources said.", "city sources", "said",
         "The mayor is backing a new budget plan", indirect},
        {"Japan had agreed to buy more American parts, a trade official said.", "Japan", "agreed",
         "to buy more American parts", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    const auto d = extract("t", "Japan had agreed to buy more American parts, a trade official said.", raw());
    const auto* a = find_by_claim(d, "to buy more American parts");
    REQUIRE(a != nullptr);
    CHECK(a->cue_type == cue_class::intention);
}

TEST_CASE("a participle of intention takes its to-infinitive", "[grammar][other]") {
    const pattern_case cases[] = {
        {"Instead, the senator is sticking to his message, hoping to avoid any misstep before the vote.",
         "the senator", "hoping", "to avoid any misstep before the vote", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // "to" before a determiner is a preposition: no to-infinitive.
    CHECK_FALSE(has_cue("The senator left early, hoping to the end for a deal.", "hoping"));
}

TEST_CASE("a belief verb with an object gap takes the clause after it", "[grammar][other]") {
    const pattern_case cases[] = {
        {"He spoke about the plan, which he believes will make it impossible to win the state.", "he",
         "believes", "will make it impossible to win the state", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // No word before the subject: no gap to fill ("will power" is a noun here).
    CHECK_FALSE(has_cue("They believe will power matters most.", "believe"));
}

TEST_CASE("a person noun heads a loose subject of a stance or intention verb", "[grammar][other]") {
    const pattern_case cases[] = {
        {"A spokesman for the campaign declined to comment.", "A spokesman for the campaign", "declined",
         "to comment", indirect},
        {"A spokesman for the campaign criticized the new tax plan.", "A spokesman for the campaign",
         "criticized", "the new tax plan", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // Without a person noun or a poll share the loose phrase is no subject.
    CHECK_FALSE(has_cue("Those in the county supported the plan.", "supported"));
}

TEST_CASE("the second verb of a coordination takes the clause subject as an intention", "[grammar][other]") {
    const pattern_case cases[] = {
        {"Ali converted to the faith in 1964 and refused to fight in the war.", "Ali", "refused",
         "to fight in the war", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A stance verb in a coordination needs an object (session 5: "... and opposed the bill" counts).
    CHECK_FALSE(has_cue("Ali converted to the faith in 1964 and backed down.", "backed"));
}
