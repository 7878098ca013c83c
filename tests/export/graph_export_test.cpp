#include <claimgraph/core/error.hpp>
#include <claimgraph/export/graph_writer.hpp>
#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>

#include "seed_fixture.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <graphviz/cgraph.h>

#include <cstdio>
#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

using namespace claimgraph;
namespace fs = std::filesystem;

namespace {

using test::seed_graph;

std::string write(const claim_graph& g, std::string_view format, graph_view view = graph_view::full) {
    std::ostringstream out;
    write_graph(g, format, out, graph_write_options{view});
    return out.str();
}

/// A file name private to this process: CTest runs the test cases of this file in parallel.
fs::path scratch(const std::string& name) {
    // in the system's temporary directory, never the working directory (tests may be run from the source tree)
    return fs::temp_directory_path() / ("claimgraph-export-" + std::to_string(::getpid()) + "-" + name);
}

fs::path save(const std::string& name, const std::string& content) {
    const fs::path p = scratch(name);
    std::ofstream(p, std::ios::binary) << content;
    return p;
}

bool have_program(const std::string& name) {
    return std::system(("command -v " + name + " > /dev/null 2>&1").c_str()) == 0;
}

/// Runs a shell command; returns its exit status, with stderr captured into `err`.
int run(const std::string& command, std::string& err) {
    const fs::path err_file = scratch("command.stderr");
    const int rc = std::system((command + " 2> '" + err_file.string() + "'").c_str());
    err = test::read_file(err_file);
    fs::remove(err_file);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

/// Reads DOT text back with cgraph.
struct parsed_dot {
    Agraph_t* g = nullptr;
    explicit parsed_dot(const std::string& text) { g = agmemread(text.c_str()); }
    ~parsed_dot() {
        if (g != nullptr) agclose(g);
    }
    parsed_dot(const parsed_dot&) = delete;
    parsed_dot& operator=(const parsed_dot&) = delete;
    std::string get(void* obj, const char* name) const {
        const char* v = agget(obj, const_cast<char*>(name));
        return v == nullptr ? std::string() : std::string(v);
    }
};

/// Runs a GraphML check script on GraphML text; skips with a message when python3 or its library is missing.
void check_with_script(const char* script, const char* library, const std::string& graphml,
                       const std::string& mode) {
    if (!have_program("python3")) {
        WARN("skipped: python3 is not installed");
        return;
    }
    const fs::path file = save("check-" + mode + ".graphml", graphml);
    std::string err;
    const fs::path out_file = scratch("check.stdout");
    const int rc = run("python3 '" + std::string(script) + "' '" + file.string() + "' " + mode + " > '" +
                           out_file.string() + "'",
                       err);
    const std::string out = test::read_file(out_file);
    fs::remove(out_file);
    fs::remove(file);
    if (rc == 77) {
        WARN("skipped: " << library << " is not installed");
        return;
    }
    INFO(out << err);
    CHECK(rc == 0);
}

void check_with_networkx(const std::string& graphml, const std::string& mode) {
    check_with_script(CLAIMGRAPH_GRAPHML_CHECK, "python3-networkx", graphml, mode);
}

void check_with_igraph(const std::string& graphml, const std::string& mode) {
    check_with_script(CLAIMGRAPH_GRAPHML_CHECK_IGRAPH, "python3-igraph", graphml, mode);
}

} // namespace

TEST_CASE("the format registry chooses by name and extension", "[export][registry]") {
    const auto formats = graph_formats();
    for (const char* f : {"dot", "graphml", "svg", "png", "pdf"})
        CHECK(std::find(formats.begin(), formats.end(), f) != formats.end());
    CHECK(graph_format_for_path("out.dot") == "dot");
    CHECK(graph_format_for_path("dir.x/out.GV") == "dot");
    CHECK(graph_format_for_path("g.graphml") == "graphml");
    CHECK(graph_format_for_path("g.svg") == "svg");
    CHECK(graph_format_for_path("g.png") == "png");
    CHECK(graph_format_for_path("g.pdf") == "pdf");
    CHECK(graph_format_for_path("records.jsonl").empty());
    CHECK(graph_format_for_path("dot").empty());
    std::ostringstream out;
    try {
        write_graph(seed_graph(), "gexf", out);
        FAIL("no exception for an unknown format");
    } catch (const error& e) {
        CHECK(e.code() == exit_code::usage);
    }
}

TEST_CASE("DOT parses back with cgraph: nodes, edges, shapes, tooltips", "[export][dot]") {
    const claim_graph g = seed_graph();
    const std::string dot = write(g, "dot");
    CHECK(dot == write(g, "dot"));  // deterministic
    parsed_dot p(dot);
    REQUIRE(p.g != nullptr);
    CHECK(static_cast<std::size_t>(agnnodes(p.g)) == g.node_count());
    CHECK(static_cast<std::size_t>(agnedges(p.g)) == g.edge_count());
    CHECK(p.get(p.g, "rankdir") == "LR");

    std::map<std::string, int> shapes;
    bool found_full_tooltip = false;
    for (Agnode_t* n = agfstnode(p.g); n != nullptr; n = agnxtnode(p.g, n)) {
        const std::string name = agnameof(n);
        const std::string shape = p.get(n, "shape");
        ++shapes[shape];
        if (name.front() == 'c') {
            CHECK(shape == "box");
            const std::string label = p.get(n, "label");
            CHECK(label.size() <= 4 * 40 + 20);  // wrapped and shortened
            if (p.get(n, "tooltip").find("and that\xE2\x80\x99s where we\xE2\x80\x99ll start.") != std::string::npos)
                found_full_tooltip = true;
        }
        if (name.front() == 's') CHECK(shape == "ellipse");
        if (name.front() == 'o') CHECK(shape == "hexagon");
    }
    CHECK(found_full_tooltip);  // the long continuation claim is shortened in the label, complete in the tooltip
    CHECK(shapes["ellipse"] == 8);
    CHECK(shapes["hexagon"] == 3);
    CHECK(shapes["box"] == 16);

    // cue labels on assertions
    bool cue = false;
    for (Agnode_t* n = agfstnode(p.g); n != nullptr; n = agnxtnode(p.g, n))
        for (Agedge_t* e = agfstout(p.g, n); e != nullptr; e = agnxtout(p.g, e))
            if (p.get(e, "label") == "told reporters") cue = true;
    CHECK(cue);
}

TEST_CASE("dot -Tsvg renders the DOT output without a warning", "[export][dot]") {
    if (!have_program("dot")) {
        WARN("skipped: Graphviz dot is not installed");
        return;
    }
    for (graph_view view : {graph_view::full, graph_view::sources}) {
        const fs::path file = save("seed.dot", write(seed_graph(build_options{true}), "dot", view));
        std::string err;
        CHECK(run("dot -Tsvg '" + file.string() + "' -o '" + scratch("seed.svg").string() + "'", err) == 0);
        CHECK(err.empty());
        INFO(err);
        fs::remove(file);
        fs::remove(scratch("seed.svg"));
    }
}

TEST_CASE("pictures are rendered in-process", "[export][render]") {
    const claim_graph g = seed_graph();
    const std::string svg = write(g, "svg");
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("Thomas Bossert") != std::string::npos);
    const std::string png = write(g, "png");
    REQUIRE(png.size() > 8);
    CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
    // for a human to look at: one copy in the temporary directory, replaced by each run
    std::ofstream(fs::temp_directory_path() / "claimgraph-seed-graph.png", std::ios::binary) << png;
    std::ofstream(fs::temp_directory_path() / "claimgraph-seed-sources.png", std::ios::binary)
        << write(g, "png", graph_view::sources);
    const std::string pdf = write(g, "pdf");
    CHECK(pdf.substr(0, 5) == "%PDF-");
}

TEST_CASE("GraphML declares every key with a name, a type and a domain", "[export][graphml]") {
    const std::string xml = write(seed_graph(), "graphml");
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
    std::map<std::string, std::string> type_of;  // attribute name + domain -> type
    std::size_t keys = 0;
    for (std::size_t at = xml.find("<key "); at != std::string::npos; at = xml.find("<key ", at + 1)) {
        ++keys;
        const std::string decl = xml.substr(at, xml.find("/>", at) - at);
        INFO(decl);
        CHECK(decl.find("attr.name=\"") != std::string::npos);
        CHECK((decl.find("for=\"node\"") != std::string::npos || decl.find("for=\"edge\"") != std::string::npos));
        const auto t = decl.find("attr.type=\"");
        REQUIRE(t != std::string::npos);
        const std::string type = decl.substr(t + 11, decl.find('"', t + 11) - t - 11);
        CHECK((type == "string" || type == "int" || type == "long" || type == "double" || type == "boolean"));
    }
    CHECK(keys >= 19);
    CHECK(xml == write(seed_graph(), "graphml"));
}

TEST_CASE("GraphML loads in networkx with the seed graph's speakers, outlets and edges", "[export][graphml]") {
    check_with_networkx(write(seed_graph(), "graphml"), "seed");
    check_with_networkx(write(seed_graph(build_options{true}), "graphml"), "seed");
    check_with_networkx(write(seed_graph(), "graphml", graph_view::sources), "sources");
    check_with_igraph(write(seed_graph(), "graphml"), "seed");
    check_with_igraph(write(seed_graph(build_options{true}), "graphml"), "seed");
    check_with_igraph(write(seed_graph(), "graphml", graph_view::sources), "sources");
}

TEST_CASE("XML special and control characters and invalid UTF-8 are escaped", "[export][graphml]") {
    document_attributions d;
    d.doc = "doc <1> & \"2\"";
    d.publisher = "Reuters";
    attribution a;
    a.speaker = mention{"Jane <Roe>", 0, 10};
    a.type = speaker_type::person;
    a.content = mention{"a < b && c > \"d\" 'e' f\x01g\xC2\xA0\xFF end", 20, 40};
    a.cue = mention{"said\x1b", 12, 16};
    d.items.push_back(a);
    graph_builder b;
    b.add(d);
    const claim_graph g = b.take();
    const std::string xml = write(g, "graphml");
    CHECK(xml.find('\x01') == std::string::npos);
    CHECK(xml.find('\x1b') == std::string::npos);
    CHECK(xml.find("&lt;") != std::string::npos);
    // markup as entities, the C0 control as a space, U+00A0 kept, the stray byte as U+FFFD
    CHECK(xml.find("<data key=\"n_text\">a &lt; b &amp;&amp; c &gt; &quot;d&quot; &apos;e&apos; f g\xC2\xA0\xEF\xBF\xBD "
                   "end</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_cue\">said </data>") != std::string::npos);  // ESC as a space
    check_with_networkx(xml, "escapes");
    // and the DOT of the same graph parses and renders
    parsed_dot p(write(g, "dot"));
    CHECK(p.g != nullptr);
    CHECK(write(g, "svg").find("<svg") != std::string::npos);
}

TEST_CASE("the sources view writes speakers and outlets with weights", "[export][view]") {
    const claim_graph g = seed_graph();
    parsed_dot p(write(g, "dot", graph_view::sources));
    REQUIRE(p.g != nullptr);
    CHECK(agnnodes(p.g) == 11);
    for (Agnode_t* n = agfstnode(p.g); n != nullptr; n = agnxtnode(p.g, n)) CHECK(agnameof(n)[0] != 'c');
}
