// normalize(): the ISOT clean-up reproduced exactly (Python reference outputs), and its offset maps.
#include "reference_cases.hpp"

#include <claimgraph/parser/normalize.hpp>
#include <test_paths.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using claimgraph::normalize;

namespace {

/// The runs of the text: words and space runs, in order.
std::vector<std::string> runs(const std::string& s) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t j = i;
        const bool space = s[i] == ' ';
        while (j < s.size() && (s[j] == ' ') == space) ++j;
        out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

} // namespace

TEST_CASE("normalize reproduces the Python clean-up: non-word characters to spaces after lower-casing and digit-word removal", "[normalize]") {
    for (const reference_case& c : reference_cases) {
        INFO("input: " << c.input);
        CHECK(normalize(c.input).text == c.expected);
        CHECK(claimgraph::normalize_text(c.input) == c.expected);
    }
}

TEST_CASE("normalize handles the clean-up's characteristic cases", "[normalize]") {
    CHECK(normalize("U.S. President").text == "u s  president");
    CHECK(normalize("Russia’s RIA").text == "russia s ria");
    CHECK(normalize("the recent G20 summit").text == "the recent  summit");
    CHECK(normalize("mid-level").text == "mid level");
    CHECK(normalize("snake_case").text == "snake_case");              // '_' is a word character
    CHECK(normalize("Zürich ÆRØ").text == "zürich ærø");               // Latin-1 letters are word characters
    CHECK(normalize("“pipe dream”").text == " pipe dream ");           // curly quotes become one space each
    CHECK(normalize("a\xC2\xA0" "b").text == "a b");                    // NBSP is not a word character
    CHECK(normalize("ΟΔΥΣΣΕΥΣ").text == "οδυσσευς");                   // final sigma, as str.lower()
    CHECK(normalize("МОСКВА").text == "москва");
}

TEST_CASE("normalize survives invalid UTF-8: each bad byte is one non-word character", "[normalize]") {
    const std::string bad = "ab\xFF" "cd\xE2\x80" "x\xC3";
    const auto n = normalize(bad);
    CHECK(n.text == "ab cd  x ");
    REQUIRE(n.to_original.size() == n.text.size() + 1);
    CHECK(n.to_original.back() == bad.size());
}

TEST_CASE("to_original points each normalized byte at the code point it came from", "[normalize][offsets]") {
    const std::string original = "“We are ready,” Krutskikh said in 2017. Zürich’s İ";
    const auto n = normalize(original);
    REQUIRE(n.to_original.size() == n.text.size() + 1);
    CHECK(n.to_original.back() == original.size());
    for (std::size_t i = 1; i < n.to_original.size(); ++i) CHECK(n.to_original[i - 1] <= n.to_original[i]);
    for (std::size_t i = 0; i < n.text.size(); ++i) {
        const char c = n.text[i];
        const char o = original[n.to_original[i]];
        if (c >= 'a' && c <= 'z' && static_cast<unsigned char>(o) < 0x80) CHECK((o == c || o == c - 'a' + 'A'));
    }
    // "Krutskikh" keeps its place; "2017" is gone but its spaces stay.
    const std::size_t k = n.text.find("krutskikh");
    REQUIRE(k != std::string::npos);
    CHECK(n.to_original[k] == original.find("Krutskikh"));
    CHECK(n.text.find("said in   zürich s i") != std::string::npos);
}

TEST_CASE("spans carry over both ways", "[normalize][offsets]") {
    const std::string original = "MOSCOW (Reuters) - “The talks are underway,” Krutskikh said, citing G20 talks.";
    const auto n = normalize(original);
    const auto quote_b = original.find("The talks");
    const auto quote_e = original.find(",\xE2\x80\x9D");
    const auto s = n.normalized_span(quote_b, quote_e);
    CHECK(n.text.substr(s.begin, s.end - s.begin) == "the talks are underway");
    const auto back = n.original_span(original, s.begin, s.end);
    CHECK(original.substr(back.begin, back.end - back.begin) == "The talks are underway");

    const auto speaker = n.normalized_span(original.find("Krutskikh"), original.find(" said"));
    CHECK(n.text.substr(speaker.begin, speaker.end - speaker.begin) == "krutskikh");

    // A span that is only a digit word maps to an empty span where it stood.
    const auto g20 = n.normalized_span(original.find("G20"), original.find("G20") + 3);
    CHECK(g20.begin == g20.end);
    CHECK(n.to_normalized(original.size()) == n.text.size());
    CHECK(n.to_normalized(original.size() + 10) == n.text.size());
}

TEST_CASE("multi-code-point lower-casing keeps the offset map aligned", "[normalize][offsets]") {
    const std::string original = "İZMİR says";  // İ lower-cases to i + U+0307, which \W turns into a space
    const auto n = normalize(original);
    CHECK(n.text == "i zmi r says");
    CHECK(n.to_original[0] == 0);
    CHECK(n.to_original[1] == 0);
    const auto back = n.original_span(original, 0, n.text.find(" says"));
    CHECK(original.substr(back.begin, back.end - back.begin) == "İZMİR");
}

TEST_CASE("the seed article: normalize(original) is the published normalized form", "[normalize][seed]") {
    const std::string original = claimgraph::test::seed_original();
    const std::string seed = claimgraph::test::seed_normalized();
    const std::string ours = normalize(original).text;
    // The data shows that the normalized form was made from a copy of the article whose white space differs
    // from the bundled original in five places (paragraph breaks with blank lines, a double space, and a final
    // newline): every word and every punctuation-made space agrees, only those runs of spaces are longer.
    const auto a = runs(ours);
    const auto b = runs(seed);
    REQUIRE(a.size() == b.size());
    int longer_in_seed = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i]) continue;
        INFO("run " << i << ": '" << a[i] << "' vs '" << b[i] << "'");
        REQUIRE(a[i].front() == ' ');
        REQUIRE(b[i].front() == ' ');
        CHECK(b[i].size() > a[i].size());
        ++longer_in_seed;
    }
    CHECK(longer_in_seed == 5);
    // The final newline: the published form ends in one more space than the bundled original gives.
    CHECK(normalize(original + "\n").text.substr(ours.size() - 15) == seed.substr(seed.size() - 16));
    // And byte for byte, once the white space of the source copy is restored.
    std::string restored = original + "\n";
    auto patch = [&](std::string_view from, std::string_view to) {
        const auto at = restored.find(from);
        REQUIRE(at != std::string::npos);
        restored.replace(at, from.size(), to);
    };
    patch("working group.\n", "working group.\n\n\n\n\n");
    patch("United States would", "United States  would");
    patch("he said.\n", "he said.\n\n");
    patch("personnel changes.\n", "personnel changes.\n\n");
    CHECK(normalize(restored).text == seed);
}

TEST_CASE("the shared seed copy matches the bundled one", "[normalize][seed][shared]") {
    CLAIMGRAPH_REQUIRE_SHARED();
    const auto shared = claimgraph::test::read_file(claimgraph::test::shared_dir() / "seeds" / "reuters-cyber-original.txt");
    const auto shared_n =
        claimgraph::test::read_file(claimgraph::test::shared_dir() / "seeds" / "reuters-cyber-normalized.txt");
    CHECK(normalize(shared).text.size() + 8 == shared_n.size());
    CHECK(shared_n == claimgraph::test::seed_normalized());
}
