// "say" with a noun-phrase clause and no "that" (docs/GRAMMAR.md, "Say with a noun-phrase clause"): the
// clause's verb may sit inside a quotation, be a present-tense verb in -s or an irregular past; an object of "say" ("said a
// prayer") stays silent. Sentences are written for the tests in news style.
#include "helpers.hpp"

using claimgraph::attribution_kind;
using claimgraph::extract;
using claimgraph::form_choice;
using claimgraph::test::check_case;
using claimgraph::test::pattern_case;
using claimgraph::test::records;

TEST_CASE("say: the clause's verb inside a quotation", "[say]") {
    const pattern_case cases[] = {
        {"The mayor said the residents of the flooded valley “have waited long enough for help.”", "The mayor",
         "said", "the residents of the flooded valley “have waited long enough for help.”",
         attribution_kind::mixed},
        {"Governor Ann Lee says the new budget “protects the schools first.”", "Ann Lee", "says",
         "the new budget “protects the schools first.”", attribution_kind::mixed},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("say: a present-tense verb of the clause", "[say]") {
    const pattern_case cases[] = {
        {"Senator Jane Doe says the new levy on imports hurts farmers in the state.", "Jane Doe", "says",
         "the new levy on imports hurts farmers in the state"},
        {"The union said the proposed contract leaves nurses without overtime pay.", "The union", "said",
         "the proposed contract leaves nurses without overtime pay"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("say: an irregular past verb of the clause", "[say]") {
    const pattern_case cases[] = {
        {"The clerk said the county office never shut its doors on election day.", "The clerk", "said",
         "the county office never shut its doors on election day"},
        {"A spokesman said the minister stood by his earlier remarks.", "A spokesman", "said",
         "the minister stood by his earlier remarks"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("say: an object, not a clause, stays silent", "[say]") {
    CHECK(records("The pastor said a few words at the start of the service.") == 0);
    CHECK(records("The crowd said the names of the victims aloud.") == 0);
    CHECK(records("The senator said a prayer for the families of the victims.") == 0);
}

TEST_CASE("say: poll shares as subjects", "[say]") {
    const pattern_case cases[] = {
        {"Even so, three-quarters of the voters said they were worried about jobs.", "three-quarters of the voters",
         "said", "they were worried about jobs"},
        {"The race is close, and 4 in 10 said they had not decided.", "4 in 10", "said", "they had not decided"},
    };
    for (const auto& c : cases)
        check_case(c);
    // "in" between other words still ends the subject: no record names "rally in Ohio".
    const auto d = extract("t", "The rally in Ohio said nothing new.", {form_choice::raw});
    CHECK(d.items.empty());
}

TEST_CASE("say: a sentence-initial \"And\" opens the clause", "[say]") {
    const pattern_case cases[] = {
        {"And she said she was tired of the delays.", "she", "said", "she was tired of the delays"},
        {"And the mayor said the bridge would reopen in May.", "the mayor", "said",
         "the bridge would reopen in May"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("say: subjects headed by common news nouns", "[say]") {
    const pattern_case cases[] = {
        {"One delegate said he could not give away his guest passes.", "One delegate", "said",
         "he could not give away his guest passes"},
        {"Many women said they had waited hours to vote.", "Many women", "said", "they had waited hours to vote"},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("say: a title-case headline", "[say]") {
    check_case({"Governor Lee Says He Will Sign The Budget Bill", "Lee", "Says",
                "He Will Sign The Budget Bill"});
    // A capitalised "Said" inside a name or before a lower-case word stays no cue.
    CHECK(records("Simon Said is the name of the band.") == 0);
}
