#include <claimgraph/eval/gold.hpp>

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <unordered_map>

namespace claimgraph::eval {

std::string_view to_string(category c) noexcept {
    switch (c) {
    case category::direct: return "direct";
    case category::indirect: return "indirect";
    case category::according_to: return "according-to";
    case category::no_source: return "no-source";
    }
    return "?";
}

namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (auto& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

// Common reporting, belief and perception verbs, regular unless listed in `irregular`.
constexpr std::string_view regular_verbs[] = {
    "accuse",   "acknowledge", "add",      "admit",    "agree",    "allege",   "announce", "answer",
    "argue",    "ask",         "assert",   "assume",   "believe",  "blame",    "boast",    "call",
    "caution",  "charge",      "cite",     "claim",    "comment",  "complain", "concede",  "conclude",
    "confirm",  "consider",    "contend",  "decide",   "declare",  "demand",   "deny",     "describe",
    "disclose", "dismiss",     "dispute",  "doubt",    "emphasize", "estimate", "expect",  "explain",
    "fear",     "hope",        "imply",    "indicate", "insist",   "instruct", "joke",     "learn",
    "mention",  "note",        "object",   "observe",  "plan",     "pledge",   "point",    "post",
    "praise",   "predict",     "promise",  "propose",  "question", "recall",   "recommend", "refuse",
    "reiterate", "reject",     "remark",   "repeat",   "reply",    "report",   "respond",  "reveal",
    "seem",     "signal",      "state",    "stress",   "suggest",  "suspect",  "testify",  "tweet",
    "urge",     "vow",         "want",     "warn",     "wish",     "wonder",   "worry",    "appear",
    "assure",   "show",        "inform",   "insist",   "concur",   "criticize", "acknowledge", "convince",
    "announce", "release",     "continue", "like",     "love",     "hate",     "need",     "believe",
};

// Verbs that double their final consonant (admit -> admitted, admitting).
constexpr std::string_view doubling_verbs[] = {"admit", "plan", "commit", "refer", "regret", "concur", "omit"};

struct irregular_verb {
    std::string_view lemma;
    std::initializer_list<std::string_view> forms;
};

const std::unordered_map<std::string, std::string>& lemma_table() {
    static const auto table = [] {
        std::unordered_map<std::string, std::string> t;
        auto consonant = [](char c) { return std::string_view("aeiou").find(c) == std::string_view::npos; };
        for (std::string_view base : regular_verbs) {
            const std::string b(base);
            const bool doubles = std::find(std::begin(doubling_verbs), std::end(doubling_verbs), base) !=
                                 std::end(doubling_verbs);
            const char last = b.back();
            const bool cy = last == 'y' && b.size() > 1 && consonant(b[b.size() - 2]);
            std::string third = b.ends_with("s") || b.ends_with("x") || b.ends_with("z") || b.ends_with("ch") ||
                                        b.ends_with("sh")
                                    ? b + "es"
                                    : cy ? b.substr(0, b.size() - 1) + "ies" : b + "s";
            std::string past = last == 'e'    ? b + "d"
                               : cy           ? b.substr(0, b.size() - 1) + "ied"
                               : doubles      ? b + last + "ed"
                                              : b + "ed";
            std::string ing = (last == 'e' && !b.ends_with("ee")) ? b.substr(0, b.size() - 1) + "ing"
                              : doubles                           ? b + last + "ing"
                                                                  : b + "ing";
            for (const auto& form : {b, third, past, ing}) t.emplace(form, b);
        }
        const irregular_verb irregular[] = {
            {"say", {"say", "says", "said", "saying"}},
            {"tell", {"tell", "tells", "told", "telling"}},
            {"write", {"write", "writes", "wrote", "written", "writing"}},
            {"think", {"think", "thinks", "thought", "thinking"}},
            {"know", {"know", "knows", "knew", "known", "knowing"}},
            {"find", {"find", "finds", "found", "finding"}},
            {"feel", {"feel", "feels", "felt", "feeling"}},
            {"speak", {"speak", "speaks", "spoke", "spoken", "speaking"}},
            {"hear", {"hear", "hears", "heard", "hearing"}},
            {"see", {"see", "sees", "saw", "seen", "seeing"}},
            {"mean", {"mean", "means", "meant", "meaning"}},
            {"show", {"shown"}},
            {"read", {"read", "reads", "reading"}},
            {"understand", {"understand", "understands", "understood", "understanding"}},
            {"forecast", {"forecast", "forecasts", "forecasting"}},
            {"put", {"put", "puts", "putting"}},
            {"make", {"make", "makes", "made", "making"}},
            {"give", {"give", "gives", "gave", "given", "giving"}},
            {"insist", {"insists"}},
            {"be", {"be", "is", "are", "was", "were", "been", "being", "am"}},
        };
        for (const auto& v : irregular)
            for (auto form : v.forms) t.insert_or_assign(std::string(form), std::string(v.lemma));
        return t;
    }();
    return table;
}

} // namespace

namespace {
constexpr std::string_view quote_openers[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E", "\xC2\xAB",
                                             "\xE2\x80\x9D"};
bool blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
} // namespace

bool opens_with_quote(std::string_view s) {
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    for (auto q : quote_openers)
        if (s.starts_with(q)) return true;
    return false;
}

bool quote_before(std::string_view text, std::size_t offset) {
    // An opening mark touches the text it opens; a mark followed by white space closes something.
    const auto before = text.substr(0, std::min(offset, text.size()));
    for (std::string_view q : {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E", "\xC2\xAB"})
        if (before.ends_with(q)) return true;
    return false;
}

category classify(std::string_view content_text, std::string_view cue_text, bool has_source) {
    if (!has_source) return category::no_source;
    if (lower_ascii(cue_text).find("according to") != std::string::npos) return category::according_to;
    if (opens_with_quote(content_text)) return category::direct;
    return category::indirect;
}

std::string cue_lemma(std::string_view cue_text) {
    const auto& table = lemma_table();
    std::string out;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!out.empty()) out += ' ';
        const auto it = table.find(word);
        out += it == table.end() ? word : it->second;
        word.clear();
    };
    for (char ch : cue_text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isspace(c)) {
            flush();
        } else if (std::ispunct(c) && c != '-' && c != '\'') {
            // "said:" -> "say :": ASCII punctuation is a word of its own.
            flush();
            word = static_cast<char>(c);
            flush();
        } else {
            word += static_cast<char>(std::tolower(c));
        }
    }
    flush();
    return out.empty() ? std::string("(none)") : out;
}

bool is_speech_cue(std::string_view lemma) {
    static const std::unordered_map<std::string_view, bool> speech = [] {
        std::unordered_map<std::string_view, bool> m;
        for (std::string_view w :
             {"say", "tell", "add", "write", "note", "claim", "argue", "insist", "warn", "ask", "reply", "respond",
              "answer", "comment", "tweet", "post", "declare", "state", "announce", "report", "explain", "acknowledge",
              "admit", "deny", "confirm", "continue", "stress", "emphasize", "suggest", "testify", "mention", "recall",
              "remark", "repeat", "reiterate", "disclose", "reveal", "complain", "concede", "contend", "assert",
              "allege", "accuse", "charge", "boast", "joke", "promise", "pledge", "vow", "predict", "urge", "caution",
              "praise", "criticize", "blame", "describe", "dismiss", "dispute", "object", "observe", "question",
              "quote", "speak", "cite", "call", "according", "ask", "interview", "statement", "release"})
            m.emplace(w, true);
        return m;
    }();
    if (lemma.empty() || lemma == "(none)") return false;
    bool any_word = false;
    std::size_t pos = 0;
    while (pos < lemma.size()) {
        auto sp = lemma.find(' ', pos);
        if (sp == std::string_view::npos) sp = lemma.size();
        const auto word = lemma.substr(pos, sp - pos);
        pos = sp + 1;
        if (speech.contains(word)) return true;
        const auto c = static_cast<unsigned char>(word.empty() ? ' ' : word.front());
        any_word = any_word || std::isalnum(c);
    }
    // Only punctuation (":" or a dash such as "―"): a cue that introduces a quotation.
    return !any_word;
}

std::string_view cue_group(std::string_view lemma) {
    if (lemma == "(none)") return "no cue";
    return is_speech_cue(lemma) ? "speech cue" : "other cue";
}

std::size_t gold_corpus::attribution_count() const noexcept {
    std::size_t n = 0;
    for (const auto& d : documents) n += d.attributions.size();
    return n;
}

namespace {

span read_spans(simdjson::dom::element role, const std::vector<std::size_t>& table, std::string_view text,
                gold_stats& stats) {
    std::vector<byte_range> ranges;
    for (simdjson::dom::element pair : role["spans"].get_array()) {
        simdjson::dom::array p = pair.get_array();
        const std::uint64_t b = p.at(0).get_uint64();
        const std::uint64_t e = p.at(1).get_uint64();
        ranges.push_back(to_bytes(table, static_cast<std::size_t>(b), static_cast<std::size_t>(e)));
    }
    // The corpus gives each role's text too (fragments joined by one space, in annotation order, which is not
    // always text order): check the conversion on it.
    std::string joined;
    for (const auto& r : ranges) {
        if (!joined.empty()) joined += ' ';
        if (r.begin < text.size()) joined += text.substr(r.begin, std::min(r.end, text.size()) - r.begin);
    }
    ++stats.spans;
    if (joined != std::string_view(role["text"].get_string())) ++stats.span_text_mismatches;
    return make_span(std::move(ranges));
}

bool present(simdjson::dom::element obj, std::string_view key) {
    auto v = obj[key];
    return v.error() == simdjson::SUCCESS && !v.is_null();
}

} // namespace

gold_corpus parse_gold(std::string_view jsonl, const gold_filter& filter) {
    gold_corpus corpus;
    simdjson::dom::parser parser;
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos < jsonl.size()) {
        auto nl = jsonl.find('\n', pos);
        if (nl == std::string_view::npos) nl = jsonl.size();
        const auto line = jsonl.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        ++corpus.stats.lines;
        try {
            simdjson::dom::element doc = parser.parse(line.data(), line.size());
            const std::string_view split = doc["split"].get_string();
            const bool primary = doc["primary"].get_bool();
            if (filter.primary_only && !primary) continue;
            if (filter.split != "all" && split != filter.split) continue;
            gold_document gd;
            gd.id = std::string(std::string_view(doc["id"].get_string()));
            gd.split = std::string(split);
            if (present(doc, "publisher")) gd.publisher = std::string(std::string_view(doc["publisher"].get_string()));
            gd.text = std::string(std::string_view(doc["text"].get_string()));
            const auto table = code_point_offsets(gd.text);
            for (simdjson::dom::element a : doc["attributions"].get_array()) {
                if (!present(a, "content")) {
                    ++corpus.stats.skipped_without_content;
                    continue;
                }
                gold_attribution ga;
                ga.id = std::string(std::string_view(a["id"].get_string()));
                ga.content = read_spans(a["content"], table, gd.text, corpus.stats);
                if (ga.content.empty()) {
                    ++corpus.stats.skipped_without_content;
                    continue;
                }
                if (present(a, "source")) {
                    auto s = read_spans(a["source"], table, gd.text, corpus.stats);
                    if (!s.empty()) ga.source = std::move(s);
                }
                if (present(a, "cue")) {
                    ga.cue = read_spans(a["cue"], table, gd.text, corpus.stats);
                    ga.cue_text = span_text(gd.text, ga.cue);
                }
                ga.kind = classify(span_text(gd.text, ga.content), ga.cue_text, ga.source.has_value());
                ga.lemma = cue_lemma(ga.cue_text);
                gd.attributions.push_back(std::move(ga));
            }
            corpus.documents.push_back(std::move(gd));
        } catch (const simdjson::simdjson_error& e) {
            throw std::runtime_error("gold line " + std::to_string(line_no) + ": " + e.what());
        }
    }
    return corpus;
}

gold_corpus load_gold(const std::filesystem::path& path, const gold_filter& filter) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read gold file " + path.string());
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parse_gold(content, filter);
}

} // namespace claimgraph::eval
