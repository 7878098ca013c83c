// The command-line tool as users run it: exit codes, messages on standard error, outputs, atomic writes.
#include "../input/temp_dir.hpp"
#include "run_binary.hpp"

#include <claimgraph/input/record_reader.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using claimgraph::test::shell_quote;
using claimgraph::test::run_claimgraph;
using claimgraph::test::temp_dir;
namespace fs = std::filesystem;

namespace {

constexpr int bad_input = 3;
constexpr int bad_output = 4;
constexpr int usage = 2;

const std::string seed_line =
    "MOSCOW (Reuters) - \xE2\x80\x9CWe are ready to cooperate,\xE2\x80\x9D Andrei Krutskikh told reporters.";

std::size_t lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

std::size_t files_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

TEST_CASE("cli: the seed article gives records on standard output and nothing on standard error", "[cli]") {
    temp_dir dir;
    const auto seed = claimgraph::test::source_dir() / "examples" / "reuters-cyber.txt";
    const auto r = run_claimgraph(dir.path(), shell_quote(seed));
    CHECK(r.code == 0);
    CHECK(r.err.empty());  // stderr is not a terminal: no progress line
    // every line is a record that reads back
    CHECK_NOTHROW(claimgraph::parse_records(r.out));
    const auto docs = claimgraph::parse_records(r.out);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].doc == seed.string());
    // every mention is the document's bytes at [begin, end)
    const std::string text = claimgraph::test::read_file(seed);
    CHECK(!docs[0].items.empty());
    for (const auto& a : docs[0].items)
        for (const auto* m : {a.speaker ? &*a.speaker : nullptr, a.cue ? &*a.cue : nullptr, &a.content}) {
            if (m == nullptr) continue;
            REQUIRE(m->begin <= m->end);
            REQUIRE(m->end <= text.size());
            CHECK(text.substr(m->begin, m->end - m->begin) == m->text);
        }
}

TEST_CASE("cli: records of the seed read back and write again to the same bytes", "[cli][records]") {
    temp_dir dir;
    const auto seed = claimgraph::test::source_dir() / "examples" / "reuters-cyber.txt";
    const auto r = run_claimgraph(dir.path(), shell_quote(seed) + " --document-records -o seed.jsonl");
    REQUIRE(r.code == 0);
    const auto again = run_claimgraph(dir.path(), "build -f jsonl seed.jsonl");
    CHECK(again.code == 0);
    CHECK(again.out == claimgraph::test::read_file(dir.path() / "seed.jsonl"));
}

TEST_CASE("cli: standard input with '-' and with no input at all", "[cli]") {
    temp_dir dir;
    const auto in = dir.write("in.txt", seed_line);
    const auto a = run_claimgraph(dir.path(), "- --document-records", in);
    const auto b = run_claimgraph(dir.path(), "--document-records", in);
    CHECK(a.code == 0);
    CHECK(a.out == b.out);
    const auto docs = claimgraph::parse_records(a.out);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].doc == "stdin");
    const auto jsonl = dir.write("in.jsonl", "{\"id\":\"s1\",\"text\":\"x\"}\n{\"id\":\"s2\",\"text\":\"y\"}\n");
    const auto c = run_claimgraph(dir.path(), "--input-format jsonl --document-records", jsonl);
    CHECK(c.code == 0);
    CHECK(claimgraph::parse_records(c.out).size() == 2);
    const auto gz = dir.write_gz("in.jsonl.gz", claimgraph::test::read_file(jsonl));
    const auto d = run_claimgraph(dir.path(), "--input-format jsonl --document-records", gz);
    CHECK(d.out == c.out);  // gzip on standard input is recognised by its magic
}

TEST_CASE("cli: each kind of bad input exits with bad_input naming file and line", "[cli][bad]") {
    temp_dir dir;
    struct bad_case {
        std::string name;
        std::string bytes;
        std::string where;
    };
    const bad_case cases[] = {
        {"utf8.txt", "fine\nnot \xC3 fine", "utf8.txt: line 2"},
        {"empty.txt", "", "empty.txt"},
        {"binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10), "binary.txt"},
        {"broken.jsonl", "{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"\n", "broken.jsonl:2"},
        {"nofield.jsonl", "{\"id\":1,\"body\":\"a\"}\n", "nofield.jsonl:1"},
        {"rows.csv", "id,text\n1,a\n2,b,c\n", "rows.csv:3"},
    };
    for (const auto& c : cases) {
        const auto path = dir.write(c.name, c.bytes);
        const auto r = run_claimgraph(dir.path(), shell_quote(path));
        INFO(c.name << ": " << r.err);
        CHECK(r.code == bad_input);
        CHECK(r.err.find(c.where) != std::string::npos);
    }
    const auto r = run_claimgraph(dir.path(), "missing.txt");
    CHECK(r.code == bad_input);
    CHECK(r.err.find("missing.txt") != std::string::npos);
}

TEST_CASE("cli: --skip-bad skips bad documents with a warning each and processes the rest", "[cli][bad]") {
    temp_dir dir;
    const auto good = dir.write("good.txt", seed_line);
    const auto bad = dir.write("bad.txt", "\xFF\xFE");
    const auto jsonl = dir.write("m.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\nnot json\n{\"id\":\"b\",\"text\":\"y\"}\n");
    const auto r = run_claimgraph(dir.path(), "--skip-bad --document-records " + shell_quote(bad) + " " + shell_quote(good) + " " +
                                                  shell_quote(jsonl));
    CHECK(r.code == 0);
    const auto docs = claimgraph::parse_records(r.out);
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].doc == good);
    CHECK(docs[1].doc == "a");
    CHECK(docs[2].doc == "b");
    CHECK(r.err.find("bad.txt") != std::string::npos);
    CHECK(r.err.find("m.jsonl:2") != std::string::npos);
    CHECK(r.err.find("skipped 2") != std::string::npos);
}

TEST_CASE("cli: a failed run leaves an existing output untouched and no temporary file", "[cli][output]") {
    temp_dir dir;
    const auto good = dir.write("good.txt", seed_line);
    const auto bad = dir.write("bad.jsonl", "{\"id\":1,\"text\":\"a\"}\n{oops\n");
    const auto first = run_claimgraph(dir.path(), shell_quote(good) + " --document-records -o out.jsonl");
    REQUIRE(first.code == 0);
    const std::string before = claimgraph::test::read_file(dir.path() / "out.jsonl");
    CHECK(lines(before) >= 1);
    const std::size_t count = files_in(dir.path());
    const auto second = run_claimgraph(dir.path(), shell_quote(good) + " " + shell_quote(bad) + " --document-records -o out.jsonl");
    CHECK(second.code == bad_input);
    CHECK(claimgraph::test::read_file(dir.path() / "out.jsonl") == before);
    CHECK(files_in(dir.path()) == count);  // the temporary file is gone
    // a successful run replaces it
    const auto third = run_claimgraph(dir.path(), shell_quote(good) + " " + shell_quote(good) + " --document-records -o out.jsonl");
    CHECK(third.code == 0);
    CHECK(lines(claimgraph::test::read_file(dir.path() / "out.jsonl")) == 2 * lines(before));
}

TEST_CASE("cli: write failures are detected and reported", "[cli][output]") {
    temp_dir dir;
    const auto good = dir.write("good.txt", seed_line);
    const auto full = run_claimgraph(dir.path(), shell_quote(good) + " --document-records -f jsonl -o /dev/full");
    CHECK(full.code == bad_output);
    CHECK(full.err.find("/dev/full") != std::string::npos);
    // standard output on a full device
    std::string cmd = shell_quote(claimgraph::test::binary());
    cmd += " --document-records " + shell_quote(good) + " >/dev/full 2>/dev/null";
    const int status = std::system(cmd.c_str());
    CHECK(WEXITSTATUS(status) == bad_output);
    const auto nodir = run_claimgraph(dir.path(), shell_quote(good) + " -o no/such/dir/out.jsonl");
    CHECK(nodir.code == bad_output);
}

TEST_CASE("cli: command-line mistakes exit with usage", "[cli]") {
    temp_dir dir;
    const auto good = dir.write("good.txt", seed_line);
    CHECK(run_claimgraph(dir.path(), shell_quote(good) + " -o out.unknown").code == usage);
    CHECK(run_claimgraph(dir.path(), shell_quote(good) + " -f nonsense").code == usage);
    CHECK(run_claimgraph(dir.path(), shell_quote(good) + " --no-such-option").code == usage);
    CHECK(run_claimgraph(dir.path(), shell_quote(good) + " --normalized maybe").code == usage);
    CHECK(run_claimgraph(dir.path(), "--help").code == 0);
    CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("cli: directories, CSV and gzip in one run, in order", "[cli]") {
    temp_dir dir;
    dir.write("corpus/b.txt", "Second.");
    dir.write("corpus/a.txt", "First.");
    const auto csv = dir.write("rows.csv", "title,text\nT,\"Row, one\"\n");
    const auto gz = dir.write_gz("more.jsonl.gz", "{\"id\":\"g\",\"text\":\"z\"}\n");
    const auto r = run_claimgraph(dir.path(), "--document-records corpus " + shell_quote(csv) + " " + shell_quote(gz));
    CHECK(r.code == 0);
    const auto docs = claimgraph::parse_records(r.out);
    REQUIRE(docs.size() == 4);
    CHECK(docs[0].doc == "corpus/a.txt");
    CHECK(docs[1].doc == "corpus/b.txt");
    CHECK(docs[2].doc == csv + ":1");
    CHECK(docs[3].doc == "g");
}

TEST_CASE("cli: a progress summary on a terminal only, and never with --quiet", "[cli][progress]") {
    if (!fs::exists("/usr/bin/script")) {
        WARN("skipped: /usr/bin/script (util-linux) is needed to run under a pseudo-terminal");
        return;
    }
    temp_dir dir;
    const auto good = dir.write("good.txt", seed_line);
    auto under_terminal = [&](const std::string& args) {
        // script(1) gives the command a pseudo-terminal; what it prints there lands in the capture.
        std::string inner = shell_quote(claimgraph::test::binary()) + " " + shell_quote(good) + " " + args;
        std::string cmd = "cd " + shell_quote(dir.path()) + " && script -qec \"" + inner + "\" /dev/null > tty.capture";
        const int status = std::system(cmd.c_str());
        CHECK(WEXITSTATUS(status) == 0);
        return claimgraph::test::read_file(dir.path() / "tty.capture");
    };
    const std::string shown = under_terminal("-o out.jsonl");
    CHECK(shown.find("claimgraph: 1 documents") != std::string::npos);
    const std::string quiet = under_terminal("-o out.jsonl --quiet");
    CHECK(quiet.find("claimgraph:") == std::string::npos);
    // not a terminal: nothing at all (see the seed test: standard error stays empty)
    CHECK(run_claimgraph(dir.path(), shell_quote(good) + " -o out2.jsonl").err.empty());
}

TEST_CASE("cli: an output ending in .gz is gzip-compressed and build reads it back", "[cli][output][gzip]") {
    temp_dir dir;
    const auto seed = claimgraph::test::source_dir() / "examples" / "reuters-cyber.txt";
    const auto plain = run_claimgraph(dir.path(), shell_quote(seed) + " --document-records -o seed.jsonl");
    const auto packed = run_claimgraph(dir.path(), shell_quote(seed) + " --document-records -o seed.jsonl.gz");
    REQUIRE(plain.code == 0);
    REQUIRE(packed.code == 0);
    gzFile f = gzopen((dir.path() / "seed.jsonl.gz").c_str(), "rb");
    REQUIRE(f != nullptr);
    std::string inflated;
    char buf[4096];
    for (int n; (n = gzread(f, buf, sizeof buf)) > 0;) inflated.append(buf, static_cast<std::size_t>(n));
    gzclose(f);
    const std::string expected = claimgraph::test::read_file(dir.path() / "seed.jsonl");
    CHECK(inflated == expected);
    CHECK(claimgraph::test::read_file(dir.path() / "seed.jsonl.gz").size() < expected.size());
    const auto merged = run_claimgraph(dir.path(), "build -f jsonl seed.jsonl.gz");
    CHECK(merged.code == 0);
    CHECK(merged.out == expected);
    const auto dot = run_claimgraph(dir.path(), "build seed.jsonl.gz -o g.dot.gz");
    CHECK(dot.code == 0);
    CHECK(std::filesystem::exists(dir.path() / "g.dot.gz"));
}

TEST_CASE("cli: --names gives speakers of normalized text their proper spelling", "[cli][names]") {
    temp_dir dir;
    const auto seed = claimgraph::test::source_dir() / "examples" / "reuters-cyber-normalized.txt";
    {
        std::ofstream list(dir.path() / "names.txt");
        list << "# people of the seed article\nAndrey Krutskikh\nThomas Bossert\n";
    }
    const auto r = run_claimgraph(dir.path(), shell_quote(seed) + " --names names.txt");
    REQUIRE(r.code == 0);
    const auto docs = claimgraph::parse_records(r.out);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].form == claimgraph::text_form::normalized);
    std::size_t krutskikh = 0, bossert = 0;
    for (const auto& a : docs[0].items) {
        if (!a.speaker) continue;
        if (a.speaker->text == "krutskikh") {
            CHECK(a.canonical == "Andrey Krutskikh");
            ++krutskikh;
        }
        if (a.speaker->text == "bossert" || a.speaker->text == "he") {
            CHECK(a.canonical == "Thomas Bossert");
            ++bossert;
        }
    }
    CHECK(krutskikh >= 1);
    CHECK(bossert >= 2);

    const auto missing = run_claimgraph(dir.path(), shell_quote(seed) + " --names no-such-file.txt");
    CHECK(missing.code == bad_input);
    CHECK(missing.err.find("no-such-file.txt") != std::string::npos);
}

TEST_CASE("cli: --publisher names the outlet of documents whose text has no dateline", "[cli][publisher]") {
    temp_dir dir;
    // one body without a dateline (as Reuters-21578 ships them), one whose dateline names another agency
    const auto in = dir.write("in.jsonl",
                              "{\"id\":\"a\",\"text\":\"The company expects higher profits, its chairman told "
                              "shareholders.\"}\n"
                              "{\"id\":\"b\",\"text\":\"PARIS (AFP) - The strike will go on, union leaders said.\"}\n");
    const auto without = run_claimgraph(dir.path(), shell_quote(in));
    REQUIRE(without.code == 0);
    const auto plain = claimgraph::parse_records(without.out);
    REQUIRE(plain.size() == 2);
    CHECK(plain[0].publisher.empty());
    REQUIRE(plain[0].items.size() == 1);
    CHECK(plain[0].items[0].outlet.empty());

    const auto with = run_claimgraph(dir.path(), shell_quote(in) + " --publisher Reuters");
    REQUIRE(with.code == 0);
    const auto docs = claimgraph::parse_records(with.out);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].publisher == "Reuters");
    REQUIRE(docs[0].items.size() == 1);
    CHECK(docs[0].items[0].outlet == "Reuters");
    CHECK(docs[1].publisher == "AFP");  // the dateline wins over the default
    REQUIRE_FALSE(docs[1].items.empty());
    CHECK(docs[1].items[0].outlet == "AFP");
}
