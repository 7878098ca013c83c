#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>

#include "text_util.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>
#include <utility>

namespace claimgraph {
namespace {

bool needs_resolution(const document_attributions& doc) {
    return std::any_of(doc.items.begin(), doc.items.end(),
                       [](const attribution& a) { return a.speaker && a.canonical.empty(); });
}

void add_unique(std::vector<std::string>& list, std::string_view value) {
    if (value.empty()) return;
    if (std::none_of(list.begin(), list.end(), [&](const std::string& x) { return detail::iequals(x, value); }))
        list.emplace_back(value);
}

bool all_lower(std::string_view s) {
    return std::none_of(s.begin(), s.end(), [](char c) { return detail::ascii_upper(c); });
}

bool is_pronoun_or_nominal(const attribution& a) {
    if (!a.speaker) return true;
    detail::word_cursor words(a.speaker->text);
    std::string_view first;
    if (!words.next(first)) return true;
    std::string_view second;
    if (!words.next(second)) {
        for (std::string_view p : {"he", "she", "they", "it", "who", "which"})
            if (detail::iequals(first, p)) return true;
        return false;
    }
    return detail::iequals(first, "the") && !detail::iequals(a.canonical, a.speaker->text);
}

} // namespace

graph_builder::graph_builder(build_options options) : options_(options) {}

void graph_builder::add(const document_attributions& doc) {
    if (!needs_resolution(doc)) {
        add_resolved(doc);
        return;
    }
    document_attributions copy = doc;
    resolve_speakers(copy);
    add_resolved(copy);
}

void graph_builder::add_resolved(const document_attributions& doc) {
    using vertex = claim_graph::vertex;
    ++documents_added_;
    merged_ = false;
    claim_graph& cg = graph_;
    graph_type& g = cg.g_;
    auto counted_in_this_document = [&](vertex v) {
        if (last_document_.size() <= v) last_document_.resize(v + 1, 0);
        if (last_document_[v] == documents_added_) return true;
        last_document_[v] = documents_added_;
        return false;
    };
    auto outlet_vertex = [&](std::string_view name) -> std::optional<vertex> {
        std::string canonical = canonical_outlet(name);
        if (canonical.empty()) return std::nullopt;
        auto [v, added] = cg.ensure_node(node_key(node_kind::outlet, canonical), [&] {
            node n;
            n.kind = node_kind::outlet;
            n.outlet_type = std::string(outlet_type(canonical));
            n.label = std::move(canonical);
            return n;
        });
        if (!added && all_lower(g[v].label) && !all_lower(name)) {
            // learned the proper spelling (normalized text came first)
            g[v].label = canonical_outlet(name);
        }
        return v;
    };

    const std::optional<vertex> publisher =
        doc.publisher.empty() ? std::nullopt : outlet_vertex(doc.publisher);
    std::optional<vertex> document;
    if (options_.documents) {
        document = cg.ensure_node(node_key(node_kind::document, doc.doc), [&] {
                         node n;
                         n.kind = node_kind::document;
                         n.label = doc.doc;
                         n.doc = doc.doc;
                         return n;
                     }).first;
    }

    std::string claim_key;  // reused: one buffer for every claim of the document
    for (const attribution& a : doc.items) {
        const std::string_view text = detail::trim(a.content.text);
        if (text.empty()) continue;

        // The speaker: a person/group/... node, or the outlet node when an outlet speaks.
        std::optional<vertex> speaker;
        const std::string_view speaker_name =
            !a.canonical.empty() ? std::string_view(a.canonical)
            : (a.speaker && a.type != speaker_type::pronoun && !is_pronoun_or_nominal(a)) ? detail::trim(a.speaker->text)
                                                                                           : std::string_view();
        if (!speaker_name.empty() && a.type == speaker_type::outlet) {
            speaker = outlet_vertex(speaker_name);
        } else if (!speaker_name.empty()) {
            std::string key = node_key(node_kind::speaker, speaker_name);
            if (a.type == speaker_type::anonymous) {
                key.push_back('\x1f');  // anonymous sources never merge across documents
                key.append(doc.doc);
            }
            auto [v, added] = cg.ensure_node(key, [&] {
                node n;
                n.kind = node_kind::speaker;
                n.label = std::string(speaker_name);
                n.canonical = n.label;
                n.type = a.type;
                return n;
            });
            node& s = g[v];
            if (!added && all_lower(s.canonical) && !all_lower(speaker_name)) s.canonical = s.label = std::string(speaker_name);
            if (s.type == speaker_type::unknown) s.type = a.type;
            ++s.mentions;
            if (!counted_in_this_document(v)) ++s.documents;
            for (const std::string& r : a.roles) add_unique(s.roles, detail::trim(r, ",;:"));
            if (a.speaker && !is_pronoun_or_nominal(a)) {
                const std::string alias = split_person_mention(a.speaker->text).name;
                const std::string_view form = a.type == speaker_type::person ? std::string_view(alias)
                                                                             : detail::trim(a.speaker->text);
                if (!detail::iequals(form, s.canonical)) add_unique(s.aliases, form);
            }
            speaker = v;
        }

        // The claim, keyed by its speaker and normalised text.
        claim_key.assign("claim:");
        if (speaker) claim_key.append(g[*speaker].key);
        else claim_key.append("doc:").append(doc.doc);
        claim_key.push_back('\x1f');
        detail::append_normalised_key(claim_key, text);
        const vertex claim = cg.ensure_node(claim_key, [&] {
                                  node cn;
                                  cn.kind = node_kind::claim;
                                  cn.label = std::string(text);
                                  cn.text = std::string(text);
                                  cn.claim_kind = a.kind;
                                  cn.doc = doc.doc;
                                  cn.begin = a.content.begin;
                                  cn.end = a.content.end;
                                  return cn;
                              }).first;
        ++g[claim].count;

        const std::string_view cue = a.cue ? detail::trim(a.cue->text) : std::string_view();
        if (speaker) cg.add_edge(*speaker, claim, edge_kind::asserts, cue, doc.doc);

        // Through which outlet the claim reaches readers: the one named, else the publisher.
        std::optional<vertex> via = a.outlet.empty() ? publisher : outlet_vertex(a.outlet);
        if (via && via == speaker) via = publisher;  // "media reports that ...": the publisher carries it
        if (via && via != speaker) cg.add_edge(claim, *via, edge_kind::reported_by, cue, doc.doc);
        // the publisher relays what another outlet reported (or, speaking itself, said)
        const std::optional<vertex> relayed =
            speaker && g[*speaker].kind == node_kind::outlet ? speaker : via;
        if (relayed && publisher && relayed != publisher)
            cg.add_edge(*relayed, *publisher, edge_kind::reported_by, {}, doc.doc);
        if (!a.cited_by.empty() && speaker) {
            if (auto citing = outlet_vertex(a.cited_by); citing && citing != speaker)
                cg.add_edge(*citing, *speaker, edge_kind::cites, cue, doc.doc);
        }
        if (document) cg.add_edge(claim, *document, edge_kind::in, {}, doc.doc);
    }
}

const claim_graph& graph_builder::graph() {
    merge_surnames();
    return graph_;
}

claim_graph graph_builder::take() {
    merge_surnames();
    last_document_.clear();
    documents_added_ = 0;
    return std::exchange(graph_, claim_graph{});
}

void graph_builder::merge_surnames() {
    using vertex = claim_graph::vertex;
    if (merged_) return;
    merged_ = true;
    const graph_type& g = graph_.g_;
    const std::size_t n = boost::num_vertices(g);
    auto is_person = [&](vertex v) { return g[v].kind == node_kind::speaker && g[v].type == speaker_type::person; };

    std::unordered_map<std::string, std::vector<vertex>> full_names;  // last word -> persons with full names
    for (vertex v = 0; v < n; ++v) {
        if (!is_person(v)) continue;
        const detail::word_ends ends = detail::ends_of_words(g[v].label);
        if (ends.several) full_names[detail::lower(ends.last)].push_back(v);
    }
    std::vector<std::optional<vertex>> into(n);
    bool any = false;
    for (vertex v = 0; v < n; ++v) {
        if (!is_person(v) || detail::word_count(g[v].label) != 1) continue;
        const auto it = full_names.find(detail::lower(g[v].label));
        if (it == full_names.end() || it->second.size() != 1) continue;
        into[v] = it->second.front();
        any = true;
    }
    if (!any) return;

    // Rebuild: vecS vertices cannot be removed without renumbering, and claim keys name their speaker. The
    // nodes are moved, not copied, into the new graph (whose vertex storage is sized once), so the peak is
    // one set of node texts, not two. Merged-away speakers keep theirs until their fields are folded in below.
    graph_type& src = graph_.g_;
    std::vector<std::optional<std::string>> claim_keys(n);  // new keys of claims whose speaker merges
    std::size_t kept = 0;
    for (vertex v = 0; v < n; ++v) {
        if (into[v]) continue;
        ++kept;
        if (src[v].kind != node_kind::claim) continue;
        if (const auto sp = graph_.speaker_of(v); sp && into[*sp]) {
            const std::string& key = src[v].key;
            claim_keys[v] = "claim:" + src[*into[*sp]].key + key.substr(key.find('\x1f'));
        }
    }
    // A claim given its new key may meet a claim already under that key (the full name said it too): the
    // first of the two in vertex order stays and the other folds into it. Only re-keyed claims can meet, so
    // the old index answers for claims that keep their key, and `rekeyed` for the re-keyed ones.
    claim_graph out;
    out.g_.m_vertices.reserve(kept);
    std::unordered_map<std::string_view, vertex> rekeyed;  // views into claim_keys
    std::vector<vertex> map(n);
    const auto fold = [&](vertex v, vertex into_new) {
        map[v] = into_new;
        out.g_[into_new].count += src[v].count;
    };
    for (vertex v = 0; v < n; ++v) {
        if (into[v]) continue;
        if (claim_keys[v]) {
            const std::string& key = *claim_keys[v];
            if (const auto it = graph_.index_.find(key); it != graph_.index_.end() && it->second < v) {
                fold(v, map[it->second]);
                continue;
            }
            if (const auto it = rekeyed.find(key); it != rekeyed.end()) {
                fold(v, it->second);
                continue;
            }
        } else if (!rekeyed.empty()) {
            if (const auto it = rekeyed.find(src[v].key); it != rekeyed.end()) {
                fold(v, it->second);
                continue;
            }
        }
        node moved = std::move(src[v]);
        if (claim_keys[v]) moved.key = *claim_keys[v];
        map[v] = boost::add_vertex(std::move(moved), out.g_);
        if (claim_keys[v]) rekeyed.emplace(*claim_keys[v], map[v]);
    }
    for (vertex v = 0; v < n; ++v) {
        if (!into[v]) continue;
        map[v] = map[*into[v]];
        node& target = out.g_[map[v]];
        const node& from = src[v];
        target.mentions += from.mentions;
        target.documents += from.documents;
        for (const std::string& r : from.roles) add_unique(target.roles, r);
        add_unique(target.aliases, from.label);
        for (const std::string& a : from.aliases) add_unique(target.aliases, a);
    }
    for (auto [it, end] = boost::edges(g); it != end; ++it)
        out.add_edge(map[boost::source(*it, g)], map[boost::target(*it, g)], std::move(src[*it]));
    // Every old key finds where its vertex went ("Reagan" now finds Ronald Reagan), the new keys their claims.
    out.index_ = std::move(graph_.index_);
    for (auto& entry : out.index_) entry.second = map[entry.second];
    for (const auto& [key, v] : rekeyed) out.index_.try_emplace(std::string(key), v);

    std::vector<std::size_t> last(boost::num_vertices(out.g_), 0);
    for (vertex v = 0; v < n && v < last_document_.size(); ++v) last[map[v]] = std::max(last[map[v]], last_document_[v]);
    last_document_ = std::move(last);
    graph_ = std::move(out);
}

} // namespace claimgraph
