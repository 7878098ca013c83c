// Spans of the evaluation: merging, overlap of discontinuous spans, the half-of-the-shorter threshold, and
// code point -> UTF-8 byte conversion.
#include <claimgraph/eval/spans.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace claimgraph::eval;

TEST_CASE("make_span sorts, drops empty ranges and merges touching ones", "[eval][spans]") {
    const auto s = make_span({{10, 12}, {0, 3}, {5, 5}, {12, 15}, {2, 4}});
    REQUIRE(s.ranges == std::vector<byte_range>{{0, 4}, {10, 15}});
    CHECK(s.length() == 9);
    CHECK(s.begin() == 0);
    CHECK(s.end() == 15);
    CHECK(make_span(7, 7).empty());
}

TEST_CASE("overlap counts only shared bytes of discontinuous spans", "[eval][spans]") {
    const auto a = make_span({{0, 10}, {20, 30}});
    CHECK(overlap(a, make_span(5, 25)) == 10);   // 5..10 and 20..25
    CHECK(overlap(a, make_span(10, 20)) == 0);   // exactly the gap
    CHECK(overlap(a, make_span({{8, 22}, {28, 40}})) == 6);
    CHECK(overlap(a, a) == 20);
    CHECK(overlap(a, span{}) == 0);
}

TEST_CASE("overlaps_enough: at least half of the shorter span", "[eval][spans]") {
    const auto ten = make_span(100, 110);
    CHECK(overlaps_enough(ten, make_span(105, 200)));    // 5 of 10: exactly half
    CHECK_FALSE(overlaps_enough(ten, make_span(106, 200)));  // 4 of 10
    const auto nine = make_span(0, 9);
    CHECK(overlaps_enough(nine, make_span(4, 50)));   // 5 of 9
    CHECK_FALSE(overlaps_enough(nine, make_span(5, 50)));  // 4 of 9 < 4.5
    // The shorter span decides, whichever side it is on.
    CHECK(overlaps_enough(make_span(0, 1000), make_span(990, 1010)));
    CHECK(overlaps_enough(make_span(990, 1010), make_span(0, 1000)));
    // Discontinuous: the gap does not count towards the overlap.
    CHECK_FALSE(overlaps_enough(make_span({{0, 4}, {10, 14}}), make_span(3, 11)));  // 2 of 8
    CHECK(overlaps_enough(make_span({{0, 4}, {10, 14}}), make_span(2, 12)));        // 4 of 8
    CHECK_FALSE(overlaps_enough(make_span(0, 10), span{}));
    // A stricter threshold can be asked for.
    CHECK_FALSE(overlaps_enough(ten, make_span(105, 200), 2, 3));
}

TEST_CASE("code point offsets become UTF-8 byte offsets (curly quotes, accents)", "[eval][spans]") {
    // “Élan,” said José.   “ is 3 bytes, É and é 2 bytes, ” 3 bytes.
    const std::string text = "\xE2\x80\x9C\xC3\x89lan,\xE2\x80\x9D said Jos\xC3\xA9.";
    const auto table = code_point_offsets(text);
    REQUIRE(table.size() == 18 + 1);  // 18 code points
    CHECK(table[0] == 0);
    CHECK(table[1] == 3);   // É
    CHECK(table[2] == 5);   // l
    CHECK(table[6] == 9);   // ”
    CHECK(table[7] == 12);  // space
    CHECK(table.back() == text.size());
    // Content “Élan,” = code points [0, 7); speaker José = [13, 17).
    const auto content = to_bytes(table, 0, 7);
    CHECK(text.substr(content.begin, content.end - content.begin) == "\xE2\x80\x9C\xC3\x89lan,\xE2\x80\x9D");
    const auto speaker = to_bytes(table, 13, 17);
    CHECK(text.substr(speaker.begin, speaker.end - speaker.begin) == "Jos\xC3\xA9");
    // Offsets past the end are clamped, never read past the table.
    CHECK(to_bytes(table, 17, 99).end == text.size());
    CHECK(span_text(text, make_span({{content.begin, content.end}, {speaker.begin, speaker.end}})) ==
          "\xE2\x80\x9C\xC3\x89lan,\xE2\x80\x9D Jos\xC3\xA9");
}

TEST_CASE("code point table of plain ASCII is the identity", "[eval][spans]") {
    const auto table = code_point_offsets("abc");
    CHECK(table == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(code_point_offsets("") == std::vector<std::size_t>{0});
}
