// The matching rule and the figures on small hand-made cases: threshold, one-to-one greedy by overlap,
// attributions without a source, speaker verdicts, and the precision/recall/F1 arithmetic.
#include <claimgraph/eval/scoring.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace claimgraph::eval;

namespace {

gold_attribution gold(std::size_t b, std::size_t e, std::optional<span> source = std::nullopt,
                      category kind = category::indirect, std::string lemma = "say") {
    gold_attribution g;
    g.content = make_span(b, e);
    g.source = std::move(source);
    g.kind = g.source ? kind : category::no_source;
    g.lemma = std::move(lemma);
    return g;
}

predicted_attribution pred(std::size_t b, std::size_t e, std::optional<span> speaker = std::nullopt,
                           std::string speaker_text = {}, std::string lemma = "say") {
    predicted_attribution p;
    p.content = make_span(b, e);
    p.speaker = std::move(speaker);
    p.speaker_text = std::move(speaker_text);
    p.kind = p.speaker ? category::indirect : category::no_source;
    p.lemma = std::move(lemma);
    return p;
}

} // namespace

TEST_CASE("a prediction matches when the contents share half of the shorter span", "[eval][matching]") {
    const std::vector<gold_attribution> g{gold(0, 100, make_span(200, 210))};
    CHECK(match(g, {pred(50, 300)}).size() == 1);   // 50 of 100 shared
    CHECK(match(g, {pred(51, 300)}).empty());       // 49 of 100
    CHECK(match(g, {pred(40, 60)}).size() == 1);    // short prediction inside a long gold content
    CHECK(match(g, {pred(100, 200)}).empty());      // adjacent, nothing shared
    CHECK(match({}, {pred(0, 10)}).empty());
    CHECK(match(g, {}).empty());
}

TEST_CASE("matching is one-to-one and greedy by overlap", "[eval][matching]") {
    SECTION("one prediction over two gold contents goes to the larger overlap") {
        const std::vector<gold_attribution> g{gold(0, 10), gold(10, 40)};
        const auto pairs = match(g, {pred(5, 40)});  // shares 5 with the first, 30 with the second
        REQUIRE(pairs.size() == 1);
        CHECK(pairs[0].gold == 1);
        CHECK(pairs[0].shared == 30);
    }
    SECTION("two predictions over one gold content: only the better one matches") {
        const std::vector<gold_attribution> g{gold(0, 100)};
        const auto pairs = match(g, {pred(0, 60), pred(40, 100)});  // 60 vs 60: tie goes to the earlier
        REQUIRE(pairs.size() == 1);
        CHECK(pairs[0].predicted == 0);
        const auto better = match(g, {pred(0, 55), pred(30, 100)});  // 55 vs 70
        REQUIRE(better.size() == 1);
        CHECK(better[0].predicted == 1);
    }
    SECTION("greedy takes the largest overlap first, even where another assignment pairs more") {
        // p0 shares 30 with g0 and 20 (all of it) with g1; p1 shares 10 with g0 only. Greedy pairs g0-p0 and
        // leaves g1 and p1 unmatched (a maximum matching would pair g0-p1 and g1-p0): the documented rule.
        const std::vector<gold_attribution> g{gold(0, 40), gold(40, 60)};
        const auto pairs = match(g, {pred(10, 60), pred(0, 10)});
        REQUIRE(pairs.size() == 1);
        CHECK(pairs[0].gold == 0);
        CHECK(pairs[0].predicted == 0);
        CHECK(pairs[0].shared == 30);
    }
    SECTION("discontinuous gold content: the gap does not count") {
        gold_attribution g = gold(0, 0);
        g.content = make_span({{0, 10}, {50, 60}});
        CHECK(match({g}, {pred(5, 55)}).size() == 1);   // 5 + 5 of 20
        CHECK(match({g}, {pred(8, 52)}).empty());       // 2 + 2 of 20, though it spans the gap
        CHECK(match({g}, {pred(50, 60)}).size() == 1);  // one whole fragment, the shorter span
    }
}

TEST_CASE("speaker verdicts", "[eval][matching]") {
    const std::string text = "Senator Jane Doe said the bill would pass. She added more.";
    //                        0       8    13  17   22
    const auto g = gold(22, 41, make_span(8, 16));  // source "Jane Doe"
    CHECK(judge_speaker(g, pred(22, 41, make_span(0, 16), "Senator Jane Doe"), text) == speaker_verdict::right);
    CHECK(judge_speaker(g, pred(22, 41, make_span(13, 16), "Doe"), text) == speaker_verdict::right);
    CHECK(judge_speaker(g, pred(22, 41), text) == speaker_verdict::missing);
    CHECK(judge_speaker(g, pred(22, 41, make_span(43, 46), "She"), text) == speaker_verdict::elsewhere);
    auto resolved = pred(22, 41, make_span(43, 46), "She");
    resolved.canonical = "Jane Doe";
    CHECK(judge_speaker(g, resolved, text) == speaker_verdict::elsewhere_same);
    // Without a gold source nothing is needed, whatever the prediction says.
    const auto no_source = gold(22, 41);
    CHECK(judge_speaker(no_source, pred(22, 41), text) == speaker_verdict::not_needed);
    CHECK(judge_speaker(no_source, pred(22, 41, make_span(0, 7), "Senator"), text) == speaker_verdict::not_needed);
    CHECK(speaker_ok(speaker_verdict::not_needed));
    CHECK(speaker_ok(speaker_verdict::right));
    CHECK_FALSE(speaker_ok(speaker_verdict::elsewhere_same));
    CHECK_FALSE(speaker_ok(speaker_verdict::missing));
}

TEST_CASE("figures: detection, speaker accuracy and end-to-end on a hand-made document", "[eval][matching]") {
    const std::string text(200, 'x');
    // Four gold: g0 with source, g1 with source, g2 without source, g3 with source (missed).
    const std::vector<gold_attribution> g{gold(0, 20, make_span(20, 25)), gold(30, 50, make_span(50, 55)),
                                          gold(60, 80), gold(150, 190, make_span(140, 145), category::direct)};
    // Five predictions: right speaker, wrong speaker, no speaker (fine: gold has none), two false alarms.
    const std::vector<predicted_attribution> p{pred(0, 20, make_span(21, 24), "S"), pred(32, 50, make_span(90, 95), "T"),
                                               pred(60, 75), pred(100, 120, make_span(121, 125), "U"),
                                               pred(125, 140, make_span(141, 145), "V")};
    const auto r = score_document(g, p, text);
    REQUIRE(r.pairs.size() == 3);
    CHECK(r.verdicts == std::vector<speaker_verdict>{speaker_verdict::right, speaker_verdict::elsewhere,
                                                     speaker_verdict::not_needed});
    CHECK_FALSE(r.gold_to[3]);
    CHECK_FALSE(r.pred_to[3]);
    CHECK_FALSE(r.pred_to[4]);

    scoreboard board;
    board.add(g, p, r);
    const auto& t = board.overall;
    CHECK(t.gold == 4);
    CHECK(t.predicted == 5);
    CHECK(t.precision() == Approx(3.0 / 5));
    CHECK(t.recall() == Approx(3.0 / 4));
    CHECK(t.f1() == Approx(2 * 0.6 * 0.75 / 1.35));
    CHECK(t.speaker_needed == 2);                 // the no-source pair is not in the speaker accuracy
    CHECK(t.speaker_accuracy() == Approx(0.5));
    CHECK(t.end_to_end_precision() == Approx(2.0 / 5));  // g0 (speaker right) and g2 (no source needed)
    CHECK(t.end_to_end_recall() == Approx(2.0 / 4));
    CHECK(t.end_to_end_f1() == Approx(f1_of(0.4, 0.5)));

    CHECK(board.by_category[category::no_source].gold == 1);
    CHECK(board.by_category[category::no_source].gold_end_to_end == 1);
    CHECK(board.by_category[category::direct].gold == 1);
    CHECK(board.by_category[category::direct].recall() == 0.0);
    CHECK(board.by_category[category::indirect].gold == 2);
    CHECK(board.by_category[category::indirect].predicted == 4);  // the predictions with a speaker
    CHECK(board.by_category[category::indirect].predicted_matched == 2);
    CHECK(board.by_cue["say"].gold == 4);
    CHECK(board.by_publisher["(unknown)"].gold == 4);
    board.add(g, p, r, "nyt");
    CHECK(board.by_publisher["nyt"].predicted == 5);
    CHECK(board.overall.gold == 8);
}

TEST_CASE("figures of an empty run are zero, not NaN", "[eval][matching]") {
    const tally t;
    CHECK(t.precision() == 0.0);
    CHECK(t.f1() == 0.0);
    CHECK(t.speaker_accuracy() == 0.0);
    CHECK(f1_of(0.0, 0.0) == 0.0);
    CHECK(f1_of(1.0, 0.5) == Approx(2.0 / 3));
}

TEST_CASE("make_predicted clamps offsets and classifies", "[eval][matching]") {
    claimgraph::attribution a;
    a.content = {"\xE2\x80\x9CHi\xE2\x80\x9D", 0, 8};
    a.speaker = claimgraph::mention{"Ann", 9, 400};  // past the end of a 20-byte text
    a.cue = claimgraph::mention{"Said", 13, 17};
    const std::string text = "\xE2\x80\x9CHi\xE2\x80\x9D Ann Said ok";  // 20 bytes
    REQUIRE(text.size() == 20);
    const auto p = make_predicted(a, text);
    REQUIRE(p.speaker);
    CHECK(p.speaker->end() == 20);
    CHECK(p.kind == category::direct);
    CHECK(p.lemma == "say");
    a.speaker.reset();
    CHECK(make_predicted(a, text).kind == category::no_source);
    a.content = {"", 50, 60};
    CHECK(make_predicted(a, text).content.empty());
}

TEST_CASE("predictions are direct when a quotation mark opens right before their content", "[eval][matching]") {
    const std::string text = "He said: \xE2\x80\x9CWe are ready.\xE2\x80\x9D Then he left.";
    const auto inner = make_span(12, 25);  // We are ready. (without the marks)
    CHECK(classify_predicted(text, inner, "said", true, false, false) == category::direct);
    CHECK(classify_predicted(text, make_span(29, 42), "said", true, false, false) == category::indirect);
    CHECK(classify_predicted(text, make_span(29, 42), "said", true, true, false) == category::direct);
    CHECK(classify_predicted(text, make_span(29, 42), "", true, false, true) == category::according_to);
    CHECK(classify_predicted(text, inner, "said", false, true, false) == category::no_source);
    CHECK(quote_before(text, 12));
    CHECK(quote_before("\"x", 1));
    CHECK_FALSE(quote_before("\" x", 2));     // a mark followed by a space closes
    CHECK(quote_before("He said: ''Go", 11));  // NYT's two apostrophes
    CHECK_FALSE(quote_before(text, 3));
    CHECK_FALSE(quote_before(text, 29));  // after the closing ”
    CHECK_FALSE(quote_before("", 0));
}
