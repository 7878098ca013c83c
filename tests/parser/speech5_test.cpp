// Speech-cue rules of session 5 (docs/GRAMMAR.md, "Speech cues: session 5"). Sentences are written for the
// tests in news style; each rule has a negative case.
#include "helpers.hpp"

using claimgraph::extract;
using claimgraph::form_choice;
using claimgraph::test::check_case;
using claimgraph::test::cues;
using claimgraph::test::find_by_claim;
using claimgraph::test::pattern_case;

TEST_CASE("speech5: an appositive chain after an inverted final cue", "[speech5]") {
    check_case({"The plant is under intense pressure from imports, said Maria Lopez, an analyst at the firm, who "
                "follows the steel industry.",
                "Maria Lopez", "said", "The plant is under intense pressure from imports"});
    check_case({"Nor are tariffs likely to bring these jobs back, said David Ortiz, a professor of economics, who "
                "studies trade.",
                "David Ortiz", "said", "Nor are tariffs likely to bring these jobs back"});
    // The words before the comma are the subject: the clause after the cue is the claim, not a speaker.
    const auto d = extract("t", "The senator's former aide, John Smith, said the staff member who replaced him, "
                                "Paul Jones, should be fired.",
                           {form_choice::raw});
    const auto* a = find_by_claim(d, "the staff member who replaced him, Paul Jones, should be fired");
    REQUIRE(a != nullptr);
    REQUIRE(a->speaker);
    CHECK(a->speaker->text != "the staff member");
}

TEST_CASE("speech5: a participle with that and a preposition opening the claim", "[speech5]") {
    check_case({"Mr. Obama revised his plans in October, saying that about 5,500 troops would remain.", "Obama",
                "saying", "about 5,500 troops would remain"});
    check_case({"He went further on Tuesday, saying that in his career there were many abuses.", "He", "saying",
                "in his career there were many abuses"});
    // Without "that" a preposition is still no claim.
    CHECK(cues("He left the room, saying in a loud voice.").find("saying") == std::string::npos);
}

TEST_CASE("speech5: a time phrase before a pronoun subject", "[speech5]") {
    const pattern_case cases[] = {
        {"In 2010 she said the decision was a mistake.", "she", "said", "the decision was a mistake"},
        {"On Monday he said he would consider closing the office.", "he", "said",
         "he would consider closing the office"},
        {"Then he described his visit to the border.", "he", "described", "his visit to the border"},
    };
    for (const auto& c : cases)
        check_case(c);
    // Inside a clause the time phrase does not open the subject.
    CHECK(cues("The vote in 2010 she said was a mistake.").find("said") == std::string::npos);
}

TEST_CASE("speech5: a poll share as the subject of saying", "[speech5]") {
    check_case({"Trump has improved his standing, with 30 percent of voters saying they have a positive view of "
                "him.",
                "30 percent of voters", "saying", "they have a positive view of him"});
    check_case({"Few voters cared, with three in 10 saying the choice would have no effect on their vote.",
                "three in 10", "saying", "the choice would have no effect on their vote"});
    // Not a share: no subject.
    CHECK(cues("The race tightened, with reporters saying nothing.").empty());
}

TEST_CASE("speech5: a quotation right after the article of a said clause", "[speech5]") {
    check_case({"John McCain says the \xE2\x80\x9Cloose talk\xE2\x80\x9D in the campaign skips over the facts.",
                "John McCain", "says", "the \xE2\x80\x9Cloose talk\xE2\x80\x9D in the campaign skips over the facts",
                claimgraph::attribution_kind::mixed});
    // A quoted word with no clause verb after it is the object of "said".
    CHECK(cues("He said the \xE2\x80\x9Cword\xE2\x80\x9D again.").empty());
}

TEST_CASE("speech5: a finite verb ends the run of words before that", "[speech5]") {
    check_case({"Her confidants say it is only fitting that she now faces him.", "Her confidants", "say",
                "it is only fitting that she now faces him"});
    // An addressee run still reaches "that".
    check_case({"Rubio told a crowd in Miami Tuesday that he knows the state.", "Rubio",
                "told a crowd", "he knows the state"});
}

TEST_CASE("speech5: a sentence adverb or conjunction is not part of the speaker", "[speech5]") {
    const pattern_case cases[] = {
        {"Yet Bloomberg says it started marking down her wealth in February.", "Bloomberg", "says",
         "it started marking down her wealth in February"},
        {"Even Lindsey Graham said Kasich would be the better candidate.", "Lindsey Graham", "said",
         "Kasich would be the better candidate"},
    };
    for (const auto& c : cases)
        check_case(c);
    // The subject of a participle too.
    check_case({"Then she shattered party norms, pledging that her father would change the rules.", "she",
                "pledging", "her father would change the rules"});
}

TEST_CASE("speech5: a one-word name in -ing is a speaker", "[speech5]") {
    check_case({"\xE2\x80\x9CWe live in Chicago,\xE2\x80\x9D Ebeling said.", "Ebeling", "said", "We live in Chicago",
                claimgraph::attribution_kind::direct});
    check_case({"Schilling said the post was not his.", "Schilling", "said", "the post was not his"});
    // A participle opening the sentence is still no speaker.
    CHECK(cues("Having said that, the senator left the room.").empty());
}

TEST_CASE("speech5: a full name then of and a description", "[speech5]") {
    check_case({"\xE2\x80\x9CThere is a passion for Donald,\xE2\x80\x9D said Robert Antonacci of the New York "
                "delegation.",
                "Robert Antonacci", "said", "There is a passion for Donald", claimgraph::attribution_kind::direct});
}

TEST_CASE("speech5: as X noted with the claim after or before the comma", "[speech5]") {
    const pattern_case cases[] = {
        {"As the paper noted, it is surprising because Trump has not always praised China.", "the paper", "noted",
         "it is surprising because Trump has not always praised China"},
        {"But as Clyburn noted, those voters will give Sanders a second look.", "Clyburn", "noted",
         "those voters will give Sanders a second look"},
        {"Invoking Weimar Germany is a classic scare tactic, as David Dayen noted.", "David Dayen", "noted",
         "Invoking Weimar Germany is a classic scare tactic"},
    };
    for (const auto& c : cases)
        check_case(c);
    // "as" as a time conjunction with a verb that is no cue: the main clause has its own record.
    check_case({"As the storm neared, officials said the roads would close.", "officials", "said",
                "the roads would close"});
    CHECK(cues("As the storm neared, officials said the roads would close.") == "said;");
}

TEST_CASE("speech5: a participle after by or while takes the clause subject", "[speech5]") {
    check_case({"Trump landed himself in hot water last week by saying that the judge could not be impartial.",
                "Trump", "saying", "the judge could not be impartial"});
    check_case({"Bolton had a comparable assessment of the record, while saying that the speech reassured him.",
                "Bolton", "saying", "the speech reassured him"});
    // A preposition after the participle is no claim.
    CHECK(cues("The senator spoke for an hour before saying goodbye.").empty());
}

TEST_CASE("speech5: a quantifier before a plural head opens a speaker", "[speech5]") {
    check_case({"Several Democratic operatives said they expect fake information.", "Several Democratic operatives",
                "said", "they expect fake information"});
    check_case({"Many reporters noted on Twitter the change from the usual slogan.", "Many reporters",
                "noted on Twitter", "the change from the usual slogan"});
}

TEST_CASE("speech5: an age is a modifier of the speaker", "[speech5]") {
    check_case({"\xE2\x80\x9C" "Donald is an amazing leader,\xE2\x80\x9D said the 46-year-old.", "the 46-year-old",
                "said", "Donald is an amazing leader", claimgraph::attribution_kind::direct});
    check_case({"82-year-old Richard Viguerie said the party must unite.", "Richard Viguerie", "said",
                "the party must unite"});
    // Other numbers are still no speaker.
    CHECK(cues("\xE2\x80\x9CWe won,\xE2\x80\x9D said the 46.").empty());
}

TEST_CASE("speechb5: a circumstance and a comma between the cue and a quotation", "[speech5]") {
    const pattern_case cases[] = {
        {"Sanders asks at a high school in Iowa, “Any questions I can answer?”", "Sanders", "asks",
         "Any questions I can answer?", claimgraph::attribution_kind::direct},
        {"Michael Dell said last week in Tel Aviv, “Israel is the center of the world.”", "Michael Dell", "said",
         "Israel is the center of the world.", claimgraph::attribution_kind::direct},
    };
    for (const auto& c : cases)
        check_case(c);
    // A clause before the comma: the quotation is no claim of the cue.
    const auto d = extract("t", "He said in Ohio that he would win, “We will win.”", {form_choice::raw});
    CHECK(find_by_claim(d, "We will win.") == nullptr);
}
