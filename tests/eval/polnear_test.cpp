// The real gold corpus (team data in ../shared, absent in a user's clone): the loader reads PolNeAR dev and
// its code point -> byte conversion reproduces the corpus's own span texts.
#include <claimgraph/eval/gold.hpp>

#include <test_paths.hpp>

#include <catch2/catch.hpp>

using namespace claimgraph::eval;

TEST_CASE("PolNeAR dev loads with spans that match the corpus's span texts", "[eval][polnear]") {
    CLAIMGRAPH_REQUIRE_SHARED();
    const auto path = claimgraph::test::shared_dir() / "corpora" / "polnear" / "polnear.jsonl";
    if (!std::filesystem::exists(path)) {
        WARN("skipped: " << path << " is absent");
        return;
    }
    const auto dev = load_gold(path, {"dev", true});
    CHECK(dev.documents.size() == 84);
    CHECK(dev.attribution_count() + dev.stats.skipped_without_content == 2193);
    // The README counts 3 mismatches in 107,146 spans over all files: allow a handful, never a systematic shift.
    CHECK(dev.stats.spans > 5000);
    CHECK(dev.stats.span_text_mismatches <= 3);
    std::size_t no_source = 0;
    std::size_t direct = 0;
    for (const auto& d : dev.documents)
        for (const auto& a : d.attributions) {
            REQUIRE(a.content.end() <= d.text.size());
            no_source += a.kind == category::no_source;
            direct += a.kind == category::direct;
        }
    CHECK(no_source > 100);
    CHECK(direct > 300);
}
