// Generic frames of the long tail (docs/GRAMMAR.md, "Generic frames: session 5"): a verb no list knows, in
// the simple past, right before a that-clause, with a subject the rules accept as a speaker. Sentences are
// written for the tests in news style.
#include "helpers.hpp"

using claimgraph::attribution_kind;
using claimgraph::test::check_case;
using claimgraph::test::has_cue;
using claimgraph::test::pattern_case;
using claimgraph::test::records;

TEST_CASE("an unknown verb in -ed before a that-clause is a cue of its subject", "[grammar][tail]") {
    const pattern_case cases[] = {
        {"Mr. Ryan realized that the bill would fail in the Senate.", "Ryan", "realized",
         "the bill would fail in the Senate", attribution_kind::indirect},
        {"The senator later clarified that she would not run again.", "The senator", "clarified",
         "she would not run again", attribution_kind::indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("a relative or demonstrative that after a word in -ed stays silent", "[grammar][tail]") {
    // No subject before the -ed word: a participle modifying a noun.
    CHECK(records("The bills passed that year were costly for the farmers.") == 0);
    // A "be" form before it: an adjective or a passive, not this frame.
    CHECK_FALSE(has_cue("The voters were stunned that the mayor quit.", "stunned"));
    // Only the simple past: a plural noun in -s before a relative "that" is no verb.
    CHECK(records("The reports that circulated on Monday were false.") == 0);
}
