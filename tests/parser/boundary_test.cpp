// Claim boundaries of session 5 (docs/GRAMMAR.md, "Claim boundaries: session 5"): one claim must not cover a
// second attribution of the same speaker or the main clause after a subordinate one. Sentences are written
// for the tests in news style; each rule has a negative case.
#include "helpers.hpp"

using claimgraph::test::check_case;
using claimgraph::test::find_by_claim;
using claimgraph::test::pattern_case;
using claimgraph::test::raw;

namespace {

/// Whether some record of `sentence` has exactly the claim `claim`.
bool has_claim(std::string_view sentence, std::string_view claim) {
    const auto d = claimgraph::extract("t", sentence, raw());
    return find_by_claim(d, claim) != nullptr;
}

} // namespace

TEST_CASE("boundaries: an object claim ends before a coordinated cue", "[boundary]") {
    const pattern_case cases[] = {
        {"Graham called both rivals \xE2\x80\x9C" "crazy\xE2\x80\x9D and said the party would lose in November.",
         "Graham", "called", "both rivals \xE2\x80\x9C" "crazy\xE2\x80\x9D", claimgraph::attribution_kind::mixed},
        {"Graham called both rivals \xE2\x80\x9C" "crazy\xE2\x80\x9D and said the party would lose in November.",
         "", "said", "the party would lose in November"},
        {"He did not mention his opponents by name but did note that he had won the most states.", "He",
         "mention", "his opponents by name"},
    };
    for (const auto& c : cases) {
        if (c.speaker.empty()) {
            CHECK(has_claim(c.sentence, c.claim));
            continue;
        }
        check_case(c);
    }
    // A clause claim keeps a coordinated verb that is not one of saying: its subject is the clause's.
    CHECK(has_claim("She said the company bought the plant and sold the land last year.",
                    "the company bought the plant and sold the land last year"));
}

TEST_CASE("boundaries: a clause claim ends at a quotation before a coordinated verb of saying", "[boundary]") {
    check_case({"Clinton says she respects his \xE2\x80\x9Cpassion and commitment\xE2\x80\x9D but argues that he "
                "cannot deliver on his promises.",
                "Clinton", "says", "she respects his \xE2\x80\x9Cpassion and commitment\xE2\x80\x9D",
                claimgraph::attribution_kind::mixed});
    // Without the quotation before it the verb may belong to the reported clause's own subject.
    CHECK(has_claim("She said the mayor resigned and has argued the point for years.",
                    "the mayor resigned and has argued the point for years"));
}

TEST_CASE("boundaries: a participle after a comma inside the quotation marks", "[boundary]") {
    const char* s = "Cruz said that there is \xE2\x80\x9Conly one conservative in a position to win,\xE2\x80\x9D "
                    "adding that the others should leave the race.";
    check_case({s, "Cruz", "said", "there is \xE2\x80\x9Conly one conservative in a position to win,\xE2\x80\x9D",
                claimgraph::attribution_kind::mixed});
    CHECK(has_claim(s, "the others should leave the race"));
    // Without an earlier record the participle has no speaker.
    CHECK(claimgraph::test::records("\xE2\x80\x9CWe will win,\xE2\x80\x9D adding that the race is long.") == 0);
}

TEST_CASE("boundaries: a participle after before or after", "[boundary]") {
    const char* s = "Sanders called her son a hero before explaining why she forgave the gunman.";
    check_case({s, "Sanders", "called", "her son a hero"});
    CHECK(has_claim(s, "why she forgave the gunman"));
    // "by" + participle is the means, part of the claim.
    CHECK(has_claim("He said the campaign would win delegates by arguing that he is stronger.",
                    "the campaign would win delegates by arguing that he is stronger"));
}

TEST_CASE("boundaries: a subordinate clause claim ends before the main clause", "[boundary]") {
    const pattern_case cases[] = {
        {"While Ramos said that journalists cannot take sides, he seemed uneasy about the question.", "Ramos",
         "said", "journalists cannot take sides"},
        {"Though she never mentioned Sanders by name, Clinton cast her rival as a dreamer.", "she", "mentioned",
         "Sanders by name"},
    };
    for (const auto& c : cases)
        check_case(c);
    // A comma inside the subordinate clause (a list) does not end it.
    check_case({"When Ramos said that editors, reporters and owners cannot take sides, he drew applause.", "Ramos",
                "said", "editors, reporters and owners cannot take sides"});
}

TEST_CASE("boundaries: a newsletter label or a roll of names before a headline colon", "[boundary]") {
    CHECK(claimgraph::test::records("Delegate Update: The latest count in the Democratic race.") == 0);
    CHECK(claimgraph::test::records("Breitbart News Daily: A World at War.") == 0);
    CHECK(claimgraph::test::records("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink.") == 0);
    // A person's name before the colon is still a headline attribution.
    check_case({"Graham: Trump\xE2\x80\x99s rhetoric is destroying the party", "Graham", ":",
                "Trump\xE2\x80\x99s rhetoric is destroying the party"});
}

TEST_CASE("boundaries: a relative clause inside an appositive ends before the main verb", "[boundary]") {
    const char* s = "Mr. Guerrero, a Republican who described himself as a devout Catholic, said he recoiled "
                    "at the attacks.";
    check_case({s, "Guerrero", "said", "he recoiled at the attacks"});
    CHECK(has_claim(s, "himself as a devout Catholic"));
    // A comma inside the closing quotation mark closes the relative clause too.
    const char* q = "Humphrey, who calls the candidate a \xE2\x80\x9Csociopath,\xE2\x80\x9D said he would vote for "
                    "someone else.";
    check_case({q, "Humphrey", "said", "he would vote for someone else"});
}

TEST_CASE("boundaries: a final cue takes an earlier reported record of its clause", "[boundary]") {
    check_case({"The agency met the director and cited a list of concerns about the script, officials said.",
                "officials", "said", "The agency met the director and cited a list of concerns about the script"});
}

TEST_CASE("boundaries: an object claim ends before a subordinate clause", "[boundary]") {
    const pattern_case cases[] = {
        {"Marvin Teske is backing Hillary Clinton because he worries about the fall.", "Marvin Teske", "backing",
         "Hillary Clinton"},
        {"The union endorsed Clinton while about 6 in 10 of its members supported Sanders.", "The union",
         "endorsed", "Clinton"},
        {"Wasserman Schultz refused to speak to reporters as she left the breakfast.", "Wasserman Schultz",
         "refused", "to speak to reporters"},
    };
    for (const auto& c : cases)
        check_case(c);
    // "as" before a noun phrase, and a question word after a verb, stay inside the claim.
    CHECK(has_claim("Analysts saw the statement as a boost to the takeover.",
                    "the statement as a boost to the takeover"));
    CHECK(has_claim("The official declined to say when the talks would resume.",
                    "to say when the talks would resume"));
}

TEST_CASE("boundaries: a contrast with another cue ends a clause claim", "[boundary]") {
    check_case({"About half of voters say they prefer an outsider, while about 4 in 10 want a veteran.",
                "About half of voters", "say", "they prefer an outsider"});
    // Without a cue in the contrast the claim keeps it.
    CHECK(has_claim("Chrysler said the stock dividend is payable in April while the cash dividend is due in May.",
                    "the stock dividend is payable in April while the cash dividend is due in May"));
}

TEST_CASE("boundaries: an object claim ends before a comma and a finite cue", "[boundary]") {
    check_case({"Kasich offered the man a job, then says he will welcome advice from anyone.", "Kasich", "offered",
                "the man a job"});
    // A participle after the comma is part of the claim.
    CHECK(has_claim("The company announced new software, called Desktop Express, for small offices.",
                    "new software, called Desktop Express, for small offices"));
}
