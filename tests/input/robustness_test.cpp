// Random and truncated inputs: the reader either returns documents or throws claimgraph::error, never crashes,
// hangs or reads past a buffer (run under ASan/UBSan in CI).
#include "temp_dir.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/input/document_reader.hpp>
#include <claimgraph/input/record_reader.hpp>

#include <catch2/catch.hpp>

#include <random>

using namespace claimgraph;
using claimgraph::test::temp_dir;

namespace {

// Pieces that make the parsers take their less common paths.
const char* const pieces[] = {"\"", "\"\"", ",", "\n", "\r\n", "\r", "{", "}", "[", "]", ":", "\\", "\\u",
                              "\\ud800", "\xE2\x80\x9C", "\xC3", "\xFF", std::string_view("\0", 1).data(), " ",
                              "text", "id", "\"text\":", "\"id\":", "null", "1e999", "-0", "\t", "\xEF\xBB\xBF"};

std::string random_bytes(std::mt19937& rng) {
    std::string s;
    const int n = std::uniform_int_distribution<int>(0, 60)(rng);
    for (int i = 0; i < n; ++i) {
        if (rng() % 3 == 0) {
            s.push_back(static_cast<char>(rng() % 256));
        } else {
            const std::size_t k = rng() % (sizeof pieces / sizeof pieces[0]);
            s.append(k == 17 ? std::string(1, '\0') : std::string(pieces[k]));
        }
    }
    return s;
}

/// Reads `path`; true when it read without error. Any exception other than claimgraph::error fails the test.
bool read_ok(const std::string& path, bool skip) {
    input_options o;
    o.skip_bad = skip;
    try {
        document_reader reader({path}, o, [](const std::string&) {});
        document d;
        std::size_t n = 0;
        while (reader.next(d)) {
            REQUIRE(find_invalid_utf8(d.text) == std::string_view::npos);  // what comes out is UTF-8
            REQUIRE(++n < 100000);
        }
        return true;
    } catch (const error& e) {
        CHECK(e.code() == exit_code::bad_input);
        return false;
    }
}

} // namespace

TEST_CASE("random bytes as text, JSON Lines and CSV: documents or a bad_input error", "[input][robust]") {
    temp_dir dir;
    std::mt19937 rng(20240611);
    for (int round = 0; round < 300; ++round) {
        const std::string bytes = random_bytes(rng);
        for (const char* ext : {".txt", ".jsonl", ".csv"}) {
            const std::string path = dir.write("r" + std::string(ext), bytes);
            read_ok(path, false);
            CHECK(read_ok(path, true));  // with skip_bad nothing is fatal
            const std::string gz = dir.write_gz("r" + std::string(ext) + ".gz", bytes);
            read_ok(gz, false);
            CHECK(read_ok(gz, true));
        }
        const std::string records = dir.write("r.records.jsonl", bytes);
        try {
            record_reader reader({records});
            document_attributions d;
            while (reader.next(d)) {
            }
        } catch (const error& e) {
            CHECK(e.code() == exit_code::bad_input);
        }
    }
}

TEST_CASE("every truncation of a valid JSON Lines and CSV file reads or fails cleanly", "[input][robust]") {
    temp_dir dir;
    const std::string jsonl = "{\"id\":1,\"text\":\"\xE2\x80\x9CYes,\xE2\x80\x9D she said.\\n\"}\n{\"id\":2,\"text\":\"b\"}\n";
    const std::string csv = "id,text\n1,\"a, \"\"b\"\"\nc\"\n2,\xC3\xA9t\xC3\xA9\n";
    for (std::size_t n = 0; n <= jsonl.size(); ++n) read_ok(dir.write("t.jsonl", jsonl.substr(0, n)), false);
    for (std::size_t n = 0; n <= csv.size(); ++n) read_ok(dir.write("t.csv", csv.substr(0, n)), false);
    CHECK(read_ok(dir.write("t.jsonl", jsonl), false));
    CHECK(read_ok(dir.write("t.csv", csv), false));
}
