// Corpus scale: output identical for every -j; sharded extraction + build equals one run.
#include "../input/temp_dir.hpp"
#include "run_binary.hpp"

#include <claimgraph/input/record_reader.hpp>

#include <catch2/catch.hpp>

#include <map>

using claimgraph::test::shell_quote;
using claimgraph::test::run_claimgraph;
using claimgraph::test::temp_dir;

namespace {

/// A small corpus of wire-style stories with attributions, as JSON Lines.
std::string make_corpus(int stories) {
    const char* speakers[] = {"Andrei Krutskikh", "a senior official", "Senator Mark Warner", "the ministry", "He"};
    const char* cues[] = {"said", "told reporters", "warned", "added", "said in a statement"};
    std::string out;
    for (int i = 0; i < stories; ++i) {
        std::string text = "MOSCOW (Reuters) - ";
        for (int k = 0; k < 1 + i % 4; ++k) {
            text += "\\u201CStory " + std::to_string(i) + " part " + std::to_string(k) + " is true,\\u201D ";
            text += speakers[(i + k) % 5];
            text += " ";
            text += cues[(i * 3 + k) % 5];
            text += ". ";
            text += speakers[(i + k + 1) % 5];
            text += " said the talks would continue, according to RIA. ";
        }
        out += "{\"id\":\"s" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
    }
    return out;
}

} // namespace

TEST_CASE("scale: records are byte-identical for -j1, -j2 and -j4", "[cli][scale]") {
    temp_dir dir;
    const auto corpus = dir.write("corpus.jsonl", make_corpus(600));
    const auto j1 = run_claimgraph(dir.path(), shell_quote(corpus) + " --document-records -j 1");
    const auto j2 = run_claimgraph(dir.path(), shell_quote(corpus) + " --document-records -j 2");
    const auto j4 = run_claimgraph(dir.path(), shell_quote(corpus) + " --document-records -j 4");
    REQUIRE(j1.code == 0);
    CHECK(claimgraph::parse_records(j1.out).size() == 600);
    CHECK(j2.out == j1.out);
    CHECK(j4.out == j1.out);
}

TEST_CASE("scale: records are byte-identical for -j1 and -j4 on Reuters-21578", "[cli][scale][shared]") {
    CLAIMGRAPH_REQUIRE_SHARED();
    temp_dir dir;
    const auto reuters = claimgraph::test::shared_dir() / "corpora/reuters21578/reuters21578.jsonl";
    const std::string args = shell_quote(reuters) + " --id-field newid --text-field body --document-records -j ";
    const auto j1 = run_claimgraph(dir.path(), args + "1");
    const auto j4 = run_claimgraph(dir.path(), args + "4");
    REQUIRE(j1.code == 0);
    CHECK(j1.out.size() == j4.out.size());
    CHECK(j1.out == j4.out);

    // Every mention of every record is the document's bytes at [begin, end).
    claimgraph::input_options o;
    o.id_field = "newid";
    o.text_field = "body";
    std::map<std::string, std::string> texts;
    claimgraph::read_documents({reuters.string()}, o, [&](claimgraph::document&& d) { texts[d.id] = std::move(d.text); });
    std::size_t mentions = 0, wrong = 0;
    const auto docs = claimgraph::parse_records(j1.out);
    CHECK(docs.size() == 21578);
    for (const auto& d : docs) {
        const std::string& text = texts.at(d.doc);
        for (const auto& a : d.items)
            for (const auto* m : {a.speaker ? &*a.speaker : nullptr, a.cue ? &*a.cue : nullptr, &a.content}) {
                if (m == nullptr) continue;
                ++mentions;
                if (m->begin > m->end || m->end > text.size() || text.compare(m->begin, m->end - m->begin, m->text) != 0)
                    ++wrong;
            }
    }
    CHECK(mentions > 0);
    CHECK(wrong == 0);
}

TEST_CASE("scale: four shards extracted apart and built together give the graph of one run", "[cli][scale][build]") {
    temp_dir dir;
    const std::string corpus = make_corpus(200);
    std::string shards[4];
    std::size_t line = 0;
    for (std::size_t at = 0; at < corpus.size();) {
        const std::size_t nl = corpus.find('\n', at);
        shards[line++ * 4 / 200] += corpus.substr(at, nl + 1 - at);
        at = nl + 1;
    }
    const auto whole = dir.write("whole.jsonl", corpus);
    std::string records;
    for (int i = 0; i < 4; ++i) {
        const auto shard = dir.write("shard" + std::to_string(i) + ".jsonl", shards[i]);
        const auto r = run_claimgraph(dir.path(), shell_quote(shard) + " --document-records -o shard" + std::to_string(i) +
                                                      ".records.jsonl");
        REQUIRE(r.code == 0);
        records += " shard" + std::to_string(i) + ".records.jsonl";
    }
    for (const std::string& ext : {std::string("dot"), std::string("graphml")}) {
        for (const std::string& extra : {std::string(""), std::string(" --documents"), std::string(" --view sources")}) {
            INFO(ext << extra);
            const auto one = run_claimgraph(dir.path(), shell_quote(whole) + extra + " -o one." + ext);
            REQUIRE(one.code == 0);
            const auto built = run_claimgraph(dir.path(), "build" + records + extra + " -o built." + ext);
            REQUIRE(built.code == 0);
            const std::string a = claimgraph::test::read_file(dir.path() / ("one." + ext));
            const std::string b = claimgraph::test::read_file(dir.path() / ("built." + ext));
            CHECK(!a.empty());
            CHECK(a == b);
        }
    }
}

TEST_CASE("scale: build reads records from standard input and merges records", "[cli][build]") {
    temp_dir dir;
    const auto corpus = dir.write("c.jsonl", make_corpus(20));
    const auto r = run_claimgraph(dir.path(), shell_quote(corpus) + " --document-records -o all.jsonl");
    REQUIRE(r.code == 0);
    const auto merged = run_claimgraph(dir.path(), "build -f jsonl -", (dir.path() / "all.jsonl").string());
    CHECK(merged.code == 0);
    CHECK(merged.out == claimgraph::test::read_file(dir.path() / "all.jsonl"));
    CHECK(run_claimgraph(dir.path(), "build all.jsonl").code == 2);  // a graph needs a format
    CHECK(run_claimgraph(dir.path(), "build missing.jsonl -o g.dot").code == 3);
}

TEST_CASE("scale: a bad document in the middle stops every thread cleanly, or is skipped alike for every -j",
          "[cli][scale][bad]") {
    temp_dir dir;
    std::string corpus = make_corpus(600);
    std::size_t at = 0;
    for (int i = 0; i < 300; ++i) at = corpus.find('\n', at) + 1;
    corpus.insert(at, "{\"id\":\"broken\",\"text\":\"no end\n");
    const auto path = dir.write("c.jsonl", corpus);
    for (const char* j : {"1", "4"}) {
        const auto r = run_claimgraph(dir.path(), shell_quote(path) + " -j " + j + " -o out.jsonl");
        CHECK(r.code == 3);
        CHECK(r.err.find("c.jsonl:301") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(dir.path() / "out.jsonl"));
    }
    const auto j1 = run_claimgraph(dir.path(), shell_quote(path) + " --skip-bad --document-records -j 1");
    const auto j4 = run_claimgraph(dir.path(), shell_quote(path) + " --skip-bad --document-records -j 4");
    CHECK(j1.code == 0);
    CHECK(claimgraph::parse_records(j1.out).size() == 600);
    CHECK(j4.out == j1.out);
}
