#pragma once
/// \file
/// The command-line program. Only cli/ knows argv, files, standard streams and exit codes.

namespace claimgraph::cli {

/// Runs the program; returns the process exit code.
int run(int argc, char** argv);

} // namespace claimgraph::cli
