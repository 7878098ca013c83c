// An interrupted run (Ctrl-C, kill) leaves no temporary file and does not touch the existing output.
#include "../input/temp_dir.hpp"
#include "run_binary.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using claimgraph::test::temp_dir;
namespace fs = std::filesystem;

namespace {

bool has_temporary(const fs::path& dir) {
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) return true;
    return false;
}

// Starts `claimgraph - -o out.jsonl` in `dir` reading a pipe; feeds it one line so that it is busy writing,
// waits until its temporary file exists, sends `sig`, and returns the wait status.
int interrupt_run(const fs::path& dir, int sig) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const std::string bin = claimgraph::test::binary().string();
    const std::string out = (dir / "out.jsonl").string();
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(fds[0], STDIN_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::execl(bin.c_str(), bin.c_str(), "-", "--quiet", "-o", out.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[0]);
    const std::string text = "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Andrei Krutskikh told reporters.\n";
    CHECK(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    // the input stays open: the run cannot finish, it waits for more text
    bool started = false;
    for (int i = 0; i < 500 && !started; ++i) {
        started = has_temporary(dir);
        if (!started) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(started);
    ::kill(pid, sig);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(fds[1]);
    return status;
}

} // namespace

TEST_CASE("cli: an interrupted run removes its temporary file and keeps the old output", "[cli][output][signal]") {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
        CAPTURE(sig);
        temp_dir dir;
        dir.write("out.jsonl", "{\"old\":true}\n");
        const int status = interrupt_run(dir.path(), sig);
        CHECK(WIFSIGNALED(status));
        if (WIFSIGNALED(status)) CHECK(WTERMSIG(status) == sig);  // the caller still sees the interruption
        CHECK_FALSE(has_temporary(dir.path()));
        CHECK(claimgraph::test::read_file(dir.path() / "out.jsonl") == "{\"old\":true}\n");
    }
}
