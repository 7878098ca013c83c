// The default command: documents in, attribution records (JSON Lines) or a claim graph out.
//
//     claimgraph article.txt                         records to standard output
//     claimgraph corpus.jsonl.gz --text-field body -o out.jsonl -j 4
//     claimgraph articles/ -o graph.graphml --view sources
#include "commands.hpp"
#include "output_format.hpp"
#include "output_file.hpp"
#include "pipeline.hpp"
#include "progress.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/export/graph_writer.hpp>
#include <claimgraph/export/records.hpp>
#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>
#include <claimgraph/input/document_reader.hpp>
#include <claimgraph/parser/extract.hpp>
#include <claimgraph/parser/normalize.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>

#include <memory>
#include <string>
#include <vector>

namespace claimgraph::cli {

namespace {

struct extract_settings {
    std::vector<std::string> inputs;
    std::string output;
    std::string format;
    std::string input_format = "auto";
    std::string id_field = "id";
    std::string text_field = "text";
    std::string normalized = "auto";
    std::string view = "full";
    std::string names;  // proper spellings, one a line, for speakers of normalized text
    std::string publisher;  // the publisher of documents whose text names none
    bool documents = false;
    bool document_records = false;
    bool skip_bad = false;
    bool quiet = false;
    unsigned jobs = 0;
    bool no_extract = false;  // benchmark of the I/O path: read, serialize, write; no parsing
    bool stats = false;       // where the threads' time went, on standard error
    CLI::Option* id_option = nullptr;
};

form_choice parse_form(const std::string& s) {
    if (s == "auto") return form_choice::automatic;
    if (s == "on") return form_choice::normalized;
    if (s == "off") return form_choice::raw;
    throw error(exit_code::usage, "--normalized takes on, off or auto");
}

proper_names read_names(const std::string& path) {
    proper_names names;
    if (path.empty()) return names;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw error(exit_code::bad_input, path + ": cannot open the names list");
    const std::string list{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (names.add_lines(list) == 0) throw error(exit_code::bad_input, path + ": the names list holds no name");
    return names;
}

int run_extract(const extract_settings& s) {
    const std::string format = output_format_for(s.format, s.output);
    const bool records_mode = format == "jsonl";
    const graph_write_options write_options{parse_view(s.view)};
    extract_options extract_opts;
    extract_opts.form = parse_form(s.normalized);
    extract_opts.default_publisher = s.publisher;

    const proper_names names = read_names(s.names);

    input_options in;
    in.format = s.input_format;
    in.id_field = s.id_field;
    in.text_field = s.text_field;
    in.skip_bad = s.skip_bad;
    in.require_id = s.id_option != nullptr && s.id_option->count() > 0;

    progress bar(!s.quiet);
    document_reader reader(s.inputs, in, [&bar](const std::string& w) { bar.warn(w); });
    output_file out(s.output);  // opened before the work so that an unwritable target fails fast

    const records_options rec{s.document_records};
    graph_builder builder(build_options{s.documents});
    // `p` is reused from an earlier document (see run_pipeline): every part of it is set here
    const std::function<void(document&, processed&)> work = [&](document& doc, processed& p) {
        if (s.no_extract) {
            p.attributions = {};
            p.attributions.doc = doc.id;
        } else {
            p.attributions = extract(doc.id, doc.text, extract_opts);
            resolve_speakers(p.attributions);
            if (!names.empty() && p.attributions.form == text_form::normalized)
                apply_proper_names(p.attributions, names);
        }
        p.records.clear();  // keeps its storage
        if (records_mode) {
            append_records(p.records, p.attributions, rec);
            p.attributions = {};
        }
    };
    const std::function<void(processed&)> consume = [&](processed& p) {
        if (records_mode) out.write(p.records);
        else builder.add(p.attributions);
    };
    const std::function<void()> tick = [&] { bar.update(reader.documents(), reader.bytes_read(), reader.bytes_total()); };

    pipeline_stats stats;
    run_pipeline(reader, pipeline_options{s.jobs == 0 ? default_jobs() : s.jobs, 0, s.stats ? &stats : nullptr},
                 work, consume, tick);
    const auto commit_start = std::chrono::steady_clock::now();
    if (!records_mode) write_graph(builder.graph(), format, out.stream(), write_options);
    out.commit();
    if (s.stats) {
        stats.print(stderr);
        std::fprintf(stderr, "  after the pipeline (graph output, flush, sync, rename): %.3f s\n",
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - commit_start).count());
    }
    bar.finish(reader.documents(), reader.bytes_read());
    if (reader.skipped() > 0)
        bar.warn("skipped " + std::to_string(reader.skipped()) + " bad document(s) or file(s)");
    return 0;
}

} // namespace

action add_extract(CLI::App& app) {
    auto s = std::make_shared<extract_settings>();
    app.add_option("inputs", s->inputs,
                   "input files or directories ('-' or none: standard input); .txt, .jsonl/.ndjson, .csv, .gz");
    app.add_option("-o,--output", s->output, "output file, written atomically (default: standard output)");
    app.add_option("-f,--format", s->format, "output format: jsonl (records) or a graph format (default: by -o)");
    app.add_option("--input-format", s->input_format, "auto (by extension), text, jsonl or csv")
        ->check(CLI::IsMember({"auto", "text", "jsonl", "ndjson", "csv"}));
    s->id_option = app.add_option("--id-field", s->id_field, "JSON Lines/CSV field with the document id (default id)");
    app.add_option("--text-field", s->text_field, "JSON Lines/CSV field with the text (default text)");
    app.add_flag("--skip-bad", s->skip_bad, "skip bad documents with a warning instead of failing");
    app.add_option("--normalized", s->normalized, "parse as normalized text: on, off or auto (default auto)")
        ->check(CLI::IsMember({"on", "off", "auto"}));
    app.add_option("--names", s->names,
                   "file of proper names, one a line: speakers of normalized text take their spelling "
                   "(krutskikh -> Andrey Krutskikh)");
    app.add_option("--publisher", s->publisher,
                   "the publisher of documents whose text names none in a dateline (e.g. Reuters for "
                   "Reuters-21578, whose datelines are a separate field)");
    app.add_option("--view", s->view, "graph view: full or sources (default full)")
        ->check(CLI::IsMember({"full", "sources"}));
    app.add_flag("--documents", s->documents, "graph: add document nodes");
    app.add_flag("--document-records", s->document_records,
                 "records: close each document with a \"record\":\"document\" line (exact round trip)");
    app.add_option("-j,--jobs", s->jobs, "parallel extraction threads (default: all cores)");
    app.add_flag("-q,--quiet", s->quiet, "no progress line");
    app.add_flag("--no-extract", s->no_extract, "benchmark the input/output path alone (no attributions)")
        ->group("");  // hidden: for bench/throughput
    app.add_flag("--stats", s->stats, "print where the threads' time went (reading, extracting, writing, waiting)")
        ->group("");  // hidden: for bench/throughput and docs/SCALING.md
    return [s]() { return run_extract(*s); };
}

} // namespace claimgraph::cli
