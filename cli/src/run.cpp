#include "run.hpp"

#include "commands.hpp"

#include <claimgraph/core/error.hpp>

#include <iostream>
#include <new>
#include <vector>

namespace claimgraph::cli {

int run(int argc, char** argv) {
    CLI::App app{"claimgraph: who said what, through which outlet, as records and graphs"};
    app.set_version_flag("--version", "claimgraph 0.1.0");
    app.require_subcommand(0, 1);

    const action extract = add_extract(app);
    // One subcommand a line.
    const std::vector<command> subcommands{
        add_build(app),
        add_normalize(app),
    };

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version succeed; every other command-line problem is exit_code::usage.
        const int code = app.exit(e);
        return code == 0 ? 0 : static_cast<int>(exit_code::usage);
    }

    try {
        for (const command& c : subcommands)
            if (c.app->parsed()) return c.run();
        return extract();
    } catch (const error& e) {
        std::cerr << "claimgraph: " << e.what() << '\n';
        return static_cast<int>(e.code());
    } catch (const std::bad_alloc&) {
        std::cerr << "claimgraph: out of memory\n";
        return static_cast<int>(exit_code::failure);
    } catch (const std::exception& e) {
        std::cerr << "claimgraph: " << e.what() << '\n';
        return static_cast<int>(exit_code::failure);
    }
}

} // namespace claimgraph::cli
