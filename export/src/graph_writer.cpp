// The registry of graph formats: name -> writer, with the file extensions that choose it.
#include <claimgraph/core/error.hpp>
#include <claimgraph/export/graph_writer.hpp>

#include "writers.hpp"

#include <algorithm>
#include <array>
#include <functional>

namespace claimgraph {
namespace {

struct format_entry {
    std::string_view name;
    std::array<std::string_view, 2> extensions;
    void (*write)(const claim_graph&, std::ostream&);
};

template <std::size_t N>
struct literal {
    char chars[N];
    constexpr literal(const char (&s)[N]) { std::copy_n(s, N, chars); }
};

template <literal Format>
void render(const claim_graph& g, std::ostream& out) {
    detail::render_graph(g, Format.chars, out);
}

constexpr std::array<format_entry, 5> registry{{
    {"dot", {".dot", ".gv"}, detail::write_dot},
    {"graphml", {".graphml", ""}, detail::write_graphml},
    {"svg", {".svg", ""}, render<"svg">},
    {"png", {".png", ""}, render<"png">},
    {"pdf", {".pdf", ""}, render<"pdf">},
}};

bool iends_with(std::string_view s, std::string_view suffix) {
    if (suffix.empty() || s.size() < suffix.size()) return false;
    return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                      [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
}

} // namespace

std::vector<std::string> graph_formats() {
    std::vector<std::string> out;
    for (const format_entry& f : registry) out.emplace_back(f.name);
    return out;
}

std::string graph_format_for_path(std::string_view path) {
    for (const format_entry& f : registry)
        for (std::string_view ext : f.extensions)
            if (iends_with(path, ext)) return std::string(f.name);
    return {};
}

void write_graph(const claim_graph& graph, std::string_view format, std::ostream& out,
                 const graph_write_options& options) {
    const auto it = std::find_if(registry.begin(), registry.end(), [&](const format_entry& f) { return f.name == format; });
    if (it == registry.end()) throw error(exit_code::usage, "unknown graph format: " + std::string(format));
    if (options.view == graph_view::sources) it->write(sources_view(graph), out);
    else it->write(graph, out);
}

} // namespace claimgraph
