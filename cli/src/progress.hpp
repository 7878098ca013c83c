#pragma once
/// \file
/// The progress line on standard error: documents, MB read, MB/s and (when the input size is known) the
/// estimated time left. Shown only when standard error is a terminal and --quiet is not given; warnings are
/// printed through it so they do not tangle with the line.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace claimgraph::cli {

class progress {
public:
    /// `enabled`: the user did not ask for --quiet; the line is drawn only if standard error is a terminal.
    explicit progress(bool enabled);
    ~progress() { clear(); }  // an error message must not land on the progress line
    progress(const progress&) = delete;
    progress& operator=(const progress&) = delete;
    /// Redraws the line at most a few times a second.
    void update(std::size_t documents, std::uint64_t bytes, std::optional<std::uint64_t> total);
    /// Prints a warning on its own line (always, terminal or not).
    void warn(const std::string& message);
    /// Clears the line and, on a terminal, prints a summary line (documents, MB, seconds, MB/s).
    void finish(std::size_t documents, std::uint64_t bytes);

private:
    void clear();
    void draw(std::size_t documents, std::uint64_t bytes, std::optional<std::uint64_t> total);
    bool shown_ = false;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_;
};

} // namespace claimgraph::cli
