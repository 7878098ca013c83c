// Records written by write_records() read back into exactly the same document_attributions.
#include "temp_dir.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/export/records.hpp>
#include <claimgraph/input/record_reader.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace claimgraph;
using claimgraph::test::temp_dir;

namespace {

std::vector<document_attributions> sample() {
    document_attributions a;
    a.doc = "reuters-cyber \"seed\"";
    a.publisher = "Reuters";
    a.form = text_form::raw;
    attribution direct;
    direct.speaker = mention{"Krutskikh", 120, 129};
    direct.canonical = "Andrei Krutskikh";
    direct.type = speaker_type::person;
    direct.roles = {"special presidential envoy on cyber security", "Kremlin adviser"};
    direct.cue = mention{"said", 130, 134};
    direct.cue_type = cue_class::speech;
    direct.content = mention{"\xE2\x80\x9CWe are ready,\xE2\x80\x9D \\ back\tslash\nnew line \x01", 10, 60};
    direct.kind = attribution_kind::direct;
    direct.outlet = "Reuters";
    attribution cited;
    cited.speaker = mention{"Kommersant", 300, 310};
    cited.canonical = "Kommersant";
    cited.type = speaker_type::outlet;
    cited.cue = mention{"citing", 290, 296};
    cited.cue_type = cue_class::citing;
    cited.content = mention{"the talks were planned", 200, 222};
    cited.kind = attribution_kind::indirect;
    cited.outlet = "RIA";
    cited.cited_by = "RIA";
    attribution bare;  // no speaker, no cue, no canonical: the nulls
    bare.content = mention{"continuation", 400, 412};
    bare.cue_type = cue_class::none;
    bare.kind = attribution_kind::mixed;
    bare.continues = 0;  // a later piece of the direct quote's unit
    a.items = {direct, cited, bare};
    a.diagnostics = {{17, "quote not closed"}, {99, "cue without speaker: \xE2\x80\x9Csaid\xE2\x80\x9D"}};

    document_attributions empty;  // a document without attributions
    empty.doc = "empty";
    empty.form = text_form::normalized;

    document_attributions b;
    b.doc = "2";
    attribution opinion;
    opinion.speaker = mention{"they", 0, 4};
    opinion.type = speaker_type::pronoun;
    opinion.cue = mention{"believe", 5, 12};
    opinion.cue_type = cue_class::opinion;
    opinion.content = mention{"it works", 13, 21};
    b.items = {opinion, opinion};
    return {a, empty, b};
}

std::string write(const std::vector<document_attributions>& docs, bool document_records) {
    std::ostringstream out;
    for (const auto& d : docs) write_records(out, d, records_options{document_records});
    return out.str();
}

} // namespace

TEST_CASE("records with document records round-trip exactly", "[records][roundtrip]") {
    const auto docs = sample();
    const std::string jsonl = write(docs, true);
    const auto back = parse_records(jsonl);
    REQUIRE(back.size() == docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) CHECK(back[i] == docs[i]);
    CHECK(write(back, true) == jsonl);  // and writing them again gives the same bytes
}

TEST_CASE("attribution lines alone give back every document that has attributions", "[records][roundtrip]") {
    const auto docs = sample();
    const std::string jsonl = write(docs, false);
    CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == 5);  // one line per attribution
    const auto back = parse_records(jsonl);
    REQUIRE(back.size() == 2);
    CHECK(back[0].items == docs[0].items);
    CHECK(back[0].publisher == "Reuters");
    CHECK(back[0].diagnostics.empty());
    CHECK(back[1] == docs[2]);
}

TEST_CASE("the record reader reads files, gzip and standard layouts in order", "[records][reader]") {
    temp_dir dir;
    const auto docs = sample();
    const auto a = dir.write("shard-0.jsonl", write({docs[0]}, true));
    const auto b = dir.write_gz("shard-1.jsonl.gz", write({docs[1], docs[2]}, true));
    record_reader reader({a, b});
    document_attributions d;
    std::vector<document_attributions> back;
    while (reader.next(d)) back.push_back(d);
    REQUIRE(back.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(back[i] == docs[i]);
}

TEST_CASE("bad record lines name file and line, or are skipped", "[records][reader][bad]") {
    temp_dir dir;
    const auto docs = sample();
    std::string jsonl = write({docs[2]}, true);
    const auto path = dir.write("bad.jsonl", "{\"doc\":\"x\"}\n" + jsonl + "not json\n" +
                                                 "{\"doc\":\"y\",\"content\":{\"text\":\"t\",\"begin\":5,\"end\":1}}\n" +
                                                 "{\"doc\":\"z\",\"content\":{\"text\":\"t\",\"begin\":0,\"end\":1},\"kind\":\"odd\"}\n");
    try {
        record_reader r({path});
        document_attributions d;
        while (r.next(d)) {
        }
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == exit_code::bad_input);
        CHECK(std::string(e.what()).find("bad.jsonl:1") != std::string::npos);
    }
    std::vector<std::string> warnings;
    record_reader r({path}, true, [&](const std::string& w) { warnings.push_back(w); });
    document_attributions d;
    std::vector<document_attributions> back;
    while (r.next(d)) back.push_back(d);
    REQUIRE(back.size() == 1);
    CHECK(back[0] == docs[2]);
    CHECK(r.skipped() == 4);
    CHECK(warnings.size() == 4);
    CHECK_THROWS_AS(parse_records("{\"record\":\"document\",\"doc\":\"q\",\"attributions\":3}"), error);
}

TEST_CASE("'continues' links a piece to an earlier line of its document, or the line is bad", "[records][reader][continues]") {
    const auto docs = sample();
    const std::string jsonl = write({docs[0]}, false);
    CHECK(jsonl.find("\"continues\":0,") != std::string::npos);
    CHECK(jsonl.find("\"continues\":null,") != std::string::npos);
    REQUIRE(parse_records(jsonl).at(0).items.at(2).continues == std::optional<std::size_t>(0));
    // A line without the field (older records) reads as no link.
    const std::string old_line = "{\"doc\":\"o\",\"content\":{\"text\":\"t\",\"begin\":0,\"end\":1}}\n";
    CHECK_FALSE(parse_records(old_line).at(0).items.at(0).continues.has_value());
    // Forward, self and cross-document links are malformed: a piece continues an earlier line of its document.
    const std::string piece = "{\"doc\":\"p\",\"content\":{\"text\":\"t\",\"begin\":0,\"end\":1},\"continues\":";
    CHECK_THROWS_AS(parse_records(piece + "0}\n"), error);
    CHECK_THROWS_AS(parse_records(piece + "1}\n"), error);
    CHECK_THROWS_AS(parse_records(old_line + piece + "0}\n"), error);  // line 0 belongs to document "o"
    CHECK_THROWS_AS(parse_records(piece + "-1}\n"), error);
    CHECK_THROWS_AS(parse_records(piece + "\"0\"}\n"), error);
    const auto two = parse_records(piece + "null}\n" + piece + "0}\n");
    REQUIRE(two.size() == 1);
    CHECK(two[0].items.at(1).continues == std::optional<std::size_t>(0));
}
