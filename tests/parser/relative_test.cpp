// Relative-clause speakers (docs/GRAMMAR.md, "Relative-clause speakers"): "Smith, who said ...". The record's
// speaker is the relative pronoun as written; its antecedent gives the canonical name and the type, so that
// resolution and the graph name the antecedent, never "who". Sentences are written for the tests.
#include "helpers.hpp"

#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>

#include <algorithm>
#include <string>

using claimgraph::attribution_kind;
using claimgraph::extract;
using claimgraph::form_choice;
using claimgraph::speaker_type;
using claimgraph::test::check_case;
using claimgraph::test::find_by_claim;
using claimgraph::test::pattern_case;

namespace {
claimgraph::document_attributions raw(std::string_view text) {
    claimgraph::extract_options o;
    o.form = form_choice::raw;
    return extract("t", text, o);
}
std::size_t records_with_speaker(std::string_view text, std::string_view speaker) {
    const auto d = raw(text);
    return static_cast<std::size_t>(std::count_if(d.items.begin(), d.items.end(), [&](const auto& a) {
        return a.speaker && a.speaker->text == speaker;
    }));
}
constexpr auto indirect = attribution_kind::indirect;
} // namespace

TEST_CASE("a relative pronoun after a name is the speaker", "[grammar][relative]") {
    const pattern_case cases[] = {
        {"Senator Maria Lopez, who said the bill would fail, voted against it.", "who", "said",
         "the bill would fail", indirect},
        {"The mayor met Jon Park, who has repeatedly said the tax is unfair.", "who", "said",
         "the tax is unfair", indirect},
        {"Ana Ruiz, who told reporters the vote was rigged, was not at the hearing.", "who", "told reporters",
         "the vote was rigged", indirect},
        {"Voters who say the economy is weak favor the challenger.", "who", "say",
         "the economy is weak favor the challenger", indirect},
        {"The plan was drafted by Tom Berg, who endorsed the governor last week.", "who", "endorsed",
         "the governor last week", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("the antecedent gives the canonical name and the type", "[grammar][relative]") {
    const auto d = raw("Senator Maria Lopez, who said the bill would fail, voted against it.");
    const auto* a = find_by_claim(d, "the bill would fail");
    REQUIRE(a != nullptr);
    CHECK(a->canonical == "Maria Lopez");
    CHECK(a->type == speaker_type::person);
    CHECK(std::find(a->roles.begin(), a->roles.end(), "Senator") != a->roles.end());
    // the main clause keeps its own subject: the relative record consumes nothing
    const auto* main = find_by_claim(d, "it");
    REQUIRE(main != nullptr);
    REQUIRE(main->speaker);
    CHECK(main->speaker->text == "Maria Lopez");

    const auto org = raw("The plan was praised by the teachers union, which endorsed the governor in May.");
    const auto* o = find_by_claim(org, "the governor in May");
    REQUIRE(o != nullptr);
    REQUIRE(o->speaker);
    CHECK(o->speaker->text == "which");
    CHECK(o->type == speaker_type::organization);
}

TEST_CASE("relative clauses without a claim or an antecedent stay silent", "[grammar][relative]") {
    CHECK(raw("The man who said nothing left the room.").items.empty());
    CHECK(raw("People who say so are wrong.").items.empty());
    CHECK(records_with_speaker("Who said the deal was dead?", "Who") == 0);
    CHECK(records_with_speaker("Reporters asked who said the deal was dead.", "who") == 0);
    // "which" needs a comma and an organization: a document is no speaker
    CHECK(records_with_speaker("He cited the memo, which said the plan would fail.", "which") == 0);
}

TEST_CASE("resolution and the graph name the antecedent, not the pronoun", "[grammar][relative][graph]") {
    auto d = raw("Maria Lopez said the vote was close. Lopez, who said the bill would fail, voted against "
                 "it.");
    claimgraph::resolve_speakers(d);
    const auto* a = find_by_claim(d, "the bill would fail");
    REQUIRE(a != nullptr);
    REQUIRE(a->speaker);
    CHECK(a->speaker->text == "who");
    CHECK(a->canonical == "Maria Lopez"); // the surname expanded like any mention
    CHECK(a->type == speaker_type::person);
    // resolving twice changes nothing
    auto again = d;
    claimgraph::resolve_speakers(again);
    CHECK(again == d);

    claimgraph::graph_builder builder;
    builder.add(d);
    const auto g = builder.take();
    std::vector<std::string> speakers;
    for (auto v : g.speakers())
        speakers.push_back(g[v].label);
    CHECK(std::count(speakers.begin(), speakers.end(), "Maria Lopez") == 1);
    CHECK(std::count(speakers.begin(), speakers.end(), "who") == 0);
    for (auto v : g.speakers())
        for (const auto& alias : g[v].aliases)
            CHECK(alias != "who");
}
