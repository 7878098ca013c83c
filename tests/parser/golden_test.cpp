// Golden records of the seed article. To regenerate after an intended change of the extractor:
//   CLAIMGRAPH_UPDATE_GOLDEN=1 ./build/tests/parser/parser_tests "[golden]"
// then review `git diff tests/parser/golden/`.
#include "test_paths.hpp"

#include <claimgraph/export/records.hpp>
#include <claimgraph/parser/extract.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

TEST_CASE("golden: seed article records", "[golden]") {
    const auto golden =
        claimgraph::test::source_dir() / "tests" / "parser" / "golden" / "reuters-cyber.jsonl";
    const auto d = claimgraph::extract("examples/reuters-cyber.txt", claimgraph::test::seed_original());
    std::ostringstream out;
    claimgraph::write_records(out, d);
    if (std::getenv("CLAIMGRAPH_UPDATE_GOLDEN")) {
        std::ofstream f(golden, std::ios::binary);
        f << out.str();
        WARN("golden file rewritten: " << golden.string());
    }
    const auto expected = claimgraph::test::read_file(golden);
    CHECK(out.str() == expected);
}

TEST_CASE("golden: a sentence with curly quotes, ’ and an accented name", "[golden]") {
    const auto d = claimgraph::extract("t", "“We don’t agree,” said Zoë Ångström.");
    std::ostringstream out;
    claimgraph::write_records(out, d);
    CHECK(out.str().find("\"speaker\":{\"text\":\"Zoë Ångström\"") != std::string::npos);
    CHECK(out.str().find("\"content\":{\"text\":\"We don’t agree\",\"begin\":3,\"end\":19}") !=
          std::string::npos);
}

TEST_CASE("the example in extract.hpp holds", "[golden]") {
    const auto found = claimgraph::extract("seed", "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Krutskikh said.");
    REQUIRE(found.items.size() == 1);
    CHECK(found.items[0].speaker->text == "Krutskikh");
    CHECK(found.items[0].content.text == "We are ready");
}
