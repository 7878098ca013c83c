// claimgraph-eval end to end on a small hand-written gold file (tests/eval/data/mini-gold.jsonl): the
// figures file, the error report, the split/primary/doc filters, --normalized, and the exit codes.
#include <test_paths.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace {

const fs::path eval_binary = CLAIMGRAPH_EVAL_BINARY;
const fs::path mini_gold = fs::path(CLAIMGRAPH_SOURCE_DIR) / "tests" / "eval" / "data" / "mini-gold.jsonl";

struct scratch {
    fs::path dir;
    scratch() {
        dir = fs::temp_directory_path() / ("claimgraph-eval-test-" + std::to_string(::getpid()) + "-" +
                                           std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(dir);
    }
    ~scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

int run(const std::string& args, const fs::path& out) {
    // Built with append (GCC 12 warns -Wrestrict, falsely, on "literal" + std::string chains).
    std::string cmd(1, '\'');
    cmd.append(eval_binary.string()).append("' ").append(args).append(" > '").append(out.string()).append("' 2>&1");
    const int status = std::system(cmd.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::map<std::string, std::string> figures(const fs::path& p) {
    std::map<std::string, std::string> m;
    std::istringstream in(claimgraph::test::read_file(p));
    std::string line;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos) m[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return m;
}

} // namespace

TEST_CASE("claimgraph-eval scores a small gold file and writes figures and an error report", "[eval][cli]") {
    scratch s;
    const auto fig = s.dir / "fig.txt";
    const auto err = s.dir / "errors.txt";
    REQUIRE(run("--gold '" + mini_gold.string() + "' --figures '" + fig.string() + "' --errors 5 --errors-file '" +
                    err.string() + "'",
                s.dir / "out.txt") == 0);
    auto f = figures(fig);
    CHECK(f["split"] == "dev");
    CHECK(f["form"] == "raw");
    CHECK(f["documents"] == "2");  // the train copy and the second annotator's copy are not read
    CHECK(f["gold"] == "3");
    const auto predicted = std::stoul(f["predicted"]);
    const auto matched = std::stoul(f["matched"]);
    CHECK(matched <= std::min<unsigned long>(3, predicted));
    // The example of extract.hpp's documentation is in the file: the extractor finds it.
    CHECK(matched >= 1);
    for (const char* key : {"detection_precision", "detection_recall", "detection_f1", "speaker_accuracy", "e2e_f1",
                            "speech_detection_f1", "speech_e2e_f1"}) {
        REQUIRE(f.count(key) == 1);
        const double v = std::stod(f[key]);
        CHECK(v >= 0.0);
        CHECK(v <= 1.0);
    }
    const auto report = claimgraph::test::read_file(err);
    CHECK(report.find("## Error classes") != std::string::npos);
    // The no-source attribution with a belief cue is beyond the extractor's cues: it is reported as missed.
    if (matched < 3) CHECK(report.find("missed / ") != std::string::npos);
    const auto out = claimgraph::test::read_file(s.dir / "out.txt");
    CHECK(out.find("summary: detection P") != std::string::npos);
    CHECK(out.find("by publisher") != std::string::npos);
}

TEST_CASE("claimgraph-eval filters and the normalized twin", "[eval][cli]") {
    scratch s;
    const auto fig = s.dir / "fig.txt";
    const std::string gold = "--gold '" + mini_gold.string() + "' --figures '" + fig.string() + "'";
    REQUIRE(run(gold + " --split train", s.dir / "out.txt") == 0);
    CHECK(figures(fig)["documents"] == "1");
    REQUIRE(run(gold + " --doc slipping", s.dir / "out.txt") == 0);
    CHECK(figures(fig)["gold"] == "1");
    REQUIRE(run(gold + " --normalized", s.dir / "out.txt") == 0);
    auto f = figures(fig);
    CHECK(f["form"] == "normalized");
    CHECK(f["gold"] == "3");
}

TEST_CASE("claimgraph-eval fails with exit code 2 on unusable input", "[eval][cli]") {
    scratch s;
    CHECK(run("--gold '" + (s.dir / "missing.jsonl").string() + "'", s.dir / "out.txt") == 2);
    CHECK(run("--gold '" + mini_gold.string() + "' --split test", s.dir / "out.txt") == 2);  // no such documents
    const auto bad = s.dir / "bad.jsonl";
    {
        std::ofstream(bad) << "{\"id\": \"x\", \"split\": \"dev\"\n";
    }
    CHECK(run("--gold '" + bad.string() + "'", s.dir / "out.txt") == 2);
    CHECK(claimgraph::test::read_file(s.dir / "out.txt").find("line 1") != std::string::npos);
}

TEST_CASE("claimgraph-eval scores the extractor's linked quote pieces as one unit, --pieces one by one",
          "[eval][cli][units]") {
    // “A,” X said. “B.” annotated as one attribution with two content fragments, and a source-less
    // expectation.
    const fs::path units_gold = fs::path(CLAIMGRAPH_SOURCE_DIR) / "tests" / "eval" / "data" / "units-gold.jsonl";
    scratch s;
    const auto fig = s.dir / "fig.txt";
    const std::string gold = "--gold '" + units_gold.string() + "' --figures '" + fig.string() + "'";
    REQUIRE(run(gold, s.dir / "out.txt") == 0);
    auto f = figures(fig);
    CHECK(f["gold"] == "2");
    CHECK(f["predicted"] == "2");  // the two quote pieces are one unit
    CHECK(f["matched"] == "2");
    CHECK(f["detection_precision"] == "1.0000");
    CHECK(f["e2e_f1"] == "1.0000");
    REQUIRE(run(gold + " --pieces", s.dir / "out.txt") == 0);
    f = figures(fig);
    CHECK(f["predicted"] == "3");  // each piece on its own: one of them is a false alarm
    CHECK(f["matched"] == "2");
    CHECK(std::stod(f["detection_precision"]) < 0.7);
}
