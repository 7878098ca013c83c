// Names in normalized text: the lookup key, tidying, and the proper spellings learned from a list or a
// raw-text run.
#include <claimgraph/parser/normalize.hpp>

#include "lexicon.hpp"

#include <algorithm>
#include <array>

namespace claimgraph {
namespace {

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string_view last_word(std::string_view key) {
    const std::size_t sp = key.rfind(' ');
    return sp == std::string_view::npos ? key : key.substr(sp + 1);
}

bool has_upper_ascii(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool nameable(speaker_type t) {
    return t == speaker_type::person || t == speaker_type::organization || t == speaker_type::group ||
           t == speaker_type::unknown;
}

} // namespace

std::string name_key(std::string_view name) { return collapse_spaces(normalize_text(name)); }

std::string tidy_normalized_name(std::string_view name) {
    // Two-letter abbreviations that the clean-up split into single letters; "u s" alone is unambiguous in
    // news ("u" and "s" are not words of their own there).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> abbreviations{{
        {"u s", "u.s."}, {"u k", "u.k."}, {"u n", "u.n."}, {"e u", "e.u."}}};
    std::string s = collapse_spaces(name);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        bool replaced = false;
        if (i == 0 || s[i - 1] == ' ') {
            for (const auto& [from, to] : abbreviations) {
                const std::size_t end = i + from.size();
                if (s.compare(i, from.size(), from) == 0 && (end == s.size() || s[end] == ' ')) {
                    out += to;
                    i = end;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) out += s[i++];
    }
    return out;
}

void proper_names::add(std::string_view proper) {
    const std::string spelled = collapse_spaces(proper);
    std::string key = name_key(spelled);
    if (key.empty()) return;
    const std::string surname(last_word(key));
    const bool multiword = key.size() != surname.size();
    auto [it, fresh] = by_key_.insert_or_assign(key, spelled);
    (void)it;
    if (!fresh || !multiword) return;
    // A surname points at the one full name that has it; two full names with one surname make it ambiguous.
    auto [s, inserted] = by_surname_.try_emplace(surname, key);
    if (!inserted && s->second != key) s->second.clear();
}

std::size_t proper_names::add_lines(std::string_view list) {
    std::size_t added = 0;
    while (!list.empty()) {
        const std::size_t nl = list.find('\n');
        std::string_view line = list.substr(0, nl);
        list = nl == std::string_view::npos ? std::string_view{} : list.substr(nl + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.empty() || line.front() == '#') continue;
        const std::size_t before = by_key_.size();
        add(line);
        added += by_key_.size() != before ? 1 : 0;
    }
    return added;
}

void proper_names::learn(const document_attributions& raw) {
    for (const attribution& a : raw.items) {
        if (!nameable(a.type) || a.type == speaker_type::unknown) continue;
        const std::string_view name =
            !a.canonical.empty() ? std::string_view(a.canonical) : a.speaker ? std::string_view(a.speaker->text) : "";
        if (has_upper_ascii(name)) add(name);
    }
}

std::optional<std::string> proper_names::lookup(std::string_view name) const {
    const std::string key = name_key(name);
    if (key.empty()) return std::nullopt;
    if (auto it = by_key_.find(key); it != by_key_.end()) {
        // "Krutskikh" learned beside "Andrey Krutskikh": the full name wins.
        if (key.find(' ') == std::string::npos)
            if (auto s = by_surname_.find(key); s != by_surname_.end() && !s->second.empty())
                return by_key_.at(s->second);
        return it->second;
    }
    // "president donald trump": the longest listed name the speaker ends with, on a word boundary.
    for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
        if (auto it = by_key_.find(key.substr(sp + 1)); it != by_key_.end() && it->first.find(' ') != std::string::npos)
            return it->second;
    // A surname alone, or after titles only ("president trump", "secretary tillerson").
    std::string_view rest = key;
    for (std::size_t sp = rest.find(' '); sp != std::string_view::npos; sp = rest.find(' ')) {
        const std::string_view first = rest.substr(0, sp);
        if (!lexicon::is_title(first) && first != "u" && first != "s") return std::nullopt;
        rest.remove_prefix(sp + 1);
    }
    if (auto s = by_surname_.find(std::string(rest)); s != by_surname_.end() && !s->second.empty())
        return by_key_.at(s->second);
    return std::nullopt;
}

std::size_t apply_proper_names(document_attributions& found, const proper_names& names) {
    std::size_t changed = 0;
    for (attribution& a : found.items) {
        if (!nameable(a.type) || !a.speaker) continue;
        const std::string_view name = !a.canonical.empty() ? std::string_view(a.canonical) : std::string_view(a.speaker->text);
        if (auto proper = names.lookup(name); proper && *proper != a.canonical) {
            a.canonical = *proper;
            ++changed;
        }
    }
    return changed;
}

} // namespace claimgraph
