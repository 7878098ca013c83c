// CSV (RFC 4180) input: quoted fields with commas, doubled quotes and line breaks; ids; bad rows.
#include "temp_dir.hpp"
#include "test_paths.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/input/document_reader.hpp>

#include <catch2/catch.hpp>

using claimgraph::error;
using claimgraph::exit_code;
using claimgraph::input_options;
using claimgraph::test::read_all;
using claimgraph::test::temp_dir;

TEST_CASE("CSV: quoted fields with commas, quotes and line breaks with CRLF and LF", "[input][csv]") {
    temp_dir dir;
    const auto path = dir.write("news.csv",
                                "title,text,subject,date\r\n"
                                "\"A, B\",\"He said, \"\"no.\"\"\r\nSecond line\",politics,2017\r\n"
                                "plain,unquoted text,world,2018\n"
                                "\"\",\"\xE2\x80\x9C" "curly\xE2\x80\x9D\",,\n");
    const auto docs = read_all({path});
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].text == "He said, \"no.\"\r\nSecond line");
    CHECK(docs[0].id == path + ":1");  // no id column: file:row
    CHECK(docs[0].origin == path + ":2");
    CHECK(docs[1].text == "unquoted text");
    CHECK(docs[1].id == path + ":2");
    CHECK(docs[1].origin == path + ":4");  // the quoted line break moved the line count on
    CHECK(docs[2].text == "\xE2\x80\x9C" "curly\xE2\x80\x9D");
}

TEST_CASE("CSV: id and text columns by name, in any order", "[input][csv]") {
    temp_dir dir;
    const auto path = dir.write("c.csv", "\xEF\xBB\xBF" "body,key\nfirst,k1\nsecond,k2");  // BOM, no final newline
    input_options o;
    o.id_field = "key";
    o.text_field = "body";
    const auto docs = read_all({path}, o);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "k1");
    CHECK(docs[1].id == "k2");
    CHECK(docs[1].text == "second");
}

TEST_CASE("CSV: bad rows are errors naming the line, or skipped", "[input][csv][bad]") {
    temp_dir dir;
    const auto path = dir.write("bad.csv", "id,text\n"
                                           "a,good\n"
                                           "b,too,many\n"
                                           "c\n"
                                           "d,\"bad \xFF utf8\"\n"
                                           "e,\"stray\"x\n"
                                           "f,also good\n"
                                           ",no id\n"
                                           "g,\"never closed\n");
    try {
        read_all({path});
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == exit_code::bad_input);
        CHECK(std::string(e.what()).find("bad.csv:3") != std::string::npos);
    }
    input_options o;
    o.skip_bad = true;
    std::vector<std::string> warnings;
    const auto docs = read_all({path}, o, &warnings);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "a");
    CHECK(docs[1].id == "f");
    CHECK(warnings.size() == 6);
}

TEST_CASE("CSV: empty file, header only, missing text column", "[input][csv][bad]") {
    temp_dir dir;
    CHECK_THROWS_AS(read_all({dir.write("empty.csv", "")}), error);
    CHECK_THROWS_AS(read_all({dir.write("header.csv", "id,text\n")}), error);
    CHECK_THROWS_AS(read_all({dir.write("nocol.csv", "id,body\n1,x\n")}), error);
    input_options o;
    o.id_field = "key";
    o.require_id = true;
    CHECK_THROWS_AS(read_all({dir.write("noid.csv", "id,text\n1,x\n")}, o), error);
}

TEST_CASE("CSV: the ISOT layout works with the defaults", "[input][csv][shared]") {
    CLAIMGRAPH_REQUIRE_SHARED();
    const auto path = (claimgraph::test::shared_dir() / "corpora/isot_true_sample/True_first989.csv").string();
    const auto docs = read_all({path});
    CHECK(docs.size() == 989);
    REQUIRE(!docs.empty());
    CHECK(docs[0].id == path + ":1");
    CHECK(docs[0].text.rfind("WASHINGTON (Reuters) - ", 0) == 0);
}
