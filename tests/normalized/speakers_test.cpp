// The normalized grammar's speaker rules of session 3: poll shares, the relative pronoun "who", a short
// sentence adverb before "x said", a quotation after the cue when the words before the speaker are an
// earlier record's claim, a described title before a name, an adverb between subject and cue. Each rule with
// positive and negative cases on short sentences put through normalize() (so the spaces are exactly what the
// ISOT clean-up leaves).
#include <claimgraph/parser/extract.hpp>
#include <claimgraph/parser/normalize.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using claimgraph::attribution;
using claimgraph::document_attributions;
using claimgraph::speaker_type;

namespace {

document_attributions run(std::string_view raw, std::string& text) {
    text = claimgraph::normalize(raw).text;
    return claimgraph::extract("t", text, {claimgraph::form_choice::normalized});
}

/// The record whose speaker is exactly `speaker`, or nullptr.
const attribution* by_speaker(const document_attributions& d, std::string_view speaker) {
    for (const attribution& a : d.items)
        if (a.speaker && a.speaker->text == speaker) return &a;
    return nullptr;
}

bool any_speaker_contains(const document_attributions& d, std::string_view part) {
    for (const attribution& a : d.items)
        if (a.speaker && a.speaker->text.find(part) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("normalized speakers: poll shares say", "[normalized][speakers][poll]") {
    struct row {
        std::string_view raw, speaker, claim;
    };
    const row rows[] = {
        {"Still, 46 percent of registered voters say they would consider him.", "percent of registered voters",
         "they would consider him"},
        {"Two in three said they were less likely to vote Republican.", "two in three",
         "they were less likely to vote republican"},
        {"Among Democrats, about six in 10 say the economy matters most.", "about six in",
         "the economy matters most"},
        {"Nearly two thirds of primary voters said Wall Street hurts the economy.",
         "nearly two thirds of primary voters", "wall street hurts the economy"},
        {"Even so, nine out of 10 say they will vote.", "nine out of", "they will vote"},
    };
    for (const row& r : rows) {
        std::string text;
        const auto d = run(r.raw, text);
        INFO("normalized: " << text);
        const attribution* a = by_speaker(d, r.speaker);
        REQUIRE(a);
        CHECK(a->content.text == r.claim);
    }
}

TEST_CASE("normalized speakers: a poll share inside a poll's finding is no speaker", "[normalized][speakers][poll]") {
    for (std::string_view raw :
         {"A poll released Friday found that 46 percent of voters said the deal was fair.",
          "In a new Washington Post-ABC News poll, 67 percent of Americans said they disliked him.",
          "The survey showed that two in three said they would stay home."}) {
        std::string text;
        const auto d = run(raw, text);
        INFO("normalized: " << text);
        CHECK_FALSE(any_speaker_contains(d, "percent"));
        CHECK_FALSE(any_speaker_contains(d, "two in three"));
    }
}

TEST_CASE("normalized speakers: 'who' as the speaker of a relative clause", "[normalized][speakers][who]") {
    std::string text;
    auto d = run("Jeb Bush, who said he would stay in the race, lost the primary.", text);
    const attribution* a = by_speaker(d, "who");
    REQUIRE(a);
    CHECK(a->cue->text == "said");
    CHECK(a->content.text == "he would stay in the race");
    CHECK(a->type == speaker_type::person);

    d = run("Sanders won among the voters who said income inequality matters most.", text);
    a = by_speaker(d, "who");
    REQUIRE(a);
    CHECK(a->content.text == "income inequality matters most");

    // generic antecedents, a cue far from the pronoun, and a relative clause inside another claim
    for (std::string_view raw : {"Anyone who says the race is over is wrong.",
                                 "He is a bully who has repeatedly pledged to ban all visitors.",
                                 "She wants a president who says the truth.",
                                 "Cruz said he fought critics who said the plan was unfair."}) {
        d = run(raw, text);
        INFO("normalized: " << text);
        CHECK_FALSE(by_speaker(d, "who"));
    }
}

TEST_CASE("normalized speakers: a sentence adverb before 'x said', the claim after", "[normalized][speakers][lead]") {
    std::string text;
    auto d = run("Still, he said, officials have to decide who gets extra scrutiny.", text);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].speaker->text == "he");
    CHECK(d.items[0].content.text == "officials have to decide who gets extra scrutiny");

    d = run("In fact, she said, it humanizes her.", text);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].content.text == "it humanizes her");

    // three words or more before the speaker are the claim
    d = run("The deal failed badly, he said. Officials will meet again.", text);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].content.text == "the deal failed badly");
}

TEST_CASE("normalized speakers: the quotation after the cue when the words before are taken",
          "[normalized][speakers][taken]") {
    std::string text;
    // (the claim ends at the comma: inside a quotation a comma and a stop look the same)
    auto d = run("Newt Gingrich said it would be a “two-pirate ticket.”\n\nGingrich said, “In many ways, Trump is "
                 "like a pirate.”",
                 text);
    INFO("normalized: " << text);
    REQUIRE(d.items.size() == 2);
    CHECK(d.items[0].speaker->text == "newt gingrich");
    CHECK(d.items[1].speaker->text == "gingrich");
    CHECK(d.items[1].content.text == "in many ways");
    CHECK(d.items[1].kind == claimgraph::attribution_kind::direct);

    // nothing taken before: the quotation before the speaker is the claim (", he said. “...")
    d = run("The talks went well. “We will win,” Gingrich said. “They will lose.”", text);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].content.text == "we will win");
}

TEST_CASE("normalized speakers: a described title before the name", "[normalized][speakers][apposition]") {
    std::string text;
    auto d = run("The firms coordinated. The Podesta Group's CEO, Kimberley Fritts, said the firms had coordinated.",
                 text);
    const attribution* a = by_speaker(d, "kimberley fritts");
    REQUIRE(a);
    CHECK(a->content.text == "the firms had coordinated");
    REQUIRE(a->roles.size() == 1);
    CHECK(a->roles[0] == "the podesta group s ceo");

    d = run("The plan was approved, and Brian Deese, the White House climate adviser, said the work would go on.",
            text);
    a = by_speaker(d, "brian deese");
    REQUIRE(a);
    CHECK(a->content.text == "the work would go on");

    // the segment before is no description of a person: no role taken from it
    d = run("The vote was close, the count slow, Iowa voters said the wait was long.", text);
    a = by_speaker(d, "iowa voters");
    REQUIRE(a);
    CHECK(a->roles.empty());
    d = run("It rained all day in the city, Des Moines officials said the roads were closed.", text);
    for (const attribution& x : d.items) CHECK(x.roles.empty());
}

TEST_CASE("normalized speakers: an adverb between the subject and the cue", "[normalized][speakers][adverb]") {
    std::string text;
    auto d = run("Carter however said he would welcome China's participation.", text);
    const attribution* a = by_speaker(d, "carter");
    REQUIRE(a);
    CHECK(a->content.text == "he would welcome china s participation");
    // "however" opening a clause is no subject
    d = run("However said the word twice.", text);
    CHECK(d.items.empty());
}

TEST_CASE("normalized speakers: an -ly adverb before the cue is no speaker", "[normalized][speakers][adverb]") {
    std::string text;
    auto d = run("The plan stalled. The governor, a Trump ally, effectively acknowledged the plagiarism.", text);
    CHECK_FALSE(by_speaker(d, "effectively"));
    d = run("The governor bluntly said the plan was dead.", text);
    const attribution* a = by_speaker(d, "the governor");
    REQUIRE(a);
    CHECK(a->content.text == "the plan was dead");
    // names in -lly are names
    d = run("Bill O'Reilly said the show would go on.", text);
    CHECK(by_speaker(d, "bill o reilly"));
    d = run("The show ended. Connolly said the show would go on.", text);
    CHECK(by_speaker(d, "connolly"));
}

TEST_CASE("normalized speakers: one word before the speaker, a quotation after the cue",
          "[normalized][speakers][lead]") {
    std::string text;
    auto d = run("The case was odd. “Judge,” Brafman said, “I have never had that happen in any case.”", text);
    INFO("normalized: " << text);
    const attribution* a = by_speaker(d, "brafman");
    REQUIRE(a);
    CHECK(a->content.text == "i have never had that happen in any case");
    CHECK(a->kind == claimgraph::attribution_kind::direct);
    // a claim of its own before the speaker keeps it
    d = run("The case was odd. “It was a bad case,” Brafman said. “I have never seen one.”", text);
    a = by_speaker(d, "brafman");
    REQUIRE(a);
    CHECK(a->content.text == "it was a bad case");
}

TEST_CASE("normalized speakers: after a one-mark gap too, the claim after the cue when the words before are taken",
          "[normalized][speakers][taken]") {
    std::string text;
    auto d = run("Menendez said he does not think the calendar matters. If politics gets complicated now, he said, "
                 "Congress can still pass a simple bill.",
                 text);
    INFO("normalized: " << text);
    REQUIRE(d.items.size() == 2);
    CHECK(d.items[1].speaker->text == "he");
    CHECK(d.items[1].content.text == "congress can still pass a simple bill");
    // nothing taken before: the claim before the speaker
    d = run("Menendez spoke on Monday. The calendar matters a lot, he said. Congress can pass a bill.", text);
    const attribution* a = by_speaker(d, "he");
    REQUIRE(a);
    CHECK(a->content.text == "the calendar matters a lot");
}

TEST_CASE("normalized speakers: according to after a paragraph break opens the sentence",
          "[normalized][speakers][according]") {
    std::string text;
    auto d = run("Turnout was high in every state.\n\nAccording to early results of exit polls, most voters were "
                 "angry about the economy.",
                 text);
    INFO("normalized: " << text);
    const attribution* a = by_speaker(d, "early results of exit polls");
    REQUIRE(a);
    CHECK(a->content.text == "most voters were angry about the economy");
    // a preposition before the gap (a dropped number): the claim before
    d = run("Turnout was high in 2016\n\naccording to exit polls, the paper said.", text);
    for (const attribution& x : d.items)
        if (x.cue && x.cue->text == "according to") CHECK(x.content.text != "the paper said");
}

TEST_CASE("normalized speakers: a long sentence-final according-to source runs to the mark",
          "[normalized][speakers][according]") {
    std::string text;
    auto d = run("Most voters were angry, according to early results of the exit polls conducted for the "
                 "Associated Press and television networks by Edison Research. Turnout was high.",
                 text);
    INFO("normalized: " << text);
    REQUIRE(by_speaker(d, "early results of the exit polls conducted for the associated press and television networks "
                          "by edison research"));
}
