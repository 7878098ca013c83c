// Proper spellings for names that the clean-up lower-cased.
#include <claimgraph/parser/extract.hpp>
#include <claimgraph/parser/normalize.hpp>
#include <test_paths.hpp>

#include <catch2/catch.hpp>

using claimgraph::proper_names;

TEST_CASE("name_key and tidy_normalized_name", "[names]") {
    CHECK(claimgraph::name_key("Andrey  Krutskikh ") == "andrey krutskikh");
    CHECK(claimgraph::name_key("U.S. Republicans") == "u s republicans");
    CHECK(claimgraph::name_key("Zürich’s") == "zürich s");
    CHECK(claimgraph::tidy_normalized_name("senior u s  republicans") == "senior u.s. republicans");
    CHECK(claimgraph::tidy_normalized_name("  u s ") == "u.s.");
    CHECK(claimgraph::tidy_normalized_name("us officials") == "us officials");
    CHECK(claimgraph::tidy_normalized_name("gus smith") == "gus smith");
    CHECK(claimgraph::tidy_normalized_name("the u n  secretary") == "the u.n. secretary");
}

TEST_CASE("proper_names looks names up by full key, suffix and unique surname", "[names]") {
    proper_names names;
    CHECK(names.add_lines("# speakers\nAndrey Krutskikh\r\n\nDonald Trump\n  Rob Joyce  \nMelania Trump\nReuters\n") == 5);
    CHECK(names.size() == 5);
    CHECK(names.lookup("krutskikh") == "Andrey Krutskikh");
    CHECK(names.lookup("andrey krutskikh") == "Andrey Krutskikh");
    CHECK(names.lookup("andrey  krutskikh") == "Andrey Krutskikh");
    CHECK(names.lookup("president donald trump") == "Donald Trump");
    CHECK(names.lookup("rob joyce") == "Rob Joyce");
    CHECK(names.lookup("joyce") == "Rob Joyce");
    CHECK(names.lookup("reuters") == "Reuters");
    CHECK_FALSE(names.lookup("trump"));          // two listed names share the surname
    CHECK_FALSE(names.lookup("lukash"));
    CHECK_FALSE(names.lookup(""));
    CHECK_FALSE(names.lookup("andrey"));         // a first name alone is not a surname
    CHECK(names.lookup("white house cyber coordinator rob joyce") == "Rob Joyce");
    CHECK(names.lookup("secretary joyce") == "Rob Joyce");  // titles, then a surname
    CHECK_FALSE(names.lookup("mrs joyce s lawyer"));
}

TEST_CASE("proper names on the normalized seed: krutskikh -> Andrey Krutskikh", "[names][seed]") {
    claimgraph::proper_names names;
    names.add_lines("Andrey Krutskikh\nSvetlana Lukash\nThomas Bossert\nDonald Trump\nRob Joyce\n");
    auto d = claimgraph::extract("seed", claimgraph::test::seed_normalized());
    CHECK(claimgraph::apply_proper_names(d, names) >= 8);
    bool krutskikh = false;
    for (const auto& a : d.items) {
        if (!a.speaker) continue;
        if (a.speaker->text == "krutskikh") {
            CHECK(a.canonical == "Andrey Krutskikh");
            krutskikh = true;
        }
        if (a.speaker->text == "bossert" || a.speaker->text == "thomas bossert") CHECK(a.canonical == "Thomas Bossert");
        if (a.speaker->text == "he") CHECK(a.canonical.empty());  // pronouns are the resolver's job
        if (a.type == claimgraph::speaker_type::anonymous) CHECK(a.canonical.empty());
    }
    CHECK(krutskikh);
}

TEST_CASE("proper names learned from the raw seed apply to the normalized seed", "[names][seed]") {
    claimgraph::proper_names names;
    names.learn(claimgraph::extract("raw", claimgraph::test::seed_original()));
    auto d = claimgraph::extract("normalized", claimgraph::test::seed_normalized());
    claimgraph::apply_proper_names(d, names);
    for (const auto& a : d.items)
        if (a.speaker && a.speaker->text == "svetlana lukash") CHECK(a.canonical == "Svetlana Lukash");
    for (const auto& a : d.items)
        if (a.speaker && a.speaker->text == "krutskikh") CHECK(a.canonical == "Andrey Krutskikh");
}

TEST_CASE("proper_names learns from a raw-text run and applies to a normalized one", "[names]") {
    claimgraph::document_attributions raw;
    claimgraph::attribution a;
    a.speaker = claimgraph::mention{"Krutskikh", 0, 9};
    a.canonical = "Andrey Krutskikh";
    a.type = claimgraph::speaker_type::person;
    raw.items.push_back(a);
    a.speaker = claimgraph::mention{"he", 0, 2};
    a.canonical = "";
    a.type = claimgraph::speaker_type::pronoun;
    raw.items.push_back(a);
    proper_names names;
    names.learn(raw);
    CHECK(names.size() == 1);

    claimgraph::document_attributions normalized;
    claimgraph::attribution k;
    k.speaker = claimgraph::mention{"krutskikh", 10, 19};
    k.type = claimgraph::speaker_type::person;
    normalized.items.push_back(k);
    claimgraph::attribution he;
    he.speaker = claimgraph::mention{"he", 30, 32};
    he.type = claimgraph::speaker_type::pronoun;
    normalized.items.push_back(he);
    CHECK(claimgraph::apply_proper_names(normalized, names) == 1);
    CHECK(normalized.items[0].canonical == "Andrey Krutskikh");
    CHECK(normalized.items[1].canonical.empty());
}
