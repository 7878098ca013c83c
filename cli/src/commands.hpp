#pragma once
/// \file
/// Each command lives in its own file and registers itself on the CLI11 app through one of these functions,
/// returning the action to run when it was chosen. To add a subcommand: declare `command add_NAME(CLI::App&)`
/// here, define it in cmd_NAME.cpp, and list it in run.cpp.

#include <CLI/CLI.hpp>

#include <functional>

namespace claimgraph::cli {

/// What a command does once the command line is parsed; returns the exit code.
using action = std::function<int()>;

/// A registered subcommand.
struct command {
    CLI::App* app = nullptr;  ///< the CLI11 subcommand (owned by the parent app)
    action run;
};

/// The default command: extract attributions from INPUT... (options on the app itself).
action add_extract(CLI::App& app);

/// `build RECORDS...`: one graph from records files.
command add_build(CLI::App& app);

/// `normalize [INPUT...]`: the normalized form of each document, one per line (cmd_normalize.cpp).
command add_normalize(CLI::App&);

} // namespace claimgraph::cli
