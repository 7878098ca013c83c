// DOT and pictures through Graphviz. cgraph (char* everywhere, global TRUE/FALSE macros) stays in this file,
// behind a move-only handle and one Agiodisc_t bridge to std::ostream.
#include "style.hpp"
#include "text.hpp"
#include "writers.hpp"

#include <claimgraph/core/error.hpp>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
// Graphviz's plugin registry, fontconfig and pango keep process-lifetime caches that LeakSanitizer reports at
// exit. They are not ours and not growing; every graph we open is closed by cgraph_handle.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\nleak:libgvc.so\nleak:libgvplugin_\nleak:libpango\nleak:libcairo.so\n"
           "leak:libglib-2.0.so\nleak:libgobject-2.0.so\nleak:libharfbuzz.so\nleak:libpixman\nleak:libltdl.so\n";
}
#endif

namespace claimgraph::detail {
namespace {

// Graphviz keeps global state (the error handler, plugin registry): one graph at a time.
std::mutex& graphviz_mutex() {
    static std::mutex m;
    return m;
}

// Graphviz messages are collected instead of printed: the library never prints.
thread_local std::string graphviz_messages;
int collect_message(char* message) {
    graphviz_messages.append(message);
    return 0;
}

struct message_capture {
    message_capture() {
        graphviz_messages.clear();
        agseterrf(collect_message);
    }
    ~message_capture() { agseterrf(nullptr); }
    message_capture(const message_capture&) = delete;
    message_capture& operator=(const message_capture&) = delete;
};

// The std::ostream bridge: cgraph writes through putstr on the channel it is given.
int ostream_putstr(void* chan, const char* str) {
    auto* out = static_cast<std::ostream*>(chan);
    out->write(str, static_cast<std::streamsize>(std::strlen(str)));
    return out->good() ? 0 : EOF;
}
int ostream_flush(void* chan) {
    static_cast<std::ostream*>(chan)->flush();
    return 0;
}
int no_read(void*, char*, int) { return 0; }

Agiodisc_t ostream_io{no_read, ostream_putstr, ostream_flush};
Agdisc_t ostream_disc{&AgMemDisc, &AgIdDisc, &ostream_io};

// cgraph takes char* for strings it only reads.
char* cs(const char* s) { return const_cast<char*>(s); }

/// A cgraph graph, closed on destruction.
class cgraph_handle {
public:
    explicit cgraph_handle(const char* name) : g_(agopen(cs(name), Agdirected, &ostream_disc)) {
        if (g_ == nullptr) throw error(exit_code::failure, "graphviz: cannot create a graph");
    }
    cgraph_handle(cgraph_handle&& other) noexcept : g_(std::exchange(other.g_, nullptr)) {}
    cgraph_handle& operator=(cgraph_handle&& other) noexcept {
        if (this != &other) {
            reset();
            g_ = std::exchange(other.g_, nullptr);
        }
        return *this;
    }
    cgraph_handle(const cgraph_handle&) = delete;
    cgraph_handle& operator=(const cgraph_handle&) = delete;
    ~cgraph_handle() { reset(); }

    [[nodiscard]] Agraph_t* get() const noexcept { return g_; }

private:
    void reset() noexcept {
        if (g_ != nullptr) agclose(g_);
        g_ = nullptr;
    }
    Agraph_t* g_ = nullptr;
};

/// A DOT escString: backslashes doubled so that "\n" line breaks stay the only escapes.
std::string esc(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

std::string join_lines(std::string_view wrapped) {
    std::string out;
    for (char c : wrapped) {
        if (c == '\n') out.append("\\n");
        else if (c == '\\') out.append("\\\\");
        else out.push_back(c);
    }
    return out;
}

std::string node_label(const node& n) {
    switch (n.kind) {
    case node_kind::claim: return join_lines(wrap(clean_utf8(n.text), 34, 4, "\n"));
    case node_kind::speaker: {
        std::string label = join_lines(wrap(clean_utf8(n.label), 30, 2, "\n"));
        if (!n.roles.empty()) label.append("\\n").append(join_lines(wrap(clean_utf8(n.roles.front()), 34, 2, "\n")));
        return label;
    }
    default: return join_lines(wrap(clean_utf8(n.label), 30, 2, "\n"));
    }
}

std::string tooltip(const node& n) {
    std::string t;
    switch (n.kind) {
    case node_kind::claim:
        t.append(n.text).append(" [").append(to_string(n.claim_kind)).append(", ").append(n.doc).append("]");
        break;
    case node_kind::speaker:
        t = n.label;
        for (const std::string& r : n.roles) t.append("; ").append(r);
        t.append(" (").append(std::to_string(n.mentions)).append(n.mentions == 1 ? " mention)" : " mentions)");
        break;
    default: t = n.label; break;
    }
    return esc(clean_utf8(t));
}

/// Builds the cgraph graph: declared defaults, then nodes and edges in vertex and edge order.
cgraph_handle build(const claim_graph& cg) {
    cgraph_handle h("claimgraph");
    Agraph_t* g = h.get();
    struct decl {
        int kind;
        const char* name;
        const char* value;
    };
    // Every attribute used is declared once with its default: agsafeset then only writes what differs.
    static constexpr decl decls[] = {
        {AGRAPH, "rankdir", "LR"},        {AGRAPH, "fontname", "Helvetica"}, {AGRAPH, "nodesep", "0.25"},
        {AGRAPH, "ranksep", "0.9"},       {AGRAPH, "bgcolor", "white"},      {AGRAPH, "pad", "0.3"},
        {AGRAPH, "outputorder", "edgesfirst"},
        {AGNODE, "label", "\\N"},         {AGNODE, "tooltip", ""},           {AGNODE, "shape", "ellipse"},
        {AGNODE, "style", "filled"},      {AGNODE, "fillcolor", "white"},    {AGNODE, "color", "black"},
        {AGNODE, "fontname", "Helvetica"}, {AGNODE, "fontsize", "10"},       {AGNODE, "margin", "0.12,0.06"},
        {AGNODE, "penwidth", "1.2"},
        {AGEDGE, "label", ""},            {AGEDGE, "tooltip", ""},           {AGEDGE, "color", "black"},
        {AGEDGE, "fontcolor", "#555555"}, {AGEDGE, "style", "solid"},        {AGEDGE, "fontname", "Helvetica"},
        {AGEDGE, "fontsize", "8"},        {AGEDGE, "penwidth", "1"},         {AGEDGE, "constraint", "true"},
        {AGEDGE, "arrowsize", "0.7"},
    };
    for (const decl& d : decls) agattr(g, d.kind, cs(d.name), cs(d.value));

    const graph_type& bg = cg.graph();
    std::vector<Agnode_t*> nodes(boost::num_vertices(bg));
    auto set = [](void* obj, const char* name, const std::string& value) {
        agsafeset(obj, cs(name), cs(value.c_str()), cs(""));
    };
    for (claim_graph::vertex v = 0; v < nodes.size(); ++v) {
        const node& n = bg[v];
        const node_style st = style_of(n.kind);
        const std::string id = std::string(st.prefix) + std::to_string(v);
        Agnode_t* an = agnode(g, cs(id.c_str()), 1);
        nodes[v] = an;
        set(an, "label", node_label(n));
        set(an, "tooltip", tooltip(n));
        set(an, "shape", std::string(st.shape));
        set(an, "style", std::string(st.style));
        set(an, "fillcolor", std::string(st.fillcolor));
        set(an, "color", std::string(st.color));
        set(an, "fontsize", std::string(st.fontsize));
    }
    for (auto [it, end] = boost::edges(bg); it != end; ++it) {
        const edge& e = bg[*it];
        const edge_style st = style_of(e.kind);
        Agedge_t* ae = agedge(g, nodes[boost::source(*it, bg)], nodes[boost::target(*it, bg)], nullptr, 1);
        std::string label;
        if (e.kind == edge_kind::asserts) label = join_lines(wrap(clean_utf8(e.cue), 18, 2, "\n"));
        else if (e.kind == edge_kind::cites) label = "cites";
        if (e.weight > 1) label.append(label.empty() ? "" : " ").append("\xC3\x97").append(std::to_string(e.weight));
        set(ae, "label", label);
        std::string tip(to_string(e.kind));
        if (!e.cue.empty()) tip.append(": ").append(clean_utf8(e.cue));
        set(ae, "tooltip", esc(tip));
        set(ae, "color", std::string(st.color));
        set(ae, "style", std::string(st.style));
        set(ae, "constraint", std::string(st.constraint));
        if (e.weight > 1) {  // thicker with the weight, logarithmically: 2 -> 1.75, 8 -> 3.25, capped at 5
            const double pw = std::min(5.0, 1.0 + 0.75 * std::log2(static_cast<double>(e.weight)));
            set(ae, "penwidth", std::to_string(pw).substr(0, 4));
        }
    }
    return h;
}

} // namespace

void write_dot(const claim_graph& g, std::ostream& out) {
    const std::lock_guard lock(graphviz_mutex());
    const message_capture capture;
    cgraph_handle h = build(g);
    if (agwrite(h.get(), &out) != 0 || !out.good()) throw error(exit_code::bad_output, "cannot write the DOT graph");
}

void render_graph(const claim_graph& g, std::string_view format, std::ostream& out) {
    const std::lock_guard lock(graphviz_mutex());
    const message_capture capture;
    cgraph_handle h = build(g);
    // One context for the process, never freed: Graphviz 2.42's pango plugin caches a pointer to the last font
    // name, which lives in the context's font dictionary; freeing the context leaves it dangling for the next
    // render (a use-after-free under AddressSanitizer).
    static const std::unique_ptr<GVC_t, int (*)(GVC_t*)> gvc(gvContext(), [](GVC_t*) { return 0; });
    if (!gvc) throw error(exit_code::failure, "graphviz: cannot create a context");
    if (gvLayout(gvc.get(), h.get(), "dot") != 0)
        throw error(exit_code::failure, "graphviz: layout failed: " + graphviz_messages);
    char* data = nullptr;
    unsigned int length = 0;
    const std::string fmt(format);
    const int rc = gvRenderData(gvc.get(), h.get(), fmt.c_str(), &data, &length);
    std::unique_ptr<char, void (*)(char*)> owned(data, gvFreeRenderData);
    gvFreeLayout(gvc.get(), h.get());
    if (rc != 0 || data == nullptr)
        throw error(exit_code::failure, "graphviz: cannot render " + fmt + ": " + graphviz_messages);
    out.write(data, static_cast<std::streamsize>(length));
    if (!out.good()) throw error(exit_code::bad_output, "cannot write the " + fmt + " picture");
}

} // namespace claimgraph::detail
