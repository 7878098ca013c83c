// Proper spellings for names that the clean-up lower-cased.
#include <claimgraph/parser/normalize.hpp>

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
