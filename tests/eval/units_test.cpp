// Attribution units: records the extractor links with `continues` are scored as one prediction with a
// discontinuous content, the way PolNeAR annotates `“A,” he said. “B.”`.
#include <claimgraph/eval/scoring.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace claimgraph::eval;
using claimgraph::attribution;
using claimgraph::attribution_kind;
using claimgraph::cue_class;
using claimgraph::mention;

namespace {

// “We will win,” Ana Li said. “Nobody doubts it.” Later, Tom Berg said the race was close.
const std::string text = "\xE2\x80\x9CWe will win,\xE2\x80\x9D Ana Li said. \xE2\x80\x9CNobody doubts it.\xE2\x80\x9D "
                         "Later, Tom Berg said the race was close.";

mention at(std::string_view what, std::size_t from = 0) {
    const auto b = text.find(what, from);
    REQUIRE(b != std::string::npos);
    return mention{std::string(what), b, b + what.size()};
}

std::vector<attribution> records() {
    attribution first;
    first.speaker = at("Ana Li");
    first.cue = at("said");
    first.content = at("We will win");
    first.kind = attribution_kind::direct;
    attribution piece;  // the quote-only sentence: same speaker, no cue
    piece.speaker = first.speaker;
    piece.cue_type = cue_class::none;
    piece.content = at("Nobody doubts it.");
    piece.kind = attribution_kind::direct;
    piece.continues = 0;
    attribution other;
    other.speaker = at("Tom Berg");
    other.cue = at("said", text.find("Berg"));
    other.content = at("the race was close");
    return {first, piece, other};
}

gold_attribution gold_of(std::vector<byte_range> content, span source) {
    gold_attribution g;
    g.content = make_span(std::move(content));
    g.source = std::move(source);
    g.kind = category::direct;
    return g;
}

} // namespace

TEST_CASE("linked records become one prediction with a discontinuous content", "[eval][units]") {
    const auto items = records();
    const auto units = make_predictions(items, text);
    REQUIRE(units.size() == 2);
    const auto& u = units[0];
    REQUIRE(u.content.ranges.size() == 2);
    CHECK(u.content.ranges[0] == byte_range{items[0].content.begin, items[0].content.end});
    CHECK(u.content.ranges[1] == byte_range{items[1].content.begin, items[1].content.end});
    CHECK(u.speaker_text == "Ana Li");  // speaker and cue of the unit's first piece
    CHECK(u.cue_text == "said");
    CHECK(u.kind == category::direct);
    CHECK(units[1].speaker_text == "Tom Berg");
    CHECK(units[1].content.ranges.size() == 1);
}

TEST_CASE("without merging every record is its own prediction", "[eval][units]") {
    const auto items = records();
    const auto pieces = make_predictions(items, text, false);
    REQUIRE(pieces.size() == 3);
    for (const auto& p : pieces) CHECK(p.content.ranges.size() == 1);
}

TEST_CASE("a merged unit matches the discontinuous gold once, the pieces leave a false alarm", "[eval][units]") {
    const auto items = records();
    // PolNeAR's annotation: one attribution whose content is both quotations (marks included).
    const auto q1 = at("\xE2\x80\x9CWe will win,\xE2\x80\x9D");
    const auto q2 = at("\xE2\x80\x9CNobody doubts it.\xE2\x80\x9D");
    const std::vector<gold_attribution> g{
        gold_of({{q1.begin, q1.end}, {q2.begin, q2.end}}, make_span(items[0].speaker->begin, items[0].speaker->end))};

    const auto units = make_predictions(items, text);
    const auto merged = score_document(g, units, text);
    REQUIRE(merged.pairs.size() == 1);
    CHECK(merged.pairs[0].predicted == 0);
    CHECK(merged.verdicts[0] == speaker_verdict::right);
    CHECK_FALSE(merged.pred_to[1].has_value());  // "the race was close" has no gold here

    const auto pieces = make_predictions(items, text, false);
    const auto split = score_document(g, pieces, text);
    REQUIRE(split.pairs.size() == 1);  // one piece matches, the other is a false alarm
    CHECK(split.pairs[0].predicted == 1);  // the longer piece shares more with the gold
    CHECK_FALSE(split.pred_to[0].has_value());

    scoreboard a;
    a.add(g, units, merged);
    scoreboard b;
    b.add(g, pieces, split);
    CHECK(a.overall.predicted == 2);
    CHECK(b.overall.predicted == 3);
    CHECK(a.overall.precision() > b.overall.precision());
    CHECK(a.overall.recall() == b.overall.recall());
}

TEST_CASE("malformed links are ignored: the record is its own unit", "[eval][units]") {
    auto items = records();
    items[1].continues = 1;  // itself
    CHECK(make_predictions(items, text).size() == 3);
    items[1].continues = 7;  // past the end
    CHECK(make_predictions(items, text).size() == 3);
    items[1].continues = 2;  // a later record
    CHECK(make_predictions(items, text).size() == 3);
}

TEST_CASE("a chain of pieces all joins the first piece's unit", "[eval][units]") {
    auto items = records();
    attribution third = items[1];
    third.content = at("the race was close");  // stands in for a second continuation paragraph
    third.continues = 0;
    items.push_back(third);
    const auto units = make_predictions(items, text);
    REQUIRE(units.size() == 2);
    CHECK(units[0].content.ranges.size() == 3);
    // Offsets past the text are clamped like any prediction's.
    items[1].content = mention{"x", text.size() + 5, text.size() + 9};
    CHECK(make_predictions(items, text)[0].content.ranges.size() == 2);
}
