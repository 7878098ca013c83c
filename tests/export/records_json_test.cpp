// JSON escaping of records against a byte-at-a-time reference, at every length and position (the writer scans
// 16 bytes at a time and handles the tail of a text specially), and records whose strings need escaping.
#include <claimgraph/export/records.hpp>
#include <claimgraph/input/record_reader.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

namespace {

std::string reference_json(std::string_view text) {
    std::string out = "\"";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(ch);
            }
        }
    }
    return out + "\"";
}

} // namespace

TEST_CASE("records: JSON strings escape every special byte at every length and position", "[records][json]") {
    // every byte that needs escaping (and a few that do not: DEL, UTF-8 lead and continuation bytes)
    std::string specials = "\"\\\x7F\xC3\xA9\xE2\x80\x9C";
    for (int c = 0; c < 0x20; ++c) specials.push_back(static_cast<char>(c));
    for (std::size_t len = 0; len <= 40; ++len) {
        for (std::size_t at = 0; at < len; ++at) {
            for (const char s : specials) {
                std::string text(len, 'a');
                text[at] = s;
                std::string out = "prefix";
                claimgraph::append_json_string(out, text);
                INFO("length " << len << ", byte " << static_cast<int>(static_cast<unsigned char>(s)) << " at " << at);
                REQUIRE(out == "prefix" + reference_json(text));
            }
        }
        std::string out;
        claimgraph::append_json_string(out, std::string(len, 'z'));
        REQUIRE(out == reference_json(std::string(len, 'z')));
    }
    // runs of escapes, and escapes at both ends of a long text
    const std::string mixed = "\"\"\\\n\t" + std::string(37, 'x') + "\x01\x1F" + std::string(16, 'y') + "\"";
    std::string out;
    claimgraph::append_json_string(out, mixed);
    CHECK(out == reference_json(mixed));
}

TEST_CASE("records: records with strings to escape read back the same, appended to earlier output",
          "[records][json]") {
    claimgraph::document_attributions doc;
    doc.doc = "doc \"1\"\\";
    doc.publisher = "Pub\tlisher";
    for (int i = 0; i < 5; ++i) {
        claimgraph::attribution a;
        a.speaker = claimgraph::mention{"Mr. \"Q\" " + std::to_string(i), 10 + static_cast<std::size_t>(i), 12345678901234ull};
        a.canonical = i % 2 ? "" : "Q\x01";
        a.content = claimgraph::mention{std::string(static_cast<std::size_t>(i) * 50, 'c') + "\n\"quoted\"", 0, 7};
        if (i == 3) a.cue = claimgraph::mention{"said", 1, 5};
        a.roles = {"role \\ one", std::string(70, 'r')};
        a.outlet = i == 2 ? "AP" : "";
        a.continues = i == 4 ? std::optional<std::size_t>(3) : std::nullopt;
        doc.items.push_back(a);
    }
    doc.diagnostics.push_back({42, "a \"diagnostic\"\n"});
    std::string lines = "{\"earlier\":1}\n";
    claimgraph::append_records(lines, doc, {true});
    REQUIRE(lines.starts_with("{\"earlier\":1}\n"));
    const auto back = claimgraph::parse_records(std::string_view(lines).substr(14));
    REQUIRE(back.size() == 1);
    const auto& d = back.front();
    CHECK(d.doc == doc.doc);
    CHECK(d.publisher == doc.publisher);
    REQUIRE(d.items.size() == doc.items.size());
    for (std::size_t i = 0; i < d.items.size(); ++i) {
        CHECK(d.items[i].speaker->text == doc.items[i].speaker->text);
        CHECK(d.items[i].speaker->end == doc.items[i].speaker->end);
        CHECK(d.items[i].canonical == doc.items[i].canonical);
        CHECK(d.items[i].content.text == doc.items[i].content.text);
        CHECK(d.items[i].roles == doc.items[i].roles);
        CHECK(d.items[i].outlet == doc.items[i].outlet);
        CHECK(d.items[i].continues == doc.items[i].continues);
        CHECK(d.items[i].cue.has_value() == doc.items[i].cue.has_value());
    }
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].message == doc.diagnostics[0].message);
    // the same lines as write_records, whatever the string held before
    std::string again = "x";
    claimgraph::append_records(again, doc, {true});
    CHECK(again.substr(1) == lines.substr(14));
}

TEST_CASE("records: offsets of every number of digits are written in decimal", "[records][json]") {
    // the writer counts digits four at a time and writes them two at a time: every length and both parities
    std::vector<std::size_t> values{0, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 9999, 10000, 10001, 99999, 100000, 123456};
    for (std::size_t v = 1'000'000; v != 0 && v < 10'000'000'000'000'000'000ull; v *= 10) {
        values.push_back(v - 1);
        values.push_back(v);
        values.push_back(v + v / 3);
    }
    values.push_back(18'446'744'073'709'551'615ull);  // the largest std::size_t
    claimgraph::document_attributions doc;
    doc.doc = "d";
    for (std::size_t v : values) {
        claimgraph::attribution a;
        a.content = claimgraph::mention{"c", v, v};
        doc.items.push_back(a);
    }
    std::string lines;
    claimgraph::append_records(lines, doc, {});
    std::size_t at = 0;
    for (std::size_t v : values) {
        const std::string expected = "\"begin\":" + std::to_string(v) + ",\"end\":" + std::to_string(v) + "}";
        const std::size_t found = lines.find(expected, at);
        CHECK(found != std::string::npos);
        if (found != std::string::npos) at = found + expected.size();
    }
}
