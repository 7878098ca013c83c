// The pipeline recycles documents, results and whole batches: nothing of one document may show in another's
// output. Documents of very different sizes (empty, null, huge) follow each other through many batches, and
// the output must be the same for every -j and the same as each document run alone.
#include "../input/temp_dir.hpp"
#include "run_binary.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using claimgraph::test::run_claimgraph;
using claimgraph::test::shell_quote;
using claimgraph::test::temp_dir;

namespace {

std::string story(int i) {
    if (i % 7 == 3) return "null";  // a title-only story
    if (i % 11 == 5) return "\"\"";
    std::string text = "\"LONDON (Reuters) - ";
    for (int k = 0; k < 1 + (i * 5) % 9; ++k)
        text += "\\u201CPart " + std::to_string(k) + " of " + std::to_string(i) + " holds,\\u201D Minister Anna Weber" +
                std::to_string(i % 13) + " said. Weber" + std::to_string(i % 13) + " added that talks went on. ";
    return text + "\"";
}

std::string line(int i, const std::string& body) {
    // every third story without an id: the reader makes one from file and line
    const std::string id = i % 3 == 0 ? "" : "\"id\":\"n" + std::to_string(i) + "\",";
    return "{" + id + "\"text\":" + body + "}\n";
}

} // namespace

TEST_CASE("pipeline: recycled documents and results keep nothing of earlier documents", "[cli][scale][pipeline]") {
    temp_dir dir;
    std::string corpus;
    std::vector<std::string> lines;
    for (int i = 0; i < 1800; ++i) {
        std::string body = story(i);
        if (i == 700) {  // one document over the size a recycled slot keeps (1 MB)
            body = "\"";
            while (body.size() < (3u << 19)) body += "\\u201CA long story,\\u201D Weber said. ";
            body += "\"";
        }
        lines.push_back(line(i, body));
        corpus += lines.back();
    }
    const auto path = dir.write("corpus.jsonl", corpus);
    const std::string args = shell_quote(path) + " --document-records -q -j ";
    const auto j1 = run_claimgraph(dir.path(), args + "1");
    REQUIRE(j1.code == 0);
    std::size_t documents = 0;
    for (std::size_t at = 0; (at = j1.out.find("{\"record\":\"document\"", at)) != std::string::npos; ++at) ++documents;
    CHECK(documents == 1800);
    for (const char* j : {"2", "3"}) {
        const auto jn = run_claimgraph(dir.path(), args + j);
        REQUIRE(jn.code == 0);
        INFO("-j " << j);
        CHECK(jn.out == j1.out);
    }
    // A few documents alone (first line of their own file) give their records of the whole run.
    for (const int i : {1, 2, 4, 5, 701, 1799}) {
        const auto alone_path = dir.write("alone" + std::to_string(i) + ".jsonl", line(i, story(i)));
        const auto alone = run_claimgraph(dir.path(), shell_quote(alone_path) + " --document-records -q -j 2");
        REQUIRE(alone.code == 0);
        INFO("story " << i);
        if (i % 3 == 0) continue;  // the id would name another file and line
        REQUIRE_FALSE(alone.out.empty());
        CHECK(j1.out.find(alone.out) != std::string::npos);
    }
}
