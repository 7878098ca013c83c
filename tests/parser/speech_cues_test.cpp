// Speech-cue rules of session 4 (docs/GRAMMAR.md, "Speech cues: session 4"). Sentences are written for the
// tests in news style; each rule has negative cases.
#include "helpers.hpp"

using claimgraph::extract;
using claimgraph::form_choice;
using claimgraph::test::check_case;
using claimgraph::test::pattern_case;
using claimgraph::test::cues;

TEST_CASE("speech cues: a coordinated cue after a comma and a conjunction", "[speech-cues]") {
    const pattern_case cases[] = {
        {"He called the actions lawful, and said there was no attempt to avoid the rules.", "He", "said",
         "there was no attempt to avoid the rules"},
        {"The mayor met the board on Monday, but said the budget would not change.", "The mayor", "said",
         "the budget would not change"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("speech cues: a bare possessive apostrophe inside a said-the clause", "[speech-cues]") {
    check_case({"He said the key to Republicans' hopes was turnout.", "He", "said",
                "the key to Republicans' hopes was turnout"});
    check_case({"She said the voters\xE2\x80\x99 mood had turned sour.", "She", "said",
                "the voters\xE2\x80\x99 mood had turned sour"});
    // Still no clause verb: the object of "said".
    CHECK(cues("He said the players' names aloud.").find("said") == std::string::npos);
}

TEST_CASE("speech cues: a parenthetical cue before a short predicate", "[speech-cues]") {
    check_case({"This campaign, he says, is different.", "he", "says", "This campaign, he says, is different"});
    // A participle after the interruption is another record's cue, not the claim.
    CHECK(cues("The plan, he said, adding nothing.").find("said") == std::string::npos);
}

TEST_CASE("speech cues: a short subject of any shape between commas", "[speech-cues]") {
    const pattern_case cases[] = {
        {"To win their votes, participants said, the party must close the centers.", "participants", "said",
         "To win their votes, participants said, the party must close the centers"},
        {"Her fate hinges on the economy, analyst says.", "analyst", "says", "Her fate hinges on the economy"},
        {"That attitude, many argue, could carry legal risks.", "many", "argue",
         "That attitude, many argue, could carry legal risks"},
    };
    for (const auto& c : cases)
        check_case(c);
    // Nouns that look like cues stay silent: "secretary of state", "smaller, whiter states".
    CHECK(cues("Only one of those jobs, secretary of state, involves executive work.").empty());
    CHECK(cues("He may win a few contests in smaller, whiter states, but she leads.").empty());
    CHECK(cues("Welcome to the season of the big, political personal finance promises.").empty());
}

TEST_CASE("speech cues: circumstance after a sentence-final cue", "[speech-cues]") {
    const pattern_case cases[] = {
        {"Democrats had made history at the convention, she said in a video message to the delegates.", "she",
         "said", "Democrats had made history at the convention"},
        {"The governor was pro Kasich while he was running, he said Wednesday morning on MSNBC.", "he", "said",
         "The governor was pro Kasich while he was running"},
    };
    for (const auto& c : cases)
        check_case(c);
    // An introductory phrase is not a claim; a clause after the cue is not circumstance.
    CHECK(cues("In a changing economy, voters still believe in the dream.").find("believe") ==
          std::string::npos);
    CHECK(cues("Friday morning, as the parade rolled on, CNN reported on its website.").find("reported") ==
          std::string::npos);
}

TEST_CASE("speech cues: a titled appositive between commas is not a subject of its own", "[speech-cues]") {
    std::string speakers;
    for (const auto& a :
         extract("t", "Prices will rise, Jim Miller, president of NAWG said.", {form_choice::raw}).items)
        speakers += (a.speaker ? a.speaker->text : std::string("-")) + ";";
    CHECK(speakers.find("NAWG") == std::string::npos);
}

TEST_CASE("speech cues: an auxiliary ends the speaker after an inverted cue", "[speech-cues]") {
    // "..., said Mr. Trump had ..." is the clause of the subject before the cue, not an inverted speaker.
    check_case({"Mr. Coffman, who represents a swing district, said Mr. Trump had insulted the troops.", "Coffman",
                "said", "Mr. Trump had insulted the troops"});
}

TEST_CASE("speech cues: a description then the name between commas", "[speech-cues]") {
    const pattern_case cases[] = {
        {"The author of the book, Mitchell Zuckoff, said he stands by the account.", "Mitchell Zuckoff", "said",
         "he stands by the account"},
        {"Another delegate on the Cruz slate, Jim Poolman, said he was only leaning toward Cruz.",
         "Jim Poolman", "said", "he was only leaning toward Cruz"},
        {"Mr. Trump's former campaign manager, Corey Lewandowski, said the aide should be fired.",
         "Corey Lewandowski", "said", "the aide should be fired"},
    };
    for (const auto& c : cases)
        check_case(c);
    const auto d = extract("t", "The author of the book, Mitchell Zuckoff, said he stands by the account.",
                           {form_choice::raw});
    REQUIRE(d.items.size() == 1);
    REQUIRE(d.items[0].roles.size() == 1);
    CHECK(d.items[0].roles[0] == "author of the book");
    // A place before the comma is no description of a person.
    CHECK(cues("In the town of Ames, Iowa, said the rally was over.").find("said") == std::string::npos);
}

TEST_CASE("speech cues: the addressee of tell runs to a subject pronoun", "[speech-cues]") {
    const pattern_case cases[] = {
        {"Podesta told the AP his firm worked closely with the nonprofit.", "Podesta", "told the AP",
         "his firm worked closely with the nonprofit"},
        {"He tells audiences she may be prosecuted over her email server.", "He", "tells audiences",
         "she may be prosecuted over her email server"},
        {"Gillibrand told host Chris Cuomo she believed the transcript would come out.", "Gillibrand",
         "told host Chris Cuomo", "she believed the transcript would come out"},
    };
    for (const auto& c : cases)
        check_case(c);
    // "told him to ..." stays a request; a pronoun followed by "to" is no clause.
    CHECK(cues("She told the story of her family to them.").find("told") == std::string::npos);
}

TEST_CASE("speech cues: a coordinated verb of saying ends the claim before it", "[speech-cues]") {
    const pattern_case cases[] = {
        {"Kirsch told the AP her group never worked with him and said the group hired lobbyists on its own.",
         "Kirsch", "told the AP", "her group never worked with him"},
        {"Kirsch told the AP her group never worked with him and said the group hired lobbyists on its own.",
         "Kirsch", "said", "the group hired lobbyists on its own"},
        {"Clinton praised Garland and said Republicans should give him a hearing.", "Clinton", "said",
         "Republicans should give him a hearing"},
        {"Lazar said he welcomed extradition and added, \"I'll plead guilty, no problem.\"", "Lazar", "added",
         "I'll plead guilty, no problem.", claimgraph::attribution_kind::direct},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("speech cues: a quoted programme title before that", "[speech-cues]") {
    check_case({"Sanders said on ABC's \xE2\x80\x9CThis Week\xE2\x80\x9D that he would take a look at the bill.",
                "Sanders", "said", "he would take a look at the bill"});
}
