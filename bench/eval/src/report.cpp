#include <claimgraph/eval/report.hpp>

#include <algorithm>
#include <tuple>
#include <utility>

namespace claimgraph::eval {

namespace {

marked_attribution mark_of(const gold_attribution& g, bool focus) { return {g.content, g.source, g.cue, focus}; }
marked_attribution mark_of(const predicted_attribution& p, bool focus) {
    return {p.content, p.speaker, p.cue, focus};
}

void widen(std::size_t& lo, std::size_t& hi, const span& s) {
    if (s.empty()) return;
    lo = std::min(lo, s.begin());
    hi = std::max(hi, s.end());
}
void widen(std::size_t& lo, std::size_t& hi, const marked_attribution& m) {
    widen(lo, hi, m.content);
    if (m.speaker) widen(lo, hi, *m.speaker);
    widen(lo, hi, m.cue);
}

bool intersects(const marked_attribution& m, std::size_t lo, std::size_t hi) {
    auto in = [&](const span& s) { return !s.empty() && s.begin() < hi && s.end() > lo; };
    return in(m.content) || (m.speaker && in(*m.speaker)) || in(m.cue);
}

// The context around [lo, hi): back to the start of the paragraph and on to its end, at most `reach` bytes
// each way (normalized text has no line breaks), cut at a space.
std::pair<std::size_t, std::size_t> context(std::string_view text, std::size_t lo, std::size_t hi) {
    constexpr std::size_t reach = 200;
    std::size_t b = lo;
    while (b > 0 && lo - b < reach && text[b - 1] != '\n') --b;
    if (b > 0 && text[b - 1] != '\n') {
        const auto sp = text.find(' ', b);
        if (sp != std::string_view::npos && sp < lo) b = sp + 1;
    }
    std::size_t e = std::min(hi, text.size());
    while (e < text.size() && e - hi < reach && text[e] != '\n') ++e;
    if (e < text.size() && text[e] != '\n') {
        const auto sp = text.rfind(' ', e);
        if (sp != std::string_view::npos && sp > hi) e = sp;
    }
    return {b, e};
}

std::vector<std::pair<std::string, std::size_t>> top_lemmas(const std::vector<scored_document>& docs,
                                                             const std::vector<error_ref>& refs, std::size_t n) {
    std::map<std::string, std::size_t> counts;
    for (const auto& r : refs) {
        const auto& d = docs[r.document];
        ++counts[r.gold ? d.gold[*r.gold].lemma : d.predicted[*r.predicted].lemma];
    }
    std::vector<std::pair<std::string, std::size_t>> v(counts.begin(), counts.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (v.size() > n) v.resize(n);
    return v;
}

} // namespace

error_classes classify_errors(const std::vector<scored_document>& documents) {
    error_classes classes;
    for (std::size_t di = 0; di < documents.size(); ++di) {
        const auto& d = documents[di];
        for (std::size_t g = 0; g < d.gold.size(); ++g) {
            const auto& ga = d.gold[g];
            if (d.result.gold_to[g]) {
                const auto v = d.result.verdicts[*d.result.gold_to[g]];
                if (!speaker_ok(v)) {
                    classes["wrong speaker / " + std::string(to_string(ga.kind)) + " / " + std::string(to_string(v))]
                        .push_back({di, g, d.result.pairs[*d.result.gold_to[g]].predicted});
                }
                continue;
            }
            std::string why = "no prediction overlaps";
            for (const auto& p : d.predicted) {
                if (overlaps_enough(ga.content, p.content)) {
                    why = "its prediction matched another gold (merged or duplicate gold)";
                    break;
                }
                if (overlap(ga.content, p.content) > 0) why = "prediction overlaps under half (boundary)";
            }
            classes["missed / " + std::string(to_string(ga.kind)) + " / " + std::string(cue_group(ga.lemma)) + " / " +
                    why]
                .push_back({di, g, std::nullopt});
        }
        for (std::size_t p = 0; p < d.predicted.size(); ++p) {
            if (d.result.pred_to[p]) continue;
            const auto& pa = d.predicted[p];
            std::string why = "no gold overlaps";
            for (const auto& ga : d.gold) {
                if (overlaps_enough(ga.content, pa.content)) {
                    why = "its gold matched another prediction (split or duplicate prediction)";
                    break;
                }
                if (overlap(ga.content, pa.content) > 0) why = "gold overlaps under half (boundary)";
            }
            classes["false alarm / " + std::string(to_string(pa.kind)) + " / " + why].push_back(
                {di, std::nullopt, p});
        }
    }
    return classes;
}

std::string render(std::string_view text, std::size_t begin, std::size_t end,
                   const std::vector<marked_attribution>& marks) {
    end = std::min(end, text.size());
    begin = std::min(begin, end);
    auto continuation = [&](std::size_t i) {
        return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0U) == 0x80U;
    };
    while (begin > 0 && continuation(begin)) --begin;
    while (end < text.size() && continuation(end)) ++end;

    struct event {
        std::size_t pos;
        int order;  // closes (0) before opens (1) at one position
        std::size_t seq;
        std::string_view marker;
    };
    std::vector<event> events;
    auto add = [&](const span& s, std::string_view open, std::string_view close) {
        for (const auto& r : s.ranges) {
            const auto b = std::max(r.begin, begin);
            const auto e = std::min(r.end, end);
            if (b >= e) continue;
            events.push_back({b, 1, events.size(), open});
            events.push_back({e, 0, events.size(), close});
        }
    };
    for (const auto& m : marks) {
        add(m.content, m.focus ? "[[" : "[", m.focus ? "]]" : "]");
        if (m.speaker) add(*m.speaker, m.focus ? "{{" : "{", m.focus ? "}}" : "}");
        add(m.cue, m.focus ? "<<" : "<", m.focus ? ">>" : ">");
    }
    std::sort(events.begin(), events.end(), [](const event& a, const event& b) {
        return std::tie(a.pos, a.order, a.seq) < std::tie(b.pos, b.order, b.seq);
    });
    std::string out;
    std::size_t ev = 0;
    for (std::size_t i = begin; i <= end; ++i) {
        while (ev < events.size() && events[ev].pos == i) out += events[ev++].marker;
        if (i == end) break;
        const char c = text[i];
        if (c == '\n')
            out += " \xC2\xB6 ";
        else if (c == '\r' || c == '\t')
            out += ' ';
        else
            out += c;
    }
    return out;
}

void write_error_report(std::ostream& out, const std::vector<scored_document>& documents,
                        const error_classes& classes, std::size_t per_class) {
    std::vector<const error_classes::value_type*> order;
    std::size_t total = 0;
    for (const auto& c : classes) {
        order.push_back(&c);
        total += c.second.size();
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto* a, const auto* b) { return a->second.size() > b->second.size(); });

    out << "# claimgraph-eval error report\n"
        << "# Marks: [[content]] {{speaker}} <<cue>> for the attribution the example is about, [content] {speaker}\n"
        << "# <cue> for the other attributions in the same window; 'gold:' is the annotation, 'pred:' the extractor.\n"
        << "# Cue words in the table are the gold cue for misses and wrong speakers, the predicted cue for false "
           "alarms.\n\n"
        << "## Error classes (" << total << " errors)\n\n";
    for (const auto* c : order) {
        out << c->second.size() << "\t" << c->first << "\t";
        bool first = true;
        for (const auto& [lemma, n] : top_lemmas(documents, c->second, 8)) {
            out << (first ? "" : ", ") << lemma << " " << n;
            first = false;
        }
        out << "\n";
    }
    for (const auto* c : order) {
        const auto& refs = c->second;
        const auto n = std::min(per_class, refs.size());
        out << "\n## " << c->first << " (" << refs.size() << "; " << n << " shown)\n";
        for (std::size_t k = 0; k < n; ++k) {
            const auto& r = refs[k * refs.size() / n];
            const auto& d = documents[r.document];
            std::size_t lo = d.text.size();
            std::size_t hi = 0;
            if (r.gold) widen(lo, hi, mark_of(d.gold[*r.gold], true));
            if (r.predicted) widen(lo, hi, mark_of(d.predicted[*r.predicted], true));
            const auto [b, e] = context(d.text, lo, hi);
            std::vector<marked_attribution> gold_marks;
            std::vector<marked_attribution> pred_marks;
            for (std::size_t g = 0; g < d.gold.size(); ++g) {
                auto m = mark_of(d.gold[g], r.gold && *r.gold == g);
                if (intersects(m, b, e)) gold_marks.push_back(std::move(m));
            }
            for (std::size_t p = 0; p < d.predicted.size(); ++p) {
                auto m = mark_of(d.predicted[p], r.predicted && *r.predicted == p);
                if (intersects(m, b, e)) pred_marks.push_back(std::move(m));
            }
            out << "\n- " << d.id << " @" << lo;
            if (r.gold) out << "  gold " << d.gold[*r.gold].id << " cue=" << d.gold[*r.gold].lemma;
            if (r.predicted) {
                const auto& p = d.predicted[*r.predicted];
                out << "  pred cue=" << p.lemma;
                if (p.speaker) out << " speaker=\"" << p.speaker_text << "\"";
                if (!p.canonical.empty()) out << " canonical=\"" << p.canonical << "\"";
            }
            out << "\n  gold: " << render(d.text, b, e, gold_marks) << "\n  pred: " << render(d.text, b, e, pred_marks)
                << "\n";
        }
    }
}

} // namespace claimgraph::eval
