#include <claimgraph/eval/scoring.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

namespace claimgraph::eval {

namespace {

span clamp_mention(const mention& m, std::size_t text_size) {
    const auto b = std::min(m.begin, text_size);
    const auto e = std::min(std::max(m.end, b), text_size);
    return make_span(b, e);
}

// Lower-cased word tokens (ASCII letters and digits, any non-ASCII byte) minus words that name nobody.
std::set<std::string> name_words(std::string_view s) {
    static const std::set<std::string, std::less<>> stop = {
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "for", "to", "by", "with", "from", "who", "that",
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its", "their",
        "our", "my", "your", "mr", "ms", "mrs", "dr", "s", "this", "these", "those", "some", "one"};
    std::set<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && !stop.contains(word)) out.insert(word);
        word.clear();
    };
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || std::isalnum(c))
            word += static_cast<char>(std::tolower(c));
        else
            flush();
    }
    flush();
    return out;
}

double ratio(std::size_t a, std::size_t b) noexcept { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

} // namespace

category classify_predicted(std::string_view text, const span& content, std::string_view cue_text, bool has_speaker,
                            bool marked_direct, bool marked_according_to) {
    const auto c = classify(span_text(text, content), cue_text, has_speaker);
    if (c != category::indirect) return c;
    if (marked_according_to) return category::according_to;
    if (marked_direct || quote_before(text, content.begin())) return category::direct;
    return c;
}

predicted_attribution make_predicted(const attribution& a, std::string_view text) {
    const auto text_size = text.size();
    predicted_attribution p;
    if (a.speaker) {
        auto s = clamp_mention(*a.speaker, text_size);
        if (!s.empty()) p.speaker = std::move(s);
        p.speaker_text = a.speaker->text;
    }
    if (a.cue) {
        p.cue = clamp_mention(*a.cue, text_size);
        p.cue_text = a.cue->text;
    }
    p.content = clamp_mention(a.content, text_size);
    p.canonical = a.canonical;
    p.kind = classify_predicted(text, p.content, p.cue_text, p.speaker.has_value(),
                                a.kind == attribution_kind::direct, a.cue_type == cue_class::according_to);
    p.lemma = cue_lemma(p.cue_text);
    p.according_to = a.cue_type == cue_class::according_to;
    return p;
}

std::vector<predicted_attribution> make_predictions(const std::vector<attribution>& items, std::string_view text,
                                                    bool merge_units) {
    std::vector<predicted_attribution> out;
    out.reserve(items.size());
    std::vector<std::size_t> unit_of(items.size(), 0);  // item -> index into out
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& a = items[i];
        if (merge_units && a.continues && *a.continues < i) {
            auto& unit = out[unit_of[*a.continues]];
            unit_of[i] = unit_of[*a.continues];
            auto ranges = unit.content.ranges;
            const auto piece = clamp_mention(a.content, text.size());
            ranges.insert(ranges.end(), piece.ranges.begin(), piece.ranges.end());
            unit.content = make_span(std::move(ranges));
            continue;
        }
        unit_of[i] = out.size();
        out.push_back(make_predicted(a, text));
    }
    return out;
}

std::vector<match_pair> match(const std::vector<gold_attribution>& gold,
                              const std::vector<predicted_attribution>& predicted) {
    std::vector<match_pair> candidates;
    for (std::size_t g = 0; g < gold.size(); ++g)
        for (std::size_t p = 0; p < predicted.size(); ++p)
            if (overlaps_enough(gold[g].content, predicted[p].content))
                candidates.push_back({g, p, overlap(gold[g].content, predicted[p].content)});
    std::sort(candidates.begin(), candidates.end(), [](const match_pair& x, const match_pair& y) {
        return std::tuple(y.shared, x.gold, x.predicted) < std::tuple(x.shared, y.gold, y.predicted);
    });
    std::vector<bool> gold_used(gold.size());
    std::vector<bool> pred_used(predicted.size());
    std::vector<match_pair> pairs;
    for (const auto& c : candidates) {
        if (gold_used[c.gold] || pred_used[c.predicted]) continue;
        gold_used[c.gold] = pred_used[c.predicted] = true;
        pairs.push_back(c);
    }
    std::sort(pairs.begin(), pairs.end(), [](const match_pair& x, const match_pair& y) { return x.gold < y.gold; });
    return pairs;
}

std::string_view to_string(speaker_verdict v) noexcept {
    switch (v) {
    case speaker_verdict::not_needed: return "not needed";
    case speaker_verdict::right: return "right";
    case speaker_verdict::missing: return "no speaker predicted";
    case speaker_verdict::elsewhere_same: return "other span, same words";
    case speaker_verdict::elsewhere: return "other span";
    }
    return "?";
}

speaker_verdict judge_speaker(const gold_attribution& gold, const predicted_attribution& predicted,
                              std::string_view text) {
    if (!gold.source) return speaker_verdict::not_needed;
    if (!predicted.speaker) return speaker_verdict::missing;
    if (overlap(*gold.source, *predicted.speaker) > 0) return speaker_verdict::right;
    const auto gold_words = name_words(span_text(text, *gold.source));
    auto mine = name_words(predicted.speaker_text);
    mine.merge(name_words(predicted.canonical));
    for (const auto& w : mine)
        if (gold_words.contains(w)) return speaker_verdict::elsewhere_same;
    return speaker_verdict::elsewhere;
}

document_result score_document(const std::vector<gold_attribution>& gold,
                               const std::vector<predicted_attribution>& predicted, std::string_view text) {
    document_result r;
    r.pairs = match(gold, predicted);
    r.gold_to.resize(gold.size());
    r.pred_to.resize(predicted.size());
    for (std::size_t i = 0; i < r.pairs.size(); ++i) {
        const auto& p = r.pairs[i];
        r.gold_to[p.gold] = i;
        r.pred_to[p.predicted] = i;
        r.verdicts.push_back(judge_speaker(gold[p.gold], predicted[p.predicted], text));
    }
    return r;
}

double f1_of(double precision, double recall) noexcept {
    return precision + recall == 0.0 ? 0.0 : 2.0 * precision * recall / (precision + recall);
}

double tally::precision() const noexcept { return ratio(predicted_matched, predicted); }
double tally::recall() const noexcept { return ratio(gold_matched, gold); }
double tally::f1() const noexcept { return f1_of(precision(), recall()); }
double tally::speaker_accuracy() const noexcept { return ratio(speaker_right, speaker_needed); }
double tally::speaker_accuracy_lenient() const noexcept { return ratio(speaker_right_lenient, speaker_needed); }
double tally::end_to_end_precision() const noexcept { return ratio(predicted_end_to_end, predicted); }
double tally::end_to_end_recall() const noexcept { return ratio(gold_end_to_end, gold); }
double tally::end_to_end_f1() const noexcept { return f1_of(end_to_end_precision(), end_to_end_recall()); }

void scoreboard::add(const std::vector<gold_attribution>& gold, const std::vector<predicted_attribution>& predicted,
                     const document_result& result, const std::string& publisher) {
    tally& house = by_publisher[publisher.empty() ? std::string("(unknown)") : publisher];
    for (std::size_t g = 0; g < gold.size(); ++g) {
        const auto& ga = gold[g];
        for (tally* t : {&overall, &by_category[ga.kind], &by_cue[ga.lemma], &by_cue_group[std::string(cue_group(ga.lemma))], &house}) {
            ++t->gold;
            if (!result.gold_to[g]) continue;
            const auto v = result.verdicts[*result.gold_to[g]];
            ++t->gold_matched;
            if (speaker_ok(v)) ++t->gold_end_to_end;
            if (v != speaker_verdict::not_needed) {
                ++t->speaker_needed;
                if (v == speaker_verdict::right) ++t->speaker_right;
                if (v == speaker_verdict::right || v == speaker_verdict::elsewhere_same) ++t->speaker_right_lenient;
            }
        }
    }
    for (std::size_t p = 0; p < predicted.size(); ++p) {
        const auto& pa = predicted[p];
        for (tally* t : {&overall, &by_category[pa.kind], &by_cue[pa.lemma], &by_cue_group[std::string(cue_group(pa.lemma))], &house}) {
            ++t->predicted;
            if (!result.pred_to[p]) continue;
            ++t->predicted_matched;
            if (speaker_ok(result.verdicts[*result.pred_to[p]])) ++t->predicted_end_to_end;
        }
    }
}

} // namespace claimgraph::eval
