// Prepositional and nominal cues (docs/GRAMMAR.md, "Beliefs, hedges and prepositional cues"): a participle
// with its particle after a comma (", referring to ...", ", pointing to ..."), and the cases that must stay
// silent. Sentences are written for the tests in news style.
#include "helpers.hpp"

#include <algorithm>

using claimgraph::attribution_kind;
using claimgraph::extract;
using claimgraph::form_choice;
using claimgraph::test::check_case;
using claimgraph::test::pattern_case;
using claimgraph::test::raw;
using claimgraph::test::has_cue;

namespace {
constexpr auto indirect = attribution_kind::indirect;
} // namespace

TEST_CASE("a participle with its particle after a comma is a cue of the clause's speaker", "[grammar][nominal]") {
    const pattern_case cases[] = {
        // The speaker of the quotation before is the speaker of the participle.
        {"“The timing was perfect,” Ms. Hedge said, referring to the two golf resorts.", "Hedge",
         "referring to", "the two golf resorts", indirect},
        // A clause subject without a quotation.
        {"Senator Rubio ducked the question, pointing to his record in the state legislature.", "Rubio",
         "pointing to", "his record in the state legislature", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("a particle verb without its particle stays silent after a comma", "[grammar][nominal]") {
    // "pointing" alone is no cue (point is a cue only with "to" or "out").
    CHECK_FALSE(has_cue("The senator stood at the lectern, pointing at the crowd behind him.", "pointing"));
    CHECK_FALSE(has_cue("The senator stood at the lectern, pointing at the crowd behind him.", "pointing at"));
    // A gerund with a particle but no comma before it is not a participle cue.
    CHECK_FALSE(has_cue("Referring to the deal is not enough for the voters.", "Referring to"));
}
