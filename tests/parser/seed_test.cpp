// The seed article (examples/reuters-cyber.txt): the rows of ../shared/seeds/EXPECTED.md that issue 2
// requires (1-5, 7-13, 15-17) and the listed non-attributions.
#include "helpers.hpp"
#include "test_paths.hpp"

#include <claimgraph/parser/extract.hpp>

#include <string>

using claimgraph::attribution;
using claimgraph::attribution_kind;
using claimgraph::cue_class;
using claimgraph::speaker_type;

namespace {

struct seed_row {
    int row;
    std::string_view speaker;      ///< the speaker mention
    std::string_view cue;          ///< the cue mention ("" for the continuation paragraph)
    std::string_view claim_begins; ///< the claim starts with this
    std::string_view claim_ends;   ///< ... and ends with this
    attribution_kind kind;
    std::string_view outlet;
};

const seed_row rows[] = {
    {1, "Andrey Krutskikh", "citing", "Moscow and Washington are in talks",
     "joint cyber security working group", attribution_kind::indirect, "RIA"},
    {2, "Krutskikh", "said", "The talks are underway ...", "having such contacts", attribution_kind::direct,
     "RIA"},
    {3, "Svetlana Lukash", "said",
     "Russian President Vladimir Putin and U.S. President Donald Trump had agreed",
     "or as part of a working group", attribution_kind::indirect, "Reuters"},
    {4, "U.S. and European intelligence and security officials", "told",
     "they were not participating in the talks",
     "which they said were confined to mid-level political officials", attribution_kind::indirect, "Reuters"},
    {5, "One of the officials", "said", "cooperation on cyber security was a “pipe dream”",
     "hacked last year’s U.S. presidential election", attribution_kind::mixed, "Reuters"},
    {7, "Thomas Bossert", "told reporters", "it would be premature to suggest",
     "cyber security “partnership.”", attribution_kind::mixed, "Reuters"},
    {8, "he", "said", "A partnership suggests that you’ve reached a place", "ideals and goals and behaviors",
     attribution_kind::direct, "Reuters"},
    {9, "Bossert", "said", "I don’t believe that the United States and Russia",
     "that point yet in cyberspace", attribution_kind::direct, "Reuters"},
    {10, "Bossert", "", "And until we do, we wouldn’t have the conversation", "that’s where we’ll start.",
     attribution_kind::direct, "Reuters"},
    {11, "Trump", "said", "he had discussed the idea of creating such a group",
     "with Putin at the Hamburg summit", attribution_kind::indirect, "Reuters"},
    {12, "Senior U.S. Republicans", "saying", "Moscow could not be trusted", "Moscow could not be trusted",
     attribution_kind::indirect, "Reuters"},
    {13, "Trump", "saying in a post on Twitter", "The fact that President Putin and I discussed", "It can’t.",
     attribution_kind::direct, "Twitter"},
    {15, "Rob Joyce", "told reporters", "no final decision had been made",
     "Office of the Coordinator for Cyber Issues", attribution_kind::indirect, "Reuters"},
    {16, "Rob Joyce", "said", "the State Department would continue to play a prominent role",
     "brokering international agreements", attribution_kind::indirect, "Reuters"},
    {17, "Joyce", "said", "I am confident that Secretary Tillerson", "is not going to impair cyber security",
     attribution_kind::direct, "Reuters"},
};

bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

const attribution* find_row(const claimgraph::document_attributions& d, const seed_row& r) {
    for (const auto& a : d.items)
        if (starts_with(a.content.text, r.claim_begins) && ends_with(a.content.text, r.claim_ends))
            return &a;
    return nullptr;
}

} // namespace

TEST_CASE("seed article: the required rows of EXPECTED.md", "[seed]") {
    const auto text = claimgraph::test::seed_original();
    const auto d = claimgraph::extract("reuters-cyber", text);
    CHECK(d.publisher == "Reuters");
    CHECK(d.form == claimgraph::text_form::raw);
    for (const auto& r : rows) {
        INFO("EXPECTED.md row " << r.row);
        const auto* a = find_row(d, r);
        REQUIRE(a != nullptr);
        REQUIRE(a->speaker);
        CHECK(a->speaker->text == r.speaker);
        CHECK(text.substr(a->speaker->begin, a->speaker->end - a->speaker->begin) == r.speaker);
        if (r.cue.empty()) {
            CHECK(!a->cue);
            CHECK(a->cue_type == cue_class::none);
        } else {
            REQUIRE(a->cue);
            CHECK(a->cue->text == r.cue);
            CHECK(text.substr(a->cue->begin, a->cue->end - a->cue->begin) == r.cue);
        }
        CHECK(text.substr(a->content.begin, a->content.end - a->content.begin) == a->content.text);
        CHECK(a->kind == r.kind);
        CHECK(a->outlet == r.outlet);
        CHECK(a->canonical.empty());
    }
}

TEST_CASE("seed article: speaker details", "[seed]") {
    const auto d = claimgraph::extract("reuters-cyber", claimgraph::test::seed_original());
    auto by_claim = [&](std::string_view begins) -> const attribution& {
        for (const auto& a : d.items)
            if (starts_with(a.content.text, begins))
                return a;
        FAIL("no record for " << begins);
        return d.items.front();
    };
    const auto& r1 = by_claim("Moscow and Washington");
    CHECK(r1.cited_by == "RIA");
    CHECK(r1.cue_type == cue_class::citing);
    REQUIRE(r1.roles.size() == 1);
    CHECK(r1.roles[0] == "special presidential envoy on cyber security");
    const auto& r5 = by_claim("cooperation on cyber security");
    CHECK(r5.type == speaker_type::anonymous);
    const auto& r7 = by_claim("it would be premature");
    REQUIRE(!r7.roles.empty());
    CHECK(r7.roles[0] == "Trump’s top counterterrorism adviser");
    const auto& r8 = by_claim("A partnership suggests");
    CHECK(r8.type == speaker_type::pronoun);
    const auto& r12 = by_claim("Moscow could not be trusted");
    CHECK(r12.type == speaker_type::group);
    const auto& r15 = by_claim("no final decision");
    REQUIRE(!r15.roles.empty());
    CHECK(r15.roles[0] == "White House cyber coordinator");
}

TEST_CASE("seed article: non-attributions stay out", "[seed]") {
    const auto d = claimgraph::extract("reuters-cyber", claimgraph::test::seed_original());
    for (const auto& a : d.items) {
        INFO("record: " << (a.speaker ? a.speaker->text : "-") << " | " << a.content.text);
        const std::string_view sp = a.speaker ? std::string_view(a.speaker->text) : std::string_view{};
        CHECK(sp.find("Painter") == std::string_view::npos);
        CHECK(a.content.text.find("is leaving his post") == std::string::npos);
        CHECK(a.content.text.find("scheduled to testify") == std::string::npos);
        CHECK(a.content.text.find("appeared to back away") == std::string::npos);
        CHECK(sp != "I");
        CHECK(sp != "President Putin");
        // "President Putin and I discussed" is inside Trump's quote: only that one record contains it.
        if (a.content.text.find("President Putin and I discussed") != std::string::npos)
            CHECK(sp == "Trump");
    }
}

TEST_CASE("seed article: an accented speaker name is kept byte for byte", "[seed]") {
    auto text = claimgraph::test::seed_original();
    const std::string from = "Svetlana Lukash", to = "Svetlana Lukàsh-Ørsted";
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    const auto d = claimgraph::extract("reuters-cyber", text);
    bool found = false;
    for (const auto& a : d.items)
        if (a.speaker && a.speaker->text == to) {
            found = true;
            CHECK(text.substr(a.speaker->begin, a.speaker->end - a.speaker->begin) == to);
            CHECK(starts_with(a.content.text, "Russian President Vladimir Putin"));
        }
    CHECK(found);
}
