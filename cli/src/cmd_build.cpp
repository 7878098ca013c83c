// `claimgraph build RECORDS.jsonl... -o graph.graphml`: one graph from records files, so that extraction can
// be sharded over processes or machines and merged here (docs/SCALING.md).
#include "commands.hpp"
#include "output_file.hpp"
#include "output_format.hpp"
#include "progress.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/export/graph_writer.hpp>
#include <claimgraph/export/records.hpp>
#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/input/record_reader.hpp>

#include <memory>
#include <string>
#include <vector>

namespace claimgraph::cli {
namespace {

struct build_settings {
    std::vector<std::string> inputs;
    std::string output;
    std::string format;
    std::string view = "full";
    bool documents = false;
    bool skip_bad = false;
    bool quiet = false;
};

int run_build(const build_settings& s) {
    std::string format = output_format_for(s.format, s.output);
    const bool records_mode = format == "jsonl";
    if (records_mode && s.format.empty() && (s.output.empty() || s.output == "-"))
        throw error(exit_code::usage, "build writes a graph: give -o with a graph extension or -f FORMAT");
    const graph_write_options write_options{parse_view(s.view)};
    progress bar(!s.quiet);
    record_reader reader(s.inputs, s.skip_bad, [&bar](const std::string& w) { bar.warn(w); });
    output_file out(s.output);
    graph_builder builder(build_options{s.documents});
    document_attributions doc;
    std::size_t count = 0;
    const records_options rec{true};
    while (reader.next(doc)) {
        if (records_mode) {
            std::string lines;
            append_records(lines, doc, rec);  // merge shards into one records file
            out.write(lines);
        } else {
            builder.add(doc);
        }
        bar.update(++count, 0, std::nullopt);
    }
    if (!records_mode) write_graph(builder.graph(), format, out.stream(), write_options);
    out.commit();
    bar.finish(count, 0);
    if (reader.skipped() > 0) bar.warn("skipped " + std::to_string(reader.skipped()) + " bad record line(s)");
    return 0;
}

} // namespace

command add_build(CLI::App& app) {
    auto s = std::make_shared<build_settings>();
    CLI::App* sub = app.add_subcommand("build", "build one graph from records files (JSON Lines, .gz too)");
    sub->add_option("records", s->inputs, "records files written by claimgraph -f jsonl ('-': standard input)");
    sub->add_option("-o,--output", s->output, "output file, written atomically (default: standard output)");
    sub->add_option("-f,--format", s->format, "graph format (default: by the -o extension); jsonl merges records");
    sub->add_option("--view", s->view, "graph view: full or sources (default full)")
        ->check(CLI::IsMember({"full", "sources"}));
    sub->add_flag("--documents", s->documents, "add document nodes");
    sub->add_flag("--skip-bad", s->skip_bad, "skip malformed record lines with a warning");
    sub->add_flag("-q,--quiet", s->quiet, "no progress line");
    return {sub, [s]() { return run_build(*s); }};
}

} // namespace claimgraph::cli
