// Nested records (docs/GRAMMAR.md, "Claim boundaries: session 5", nest5): a record whose speaker and cue lie
// inside a clause that "according to X" attributes whole is no record of its own. Sentences are written for
// the tests in news style; each rule has a negative case.
#include "helpers.hpp"

using claimgraph::test::find_by_claim;
using claimgraph::test::raw;

namespace {

/// The number of records of `sentence` whose cue is `cue`.
std::size_t records_with_cue(std::string_view sentence, std::string_view cue) {
    const auto d = claimgraph::extract("t", sentence, raw());
    std::size_t n = 0;
    for (const auto& a : d.items)
        if (a.cue && a.cue->text == cue)
            ++n;
    return n;
}

} // namespace

TEST_CASE("nested: a clause attributed whole by according to keeps no inner record", "[nested]") {
    const std::string_view s = "Nearly three in four voters say they would buy more local goods, according to the survey.";
    const auto d = claimgraph::extract("t", s, raw());
    const auto* outer = find_by_claim(d, "Nearly three in four voters say they would buy more local goods");
    REQUIRE(outer != nullptr);
    REQUIRE(outer->speaker);
    CHECK(outer->speaker->text == "the survey");
    CHECK(records_with_cue(s, "say") == 0);
    CHECK(records_with_cue("The witness said the order came from the chairman, according to the report.",
                           "said") == 0);
}

TEST_CASE("nested: an outlet after according to keeps the inner record", "[nested]") {
    // "according to RIA" names the outlet of the record before it: the record stays.
    CHECK(records_with_cue("Krutskikh said the talks went well, according to RIA.", "said") == 1);
    // Without a comma before the phrase it is no frame of the whole clause.
    CHECK(records_with_cue("The minister said the plan would cost more according to the report.", "said") == 1);
}
