// Quotation units ("continues") and source-less attributions. Sentences are made up in news style.
#include "helpers.hpp"

#include <optional>

using namespace claimgraph;
using claimgraph::test::check_case;
using claimgraph::test::find_by_claim;
using claimgraph::test::pattern_case;

namespace {

document_attributions raw(std::string_view text) {
    extract_options options;
    options.form = form_choice::raw;
    return extract("t", text, options);
}

std::optional<std::size_t> index_of(const document_attributions& d, std::string_view claim) {
    for (std::size_t i = 0; i < d.items.size(); ++i)
        if (d.items[i].content.text == claim)
            return i;
    return std::nullopt;
}

} // namespace

TEST_CASE("a quote-only sentence after “A,” X said. continues X's quote", "[continues]") {
    const auto d = raw("“We will win this state,” Zoë Márquez said. “Nobody should doubt that.”");
    const auto first = index_of(d, "We will win this state");
    const auto second = index_of(d, "Nobody should doubt that.");
    REQUIRE(first);
    REQUIRE(second);
    CHECK_FALSE(d.items[*first].continues);
    CHECK(d.items[*second].continues == first);
    CHECK(d.items[*second].cue_type == cue_class::none);
    REQUIRE(d.items[*second].speaker);
    CHECK(d.items[*second].speaker->text == "Zoë Márquez");
}

TEST_CASE("continuation paragraphs all point at the unit's first piece", "[continues]") {
    const auto d = raw("The senator spoke on Monday.\n\n“The bill is dead,” she said.\n\n“It was never going to "
                       "pass.”\n\n“We will try again next year.”\n\nThe vote is in May.");
    const auto first = index_of(d, "The bill is dead");
    const auto second = index_of(d, "It was never going to pass.");
    const auto third = index_of(d, "We will try again next year.");
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(third);
    CHECK(d.items[*second].continues == first);
    CHECK(d.items[*third].continues == first);  // the first piece, not the one just before
    for (const auto& a : d.items)
        if (a.continues) CHECK(*a.continues < static_cast<std::size_t>(&a - d.items.data()));
}

TEST_CASE("a split quote “A,” X said, “B.” is one unit of two records", "[continues]") {
    const auto d = raw("“The talks are underway,” the envoy said, “and nobody denies they are needed.”");
    const auto first = index_of(d, "The talks are underway");
    const auto second = index_of(d, "and nobody denies they are needed.");
    REQUIRE(first);
    REQUIRE(second);
    CHECK_FALSE(d.items[*first].continues);
    CHECK(d.items[*second].continues == first);
}

TEST_CASE("quotes with their own cue or after reported speech start their own unit", "[continues]") {
    // A second quote with its own cue ("he added") is a new attribution.
    auto d = raw("“We are ready,” he said. “We have been ready for years,” he added.");
    REQUIRE(d.items.size() == 2);
    for (const auto& a : d.items)
        CHECK_FALSE(a.continues);
    // A quote-only sentence after reported speech has nobody to continue.
    d = raw("Officials said the talks had stalled. “That is not true.”");
    for (const auto& a : d.items)
        CHECK_FALSE(a.continues);
    // Two quotes with two different cues in one sentence are not a split quote.
    d = raw("“No,” said Ana Li, and Tom Berg replied, “Yes, of course.”");
    for (const auto& a : d.items)
        CHECK_FALSE(a.continues);
}

TEST_CASE("source-less attributions: expectations, hearsay, questions", "[no-source]") {
    const pattern_case cases[] = {
        {"All three candidates are expected to speak at the gala on Thursday.", "", "are expected",
         "All three candidates are expected to speak at the gala on Thursday"},
        {"The measure, which is widely expected to pass, goes to a vote on Friday.", "", "is widely expected",
         "which is widely expected to pass"},
        {"The new owner is said to favor a merger with a rival.", "", "is said",
         "The new owner is said to favor a merger with a rival"},
        {"The group is reportedly spending $1.5 million on advertisements.", "", "reportedly",
         "The group is reportedly spending $1.5 million on advertisements"},
        {"Asked whether the mayor is “fit to serve,” 70 percent of voters said no.", "", "Asked",
         "whether the mayor is “fit to serve,”", attribution_kind::mixed},
        {"Asked about her own vote, the actress laughed.", "", "Asked about", "her own vote"},
        {"Márquez was asked whether she would run again.", "", "was asked", "whether she would run again"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("source-less records have no speaker and a cue class by cue", "[no-source]") {
    auto d = raw("Trump is expected to deliver a speech tonight.");
    REQUIRE(d.items.size() == 1);
    CHECK_FALSE(d.items[0].speaker);
    CHECK(d.items[0].type == speaker_type::unknown);
    CHECK(d.items[0].cue_type == cue_class::opinion);
    CHECK(d.items[0].canonical.empty());
    d = raw("Khoga was reportedly on that trip.");
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].cue_type == cue_class::report);
    d = raw("Asked about the emails, she declined to comment.");
    const auto* a = find_by_claim(d, "the emails");
    REQUIRE(a);
    CHECK(a->cue_type == cue_class::speech);
    CHECK_FALSE(a->speaker);
}

TEST_CASE("no source-less record where the words mean something else", "[no-source]") {
    const char* sentences[] = {
        // The writer's hedges are left out on purpose (PolNeAR annotates half of them; see the rule's file).
        "The speaker appeared ready to endorse the nominee.",
        "Her campaign seems unperturbed by the poll.",
        "It appears, though, that the debate was not boring to everyone.",
        "The senator appeared on Fox News on Sunday.",
        "The expected turnout was low.",                         // no "be ... expected to"
        "He asked the crowd to stand.",                          // a speaker asks: other rules' business
        "It seems.",                                             // nothing claimed
        "The results were as expected.",                         //
    };
    for (const char* s : sentences) {
        INFO(s);
        const auto d = raw(s);
        for (const auto& a : d.items)
            CHECK(a.speaker.has_value());
    }
}

TEST_CASE("a cue another rule already used is not made source-less too", "[no-source]") {
    // "asked" with a speaker belongs to the verb rules; no second record without a speaker.
    const auto d = raw("Reporters asked whether the deal was dead, and the senator said it was.");
    for (const auto& a : d.items)
        if (a.cue && a.cue->text.find("asked") != std::string::npos) CHECK(a.speaker.has_value());
}
