// The error report: marking spans in a window of text, and sorting errors into classes.
#include <claimgraph/eval/report.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

using namespace claimgraph::eval;

TEST_CASE("render marks content, speaker and cue, also across curly quotes and line breaks", "[eval][report]") {
    // “Ready,” José said.\nNext.
    const std::string text = "\xE2\x80\x9CReady,\xE2\x80\x9D Jos\xC3\xA9 said.\nNext.";
    // content “Ready,” = [0,12), speaker José = [13,18), cue said = [19,23)
    const marked_attribution focus{make_span(0, 12), make_span(13, 18), make_span(19, 23), true};
    CHECK(render(text, 0, text.size(), {focus}) ==
          "[[\xE2\x80\x9CReady,\xE2\x80\x9D]] {{Jos\xC3\xA9}} <<said>>. \xC2\xB6 Next.");
    const marked_attribution other{make_span(0, 12), std::nullopt, make_span(19, 23), false};
    CHECK(render(text, 0, 24, {other}) == "[\xE2\x80\x9CReady,\xE2\x80\x9D] Jos\xC3\xA9 <said>.");
    // A window starting inside a multi-byte character is widened to its first byte; marks are clipped.
    CHECK(render(text, 1, 12, {focus}) == "[[\xE2\x80\x9CReady,\xE2\x80\x9D]]");
    // Discontinuous content gets one pair of marks per fragment.
    const marked_attribution split{make_span({{3, 8}, {19, 23}}), std::nullopt, span{}, true};
    CHECK(render(text, 0, 24, {split}) == "\xE2\x80\x9C[[Ready]],\xE2\x80\x9D Jos\xC3\xA9 [[said]].");
}

TEST_CASE("errors are sorted into misses, false alarms and wrong speakers with their reason", "[eval][report]") {
    scored_document d;
    d.id = "doc";
    d.text = std::string(300, 'x');
    auto g = [](std::size_t b, std::size_t e, bool with_source, category k) {
        gold_attribution a;
        a.content = make_span(b, e);
        if (with_source) a.source = make_span(e, e + 3);
        a.kind = with_source ? k : category::no_source;
        a.lemma = "say";
        return a;
    };
    auto p = [](std::size_t b, std::size_t e, std::optional<span> speaker) {
        predicted_attribution a;
        a.content = make_span(b, e);
        a.speaker = std::move(speaker);
        a.speaker_text = a.speaker ? "Someone" : "";
        a.kind = a.speaker ? category::indirect : category::no_source;
        a.lemma = "tell";
        return a;
    };
    d.gold = {g(0, 20, true, category::direct),      // matched, speaker missing
              g(30, 50, true, category::indirect),   // missed: prediction shares too little
              g(100, 120, false, category::no_source),  // missed: nothing near
              g(200, 220, true, category::indirect)};   // matched, speaker right
    d.predicted = {p(0, 20, std::nullopt), p(45, 70, make_span(71, 74)), p(250, 260, make_span(0, 2)),
                   p(200, 220, make_span(221, 222))};
    d.result = score_document(d.gold, d.predicted, d.text);
    const std::vector<scored_document> docs{d};
    const auto classes = classify_errors(docs);
    CHECK(classes.at("wrong speaker / direct / no speaker predicted").size() == 1);
    CHECK(classes.at("missed / indirect / speech cue / prediction overlaps under half (boundary)").size() == 1);
    CHECK(classes.at("missed / no-source / speech cue / no prediction overlaps").size() == 1);
    CHECK(classes.at("false alarm / indirect / gold overlaps under half (boundary)").size() == 1);
    CHECK(classes.at("false alarm / indirect / no gold overlaps").size() == 1);
    CHECK(classes.size() == 5);

    std::ostringstream out;
    write_error_report(out, docs, classes, 1);
    const auto report = out.str();
    CHECK(report.find("## Error classes (5 errors)") != std::string::npos);
    CHECK(report.find("1\tmissed / no-source / speech cue / no prediction overlaps\tsay 1") != std::string::npos);
    CHECK(report.find("1\tfalse alarm / indirect / no gold overlaps\ttell 1") != std::string::npos);
    CHECK(report.find("  gold: ") != std::string::npos);
    CHECK(report.find("  pred: ") != std::string::npos);
}
