// Speech-verb attributions with longer or unusual subjects (docs/GRAMMAR.md, "Speech verbs: subjects and
// objects"). Sentences are written for the tests in news style; each family has negative cases.
#include "helpers.hpp"

using claimgraph::attribution_kind;
using claimgraph::extract;
using claimgraph::form_choice;
using claimgraph::test::check_case;
using claimgraph::test::pattern_case;
using claimgraph::test::records;
using claimgraph::test::cues;

TEST_CASE("speech subjects: a cue word inside the subject", "[speech]") {
    const pattern_case cases[] = {
        {"Minnesota state delegate Mary Susan said the convention could be a failure.", "Mary Susan", "said",
         "the convention could be a failure"},
        {"Some advocates said the new rules would hurt small clinics.", "Some advocates", "said",
         "the new rules would hurt small clinics"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("speech subjects: a possessive pronoun or an article before the subject", "[speech]") {
    const pattern_case cases[] = {
        {"Hamdy was also headed to Cairo, her friend said.", "her friend", "said",
         "Hamdy was also headed to Cairo"},
        {"His lawyer said the charges would be dropped by the end of the month.", "His lawyer", "said",
         "the charges would be dropped by the end of the month"},
        {"A teary-eyed Bush says he is proud of the campaign he ran.", "Bush", "says",
         "he is proud of the campaign he ran"},
    };
    for (const auto& c : cases)
        check_case(c);
    // A noun that looks like a cue after a possessive phrase is no attribution.
    CHECK(records("He repeated his oft-stated promise to build a border wall.") == 0);
    CHECK(cues("Mississippi, a former Confederate state with a long history, voted.").find("state") ==
          std::string::npos);
}

TEST_CASE("speech subjects: long modifiers before a full name", "[speech]") {
    const pattern_case cases[] = {
        {"The couple were among the passengers, Algerian foreign affairs ministry spokesman Benali Cherif "
         "Abdelaziz said Thursday.",
         "Benali Cherif Abdelaziz", "said", "The couple were among the passengers"},
        {"Republican presidential hopefuls Jeb Bush and Chris Christie say the senator has not been tested.",
         "Jeb Bush and Chris Christie", "say", "the senator has not been tested"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("speech subjects: a titled name after a phrase that opens no clause", "[speech]") {
    const pattern_case cases[] = {
        {"Saturday at the state party convention Sen. Elizabeth Warren said the nominee was a failure in "
         "business.",
         "Elizabeth Warren", "said", "the nominee was a failure in business"},
        {"Vatican spokesman the Rev. Federico Lombardi told reporters Thursday that the pope has no plans to "
         "meet him.",
         "Federico Lombardi", "told reporters", "the pope has no plans to meet him"},
    };
    for (const auto& c : cases)
        check_case(c);
    // After a preposition the name is an object, not the subject.
    CHECK(records("The plan backed by Sen. Elizabeth Warren said little about taxes.") == 0);
}

TEST_CASE("speech objects: note and describe take an object", "[speech]") {
    const pattern_case cases[] = {
        {"Clinton noted the Sept. 11 attacks and her support for first responders.", "Clinton", "noted",
         "the Sept. 11 attacks and her support for first responders"},
        {"Trump on Friday described his intent to lead a big-tent Republican Party.", "Trump", "described",
         "his intent to lead a big-tent Republican Party"},
    };
    for (const auto& c : cases)
        check_case(c);
    CHECK(records("The senator noted.") == 0);
}

TEST_CASE("speech objects: call with a pronoun object and a predicate", "[speech]") {
    const pattern_case cases[] = {
        {"Sen. Bernie Sanders called him divisive.", "Bernie Sanders", "called", "him divisive"},
        {"Others call it the nerd prom.", "Others", "call", "it the nerd prom"},
    };
    for (const auto& c : cases)
        check_case(c);
    CHECK(records("The senator called him back on Tuesday.") == 0);
    CHECK(records("The governor called it off after the storm.") == 0);
    CHECK(records("Her aides called them repeatedly.") == 0);
}

TEST_CASE("speech: organisation names with for, addressees of tell, negated clauses", "[speech]") {
    const pattern_case cases[] = {
        {"The Brennan Center for Justice noted that TV ad spending had reached nearly $2 million.",
         "Brennan Center for Justice", "noted", "TV ad spending had reached nearly $2 million"},
        {"Calabrese told the National Post he has already received hundreds of emails.", "Calabrese",
         "told the National Post", "he has already received hundreds of emails"},
        {"Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.",
         "Ben Carson", "told", "he is not giving up"},
        {"Hewitt suggested Trump hadn’t meant his statement to be taken literally.", "Hewitt", "suggested",
         "Trump hadn’t meant his statement to be taken literally"},
        {"They ask the former secretary of state to make it clear.", "They", "ask", "to make it clear"},
    };
    for (const auto& c : cases)
        check_case(c);
    // "for" after a lower-case word is a preposition: no subject.
    CHECK(records("The money for Justice noted nothing.") == 0);
    CHECK(records("Hewitt suggested a new approach.") == 0);
}

TEST_CASE("speech subjects: a name, then an appositive of several comma-separated pieces", "[speech]") {
    const pattern_case cases[] = {
        {"Greg Raiff, chief executive officer of Private Jet Services, an aviation consulting firm, said the "
         "plane was unusual.",
         "Greg Raiff", "said", "the plane was unusual"},
        {"Ms. Arnold, who helped found EDGE, an environmental justice group based in Philadelphia, said she did "
         "not condone violence.",
         "Arnold", "said", "she did not condone violence"},
    };
    for (const auto& c : cases)
        check_case(c);
    // A list of names is no appositive; a lower-case opening is no name.
    CHECK(records("Ohio, Texas, Florida, and Georgia reported gains.") == 0);
    CHECK(records("In the end, the voters, the donors, the party, said nothing.") == 0);
}
