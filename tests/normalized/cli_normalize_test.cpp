// `claimgraph normalize`: runs the built program on the seed article.
#include <claimgraph/parser/normalize.hpp>
#include <test_paths.hpp>

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

// Per-process names: test binaries of several build trees may run at once on one machine.
std::filesystem::path scratch(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("claimgraph-normalize-test-" + std::to_string(::getpid()) + "-" + name);
}

int run(const std::string& args) {
    const std::string cmd = "\"" + claimgraph::test::binary().string() + "\" " + args;
    return std::system(cmd.c_str());
}

} // namespace

TEST_CASE("claimgraph normalize writes the normalized form, one document per line", "[normalized][cli]") {
    const auto out = scratch("out.txt");
    const auto seed = claimgraph::test::source_dir() / "examples" / "reuters-cyber.txt";
    REQUIRE(run("normalize \"" + seed.string() + "\" -o \"" + out.string() + "\"") == 0);
    const std::string written = claimgraph::test::read_file(out);
    CHECK(written == claimgraph::normalize(claimgraph::test::seed_original()).text + "\n");
    std::filesystem::remove(out);
}

TEST_CASE("claimgraph normalize --format jsonl", "[normalized][cli]") {
    const auto out = scratch("out.jsonl");
    const auto seed = claimgraph::test::source_dir() / "examples" / "reuters-cyber.txt";
    REQUIRE(run("normalize --format jsonl \"" + seed.string() + "\" -o \"" + out.string() + "\"") == 0);
    const std::string written = claimgraph::test::read_file(out);
    CHECK(written.rfind("{\"id\":", 0) == 0);
    CHECK(written.find("\"text\":\"moscow london washington  reuters    moscow and washington") != std::string::npos);
    CHECK(written.back() == '\n');
    std::filesystem::remove(out);
}

TEST_CASE("claimgraph normalize fails with the input exit code on a missing file", "[normalized][cli]") {
    const int status = run("normalize /nonexistent/claimgraph-missing.txt 2>/dev/null >/dev/null");
    CHECK(status != 0);
}
