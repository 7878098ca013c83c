// looks_normalized(): per-document detection.
#include <claimgraph/parser/normalize.hpp>
#include <test_paths.hpp>

#include <catch2/catch.hpp>

using claimgraph::looks_normalized;

TEST_CASE("the seed article is recognised in both forms", "[detect]") {
    CHECK(looks_normalized(claimgraph::test::seed_normalized()));
    CHECK_FALSE(looks_normalized(claimgraph::test::seed_original()));
    CHECK(looks_normalized(claimgraph::normalize(claimgraph::test::seed_original()).text));
}

TEST_CASE("detection on short texts", "[detect]") {
    CHECK_FALSE(looks_normalized(""));
    CHECK_FALSE(looks_normalized("   "));
    CHECK_FALSE(looks_normalized("Krutskikh said."));
    CHECK_FALSE(looks_normalized("krutskikh said."));            // punctuation
    CHECK_FALSE(looks_normalized("Krutskikh said"));             // a capital
    CHECK_FALSE(looks_normalized("“we are ready” he said"));     // curly quotes
    CHECK_FALSE(looks_normalized("ÉLYSÉE"));                     // a non-ASCII capital
    CHECK(looks_normalized("krutskikh said"));
    CHECK(looks_normalized("krutskikh said  according to ria"));
    CHECK(looks_normalized("zürich s mayor said\n"));            // a trailing newline of a file is white space
    CHECK(looks_normalized("москва"));
}

TEST_CASE("one stray mark in a long normalized document is tolerated, not in a short one", "[detect]") {
    std::string long_text;
    for (int i = 0; i < 600; ++i) long_text += "word  ";
    long_text += "a.b";
    CHECK(looks_normalized(long_text));
    CHECK_FALSE(looks_normalized("word word a.b"));
    long_text += " C";
    CHECK_FALSE(looks_normalized(long_text));  // never a capital
}

TEST_CASE("measure_normalized counts the evidence", "[detect]") {
    const auto ev = claimgraph::measure_normalized("Moscow  reuters    said, it");
    CHECK(ev.words == 4);
    CHECK(ev.upper == 1);
    CHECK(ev.punctuation == 1);
    CHECK(ev.space_runs == 2);
}
