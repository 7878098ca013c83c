// Reading PolNeAR-style JSON Lines: code-point spans to bytes, discontinuous spans, no-source attributions,
// the primary/split filter, and the classes and cue lemmas the figures are broken down by.
#include <claimgraph/eval/gold.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using namespace claimgraph::eval;

namespace {

// Text (code points): “Ça va,” said Zoë. Officials are expected to act. Critics, he said, were wrong.
// 0 “ 1 Ç 2 a 3 ' ' 4 v 5 a 6 , 7 ” 8 ' ' 9-12 said 13 ' ' 14-16 Zoë 17 . ...
const std::string text = "\xE2\x80\x9C\xC3\x87" "a va,\xE2\x80\x9D said Zo\xC3\xAB. Officials are expected to act. "
                         "Critics, he said, were wrong.";

std::string line(std::string_view split, bool primary, std::string_view annotator) {
    return std::string(R"({"id": "doc1", "split": ")") + std::string(split) + R"(", "annotator": ")" +
           std::string(annotator) + R"(", "primary": )" + (primary ? "true" : "false") +
           R"(, "publisher": "nyt", "text": "\u201c\u00c7a va,\u201d said Zo\u00eb. Officials are expected to act. Critics, he said, were wrong.", )"
           R"("attributions": [)"
           // Direct quote: content [0,8) “Ça va,”, cue [9,13) said, source [14,17) Zoë.
           R"({"id": "E1", "type": "Attribution", "source": {"spans": [[14, 17]], "text": "Zo\u00eb"},)"
           R"( "cue": {"spans": [[9, 13]], "text": "said"}, "content": {"spans": [[0, 8]], "text": "\u201c\u00c7a va,\u201d"}},)"
           // No source: "Officials are expected to act" is content [19,48) with cue "are expected" [29,41).
           R"({"id": "E2", "type": "Attribution-no-source", "source": null,)"
           R"( "cue": {"spans": [[29, 41]], "text": "are expected"}, "content": {"spans": [[19, 48]], "text": "Officials are expected to act"}},)"
           // Discontinuous content around the parenthetical: "Critics" [50,57) + "were wrong" [68,78).
           R"({"id": "E3", "type": "Attribution", "source": {"spans": [[59, 61]], "text": "he"},)"
           R"( "cue": {"spans": [[62, 66]], "text": "said"}, "content": {"spans": [[50, 57], [68, 78]], "text": "Critics were wrong"}},)"
           // An annotation without content is skipped.
           R"({"id": "E4", "type": "Attribution-no-source", "source": null, "cue": null, "content": null}],)"
           R"( "discuss_discard": []})";
}

} // namespace

TEST_CASE("gold spans are converted from code points to bytes", "[eval][gold]") {
    const auto corpus = parse_gold(line("dev", true, "a1") + "\n");
    REQUIRE(corpus.documents.size() == 1);
    const auto& d = corpus.documents[0];
    CHECK(d.text == text);
    CHECK(d.publisher == "nyt");
    REQUIRE(d.attributions.size() == 3);
    CHECK(corpus.stats.skipped_without_content == 1);
    CHECK(corpus.stats.span_text_mismatches == 0);
    CHECK(corpus.stats.spans == 8);

    const auto& e1 = d.attributions[0];
    CHECK(span_text(d.text, e1.content) == "\xE2\x80\x9C\xC3\x87" "a va,\xE2\x80\x9D");
    REQUIRE(e1.source);
    CHECK(span_text(d.text, *e1.source) == "Zo\xC3\xAB");
    CHECK(e1.cue_text == "said");
    CHECK(e1.kind == category::direct);
    CHECK(e1.lemma == "say");

    const auto& e2 = d.attributions[1];
    CHECK_FALSE(e2.source);
    CHECK(e2.kind == category::no_source);
    CHECK(span_text(d.text, e2.content) == "Officials are expected to act");
    CHECK(e2.lemma == "be expect");

    const auto& e3 = d.attributions[2];
    REQUIRE(e3.content.ranges.size() == 2);
    CHECK(span_text(d.text, e3.content) == "Critics were wrong");
    CHECK(e3.content.length() == 17);
    CHECK(e3.kind == category::indirect);
}

TEST_CASE("only primary annotations of the chosen split are loaded", "[eval][gold]") {
    const auto jsonl = line("dev", false, "b2") + "\n" + line("train", true, "a1") + "\n\n" + line("dev", true, "a1");
    CHECK(parse_gold(jsonl, {"dev", true}).documents.size() == 1);
    CHECK(parse_gold(jsonl, {"train", true}).documents.size() == 1);
    CHECK(parse_gold(jsonl, {"all", true}).documents.size() == 2);
    CHECK(parse_gold(jsonl, {"all", false}).documents.size() == 3);
    CHECK(parse_gold(jsonl, {"test", true}).documents.empty());
    CHECK(parse_gold(jsonl, {"all", true}).stats.lines == 3);
}

TEST_CASE("malformed gold fails with the line number", "[eval][gold]") {
    const auto jsonl = line("dev", true, "a1") + "\n{\"id\": \"x\", \"split\": \"dev\"\n";
    CHECK_THROWS_AS(parse_gold(jsonl), std::runtime_error);
    try {
        (void)parse_gold(jsonl);
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("line 2") != std::string::npos);
    }
    CHECK_THROWS_AS(parse_gold(R"({"split": "dev", "primary": true})"), std::runtime_error);  // no text
    CHECK_THROWS_AS(load_gold("/nonexistent/polnear.jsonl"), std::runtime_error);
}

TEST_CASE("classify: no-source, according-to, direct, indirect", "[eval][gold]") {
    CHECK(classify("\xE2\x80\x9CWe are ready,\xE2\x80\x9D", "said", true) == category::direct);
    CHECK(classify("  \"We are ready\"", "said", true) == category::direct);
    CHECK(classify("that they are ready", "said", true) == category::indirect);
    CHECK(classify("they are \xE2\x80\x9Cready\xE2\x80\x9D", "said", true) == category::indirect);  // mixed
    CHECK(classify("\xE2\x80\x9Cready\xE2\x80\x9D", "According to", true) == category::according_to);
    CHECK(classify("\xE2\x80\x9Cready\xE2\x80\x9D", "According to", false) == category::no_source);
}

TEST_CASE("cue lemmas fold inflections of reporting verbs", "[eval][gold]") {
    CHECK(cue_lemma("said") == "say");
    CHECK(cue_lemma("Says") == "say");
    CHECK(cue_lemma("told  reporters") == "tell reporters");
    CHECK(cue_lemma("according to") == "according to");
    CHECK(cue_lemma("argued") == "argue");
    CHECK(cue_lemma("admitted") == "admit");
    CHECK(cue_lemma("worries") == "worry");
    CHECK(cue_lemma("tweeting") == "tweet");
    CHECK(cue_lemma("said:") == "say :");
    CHECK(cue_lemma("mocked") == "mocked");  // unknown verbs stay as written
    CHECK(cue_lemma("") == "(none)");
    CHECK(cue_lemma("d\xC3\xA9" "clar\xC3\xA9") == "d\xC3\xA9" "clar\xC3\xA9");
}

TEST_CASE("cue groups: speech and quotation cues apart from belief and perception", "[eval][gold]") {
    CHECK(is_speech_cue("say"));
    CHECK(is_speech_cue("tell reporters"));
    CHECK(is_speech_cue("according to"));
    CHECK(is_speech_cue(":"));
    CHECK(is_speech_cue("\xE2\x80\x95"));  // a horizontal bar introducing a quote
    CHECK(is_speech_cue("say in an interview"));
    CHECK_FALSE(is_speech_cue("believe"));
    CHECK_FALSE(is_speech_cue("show"));
    CHECK_FALSE(is_speech_cue("be expect"));
    CHECK_FALSE(is_speech_cue("(none)"));
    CHECK(cue_group("say") == "speech cue");
    CHECK(cue_group("want") == "other cue");
    CHECK(cue_group("(none)") == "no cue");
}
