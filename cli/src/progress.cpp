#include "progress.hpp"

#include <cstdio>
#include <unistd.h>

namespace claimgraph::cli {

progress::progress(bool enabled)
    : shown_(enabled && ::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()), last_(start_) {}

void progress::update(std::size_t documents, std::uint64_t bytes, std::optional<std::uint64_t> total) {
    if (!shown_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    draw(documents, bytes, total);
}

void progress::draw(std::size_t documents, std::uint64_t bytes, std::optional<std::uint64_t> total) {
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(bytes) / 1e6;
    const double rate = seconds > 0 ? mb / seconds : 0;
    char eta[32] = "";
    if (total && *total > bytes && rate > 0) {
        const auto left = static_cast<long>((static_cast<double>(*total - bytes) / 1e6) / rate);
        std::snprintf(eta, sizeof eta, "  ETA %ld:%02ld", left / 60, left % 60);
    }
    char pct[16] = "";
    if (total && *total > 0)
        std::snprintf(pct, sizeof pct, " (%.0f%%)", 100.0 * static_cast<double>(bytes) / static_cast<double>(*total));
    if (bytes == 0 && !total)
        std::fprintf(stderr, "\r\033[Kclaimgraph: %zu documents", documents);
    else
        std::fprintf(stderr, "\r\033[Kclaimgraph: %zu documents  %.1f MB%s  %.1f MB/s%s", documents, mb, pct, rate, eta);
    std::fflush(stderr);
    drawn_ = true;
}

void progress::clear() {
    if (drawn_) std::fputs("\r\033[K", stderr);
    drawn_ = false;
}

void progress::warn(const std::string& message) {
    clear();
    std::fprintf(stderr, "claimgraph: warning: %s\n", message.c_str());
}

void progress::finish(std::size_t documents, std::uint64_t bytes) {
    if (!shown_) return;
    clear();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double mb = static_cast<double>(bytes) / 1e6;
    if (bytes == 0)
        std::fprintf(stderr, "claimgraph: %zu documents in %.1f s\n", documents, seconds);
    else
        std::fprintf(stderr, "claimgraph: %zu documents, %.1f MB in %.1f s (%.1f MB/s)\n", documents, mb, seconds,
                     seconds > 0 ? mb / seconds : 0.0);
}

} // namespace claimgraph::cli
