#include "interrupt.hpp"

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace claimgraph::cli {
namespace {

constexpr std::size_t slot_count = 16;
constexpr std::size_t path_max = 4096;

struct slot {
    std::atomic<bool> used{false};
    char path[path_max]{};
};

std::array<slot, slot_count> slots;
std::once_flag installed;

extern "C" void on_fatal_signal(int sig) {
    for (auto& s : slots)
        if (s.used.load(std::memory_order_acquire)) ::unlink(s.path);
    // Die of the same signal, with its default action, so that callers see the interruption.
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void install() {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction sa {};
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        struct sigaction old {};
        // A signal the parent set to be ignored (nohup, a background job) stays ignored.
        if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        ::sigaction(sig, &sa, nullptr);
    }
}

std::mutex claim;

} // namespace

int remove_on_signal(const std::string& path) noexcept {
    if (path.size() >= path_max) return -1;
    std::call_once(installed, install);
    const std::lock_guard lock(claim);
    for (std::size_t i = 0; i < slot_count; ++i) {
        auto& s = slots[i];
        if (s.used.load(std::memory_order_relaxed)) continue;
        std::memcpy(s.path, path.c_str(), path.size() + 1);
        s.used.store(true, std::memory_order_release);
        return static_cast<int>(i);
    }
    return -1;
}

void forget_on_signal(int slot) noexcept {
    if (slot < 0 || static_cast<std::size_t>(slot) >= slot_count) return;
    const std::lock_guard lock(claim);
    slots[static_cast<std::size_t>(slot)].used.store(false, std::memory_order_release);
}

} // namespace claimgraph::cli
