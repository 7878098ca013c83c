// Beliefs and hedges (docs/GRAMMAR.md, "Beliefs, hedges and prepositional cues"): the writer's hedge "X
// seems/appears to ..." as a source-less record, and the cases that must stay silent. Sentences are written
// for the tests in news style.
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

TEST_CASE("the writer's hedge is a source-less record of the subject and its complement", "[grammar][belief]") {
    const pattern_case cases[] = {
        {"A broader swath of Republican voters appears to be moving behind the nominee.", "", "appears",
         "A broader swath of Republican voters appears to be moving behind the nominee", indirect},
        {"The governor seemed to be shrinking in political stature.", "", "seemed",
         "The governor seemed to be shrinking in political stature", indirect},
        {"The speaker appeared closer to a full endorsement.", "", "appeared",
         "The speaker appeared closer to a full endorsement", indirect},
        {"It appears that the championship game was not boring to everyone.", "", "appears",
         "the championship game was not boring to everyone", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    const auto d = extract("t", "The governor seemed to be shrinking in political stature.", raw());
    const auto* a = find_by_claim(d, "The governor seemed to be shrinking in political stature");
    REQUIRE(a != nullptr);
    CHECK(a->cue_type == cue_class::opinion);
}

TEST_CASE("appearances, cue verbs after the hedge and bare adjectives stay silent", "[grammar][belief]") {
    // A physical appearance is no hedge.
    CHECK_FALSE(has_cue("The senator appeared on Fox News on Sunday morning.", "appeared"));
    CHECK_FALSE(has_cue("Trump appeared with the governor at a rally in Ohio.", "appeared"));
    CHECK_FALSE(has_cue("The witness appeared before the committee in May.", "appeared"));
    // "seemed to me" is the writer speaking to no claim; "to the crowd" is no infinitive.
    CHECK_FALSE(has_cue("The plan seemed to me a reasonable compromise.", "seemed"));
    // A cue verb after the hedge has the subject as its source: no source-less record.
    CHECK_FALSE(has_cue("The emails seemed to confirm the account of the aides.", "seemed"));
    CHECK_FALSE(has_cue("Sarandon appeared to imply that she would not vote for Clinton.", "appeared"));
    CHECK_FALSE(has_cue("The speaker appeared ready to endorse the nominee.", "appeared"));
    // "seem" with a bare adjective is annotated too rarely to predict (train precision 0.39).
    CHECK_FALSE(has_cue("Trump's supporters seemed equally unperturbed by the news.", "seemed"));
    // After a modal or "to": "would seem", "to appear".
    CHECK_FALSE(has_cue("The deal would seem to favor the incumbents in the state.", "seem"));
    CHECK_FALSE(has_cue("He wanted to appear to be in charge of the party.", "appear"));
}

TEST_CASE("a belief verb takes a bare clause with a long subject", "[grammar][belief]") {
    const pattern_case cases[] = {
        {"Economists believe this provides an artificial incentive for employers.", "Economists", "believe",
         "this provides an artificial incentive for employers", indirect},
        {"Bivens hopes Clinton and other Democrats do not make the same mistake this time.", "Bivens", "hopes",
         "Clinton and other Democrats do not make the same mistake this time", indirect},
        {"Bolton thought some of the “Neocons For Hillary” buzz was artificially nourished.", "Bolton",
         "thought", "some of the “Neocons For Hillary” buzz was artificially nourished", attribution_kind::mixed},
        {"They think the progress on climate change is real.", "They", "think",
         "the progress on climate change is real", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    const auto d = extract("t", "Economists believe this provides an artificial incentive for employers.", raw());
    const auto* a = find_by_claim(d, "this provides an artificial incentive for employers");
    REQUIRE(a != nullptr);
    CHECK(a->cue_type == cue_class::opinion);
}

TEST_CASE("a belief verb with an object and no verb after it stays silent", "[grammar][belief]") {
    // An object noun phrase, a relative clause after it, or a feeling are no clause.
    CHECK_FALSE(has_cue("Voters know the area around the old factory on the river.", "know"));
    CHECK_FALSE(has_cue("Residents know the people who worked at the plant.", "know"));
    CHECK_FALSE(has_cue("Supporters feel the pressure of the campaign mounted last year.", "feel"));
    CHECK_FALSE(has_cue("The governor expects a close race in the fall.", "expects"));
}

TEST_CASE("a quantifier opening the clause is a belief verb's subject", "[grammar][belief]") {
    const pattern_case cases[] = {
        {"Most believe that the economy has improved since he was elected.", "Most", "believe",
         "the economy has improved since he was elected", indirect},
        {"But few believe their relationship can ever be more than transactional.", "few", "believe",
         "their relationship can ever be more than transactional", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // Not inside a noun phrase: "the many" does not open a clause.
    CHECK_FALSE(has_cue("Of all the voters polled, the many believe in nothing at all.", "believe"));
}
