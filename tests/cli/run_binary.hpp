#pragma once
// Runs the built claimgraph binary through the shell and captures exit code, standard output and error.

#include "test_paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/wait.h>

namespace claimgraph::test {

struct run_result {
    int code = -1;
    std::string out;
    std::string err;
};

/// Runs `claimgraph ARGS` (ARGS is shell text, quote paths yourself) in `dir`; `stdin_path` feeds standard input.
inline run_result run_claimgraph(const std::filesystem::path& dir, const std::string& args,
                                 const std::string& stdin_path = "/dev/null") {
    const auto out = dir / "stdout.capture";
    const auto err = dir / "stderr.capture";
    const std::string cmd = "cd '" + dir.string() + "' && '" + binary().string() + "' " + args + " <'" + stdin_path +
                            "' >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(cmd.c_str());
    run_result r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return r;
}

inline std::string shell_quote(const std::filesystem::path& p) {
    std::string out;
    out.reserve(p.native().size() + 2);
    out.push_back('\'');
    out.append(p.native());
    out.push_back('\'');
    return out;
}

} // namespace claimgraph::test
