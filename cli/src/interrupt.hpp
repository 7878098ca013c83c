#pragma once
/// \file
/// Temporary outputs are removed when the run is interrupted. output_file registers its temporary file here;
/// the first registration installs handlers for SIGINT, SIGTERM and SIGHUP that unlink every registered
/// temporary file and then die of the same signal (so the shell still sees "interrupted", exit 130 etc.).
/// The handler only calls async-signal-safe functions: paths are copied into fixed slots up front.

#include <string>

namespace claimgraph::cli {

/// Registers `path` for removal on a fatal signal; returns a slot to pass to forget_on_signal, or -1 when
/// all slots are taken (the file is then only removed by normal cleanup).
int remove_on_signal(const std::string& path) noexcept;
/// Forgets a slot (after the file was renamed into place or removed). -1 is ignored.
void forget_on_signal(int slot) noexcept;

} // namespace claimgraph::cli
