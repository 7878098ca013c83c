#pragma once
// Paths the tests use. ../shared (the team's corpora and seeds) is absent in a user's clone: tests that need
// it call require_shared() and are skipped with a message when it is missing.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace claimgraph::test {

inline std::filesystem::path source_dir() { return CLAIMGRAPH_SOURCE_DIR; }
inline std::filesystem::path shared_dir() { return CLAIMGRAPH_SHARED_DIR; }
inline std::filesystem::path binary() { return CLAIMGRAPH_BINARY; }

inline bool have_shared() { return std::filesystem::exists(shared_dir() / "seeds"); }

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    REQUIRE(in.good());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The seed article as published, bundled in examples/ (available in every clone).
inline std::string seed_original() { return read_file(source_dir() / "examples" / "reuters-cyber.txt"); }
/// The seed article in normalized form, bundled in examples/.
inline std::string seed_normalized() {
    return read_file(source_dir() / "examples" / "reuters-cyber-normalized.txt");
}

} // namespace claimgraph::test

/// Skips the rest of the current test case, saying why, when ../shared is absent.
#define CLAIMGRAPH_REQUIRE_SHARED()                                                                     \
    do {                                                                                                \
        if (!::claimgraph::test::have_shared()) {                                                       \
            WARN("skipped: ../shared (team corpora) is not present in this clone");                     \
            return;                                                                                     \
        }                                                                                               \
    } while (0)
