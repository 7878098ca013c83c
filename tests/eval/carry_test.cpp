// Gold spans carried over to the normalized twin of a text (claimgraph::normalize) and predictions carried back.
#include <claimgraph/eval/carry.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace claimgraph::eval;

namespace {

std::string trimmed(std::string s) {
    const auto b = s.find_first_not_of(' ');
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(' ');
    return s.substr(b, e - b + 1);
}

} // namespace

TEST_CASE("gold spans carried to the normalized twin cover the normalized words", "[eval][carry]") {
    // “Élan matters,” said José Núñez in 2016. (curly quotes, accents, a word with digits)
    const std::string text = "\xE2\x80\x9C\xC3\x89lan matters,\xE2\x80\x9D said Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez in 2016.";
    const auto n = claimgraph::normalize(text);
    REQUIRE(n.to_original.size() == n.text.size() + 1);

    const auto content_end = text.find(" said");
    const auto speaker_begin = text.find("Jos");
    const auto speaker_end = text.find(" in ");
    gold_attribution g;
    g.content = make_span(0, content_end);
    g.source = make_span(speaker_begin, speaker_end);
    g.cue = make_span(content_end + 1, content_end + 5);
    g.kind = category::direct;
    g.lemma = "say";

    const auto carried = carry_to_normalized(n, g);
    REQUIRE(carried);
    CHECK(trimmed(span_text(n.text, carried->content)) == "\xC3\xA9lan matters");
    REQUIRE(carried->source);
    CHECK(trimmed(span_text(n.text, *carried->source)) == "jos\xC3\xA9 n\xC3\xBA\xC3\xB1" "ez");
    CHECK(trimmed(span_text(n.text, carried->cue)) == "said");
    CHECK(carried->kind == category::direct);  // the class is decided on the original text

    // And back: the normalized speaker maps into the original name.
    const auto back = carry_to_original(n, *carried->source);
    CHECK(trimmed(span_text(text, back)).find("Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez") != std::string::npos);
}

TEST_CASE("a gold content of punctuation and numbers vanishes when normalized", "[eval][carry]") {
    const std::string text = "He said: 2016. Then more.";
    const auto n = claimgraph::normalize(text);
    gold_attribution g;
    g.content = make_span(9, 14);  // "2016."
    CHECK_FALSE(carry_to_normalized(n, g).has_value());
    g.content = make_span(0, 14);  // "He said: 2016." keeps its words, without the edge spaces
    const auto kept = carry_to_normalized(n, g);
    REQUIRE(kept);
    CHECK(span_text(n.text, kept->content) == "he said");
}
