// Belief and perception cues of session 5 (docs/GRAMMAR.md, "Belief and perception cues: session 5"):
// evidence subjects, object-control complements, loose subjects of belief verbs, each with the cases that
// must stay silent. Sentences are written for the tests in news style.
#include "helpers.hpp"

using claimgraph::attribution_kind;
using claimgraph::test::check_case;
using claimgraph::test::has_cue;
using claimgraph::test::pattern_case;

namespace {
constexpr auto indirect = attribution_kind::indirect;
} // namespace

TEST_CASE("an evidence subject may hold a slash name or a cue noun as its head", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"A CNN/ORC poll of Iowa released on Monday showed Mr. Cruz with a narrow lead.",
         "A CNN/ORC poll of Iowa released on Monday", "showed", "Mr. Cruz with a narrow lead", indirect},
        {"The report published Tuesday showed that most meetings were with donors.",
         "The report published Tuesday", "showed", "most meetings were with donors", indirect},
        {"Findings show voters fear higher taxes from either party.", "Findings", "show",
         "voters fear higher taxes from either party", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("want and expect take an object and a to-infinitive", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"She wants voters to know that she is with them.", "She", "wants",
         "voters to know that she is with them", indirect},
        {"Many observers expect the agency to dial back the mandate.", "Many observers", "expect",
         "the agency to dial back the mandate", indirect},
        {"The senator wanted Germany to do more for European security.", "The senator", "wanted",
         "Germany to do more for European security", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // Not a noun after "to", not a modal prediction, not an object with a verb in it.
    CHECK_FALSE(has_cue("Americans who want ready access to firearms vote early.", "want"));
    CHECK_FALSE(has_cue("Audiences can expect him to sing a few songs.", "expect"));
}

TEST_CASE("would like with a to-infinitive is an intention", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"The White House would like to make the election a battle about competence.", "White House", "like",
         "to make the election a battle about competence", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    CHECK_FALSE(has_cue("Voters like to see a fighter on the stage.", "like"));
    CHECK_FALSE(has_cue("He would like the taste of it.", "like"));
}

TEST_CASE("phrases of make are cues of saying", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"The senator made it clear to reporters on Wednesday that she has their backs.", "The senator",
         "made it clear", "she has their backs", indirect},
        {"Officials made clear Monday they have no plans to spend money on the race.", "Officials",
         "made clear", "they have no plans to spend money on the race", indirect},
        {"Sanders has made no secret of his frustration with the rules.", "Sanders", "made no secret of",
         "his frustration with the rules", indirect},
        {"The governor is making an impassioned case to voters that he can win.", "The governor",
         "making an impassioned case", "he can win", indirect},
        {"He made the case for legalized gambling.", "He", "made the case for", "legalized gambling", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // Not a case of something, not the complement of another verb.
    CHECK_FALSE(has_cue("The lawyer made a case of fraud against the company.", "made a case"));
    CHECK_FALSE(has_cue("The ads helped him make the case for the tax cut.", "make the case for"));
}

TEST_CASE("a belief or intention verb takes a loose subject with a plural head", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"Small business owners hope this is only a transition period.", "Small business owners", "hope",
         "this is only a transition period", indirect},
        {"Democratic voters in all five counties see Clinton as the stronger candidate.",
         "Democratic voters in all five counties", "see", "Clinton as the stronger candidate", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A singular lower-case head is no subject of this rule.
    CHECK_FALSE(has_cue("The mood of the party hopes this is only a transition period.", "hopes"));
}

TEST_CASE("a quantifier or possessive phrase is the subject of a belief verb", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"Most candidates know that they can rely on the network.", "Most candidates", "know",
         "they can rely on the network", indirect},
        {"And some undecided conservatives think Ayotte should drop the nominee.",
         "some undecided conservatives", "think", "Ayotte should drop the nominee", indirect},
        {"In Oklahoma, his team believes that the few Democrats there may be ripe targets.", "his team",
         "believes", "the few Democrats there may be ripe targets", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A singular head after a quantifier, or a verb form inside the phrase, is no such subject.
    CHECK_FALSE(has_cue("Most coverage thinks the race is close.", "thinks"));
    CHECK_FALSE(has_cue("Many voting machines think the race is close.", "think"));
}

TEST_CASE("a participle of a belief verb takes a bare clause", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"Police began searching for active shooters, believing there may be as many as three.", "Police",
         "believing", "there may be as many as three", indirect},
        {"Russia had long blocked the bank, fearing it would become a tool for Chinese expansion.", "Russia",
         "fearing", "it would become a tool for Chinese expansion", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // No finite verb after the subject: no clause.
    CHECK_FALSE(has_cue("Police searched the building, believing the reports of three gunmen.", "believing"));
}

TEST_CASE("consider and find take an object and an adjective", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"Just 30 percent of all voters consider Clinton honest.", "Just 30 percent of all voters", "consider",
         "Clinton honest", indirect},
        {"I find his message chilling.", "I", "find", "his message chilling", indirect},
        {"She found the gesture wholly appropriate.", "She", "found", "the gesture wholly appropriate",
         indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A noun after the object, or an adjective before the noun, is no small clause.
    CHECK_FALSE(has_cue("He found the missing money in a drawer.", "found"));
    CHECK_FALSE(has_cue("The committee considered the bill quickly.", "considered"));
}

TEST_CASE("evidence subjects join names with and and take adverbs and question clauses", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"A national poll released Sunday by The Washington Post and ABC News shows the senator maintaining "
         "his lead.",
         "A national poll released Sunday by The Washington Post and ABC News", "shows",
         "the senator maintaining his lead", indirect},
        {"Other recent polls from Monmouth University respectively show a 56 percent approval rating.",
         "Other recent polls from Monmouth University", "show", "a 56 percent approval rating", indirect},
        {"Her support is sagging — a new ABC poll on Wednesday showed Clinton with the lowest rating.",
         "a new ABC poll on Wednesday", "showed", "Clinton with the lowest rating", indirect},
        {"A review of his work in Ukraine shows how politics and business converged.",
         "A review of his work in Ukraine", "shows", "how politics and business converged", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A person shows no question clause by this rule.
    CHECK_FALSE(has_cue("The candidate showed how to fold a flag.", "showed"));
}

TEST_CASE("an opening adverb or until-clause before the subject", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"But now she wants voters to know that she is with them.", "she", "wants",
         "voters to know that she is with them", indirect},
        {"Now the government hopes that its diplomats can make a forceful argument.", "the government",
         "hopes", "its diplomats can make a forceful argument", indirect},
        {"She held firm until she believed she could raise rates without panic.", "she", "believed",
         "she could raise rates without panic", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // "now" inside a clause is no opening adverb.
    CHECK_FALSE(has_cue("The rules now he hopes the race is close.", "hopes"));
}

TEST_CASE("a contracted pronoun and a predicate are a claim of two words", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"I think it’s good.", "I", "think", "it’s good", indirect},
        {"We believe they're wrong.", "We", "believe", "they're wrong", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    CHECK_FALSE(has_cue("He said Ryan.", "said"));
}

TEST_CASE("a belief verb with an object gap takes a one-word subject", "[grammar][perception]") {
    const pattern_case cases[] = {
        {"Inside was a gift he knew would lift me out of my dark mood.", "he", "knew",
         "would lift me out of my dark mood", indirect},
        {"They went after Schultz, whom many progressives believed was unfairly tilting the primary.",
         "many progressives", "believed", "was unfairly tilting the primary", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // A determiner after the finite verb, or no finite verb at all, is no gap.
    CHECK_FALSE(has_cue("Inside was a gift he knew the name of.", "knew"));
}
