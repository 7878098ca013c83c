#pragma once
// Shared helpers of the parser tests: run extract() on a sentence and find the record for a cue.

#include <claimgraph/parser/extract.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::test {

/// One table row: a real sentence and what the extractor must find in it.
struct pattern_case {
    std::string_view sentence;
    std::string_view speaker; ///< the speaker mention ("" when the record has no speaker)
    std::string_view cue;     ///< the cue mention ("" for a cue-less continuation)
    std::string_view claim;   ///< the content mention, exactly
    attribution_kind kind = attribution_kind::indirect;
};

inline const attribution* find_by_claim(const document_attributions& d, std::string_view claim) {
    for (const auto& a : d.items)
        if (a.content.text == claim)
            return &a;
    return nullptr;
}

/// Checks that `c.sentence` yields a record with exactly the given speaker, cue, claim and kind, and that
/// every mention's offsets point at its text.
inline void check_case(const pattern_case& c) {
    INFO("sentence: " << c.sentence);
    const auto d = extract("t", c.sentence, {form_choice::raw});
    std::string found;
    for (const auto& a : d.items)
        found += "[" + (a.speaker ? a.speaker->text : std::string("-")) + "|" + (a.cue ? a.cue->text : "-") +
                 "|" + a.content.text + "] ";
    INFO("records: " << found);
    const auto* a = find_by_claim(d, c.claim);
    REQUIRE(a != nullptr);
    if (c.speaker.empty()) {
        CHECK(!a->speaker);
    } else {
        REQUIRE(a->speaker);
        CHECK(a->speaker->text == c.speaker);
        CHECK(c.sentence.substr(a->speaker->begin, a->speaker->end - a->speaker->begin) == c.speaker);
    }
    if (c.cue.empty()) {
        CHECK(!a->cue);
    } else {
        REQUIRE(a->cue);
        CHECK(a->cue->text == c.cue);
        CHECK(c.sentence.substr(a->cue->begin, a->cue->end - a->cue->begin) == c.cue);
    }
    CHECK(c.sentence.substr(a->content.begin, a->content.end - a->content.begin) == c.claim);
    CHECK(a->kind == c.kind);
}

/// Options that read the text as published (no normalized-form detection).
inline extract_options raw() {
    extract_options o;
    o.form = form_choice::raw;
    return o;
}

/// Whether some record of `sentence` has the cue mention `cue`.
inline bool has_cue(std::string_view sentence, std::string_view cue) {
    const auto d = extract("t", sentence, raw());
    return std::any_of(d.items.begin(), d.items.end(), [&](const auto& a) { return a.cue && a.cue->text == cue; });
}

/// How many records `sentence` yields.
inline std::size_t records(std::string_view sentence) { return extract("t", sentence, raw()).items.size(); }

/// The cue mentions of `sentence`'s records, in order, each followed by ';' ("-" for a record without one).
inline std::string cues(std::string_view sentence) {
    std::string s;
    for (const auto& a : extract("t", sentence, raw()).items)
        s += (a.cue ? a.cue->text : std::string("-")) + ";";
    return s;
}

/// The cue class of the record whose claim is exactly `claim` (which must exist).
inline cue_class class_of(std::string_view sentence, std::string_view claim) {
    const auto d = extract("t", sentence, raw());
    const auto* a = find_by_claim(d, claim);
    REQUIRE(a != nullptr);
    return a->cue_type;
}

} // namespace claimgraph::test
