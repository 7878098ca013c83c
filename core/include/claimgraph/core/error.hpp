#pragma once
/// \file
/// The one exception type of claimgraph: an environment failure (unreadable file, malformed input in strict
/// mode, failed write) carrying the process exit code the command-line tool should return. Messy text is not
/// an error: the extractor reports it as diagnostics.

#include <stdexcept>
#include <string>

namespace claimgraph {

/// Exit codes of the command-line tool; the library only attaches them to errors.
enum class exit_code : int {
    ok = 0,
    failure = 1,     ///< generic failure
    usage = 2,       ///< bad command line
    bad_input = 3,   ///< an input file or document could not be read or is malformed
    bad_output = 4,  ///< an output could not be written
};

/// An environment failure with the exit code it maps to.
class error : public std::runtime_error {
public:
    error(exit_code code, const std::string& message) : std::runtime_error(message), code_(code) {}
    /// The exit code the command-line tool returns for this failure.
    [[nodiscard]] exit_code code() const noexcept { return code_; }

private:
    exit_code code_;
};

} // namespace claimgraph
