// Reading documents: formats, ids, ordering, streaming, and every kind of bad input (strict and --skip-bad).
#include "temp_dir.hpp"
#include "test_paths.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/input/document_reader.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using claimgraph::document;
using claimgraph::document_reader;
using claimgraph::error;
using claimgraph::exit_code;
using claimgraph::input_options;
using claimgraph::test::read_all;
using claimgraph::test::temp_dir;

namespace {

/// Runs `read`, requires a claimgraph::error with exit_code::bad_input whose message names `where`.
template <class F>
void require_bad_input(F&& read, const std::string& where) {
    try {
        read();
        FAIL("no error for bad input at " << where);
    } catch (const error& e) {
        CHECK(e.code() == exit_code::bad_input);
        INFO(e.what());
        CHECK(std::string(e.what()).find(where) != std::string::npos);
    }
}

input_options skipping() {
    input_options o;
    o.skip_bad = true;
    return o;
}

} // namespace

TEST_CASE("a plain text file is one document with its path as id", "[input][text]") {
    temp_dir dir;
    const std::string text = "MOSCOW (Reuters) - \xE2\x80\x9CWe are ready,\xE2\x80\x9D Krutskikh said.\n";
    const auto path = dir.write("a.txt", text);
    const auto docs = read_all({path});
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].id == path);
    CHECK(docs[0].text == text);
    CHECK(docs[0].index == 0);
}

TEST_CASE("a UTF-8 byte order mark is dropped so offsets count from the text", "[input][text]") {
    temp_dir dir;
    const auto docs = read_all({dir.write("bom.txt", "\xEF\xBB\xBFHello")});
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text == "Hello");
}

TEST_CASE("JSON Lines: id and text fields, numeric ids in decimal, escapes decoded", "[input][jsonl]") {
    temp_dir dir;
    const auto path = dir.write("c.jsonl", "{\"newid\": 17, \"body\": \"He said \\\"no\\\".\\nNext\"}\n"
                                           "\n"
                                           "{\"newid\": \"x-2\", \"body\": \"Caf\xC3\xA9 \\u201Cquoted\\u201D\"}\r\n"
                                           "{\"newid\": 18446744073709551615, \"body\": null}");
    input_options o;
    o.id_field = "newid";
    o.text_field = "body";
    const auto docs = read_all({path}, o);
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].id == "17");
    CHECK(docs[0].text == "He said \"no\".\nNext");
    CHECK(docs[0].origin == path + ":1");
    CHECK(docs[1].id == "x-2");
    CHECK(docs[1].text == "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
    CHECK(docs[1].origin == path + ":3");
    CHECK(docs[2].id == "18446744073709551615");
    CHECK(docs[2].text.empty());  // "body": null (Reuters-21578 BRIEF stories) is an empty document
    CHECK(docs[2].index == 2);
}

TEST_CASE("JSON Lines without an id field fall back to file:line unless the id field was named", "[input][jsonl]") {
    temp_dir dir;
    const auto path = dir.write("n.ndjson", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
    const auto docs = read_all({path});
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == path + ":1");
    CHECK(docs[1].id == path + ":2");
    input_options o;
    o.require_id = true;
    require_bad_input([&] { read_all({path}, o); }, path + ":1");
}

TEST_CASE("the input format can be forced", "[input]") {
    temp_dir dir;
    const auto path = dir.write("data.txt", "{\"id\": \"a\", \"text\": \"t\"}\n");
    input_options o;
    o.format = "jsonl";
    const auto docs = read_all({path}, o);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].id == "a");
    CHECK(claimgraph::input_format_for("x.jsonl.gz", {}) == claimgraph::input_format::jsonl);
    CHECK(claimgraph::input_format_for("x.csv", {}) == claimgraph::input_format::csv);
    CHECK(claimgraph::input_format_for("x.text", {}) == claimgraph::input_format::text);
    o.format = "xml";
    CHECK_THROWS_AS(claimgraph::input_format_for("x", o), error);
}

TEST_CASE("directories: every *.txt below, sorted, other files ignored", "[input][dir]") {
    temp_dir dir;
    dir.write("corpus/b.txt", "B");
    dir.write("corpus/a.txt", "A");
    dir.write("corpus/sub/c.txt", "C");
    dir.write("corpus/notes.md", "not read");
    const auto docs = read_all({(dir.path() / "corpus").string()});
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].text == "A");
    CHECK(docs[1].text == "B");
    CHECK(docs[2].text == "C");
    CHECK(docs[2].id == (dir.path() / "corpus" / "sub" / "c.txt").string());
    dir.write("empty/readme.md", "x");
    require_bad_input([&] { read_all({(dir.path() / "empty").string()}); }, "empty");
}

TEST_CASE("gzip inputs are inflated while reading and mixtures keep their order", "[input][gzip]") {
    temp_dir dir;
    std::string jsonl;
    for (int i = 0; i < 3000; ++i) jsonl += "{\"id\": " + std::to_string(i) + ", \"text\": \"story number " + std::to_string(i) + "\"}\n";
    const auto gz = dir.write_gz("big.jsonl.gz", jsonl);
    const auto txt = dir.write_gz("one.txt.gz", "plain \xE2\x80\x94 text");
    const auto csv = dir.write("rows.csv", "id,text\nr1,first row\n");
    const auto docs = read_all({txt, gz, csv});
    REQUIRE(docs.size() == 3002);
    CHECK(docs[0].text == "plain \xE2\x80\x94 text");
    CHECK(docs[1].id == "0");
    CHECK(docs[3000].text == "story number 2999");
    CHECK(docs[3001].id == "r1");
    for (std::size_t i = 0; i < docs.size(); ++i) REQUIRE(docs[i].index == i);
}

TEST_CASE("a truncated gzip file is bad input", "[input][gzip][bad]") {
    temp_dir dir;
    std::string jsonl;
    for (int i = 0; i < 2000; ++i) jsonl += "{\"id\": " + std::to_string(i) + ", \"text\": \"some words here\"}\n";
    const auto gz = dir.write_gz("full.jsonl.gz", jsonl);
    const std::string bytes = claimgraph::test::read_file(gz);
    const auto cut = dir.write("cut.jsonl.gz", std::string_view(bytes).substr(0, bytes.size() / 2));
    require_bad_input([&] { read_all({cut}); }, "cut.jsonl.gz");
    std::vector<std::string> warnings;
    const auto docs = read_all({cut, dir.write("after.txt", "after")}, skipping(), &warnings);
    CHECK(warnings.size() == 1);
    REQUIRE(!docs.empty());
    CHECK(docs.back().text == "after");
    const auto garbage = dir.write("garbage.txt.gz", "\x1f\x8b\x08\x00 this is not deflate data at all");
    require_bad_input([&] { read_all({garbage}); }, "garbage.txt.gz");
}

TEST_CASE("bad text files: invalid UTF-8, empty, binary, missing", "[input][bad]") {
    temp_dir dir;
    const auto bad = dir.write("bad.txt", "line one\nline \xC3\x28 two\n");
    const auto empty = dir.write("empty.txt", "");
    const auto binary = dir.write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const auto missing = (dir.path() / "missing.txt").string();
    const auto good = dir.write("good.txt", "fine");
    require_bad_input([&] { read_all({bad}); }, "bad.txt: line 2");
    require_bad_input([&] { read_all({empty}); }, "empty.txt");
    require_bad_input([&] { read_all({binary}); }, "image.txt");
    require_bad_input([&] { read_all({missing}); }, "missing.txt");

    std::vector<std::string> warnings;
    document_reader reader({bad, empty, good, binary, missing}, skipping(),
                           [&](const std::string& w) { warnings.push_back(w); });
    document doc;
    REQUIRE(reader.next(doc));
    CHECK(doc.text == "fine");
    CHECK(doc.index == 0);
    CHECK_FALSE(reader.next(doc));
    CHECK(reader.skipped() == 4);
    CHECK(warnings.size() == 4);
}

TEST_CASE("bad JSON lines: malformed, not an object, missing field, wrong types, invalid UTF-8", "[input][jsonl][bad]") {
    temp_dir dir;
    const std::string lines[] = {
        "{\"id\": 1, \"text\": \"good one\"}",
        "{\"id\": 2, \"text\": \"unterminated}",
        "[1, 2, 3]",
        "{\"id\": 4}",
        "{\"id\": 5, \"text\": 42}",
        "{\"id\": true, \"text\": \"bad id\"}",
        "{\"id\": 7, \"text\": \"bad \xFF byte\"}",
        "{\"id\": 8, \"text\": \"trailing\"} garbage",
        "{\"id\": 9, \"text\": \"nul \\u0000 inside\"}",
        "{\"id\": 10, \"text\": \"good two\"}",
    };
    std::string all;
    for (const auto& l : lines) all += l + "\n";
    const auto path = dir.write("mixed.jsonl", all);
    for (int line = 2; line <= 9; ++line) {
        std::string one = lines[0] + "\n" + lines[line - 1] + "\n";
        const auto p = dir.write("one" + std::to_string(line) + ".jsonl", one);
        require_bad_input([&] { read_all({p}); }, p + ":2");
    }
    std::vector<std::string> warnings;
    const auto docs = read_all({path}, skipping(), &warnings);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "1");
    CHECK(docs[1].id == "10");
    CHECK(docs[1].index == 1);
    CHECK(warnings.size() == 8);
    require_bad_input([&] { read_all({dir.write("blank.jsonl", "\n  \n")}); }, "blank.jsonl");
}

TEST_CASE("a very long JSON line is read whole", "[input][jsonl]") {
    temp_dir dir;
    const std::string text(3 << 20, 'x');  // longer than the read buffer
    const auto docs = read_all({dir.write("long.jsonl", "{\"id\":\"L\",\"text\":\"" + text + "\"}\n{\"id\":\"S\",\"text\":\"s\"}")});
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].text == text);
    CHECK(docs[1].text == "s");
}

TEST_CASE("the reader is pull-style and reports bytes for progress", "[input][stream]") {
    temp_dir dir;
    const auto a = dir.write("a.txt", "12345");
    const auto b = dir.write("b.jsonl", "{\"id\":1,\"text\":\"x\"}\n");
    document_reader reader({a, b});
    REQUIRE(reader.bytes_total());
    CHECK(*reader.bytes_total() == 5 + 20);
    document doc;
    REQUIRE(reader.next(doc));
    CHECK(reader.documents() == 1);
    REQUIRE(reader.next(doc));
    CHECK_FALSE(reader.next(doc));
    CHECK(reader.bytes_read() == 25);
    CHECK_FALSE(reader.next(doc));  // stays at the end
}

TEST_CASE("Reuters-21578 JSON Lines with newid/body", "[input][jsonl][shared]") {
    CLAIMGRAPH_REQUIRE_SHARED();
    input_options o;
    o.id_field = "newid";
    o.text_field = "body";
    document_reader reader({(claimgraph::test::shared_dir() / "corpora/reuters21578/reuters21578.jsonl").string()}, o);
    document doc;
    std::size_t n = 0, with_text = 0;
    while (reader.next(doc)) {
        ++n;
        if (!doc.text.empty()) ++with_text;
        if (n == 1) CHECK(doc.id == "1");
    }
    CHECK(n == 21578);
    CHECK(with_text == 19780);  // the corpus README: 19,780 stories with a body
    CHECK(reader.skipped() == 0);
}
