#pragma once
// The seed article's attributions built by hand from ../shared/seeds/EXPECTED.md, as the extractor reports
// them (mentions as written, canonical names empty), with offsets found in examples/reuters-cyber.txt. Lets
// the graph and export tests run independently of the parser.

#include <claimgraph/core/attribution.hpp>
#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>

#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::test {

/// The mention of `needle` in `text` at or after `from` (fails the test when absent).
inline mention find_mention(std::string_view text, std::string_view needle, std::size_t from = 0) {
    const std::size_t at = text.find(needle, from);
    REQUIRE(at != std::string_view::npos);
    return mention{std::string(needle), at, at + needle.size()};
}

struct seed_row {
    std::optional<std::string_view> speaker;  // as written
    speaker_type type;
    std::vector<std::string> roles;
    std::string_view cue;
    cue_class cue_type;
    std::string_view content;
    attribution_kind kind;
    std::string_view outlet;
    std::string_view cited_by;
    std::string_view after = {};  // find the speaker after this text (disambiguates repeated mentions)
};

/// The seed article's attributions (EXPECTED.md rows 1-5, 7-13, 15-17 plus the nested "they said").
inline document_attributions seed_attributions(std::string_view text, std::string doc_id = "reuters-cyber.txt") {
    using sk = speaker_type;
    using ck = cue_class;
    using ak = attribution_kind;
    const std::vector<seed_row> rows{
        {"Andrey Krutskikh", sk::person, {"a special presidential envoy on cyber security"}, "citing", ck::citing,
         "Moscow and Washington are in talks to create a joint cyber security working group", ak::indirect,
         "RIA news agency", "Russia\xE2\x80\x99s RIA news agency"},
        {"Krutskikh", sk::person, {}, "said, according to", ck::according_to,
         "The talks are underway ... different proposals are being exchanged, nobody denies the necessity of "
         "holding the talks and of having such contacts,",
         ak::direct, "RIA", ""},
        {"Svetlana Lukash", sk::person,
         {"a Russian official who was at the recent G20 summit of global leaders in Hamburg"}, "said", ck::speech,
         "Russian President Vladimir Putin and U.S. President Donald Trump had agreed to discuss cyber security "
         "questions, either via the United Nations or as part of a working group",
         ak::indirect, "", ""},
        {"U.S. and European intelligence and security officials", sk::group, {}, "told Reuters", ck::speech,
         "they were not participating in the talks", ak::indirect, "Reuters", ""},
        {"they", sk::pronoun, {}, "said", ck::speech, "were confined to mid-level political officials",
         ak::indirect, "", "", "which they"},
        {"One of the officials", sk::anonymous, {}, "said", ck::speech,
         "cooperation on cyber security was a \xE2\x80\x9Cpipe dream\xE2\x80\x9D while Russia continues to deny "
         "that it hacked last year\xE2\x80\x99s U.S. presidential election",
         ak::mixed, "", ""},
        {"Thomas Bossert", sk::person, {"Trump\xE2\x80\x99s top counterterrorism adviser"}, "told reporters",
         ck::speech,
         "it would be premature to suggest the United States would be talking to Russia about a possible cyber "
         "security \xE2\x80\x9Cpartnership.\xE2\x80\x9D",
         ak::mixed, "", ""},
        {"he", sk::pronoun, {}, "said", ck::speech,
         "A partnership suggests that you\xE2\x80\x99ve reached a place where you believe that you have a trusted "
         "relationship and you\xE2\x80\x99ve come to some common agreement on ideals and goals and behaviors,",
         ak::direct, "", "", "behaviors,\xE2\x80\x9D "},
        {"Bossert", sk::person, {}, "said", ck::speech,
         "I don\xE2\x80\x99t believe that the United States and Russia have come to that point yet in cyberspace,",
         ak::direct, "", "", "cyberspace,"},
        {std::nullopt, sk::unknown, {}, "", ck::none,
         "And until we do, we wouldn\xE2\x80\x99t have the conversation about partnership.\nBut we had to have a "
         "dialogue, and that\xE2\x80\x99s where we\xE2\x80\x99ll start.",
         ak::direct, "", ""},
        {"Trump", sk::person, {}, "said", ck::speech,
         "he had discussed the idea of creating such a group with Putin at the Hamburg summit", ak::indirect, "", "",
         "start.\xE2\x80\x9D "},
        {"Senior U.S. Republicans", sk::group, {}, "saying", ck::speech, "Moscow could not be trusted", ak::indirect,
         "", ""},
        {"Trump", sk::person, {}, "saying in a post on Twitter", ck::written,
         "The fact that President Putin and I discussed a Cyber Security unit doesn\xE2\x80\x99t mean I think it "
         "can happen.\nIt can\xE2\x80\x99t.",
         ak::direct, "Twitter", "", "and Trump later"},
        {"White House cyber coordinator Rob Joyce", sk::person, {}, "told reporters", ck::speech,
         "no final decision had been made about Office of the Coordinator for Cyber Issues", ak::indirect, "", ""},
        {"White House cyber coordinator Rob Joyce", sk::person, {}, "said", ck::speech,
         "the State Department would continue to play a prominent role in developing cyber norms and brokering "
         "international agreements",
         ak::indirect, "", ""},
        {"Joyce", sk::person, {}, "said", ck::speech,
         "I am confident that Secretary Tillerson is not going to impair cyber security,", ak::direct, "", "",
         "security,\xE2\x80\x9D "},
    };
    document_attributions doc;
    doc.doc = std::move(doc_id);
    doc.publisher = "Reuters";
    doc.form = text_form::raw;
    for (const seed_row& r : rows) {
        attribution a;
        const std::size_t from = r.after.empty() ? 0 : text.find(r.after);
        REQUIRE(from != std::string_view::npos);
        if (r.speaker) a.speaker = find_mention(text, *r.speaker, from);
        a.type = r.type;
        a.roles = r.roles;
        a.cue_type = r.cue_type;
        a.content = find_mention(text, r.content);
        if (!r.cue.empty()) a.cue = mention{std::string(r.cue), a.content.end, a.content.end};
        a.kind = r.kind;
        a.outlet = std::string(r.outlet);
        a.cited_by = std::string(r.cited_by);
        doc.items.push_back(std::move(a));
    }
    return doc;
}

/// The graph of the hand-built seed attributions, speakers resolved.
inline claim_graph seed_graph(build_options options = {}) {
    const std::string text = seed_original();
    document_attributions d = seed_attributions(text);
    resolve_speakers(d);
    graph_builder b(options);
    b.add(d);
    return b.take();
}

} // namespace claimgraph::test
