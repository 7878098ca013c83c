// The attribution lexicon is data: every inflection is there, classes are right, lookups are whole words.
#include "lexicon.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

namespace lx = claimgraph::lexicon;
using claimgraph::cue_class;

TEST_CASE("lexicon: at least 60 reporting verbs, each in all inflections", "[lexicon]") {
    std::set<std::string_view> lemmas;
    for (const auto& e : lx::cues())
        lemmas.insert(e.lemma);
    CHECK(lemmas.size() >= 60);
    for (const auto* w : {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "tweeted",
                          "acknowledges", "denied", "predicting", "wrote", "written", "concluded"}) {
        INFO(w);
        CHECK(lx::find_cue(w) != nullptr);
    }
    CHECK(lx::find_cue("told")->lemma == "tell");
    CHECK(lx::find_cue("told")->takes_object);
    CHECK(lx::find_cue("told")->form == lx::verb_form::past);
    CHECK(lx::find_cue("saying")->form == lx::verb_form::gerund);
    CHECK(lx::find_cue("believes")->cls == cue_class::opinion);
    CHECK(lx::find_cue("tweeted")->cls == cue_class::written);
    CHECK(lx::find_cue("reported")->cls == cue_class::report);
    CHECK(lx::find_cue("warned")->cls == cue_class::speech);
}

TEST_CASE("lexicon: whole lower-case words only", "[lexicon]") {
    CHECK(lx::find_cue("sai") == nullptr);
    CHECK(lx::find_cue("saidx") == nullptr);
    CHECK(lx::find_cue("Said") == nullptr); // callers lower-case first
    CHECK(lx::find_cue("") == nullptr);
    CHECK(lx::find_cue("\xE2\x80\x9Csaid") == nullptr); // “said: punctuation is not part of a word
}

TEST_CASE("lexicon: phrases, titles, outlets, pronouns", "[lexicon]") {
    bool according = false, citing = false, statement = false, interview = false;
    for (const auto& p : lx::attribution_phrases()) {
        according |= p.phrase == "according to" && p.cls == cue_class::according_to;
        citing |= p.phrase == "citing" && p.cls == cue_class::citing;
        statement |= p.phrase == "in a statement";
        interview |= p.phrase == "in an interview with";
    }
    CHECK((according && citing && statement && interview));
    CHECK(lx::is_title("president"));
    CHECK(lx::is_title("sen."));
    CHECK(!lx::is_title("trump"));
    REQUIRE(lx::find_outlet("ria") != nullptr);
    CHECK(lx::find_outlet("ria")->name == "RIA");
    CHECK(lx::find_outlet("the new york times")->name == "The New York Times");
    CHECK(lx::find_outlet("twitter")->platform);
    CHECK(lx::find_outlet("josé") == nullptr); // accented words are looked up byte for byte, never crash
    CHECK(lx::max_outlet_words() >= 4);
    CHECK(lx::is_pronoun("she"));
    CHECK(!lx::is_pronoun("she’s"));
    CHECK(lx::is_group_noun("officials"));
    CHECK(lx::is_outlet_noun("agency"));
}
