// The UTF-8 validator used for messages: agrees with the definition (RFC 3629) at every boundary.
#include <claimgraph/input/document_reader.hpp>

#include <catch2/catch.hpp>

#include <string>

using claimgraph::find_invalid_utf8;
constexpr auto npos = std::string_view::npos;

TEST_CASE("valid UTF-8 is accepted", "[input][utf8]") {
    CHECK(find_invalid_utf8("") == npos);
    CHECK(find_invalid_utf8("plain ASCII, long enough for the fast path") == npos);
    CHECK(find_invalid_utf8("\xE2\x80\x9CKrutskikh\xE2\x80\x9D \xC3\xA9 \xF0\x9F\x98\x80") == npos);
    CHECK(find_invalid_utf8("\xF4\x8F\xBF\xBF") == npos);  // U+10FFFF
    CHECK(find_invalid_utf8("\xED\x9F\xBF") == npos);      // U+D7FF
}

TEST_CASE("invalid UTF-8 is found at its first byte", "[input][utf8]") {
    CHECK(find_invalid_utf8("abc\xFF") == 3);
    CHECK(find_invalid_utf8("abcdefghij\x80") == 10);      // lone continuation after the fast path
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);             // overlong
    CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);         // overlong
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);         // surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);     // above U+10FFFF
    CHECK(find_invalid_utf8("ok \xE2\x80") == 3);          // truncated at the end
    CHECK(find_invalid_utf8("\xE2\x28\xA1") == 0);         // bad continuation
}
