// Source-less attributions, "according to" with a record inside its claim, and quotations with unusual cues
// (docs/GRAMMAR.md, "Source-less records and according-to (session 4)"). Sentences are written for the tests
// in news style.
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
constexpr auto mixed = attribution_kind::mixed;
} // namespace

TEST_CASE("according to after a clause with its own record attributes the whole clause", "[grammar][according]") {
    const pattern_case cases[] = {
        {"HarperCollins declined to renew the offer, according to a publishing executive.",
         "a publishing executive", "according to", "HarperCollins declined to renew the offer", indirect},
        {"“We will not back down,” the witness said, according to the report.", "the report", "according to",
         "“We will not back down,” the witness said", mixed},
    };
    for (const auto& c : cases)
        check_case(c);
    // The inner record stays.
    const auto d = extract("t", "HarperCollins declined to renew the offer, according to a publishing executive.",
                           raw());
    CHECK(find_by_claim(d, "to renew the offer") != nullptr);
    // A named outlet stays the outlet of the inner record (EXPECTED.md row 2): no outer record.
    const auto e = extract("t", "“The talks are underway,” Krutskikh said, according to RIA.", raw());
    CHECK(e.items.size() == 1);
    // Not when the phrase sits inside the clause: "..., according to X, and ..." with no comma-clause end.
    CHECK_FALSE(has_cue("The witness said the deal was off according to the report filed on Monday.",
                        "according to"));
}

TEST_CASE("according to after an opening word or a dash and with a source after by or from", "[grammar][according]") {
    const pattern_case cases[] = {
        {"But according to the poll, 46 percent of Republican voters remain undecided.", "the poll",
         "according to", "46 percent of Republican voters remain undecided", indirect},
        {"In addition, according to the department, nine million more workers will be protected.",
         "the department", "according to", "nine million more workers will be protected", indirect},
        {"In 2014, the town had 115 instances of violent crime — according to the FBI.", "FBI", "according to",
         "In 2014, the town had 115 instances of violent crime", indirect},
        {"Turnout rose sharply this year, according to an analysis by the Pew Research Center.",
         "Pew Research Center", "according to", "Turnout rose sharply this year", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A clause before the phrase keeps the claim before it.
    check_case({"The minister resigned on Monday, according to Le Monde’s report, and left the city.",
                "Le Monde’s report", "according to", "The minister resigned on Monday", indirect});
}

TEST_CASE("verbs of the manner of saying next to a quotation", "[grammar][quote-cue]") {
    constexpr auto direct = attribution_kind::direct;
    const pattern_case cases[] = {
        {"“Anybody but Trump,” read one sign.", "one sign", "read", "Anybody but Trump", direct},
        {"“They stole the country,” the man shouted, using an expletive.", "the man", "shouted",
         "They stole the country", direct},
        {"Some supporters chanted “USA! USA!”", "Some supporters", "chanted", "USA! USA!", direct},
        {"Mr. Christie gloated: “I told you he would not be ready.”", "Christie", "gloated",
         "I told you he would not be ready.", direct},
        {"As Professor Foner put it: “The country does a better job.”", "Foner", "put it",
         "The country does a better job.", direct},
        {"“Jeb wants to be a tough guy tonight,” Trump shot back.", "Trump", "shot back",
         "Jeb wants to be a tough guy tonight", direct},
        {"The protesters interrupted her speech, shouting “she wins, we lose!”", "The protesters", "shouting",
         "she wins, we lose!", direct},
    };
    for (const auto& c : cases)
        check_case(c);
    // Without a quotation next to them these words are no cues.
    CHECK_FALSE(has_cue("The senator shouted at the crowd and read the bill aloud.", "shouted"));
    CHECK_FALSE(has_cue("The senator shouted at the crowd and read the bill aloud.", "read"));
    CHECK_FALSE(has_cue("The bill was read into the record on Monday.", "read"));
    CHECK_FALSE(has_cue("Congress put it on hold for a year.", "put it"));
    CHECK_FALSE(has_cue("The critics fired back at the governor on Monday.", "fired back"));
    // A noun after a possessive or adjective: "his recent reads".
    CHECK_FALSE(has_cue("One of his recent reads, “This Kind of War,” drove that point home.", "reads"));
}

TEST_CASE("hedges with a relative subject or a negated modal stay silent", "[grammar][belief]") {
    CHECK_FALSE(has_cue("The party is split between a base that appears to dislike the nominee and its donors.",
                        "appears"));
    CHECK_FALSE(has_cue("Voters wondered about what appeared to be a protracted fight for delegates.", "appeared"));
    CHECK_FALSE(has_cue("He just cannot seem to convince the voters in Iowa.", "seem"));
    CHECK_FALSE(has_cue("The ruling appeared to contradict the earlier decision of the court.", "appeared"));
    // A plain subject stays a hedge.
    check_case({"After the hearing, the committee seemed to be shifting its focus to the aides.", "", "seemed",
                "the committee seemed to be shifting its focus to the aides", indirect});
}

TEST_CASE("passive verbs of saying and judging without an agent are source-less", "[grammar][passive]") {
    const pattern_case cases[] = {
        {"Roof is accused of killing nine people inside the church.", "", "is accused of",
         "Roof is accused of killing nine people inside the church", indirect},
        {"Sanders was declared the winner in New Hampshire.", "", "was declared",
         "Sanders was declared the winner in New Hampshire", indirect},
        {"Mrs. Clinton is widely seen as more capable of dealing with a crisis.", "", "is widely seen as",
         "Mrs. Clinton is widely seen as more capable of dealing with a crisis", indirect},
        {"It was revealed in March that she had used a personal email account.", "", "It was revealed",
         "she had used a personal email account", indirect},
        {"The governor has been charged with assault.", "", "has been charged with",
         "The governor has been charged with assault", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    const auto d = extract("t", "Mrs. Clinton is widely seen as more capable of dealing with a crisis.", raw());
    REQUIRE(!d.items.empty());
    CHECK(d.items[0].cue_type == cue_class::opinion);
    // An agent, a wish or a possibility, an unlisted verb, or a claim of another record: no such record.
    CHECK_FALSE(has_cue("He was accused by a reporter of grabbing her arm.", "was accused"));
    CHECK_FALSE(has_cue("The senator wants to be seen as the leader of the party.", "be seen as"));
    CHECK_FALSE(has_cue("The plan can be seen as a concession to the left.", "be seen as"));
    CHECK_FALSE(has_cue("The bill was considered a long shot.", "was considered"));
    const auto e = extract("t", "Mr. Trump is seen as a bully, the mayor said.", raw());
    REQUIRE(e.items.size() == 1);
    CHECK(e.items[0].speaker);
}

TEST_CASE("known for and seem like", "[grammar][passive]") {
    check_case({"Ginsburg is known for speaking her mind on other issues.", "", "is known for",
                "Ginsburg is known for speaking her mind on other issues", indirect});
    check_case({"The idea seems like a contradiction to many Republicans.", "", "seems",
                "The idea seems like a contradiction to many Republicans", indirect});
    CHECK_FALSE(has_cue("The agent was known to the police.", "was known"));
}

TEST_CASE("asked with a time or place phrase before the question and after a comma", "[grammar][asked]") {
    check_case({"Asked at a briefing Monday about her future role, the spokesman praised her.", "",
                "Asked at a briefing Monday about", "her future role", indirect});
    check_case({"When asked whom she supported, Ms. Sherry smiled.", "", "asked", "whom she supported", indirect});
    check_case({"“It has been seven years,” McCain said, asked about the delay.", "", "asked about", "the delay",
                indirect});
    CHECK_FALSE(has_cue("He asked Tuesday for more time.", "asked"));
}

TEST_CASE("a passive report with its agent after by", "[grammar][according]") {
    check_case({"As reported by Western Journalism, there are 150 delegates at stake in the contests.",
                "Western Journalism", "As reported", "there are 150 delegates at stake in the contests", indirect});
    check_case({"News of the move was first reported by the Miami Herald.", "Miami Herald", "was first reported",
                "News of the move", indirect});
    // Not when more follows the agent, nor with a relative pronoun as the subject.
    CHECK_FALSE(has_cue("The story was reported by a local station in Ohio on Monday.", "was reported"));
    CHECK_FALSE(has_cue("It was first reported by the Miami Herald.", "was first reported"));
}
