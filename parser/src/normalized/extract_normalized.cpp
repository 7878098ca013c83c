// The grammar for normalized text (lower-case, every punctuation mark turned into a space, see
// docs/NORMALIZED.md). Without capitals and quotation marks it leans on three things:
//
//   * the cue lexicon shared with the raw-text grammar (lexicon.hpp): reporting verbs in every inflection,
//     "according to", "citing", "in a post on", titles, outlets, pronouns, group nouns;
//   * phrase structure: a speaker is a short noun phrase bounded by function words, cue words and space runs;
//   * the space runs where punctuation stood (tokens.hpp): two spaces for one mark, three or more for a
//     quotation mark next to a comma or stop, which is how direct quotes show through.
//
// Cue-anchored: one pass finds the anchors (reporting-verb forms, "according to", "citing"), and each rule
// looks only at the few tokens around its anchor. The raw grammar's adverbial and complementizer rules (X3)
// are reused on the lower-case text: "told reporters on thursday that ...".
#include "normalized/extract_normalized.hpp"

#include "grammar.hpp"
#include "lexicon.hpp"
#include "normalized/tokens.hpp"
#include "rules_stance.hpp"

#include <claimgraph/parser/normalize.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace claimgraph::detail {
namespace {

using normalized::boundary;
using normalized::token;

template <std::size_t N>
bool in(const std::array<std::string_view, N>& a, std::string_view w) {
    return std::find(a.begin(), a.end(), w) != a.end();
}

// Words that cannot be part of a speaker noun phrase: clause links, prepositions, auxiliaries, negation.
constexpr std::array<std::string_view, 79> np_stops{
    "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "as", "if", "after",
    "before", "since", "although", "though", "so", "but", "or", "than", "until", "unless", "whether", "amid",
    "in", "on", "at", "for", "with", "by", "from", "to", "about", "over", "under", "against", "despite",
    "among", "like", "into", "during", "is", "was", "were", "are", "be", "been", "being", "will", "would",
    "can", "could", "should", "may", "might", "must", "not", "there", "what", "how", "why", "nor", "this",
    "these", "those", "has", "have", "had", "do", "does", "did", "however", "also", "then", "now", "yet",
    "here", "via", "no"};
// Between a subject and its cue: "trump later said", "officials have said", "i don t believe".
constexpr std::array<std::string_view, 32> pre_cue_adverbs{
    "also", "later", "previously", "earlier", "again", "then", "further", "repeatedly", "recently", "once",
    "often", "already", "reportedly", "initially", "first", "never", "has", "have", "had", "did", "does",
    "do", "privately", "publicly", "separately", "still", "too", "t", "don", "just", "however", "meanwhile"};
// Determiners end a speaker phrase on the left (and belong to it): "the officials", "a spokesman".
constexpr std::array<std::string_view, 22> determiners{
    "the", "a", "an", "his", "her", "their", "its", "our", "some", "many", "most", "several", "both", "all",
    "each", "few", "two", "three", "four", "five", "another", "other"};
// Words that may stand before "of" inside a speaker: "one of the officials", "secretary of state".
constexpr std::array<std::string_view, 54> of_heads{
    "array", "majority", "half", "number", "dozens", "hundreds", "thousands", "couple", "plenty",
    // poll shares: "percent of voters", "two thirds of democrats", "a third of independents"
    "percent", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majorities", "plurality", "share",
    "out",
    "one", "two", "three", "four", "five", "some", "many", "most", "none", "all", "each", "both", "several",
    "secretary", "minister", "head", "chief", "director", "member", "members", "president", "chairman",
    "house", "department", "ministry", "office", "spokesman", "spokeswoman", "spokesperson", "leader",
    "governor", "mayor", "ambassador", "envoy"};
// Heads of organizations as speakers.
constexpr std::array<std::string_view, 24> organization_heads{
    "ministry", "department", "government", "company", "committee", "office", "commission", "council", "court",
    "bank", "board", "administration", "party", "campaign", "kremlin", "pentagon", "police", "army",
    "military", "group", "firm", "union", "parliament", "congress"};
// Heads of a speaker phrase with a determiner that name a person ("the minister s aide", "a lawyer for ...").
constexpr std::array<std::string_view, 32> person_nouns{
    "aide", "lawyer", "man", "woman", "father", "mother", "son", "daughter", "wife", "husband", "friend",
    "colleague", "nominee", "diplomat", "negotiator", "investigator", "researcher", "scientist", "doctor",
    "teacher", "student", "manager", "owner", "expert", "witness", "resident", "member", "participant",
    "organizer", "activist", "campaigner", "historian"};
// Heads that make a speaker an anonymous source.
// Counts in a poll share "n in m" / "n out of m": "two in three said", "about six in  say" (the 10 dropped).
constexpr std::array<std::string_view, 12> count_words{"one", "two", "three", "four", "five", "six", "seven",
                                                       "eight", "nine", "ten", "half", "third"};
constexpr std::array<std::string_view, 7> approximators{"about", "nearly", "almost", "roughly", "just", "only",
                                                        "over"};
// Antecedents of "who" that make the clause generic, not a report: "someone who wants", "a man who says".
constexpr std::array<std::string_view, 10> generic_antecedents{"a", "an", "any", "anyone", "anybody", "someone",
                                                               "somebody", "everyone", "every", "no"};
constexpr std::array<std::string_view, 6> anonymous_heads{"officials", "official", "sources", "source",
                                                            "person", "people"};
// After a one-mark gap these words continue the sentence (the mark was a comma); anything else starts a
// new sentence. "questions  either via", "talks  which they said", "states  would be talking".
constexpr std::array<std::string_view, 42> comma_followers{
    "which", "who", "whom", "whose", "where", "when", "either", "neither", "while",
    "whereas", "although", "though", "as", "including", "especially", "even", "than", "because", "if",
    "unless", "until", "not", "so", "since", "would", "could", "will", "can", "should", "might", "may", "must",
    "is", "was", "are", "were", "has", "have", "had", "of", "to", "that"};
// Objects of "told" that belong to the cue: "told reporters".
constexpr std::array<std::string_view, 5> cue_objects{"reporters", "journalists", "newsmen", "the press",
                                                      "a news conference"};
// Pronoun objects skipped after "told": "told him".
constexpr std::array<std::string_view, 6> pronoun_objects{"him", "her", "them", "us", "me", "it"};
// Relative pronouns open a clause that cannot be a speaker; as a segment they mark an apposition.
constexpr std::array<std::string_view, 4> relatives{"who", "which", "whose", "whom"};
constexpr std::array<std::string_view, 13> months{"jan",      "feb", "mar",  "march",  "april", "apr", "may",
                                                  "june",     "jun", "july", "jul",    "aug",   "sept"};

// A sentence never ends on these: a mark after them stood for a quotation mark or a dash ("was a  pipe
// dream  while").
constexpr std::array<std::string_view, 22> never_last{
    "a", "an", "the", "of", "to", "and", "or", "but", "in", "on", "at", "for", "with", "by", "from", "was",
    "is", "were", "are", "be", "that", "as"};

// Words that follow a number: a mark before them was mostly a dropped number, not a comma ("trump
// received  percent  according to the results", "clinton led by nearly  delegates") (session 6).
constexpr std::array<std::string_view, 13> number_followers{
    "percent", "percentage", "million", "billion", "trillion", "points", "thousand", "hundred", "cents",
    "delegates", "votes", "seats", "years"};

// Third-person cue forms that are as often plural nouns ("classified reports for ...", "his remarks"): they
// count only with "that" after them or an outlet or pronoun before them.
constexpr std::array<std::string_view, 16> noun_like_cues{
    "reports", "claims", "notes", "comments", "remarks", "charges", "estimates", "answers", "promises",
    "pledges", "fears", "hopes", "doubts", "posts", "shows", "finds"};

// Prepositions of a place or occasion phrase after a cue: "told reporters in moscow", "said at the summit".
constexpr std::array<std::string_view, 6> place_preps{"in", "at", "during", "after", "from", "aboard"};

// Adverbs set off by commas between a subject and its cue: "officials  however  said".
constexpr std::array<std::string_view, 8> comma_adverbs{"however", "though", "too", "meanwhile", "instead",
                                                        "separately", "likewise", "also"};

// Verbs of intention whose to-infinitive is the claim: "clinton wants to raise taxes", "he vowed to win".
constexpr std::array<std::string_view, 9> intention_lemmas{"hope", "urge", "promise", "vow", "pledge",
                                                            "threaten", "seek", "decline", "refuse"};
// Opinion verbs whose clause may follow without "that" when a subject pronoun or determiner opens it: "he
// thinks the race is close", "she believes it was a mistake".
constexpr std::array<std::string_view, 8> bare_clause_lemmas{"believe", "think", "feel", "doubt",
                                                              "hope", "fear", "suspect", "expect"};
constexpr std::array<std::string_view, 12> clause_openers{"he", "she", "they", "it", "we", "i", "there",
                                                          "the", "this", "his", "her", "their"};
// Documents and figures that "show" or "find": "polls show the race is close", "leaked emails showed ...".
constexpr std::array<std::string_view, 20> evidence_heads{
    "polls", "surveys", "studies", "data", "numbers", "figures", "results", "records", "documents", "emails",
    "statistics", "poll", "survey", "study", "analysis", "research", "polling", "filings", "report", "reports"};
constexpr std::array<std::string_view, 4> evidence_lemmas{"show", "find", "suggest", "indicate"};
constexpr std::array<std::string_view, 8> indefinite_subjects{"nobody", "no", "everyone", "everybody", "someone",
                                                               "anyone", "somebody", "anybody"};
// Speech verbs of the shared lexicon whose object noun phrase is the claim (as the raw rules take it).
constexpr std::array<std::string_view, 11> object_lemmas{"announce", "deny", "acknowledge", "confirm", "reveal",
                                                         "promise", "pledge", "recall", "mention", "predict",
                                                         "urge"};

// Words that open a cue's trailing modifier ("said in an interview", "said while campaigning in iowa").
constexpr std::array<std::string_view, 31> trailing_openers{
    "in", "on", "at", "during", "while", "as", "after", "before", "when", "with", "to", "from", "outside", "of",
    "ahead", "earlier", "later", "afterward", "afterwards", "recently", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "last", "this", "yesterday", "today"};

constexpr std::array<std::string_view, 14> time_words{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "next",
    "yesterday", "today", "tonight", "earlier"};

constexpr std::array<std::string_view, 7> weekdays{"monday", "tuesday", "wednesday", "thursday", "friday",
                                                   "saturday", "sunday"};
constexpr std::array<std::string_view, 8> day_parts{"morning", "afternoon", "evening", "night", "week", "month",
                                                    "year", "weekend"};

// "call" is no reporting verb in the shared lexicon (a call is mostly a noun there); here its verb forms are
// cues when a subject stands before them: "one lawmaker called trump  the orange prince", "a letter calls
// for the party to respond", "called on congress to act".
const lexicon::cue_entry* call_cue(std::string_view w) {
    using lexicon::verb_form;
    static const lexicon::cue_entry entries[] = {
        {"call", "call", cue_class::speech, verb_form::base, false, false},
        {"calls", "call", cue_class::speech, verb_form::third, false, false},
        {"called", "call", cue_class::speech, verb_form::past, false, false},
    };
    for (const auto& e : entries)
        if (e.word == w) return &e;
    return nullptr;
}

bool stop(std::string_view w) { return in(np_stops, w); }

// An adverb in -ly of six letters or more ("effectively", "bluntly", "eventually"); names in -lly other than
// -ally stay ("reilly", "connolly").
bool ly_adverb(std::string_view w) {
    const auto ends = [&](std::string_view t) { return w.size() >= t.size() && w.substr(w.size() - t.size()) == t; };
    return w.size() >= 6 && ends("ly") && (!ends("lly") || ends("ally"));
}

// The longest sentence adverb before "x said" that leaves the claim after the cue ("in fact  she said  ...").
constexpr std::size_t kLeadWords = 2;

// No auxiliary before a cue (see scanner::progressive_aux).
constexpr std::size_t kNoAux = static_cast<std::size_t>(-1);

// A progressive form: "trump is backing cruz", "clinton was now hoping to", "has been pushing".
constexpr std::array<std::string_view, 6> progressive_auxes{"is", "are", "was", "were", "am", "been"};
constexpr std::array<std::string_view, 17> progressive_adverbs{
    "also", "now", "still", "already", "increasingly", "openly", "actively", "quietly", "reportedly",
    "publicly", "privately", "even", "not", "never", "just", "repeatedly", "always"};

/// One attribution under construction, in token indices.
struct record {
    std::size_t sp_b = 0, sp_e = 0;  // speaker tokens [sp_b, sp_e); empty when none
    std::size_t cue_b = 0, cue_e = 0;
    std::size_t content_b = 0, content_e = 0;  // byte offsets
    speaker_type type = speaker_type::unknown;
    std::vector<std::string> roles;
    cue_class cls = cue_class::speech;
    attribution_kind kind = attribution_kind::indirect;
    std::string outlet;
    std::string cited_by;
};

class scanner {
public:
    scanner(std::string_view text, std::string_view lower, document_attributions& out)
        : text_(text), lower_(lower), t_(normalized::tokenize(lower)), out_(out) {}

    void run();

private:
    std::string_view w(std::size_t i) const { return i < t_.size() ? t_[i].word : std::string_view{}; }
    boundary bnd(std::size_t i) const { return normalized::boundary_before(t_, i); }
    bool soft(std::size_t i) const { return bnd(i) == boundary::none; }
    std::string joined(std::size_t b, std::size_t e) const;
    mention tokens_mention(std::size_t b, std::size_t e) const;

    void dateline();
    std::optional<std::pair<std::size_t, const lexicon::outlet_entry*>> outlet_at(std::size_t i) const;
    std::optional<std::string> outlet_in(std::size_t b, std::size_t e) const;

    std::size_t np_backward(std::size_t last, std::size_t floor) const;
    std::size_t poll_share_begin(std::size_t last, std::size_t floor) const;
    bool poll_share(std::size_t b, std::size_t e) const;
    bool inside_poll_finding(std::size_t b) const;
    std::size_t np_forward(std::size_t first, std::size_t limit) const;
    std::size_t segment_start(std::size_t last) const;
    bool opener(std::size_t b, std::size_t e) const;
    bool name_like(std::size_t b, std::size_t e) const;
    bool titled_name(std::size_t b, std::size_t e) const;
    speaker_type classify(std::size_t b, std::size_t e) const;
    void split_titles(record& r) const;

    std::size_t token_at_or_after(std::size_t byte) const;
    std::size_t content_forward_end(std::size_t first) const;
    std::size_t content_backward_begin(std::size_t last_exclusive, bool direct) const;
    std::size_t after_adverbials(std::size_t i) const;
    std::size_t skip_adverbs_only(std::size_t i) const;

    void cue_rule(std::size_t i, const lexicon::cue_entry& c, std::size_t aux = kNoAux);
    void verb_object_rule(std::size_t i, const lexicon::cue_entry& c, std::size_t aux = kNoAux);
    std::size_t progressive_aux(std::size_t i, const lexicon::cue_entry& c) const;
    void no_source_rules();
    std::size_t subject_begin(std::size_t before) const;
    bool inside_claim(std::size_t b, std::size_t e) const;
    void gerund_rule(std::size_t i);
    void according_rule(std::size_t i);
    void citing_rule(std::size_t i);
    bool speaker_before(std::size_t cue, record& r) const;
    std::size_t channel_after(std::size_t i, record& r) const;
    void emit(record r);

    std::string_view text_;
    std::string_view lower_;
    std::vector<token> t_;
    document_attributions& out_;
    std::size_t start_ = 0;       // first token after the dateline
    std::size_t consumed_ = 0;    // tokens before this index belong to an earlier match's cue or speaker
    std::vector<record> made_;
};

std::string scanner::joined(std::size_t b, std::size_t e) const {
    std::string s;
    for (std::size_t i = b; i < e && i < t_.size(); ++i) {
        if (!s.empty()) s += ' ';
        s.append(text_.substr(t_[i].begin, t_[i].end - t_[i].begin));
    }
    return s;
}

mention scanner::tokens_mention(std::size_t b, std::size_t e) const {
    const std::size_t bb = t_[b].begin;
    const std::size_t ee = t_[e - 1].end;
    return mention{std::string(text_.substr(bb, ee - bb)), bb, ee};
}

std::size_t scanner::token_at_or_after(std::size_t byte) const {
    auto it = std::lower_bound(t_.begin(), t_.end(), byte, [](const token& t, std::size_t b) { return t.begin < b; });
    return static_cast<std::size_t>(it - t_.begin());
}

/// The longest outlet spelling (lexicon) starting at token i: its end token and entry.
std::optional<std::pair<std::size_t, const lexicon::outlet_entry*>> scanner::outlet_at(std::size_t i) const {
    std::string spelled;
    std::optional<std::pair<std::size_t, const lexicon::outlet_entry*>> best;
    for (std::size_t k = i; k < t_.size() && k < i + lexicon::max_outlet_words(); ++k) {
        if (k > i) {
            if (!soft(k)) break;
            spelled += ' ';
        }
        spelled.append(w(k));
        if (const auto* o = lexicon::find_outlet(spelled)) best = std::make_pair(k + 1, o);
    }
    // "x" alone is the platform only after "on": "in a post on x".
    if (best && best->second->spelling == "x" && (i == 0 || w(i - 1) != "on")) return std::nullopt;
    return best;
}

std::optional<std::string> scanner::outlet_in(std::size_t b, std::size_t e) const {
    for (std::size_t i = b; i < e; ++i)
        if (auto o = outlet_at(i); o && o->first <= e) return std::string(o->second->name);
    return std::nullopt;
}

// "moscow london washington  reuters    moscow and ...": place words, then the agency in what were
// parentheses, then the dash. Reuters-21578: "washington  feb    " (the day number is gone) is Reuters' style.
void scanner::dateline() {
    const std::size_t n = std::min<std::size_t>(t_.size(), 8);
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && !soft(i)) {
            if (auto o = outlet_at(i); o && (o->first >= t_.size() || t_[o->first].gap >= 3)) {
                out_.publisher = std::string(o->second->name);
                start_ = o->first;
                return;
            }
            if (in(months, w(i)) && i + 1 < t_.size() && t_[i + 1].gap >= 3) {
                out_.publisher = "Reuters";
                start_ = i + 1;
                return;
            }
            return;
        }
        if (stop(w(i)) || lexicon::find_cue(w(i))) break;
    }
    // "(Reuters) - ..." with no place.
    if (auto o = outlet_at(0); o && o->first < t_.size() && t_[o->first].gap >= 3) {
        out_.publisher = std::string(o->second->name);
        start_ = o->first;
    }
}

/// A poll share ending at token `last`: "two in three", "six in" (the 10 dropped, a gap follows), "nine out
/// of" (dropped); its first token, or last + 1.
std::size_t scanner::poll_share_begin(std::size_t last, std::size_t floor) const {
    const std::size_t none = last + 1;
    const std::string_view head = w(last);
    const bool gap_after = last + 1 >= t_.size() || t_[last + 1].gap >= 2;
    if (head == "in" && gap_after && last > floor && soft(last) && in(count_words, w(last - 1))) return last - 1;
    if (head == "of" && gap_after && last >= floor + 2 && soft(last) && soft(last - 1) && w(last - 1) == "out" &&
        in(count_words, w(last - 2)))
        return last - 2;
    if (in(count_words, head) && last >= floor + 2 && soft(last) && soft(last - 1)) {
        if (w(last - 1) == "in" && in(count_words, w(last - 2))) return last - 2;
        if (w(last - 1) == "of" && w(last - 2) == "out" && last >= floor + 3 && soft(last - 2) &&
            in(count_words, w(last - 3)))
            return last - 3;
    }
    return none;
}

/// A poll share as a phrase: "percent of voters", "two thirds of democrats", "six in", "about half".
bool scanner::poll_share(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e && k < b + 4; ++k)
        if (w(k) == "percent" || w(k) == "thirds" || w(k) == "quarters" || w(k) == "half" ||
            (w(k) == "in" && k > b && in(count_words, w(k - 1))))
            return true;
    return false;
}

/// Whether the words before token `b` (back to a strong boundary, at most 14) name a poll or open its
/// finding ("found that", "poll showed that", "in a new survey").
bool scanner::inside_poll_finding(std::size_t b) const {
    if (b > 0 && soft(b) && w(b - 1) == "that") return true;
    for (std::size_t k = b; k > start_ && b - k < 14;) {
        if (bnd(k) == boundary::strong && k != b) break;
        --k;
        const std::string_view x = w(k);
        if (x == "poll" || x == "polls" || x == "survey" || x == "surveys" || x == "polling") return true;
    }
    return false;
}

/// The first token of the speaker phrase that ends with token `last` (inclusive), never before `floor`;
/// returns last + 1 when there is none.
std::size_t scanner::np_backward(std::size_t last, std::size_t floor) const {
    const std::size_t none = last + 1;
    if (last >= t_.size() || last < floor) return none;
    const std::string_view head = w(last);
    if (lexicon::is_pronoun(head)) return last;
    // An outlet whose name holds a cue word or stop: "the washington post reported", "the hill said".
    for (std::size_t j = last >= floor + 4 ? last - 4 : floor; j <= last; ++j) {
        if (auto o = outlet_at(j); o && o->first == last + 1) {
            std::size_t b = j;
            for (std::size_t k = j + 1; k <= last; ++k)
                if (!soft(k)) b = last + 1;  // not one name
            if (b > last) break;
            if (b > floor && soft(b) && w(b - 1) == "the") --b;
            return b;
        }
    }
    // "two in three said", "six in  say", "nine out of  say": a poll share (the second number may be gone).
    if (const std::size_t share = poll_share_begin(last, floor); share <= last) return share;
    if (stop(head) || lexicon::find_cue(head) || in(determiners, head) || head == "and" || head == "of")
        return none;
    const bool plural_head = lexicon::is_group_noun(head) || (head.size() > 3 && head.back() == 's');
    std::size_t b = last;
    for (std::size_t i = last; i > floor;) {
        if (!soft(i)) break;
        const std::size_t j = i - 1;
        const std::string_view x = w(j);
        if (stop(x) || lexicon::is_pronoun(x)) break;
        if (x == "and") {
            if (!plural_head || j == floor || !soft(j)) break;
        } else if (x == "of") {
            if (j == floor || !soft(j) || !in(of_heads, w(j - 1))) break;
        } else if (lexicon::find_cue(x) && x != "house" && x != "state") {
            break;
        }
        b = j;
        i = j;
        if (in(determiners, x) && !(j > floor && soft(j) && w(j - 1) == "of")) break;
        if (last - b >= 9) break;
    }
    // A phrase never begins with "and", "of" or a lone possessive "s".
    while (b <= last && (w(b) == "and" || w(b) == "of" || w(b) == "s")) ++b;
    return b > last ? none : b;
}

/// The end (exclusive) of the speaker phrase that starts at `first`, at most `limit` tokens.
std::size_t scanner::np_forward(std::size_t first, std::size_t limit) const {
    std::size_t e = first;
    while (e < t_.size() && e - first < limit) {
        if (e > first && !soft(e)) break;
        const std::string_view x = w(e);
        if (stop(x) && !(x == "of" && e > first && in(of_heads, w(e - 1)))) break;
        if (in(pre_cue_adverbs, x) && x != "t") break;
        if (lexicon::find_cue(x) && e > first) break;
        if (lexicon::is_pronoun(x)) {
            if (e == first) ++e;
            break;
        }
        // A past-tense verb ends the subject: "republicans greeted the idea".
        if (e > first && x.size() >= 5 && x.substr(x.size() - 2) == "ed") break;
        ++e;
        // "two sources familiar with the matter": the phrase ends at a group head unless "of" follows.
        if ((lexicon::is_group_noun(x) || in(anonymous_heads, x)) && w(e) != "of") break;
    }
    while (e > first && (w(e - 1) == "of" || w(e - 1) == "and" || in(determiners, w(e - 1)))) --e;
    return e;
}

/// The first token of the comma-segment that ends at token `last`.
std::size_t scanner::segment_start(std::size_t last) const {
    std::size_t b = last;
    while (b > start_ && soft(b)) --b;
    return b;
}

/// Segments that open an apposition or relative clause: "a special presidential envoy", "trump s top
/// counterterrorism adviser", "who like the others spoke on condition of anonymity", "the official".
bool scanner::opener(std::size_t b, std::size_t e) const {
    if (b >= e) return false;
    const std::string_view x = w(b);
    if (x == "a" || x == "an" || x == "the" || x == "another" || x == "his" || x == "her" || x == "their" ||
        x == "its" || in(relatives, x) || lexicon::is_title(x))
        return true;
    return e - b >= 3 && w(b + 1) == "s" && t_[b + 1].gap == 1;  // "trump s top ... adviser"
}

/// A short phrase that can be a named speaker: no function words, at most five words.
bool scanner::name_like(std::size_t b, std::size_t e) const {
    if (b >= e || e - b > 5) return false;
    // "___     p m   senate majority leader mitch mcconnell is criticizing": a time stamp of AP's "The Latest".
    if (e - b == 2 && (w(b) == "p" || w(b) == "a") && w(b + 1) == "m") return false;
    for (std::size_t i = b; i < e; ++i) {
        const std::string_view x = w(i);
        if (stop(x) || x == "and" || lexicon::find_cue(x) || lexicon::is_pronoun(x) || in(determiners, x))
            return false;
    }
    return true;
}

/// A name of six or seven words that titles open: "american unity fund president margaret hoover".
bool scanner::titled_name(std::size_t b, std::size_t e) const {
    if (e - b > 7) return false;
    bool title = false;
    for (std::size_t i = b; i < e; ++i) {
        const std::string_view x = w(i);
        if (stop(x) || x == "and" || lexicon::find_cue(x) || lexicon::is_pronoun(x) || in(determiners, x))
            return false;
        title = title || (i + 2 < e && lexicon::is_title(x));
    }
    return title;
}

speaker_type scanner::classify(std::size_t b, std::size_t e) const {
    if (e - b == 1 && lexicon::is_pronoun(w(b))) return speaker_type::pronoun;
    if (poll_share(b, e)) return speaker_type::group;  // "two in three", "percent of voters"
    const std::string_view head = w(e - 1);
    if (lexicon::is_outlet_noun(head) || (outlet_in(b, e) && outlet_at(b) && outlet_at(b)->first == e))
        return speaker_type::outlet;
    if (e - b >= 3 && w(b) == "one" && w(b + 1) == "of") return speaker_type::anonymous;
    if (in(anonymous_heads, head)) {
        // "officials", "a senior official", "u s  and european ... officials": unnamed sources.
        return speaker_type::anonymous;
    }
    if (lexicon::is_group_noun(head)) return speaker_type::group;
    if (in(organization_heads, head) || (head == "house" && e - b >= 2 && w(e - 2) == "white"))
        return speaker_type::organization;
    // "the department of justice", "the ministry of defence".
    for (std::size_t k = b; k + 1 < e; ++k)
        if (w(k + 1) == "of" && in(organization_heads, w(k))) return speaker_type::organization;
    if (in(determiners, w(b))) {
        // "a spokesman" is an unnamed person, "the president" a person; "a partnership" (suggests) is no
        // speaker at all.
        if (!lexicon::is_title(head) && !in(person_nouns, head)) return speaker_type::unknown;
        return w(b) == "a" || w(b) == "an" ? speaker_type::anonymous : speaker_type::person;
    }
    return speaker_type::person;
}

/// "white house cyber coordinator rob joyce": the titles in front become a role, the name the speaker.
void scanner::split_titles(record& r) const {
    if (r.type != speaker_type::person) return;
    std::size_t k = r.sp_b;
    while (k + 1 < r.sp_e && (lexicon::is_title(w(k)) || ((w(k) == "u" || w(k) == "s") && k + 2 < r.sp_e)))
        ++k;
    if (k == r.sp_b) return;
    std::size_t role_e = k;
    if (w(role_e - 1) == "u" && k < r.sp_e && w(k) == "s") ++k, ++role_e;
    r.roles.insert(r.roles.begin(), joined(r.sp_b, role_e));
    r.sp_b = k;
}

std::size_t scanner::skip_adverbs_only(std::size_t i) const {
    if (i >= t_.size() || i == 0 || !soft(i)) return i;
    const std::size_t from = t_[i - 1].end;
    const std::size_t p = skip_adverbials(lower_, from);
    return p == from ? i : token_at_or_after(p);
}

std::size_t scanner::after_adverbials(std::size_t i) const {
    if (i >= t_.size()) return i;
    const std::size_t from = i == 0 ? 0 : t_[i - 1].end;
    std::size_t p = skip_adverbials(lower_, from);
    p = skip_complementizer(lower_, p);
    return p == from ? i : token_at_or_after(p);
}

/// Where a claim that starts at token `first` ends (exclusive token index): at a strong boundary, or at a
/// one-mark boundary that starts a new sentence, or before "but said", ", saying", ", according to".
std::size_t scanner::content_forward_end(std::size_t first) const {
    std::size_t i = first + 1;
    for (; i < t_.size() && i - first < 160; ++i) {
        const boundary b = bnd(i);
        if (b == boundary::none) continue;
        if (b == boundary::strong) break;
        const std::string_view x = w(i);
        if ((x == "and" || x == "but") && lexicon::find_cue(w(i + 1))) break;
        if (in(never_last, w(i - 1)) || in(number_followers, x)) continue;
        if (x == "according" || x == "citing") break;
        if (const auto* c = lexicon::find_cue(x); c && c->form == lexicon::verb_form::gerund) break;
        if (!in(comma_followers, x)) break;
    }
    return i;
}

/// Where a claim that ends before token `last_exclusive` begins, going back to the start of the quotation
/// (direct) or of the sentence (indirect), never into an earlier match.
std::size_t scanner::content_backward_begin(std::size_t last_exclusive, bool direct) const {
    std::size_t b = last_exclusive - 1;
    const std::size_t floor = std::max(start_, consumed_);
    while (b > floor && last_exclusive - b < 160) {
        const boundary k = bnd(b);
        if (k == boundary::strong) break;
        if (k == boundary::mark && !direct && !in(comma_followers, w(b)) && !in(number_followers, w(b))) break;
        --b;
    }
    return b;
}

/// A channel right after a cue: "said  according to ria", "saying in a post on twitter". Sets the outlet and
/// returns the token after it (i when there is none).
std::size_t scanner::channel_after(std::size_t i, record& r) const {
    if (i + 2 < t_.size() && w(i) == "according" && w(i + 1) == "to" && soft(i + 1)) {
        if (auto o = outlet_at(i + 2)) {
            r.outlet = std::string(o->second->name);
            return o->first;
        }
    }
    // "wrote on twitter", "said on facebook".
    if (i + 1 < t_.size() && w(i) == "on" && soft(i + 1)) {
        if (auto o = outlet_at(i + 1); o && o->second->platform) {
            r.outlet = std::string(o->second->name);
            return o->first;
        }
    }
    for (const auto& p : lexicon::attribution_phrases()) {
        if (!p.source_follows || p.cls == cue_class::according_to || p.cls == cue_class::citing) continue;
        std::size_t k = i;
        std::string_view rest = p.phrase;
        bool ok = true;
        while (!rest.empty()) {
            const std::size_t sp = rest.find(' ');
            const std::string_view word = rest.substr(0, sp);
            if (k >= t_.size() || w(k) != word || (k > i && !soft(k))) {
                ok = false;
                break;
            }
            ++k;
            rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
        }
        if (!ok || k >= t_.size() || !soft(k)) continue;
        if (auto o = outlet_at(k)) {
            r.outlet = std::string(o->second->name);
            return o->first;
        }
    }
    return i;
}

/// The speaker of a cue at token `cue` standing after its subject: "krutskikh said", "white house cyber
/// coordinator rob joyce told", "thomas bossert  trump s top counterterrorism adviser  told", "one of the
/// officials  who like the others spoke on condition of anonymity  said".
bool scanner::speaker_before(std::size_t cue, record& r) const {
    if (cue == 0 || cue <= start_) return false;
    std::size_t k = cue - 1;
    // "trump later said", "officials have said", "christie  ...  effectively acknowledged": skip adverbs and
    // auxiliaries (not across a mark).
    while (k > start_ && soft(k + 1) && (in(pre_cue_adverbs, w(k)) || ly_adverb(w(k))) && !lexicon::is_pronoun(w(k)))
        --k;
    // "spicer on thursday evening said", "clinton last week said", "trump friday told": a time phrase.
    {
        std::size_t t = k;
        if (t > start_ + 1 && soft(t + 1) && in(day_parts, w(t)) && soft(t) &&
            (in(weekdays, w(t - 1)) || w(t - 1) == "last" || w(t - 1) == "this" || w(t - 1) == "late" ||
             w(t - 1) == "early"))
            t -= 2;
        else if (t > start_ && soft(t + 1) && in(weekdays, w(t)))
            t -= 1;
        if (t != k && t > start_ && soft(t + 1) && (w(t) == "on" || w(t) == "earlier")) --t;
        if (t != k && soft(t + 1) && !stop(w(t)) && !lexicon::find_cue(w(t))) k = t;
        while (k > start_ && soft(k + 1) && in(pre_cue_adverbs, w(k)) && !lexicon::is_pronoun(w(k))) --k;
    }
    if (k < consumed_) return false;
    const std::size_t floor = std::max(start_, consumed_);

    // "mr  trump  who said last week that ...", "voters who say the economy matters most": the relative
    // pronoun is the speaker as written (PolNeAR marks it so); the phrase before it gives the type.
    // Not after an indefinite or generic antecedent ("someone who wants", "a president who says"), with at
    // most one auxiliary before the cue, and not inside an earlier record's claim.
    if (w(k) == "who" && soft(k + 1) && k > floor && cue - k <= 2 &&
        (made_.empty() || made_.back().content_e <= t_[k].begin)) {
        std::size_t a = k - 1;
        if (a > floor && !soft(k) && t_[k].gap == 4) --a;  // "lance beebe   who": an age dropped
        const std::size_t nb = np_backward(a, floor);
        if (nb > a || in(generic_antecedents, w(nb))) return false;
        r.sp_b = k;
        r.sp_e = k + 1;
        const speaker_type t = classify(nb, a + 1);
        r.type = t != speaker_type::unknown && t != speaker_type::pronoun ? t : speaker_type::person;
        return true;
    }

    // "cyber security experts and u s  officials  however  said", "rep  jason chaffetz  r utah  said": a
    // comma-enclosed adverb or party-and-state tag between the subject and its cue is skipped.
    bool skipped_segment = false;
    if (!soft(k + 1) && t_[k + 1].gap == 2 && k > floor) {
        const std::size_t sb = segment_start(k);
        const bool adverb = sb == k && in(comma_adverbs, w(k));
        const bool party = k - sb <= 2 && (w(sb) == "r" || w(sb) == "d" || w(sb) == "i") && sb + 1 <= k;
        if ((adverb || party) && sb > floor && t_[sb].gap == 2) {
            k = sb - 1;
            skipped_segment = true;
        }
    }

    // "about six in  say": the dropped "10" left the gap of a mark.
    const bool share_gap = !soft(k + 1) && t_[k + 1].gap == 2 && poll_share_begin(k, floor) <= k;
    if (soft(k + 1) || skipped_segment || share_gap) {
        std::size_t b = np_backward(k, floor);
        if (b > k) return false;
        // "about half of the voters", "nearly two thirds", "more than half": an approximation before a share.
        if (b > floor && soft(b) && (in(count_words, w(b)) || w(b) == "percent")) {
            if (in(approximators, w(b - 1))) --b;
            else if (b > floor + 1 && soft(b - 1) && w(b - 1) == "than" && (w(b - 2) == "more" || w(b - 2) == "less"))
                b -= 2;
        }
        // A poll share inside a poll's finding ("a poll found that  percent of voters said ...", "in a new
        // poll   percent said ...") is the poll's claim, not a speaker of its own.
        if (poll_share(b, k + 1) && inside_poll_finding(b)) return false;
        // The phrase must start a clause: at a mark, at the start, or after a clause word ("which they said").
        const bool clause_start = b == floor || !soft(b) || stop(w(b - 1)) || w(b - 1) == "and" ||
                                  (w(b - 1) == "even" && (b - 1 == floor || !soft(b - 1)));
        if (!clause_start) return false;
        // A phrase after a preposition is its object, not a subject ("leaders in hamburg  said" is not
        // reached here: that cue follows a mark).
        if (b > floor && soft(b) && stop(w(b - 1)) && !in(relatives, w(b - 1)) && w(b - 1) != "that" &&
            w(b - 1) != "while" && w(b - 1) != "as" && w(b - 1) != "but" && w(b - 1) != "so" &&
            w(b - 1) != "because" && w(b - 1) != "although" && w(b - 1) != "though" && w(b - 1) != "however" &&
            w(b - 1) != "when" && w(b - 1) != "if" && w(b - 1) != "since" && w(b - 1) != "after" &&
            w(b - 1) != "before" && w(b - 1) != "then" && w(b - 1) != "now" && w(b - 1) != "also")
            return false;
        r.sp_b = b;
        r.sp_e = k + 1;
        r.type = classify(b, k + 1);
        // "the businessman said", "a veteran told": with say/tell any short determiner phrase is a person.
        const auto* cue_entry = lexicon::find_cue(w(cue));
        // With other cues only "the" ("the senator argued"); "a partnership suggests" is no speaker.
        const bool say_or_tell = cue_entry && (cue_entry->lemma == "say" || cue_entry->lemma == "tell");
        if (r.type == speaker_type::unknown && k + 1 - b <= 4 && !in(time_words, w(k)) &&
            (w(b) == "the" || (say_or_tell && (w(b) == "a" || w(b) == "an"))))
            r.type = w(b) == "a" || w(b) == "an" ? speaker_type::anonymous : speaker_type::person;
        // "a poll shows ...", "a new survey found ...": a document with a determiner is the source of the
        // evidence verbs (session 6).
        if (r.type == speaker_type::unknown && k + 1 - b <= 4 && in(evidence_heads, w(k)) && cue_entry &&
            in(evidence_lemmas, cue_entry->lemma) && (w(b) == "a" || w(b) == "an" || w(b) == "the"))
            r.type = speaker_type::organization;
        if (r.type == speaker_type::unknown) return false;
        // "thomas bossert  trump s top counterterrorism adviser told": the phrase is an apposition when a
        // name stands before it.
        if (!soft(b) && b > floor && opener(b, k + 1) && r.type != speaker_type::pronoun) {
            const std::size_t nb = segment_start(b - 1);
            if (nb >= floor && name_like(nb, b)) {
                std::size_t rb = b;
                if (w(rb) == "a" || w(rb) == "an") ++rb;
                r.roles.push_back(joined(rb, k + 1));
                r.sp_b = nb;
                r.sp_e = b;
                r.type = classify(nb, b);
            }
        }
        split_titles(r);
        return true;
    }

    // The cue follows a mark: "thomas bossert  trump s top counterterrorism adviser  told reporters",
    // "svetlana lukash  a russian official who was at the recent  summit ...  said". Walk back over up to
    // three comma-segments to the apposition or relative clause, and take the name before it.
    if (t_[k + 1].gap == 4) {
        // "smith, 46, said": an age was dropped with its commas.
        const std::size_t nb = segment_start(k);
        if (nb >= floor && name_like(nb, k + 1)) {
            r.sp_b = nb;
            r.sp_e = k + 1;
            r.type = classify(nb, k + 1);
            split_titles(r);
            return true;
        }
    }
    if (t_[k + 1].gap != 2) return false;
    std::size_t seg_e = k + 1;
    {
        // "the podesta group s ceo  kimberley fritts  said", "a spokeswoman  anna richardson white  said": a
        // description ending in a title, then the name.
        const std::size_t seg_b = segment_start(k);
        if (seg_b > floor && bnd(seg_b) == boundary::mark && name_like(seg_b, k + 1) && !opener(seg_b, k + 1) &&
            !in(anonymous_heads, w(k)) && !lexicon::is_group_noun(w(k))) {
            const std::size_t pb = segment_start(seg_b - 1);
            const std::string_view role_head = w(seg_b - 1);
            if (pb >= floor && seg_b - pb <= 8 && (w(pb) == "a" || w(pb) == "an" || w(pb) == "the") &&
                (lexicon::is_title(role_head) || in(person_nouns, role_head)) &&
                (pb == floor || bnd(pb) != boundary::none)) {
                r.sp_b = seg_b;
                r.sp_e = k + 1;
                r.type = classify(seg_b, k + 1);
                r.roles.push_back(joined(w(pb) == "the" ? pb : pb + 1, seg_b));
                split_titles(r);
                return true;
            }
        }
    }
    for (int depth = 0; depth < 3; ++depth) {
        const std::size_t seg_b = segment_start(seg_e - 1);
        if (seg_b < floor || seg_b == 0 || bnd(seg_b) != boundary::mark) return false;
        if (opener(seg_b, seg_e) || depth > 0) {
            std::size_t nb = segment_start(seg_b - 1);
            // "and brian deese  the white house climate change adviser  said"
            if (nb + 1 < seg_b && (w(nb) == "and" || w(nb) == "but")) ++nb;
            if (nb >= floor && opener(seg_b, seg_e)) {
                const std::size_t np = np_backward(seg_b - 1, nb);
                const bool relative = in(relatives, w(seg_b));
                if (np == nb && (relative ? true : name_like(nb, seg_b))) {
                    r.sp_b = nb;
                    r.sp_e = seg_b;
                    r.type = classify(nb, seg_b);
                    std::size_t rb = seg_b;
                    if (w(rb) == "a" || w(rb) == "an") ++rb;
                    if (!relative) r.roles.push_back(joined(rb, k + 1));
                    split_titles(r);
                    return true;
                }
            }
        }
        seg_e = seg_b;
    }
    return false;
}

void scanner::emit(record r) {
    consumed_ = std::max(consumed_, r.cue_e);
    made_.push_back(std::move(r));
}

/// "x said ...", "x told reporters ...", "x news agency reported ...", and the inverted "... x said",
/// "...  said x".
void scanner::cue_rule(std::size_t i, const lexicon::cue_entry& c, std::size_t aux) {
    using lexicon::verb_form;
    if (c.form == verb_form::gerund) return gerund_rule(i);
    const bool evidence = in(evidence_lemmas, c.lemma) && i > 0 && soft(i) && in(evidence_heads, w(i - 1));
    // A base form needs a plural subject: a group noun, they/we, or a poll share ("six in  say").
    const bool share_before = i > 0 && (soft(i) || t_[i].gap == 2) &&
                              poll_share_begin(i - 1, std::max(start_, consumed_)) < i;
    if (c.form == verb_form::base && !evidence && !share_before &&
        !(i > 0 && soft(i) && (lexicon::is_group_noun(w(i - 1)) || w(i - 1) == "they" || w(i - 1) == "we")))
        return;
    // "the reported deal", "a said agreement": an adjective, not a cue.
    if (i > 0 && soft(i) && in(determiners, w(i - 1)) && poll_share_begin(i - 1, std::max(start_, consumed_)) >= i)
        return;

    record r;
    r.cls = c.cls;
    r.cue_b = i;
    r.cue_e = i + 1;
    r.outlet = out_.publisher;
    std::size_t after = i + 1;
    bool tell_unbound = false;
    // "told reporters", "told reuters", "told him".
    if (c.takes_object && after < t_.size() && soft(after)) {
        if (auto o = outlet_at(after)) {
            r.outlet = std::string(o->second->name);
            after = o->first;
        } else if (in(cue_objects, w(after))) {
            r.cue_e = ++after;
        } else if (in(pronoun_objects, w(after))) {
            ++after;
        } else if (c.lemma == "tell") {
            // "told the senate committee that ...": an addressee of a few words, then the complementizer.
            std::size_t p = after;
            while (p < t_.size() && soft(p) && p - after < 7 && w(p) != "that" && !stop(w(p)) &&
                   !lexicon::find_cue(w(p)))
                ++p;
            if (p > after && p < t_.size() && soft(p) && w(p) == "that") {
                after = p;
            } else {
                // "told the story", "told of": not a report of speech we can bound, unless a quotation
                // stands before the speaker ("...   she told the packed hall  ").
                tell_unbound = true;
            }
        }
    }

    if (c.lemma == "call") {
        // "called for", "called on", "calls upon": the particle belongs to the cue; the claim must follow.
        if (after < t_.size() && soft(after) && (w(after) == "for" || w(after) == "on" || w(after) == "upon"))
            r.cue_e = ++after;
        if (after >= t_.size() || !soft(after) || stop(w(after))) return;
    }
    // Inverted, the claim before: "...  krutskikh said  according to ria", "...   he said    i don t".
    after = skip_adverbs_only(after);  // "reported on thursday  citing ..."
    // "..., lavrov told reporters in moscow.": a short place phrase before the mark belongs to the cue.
    if (after < t_.size() && soft(after) && in(place_preps, w(after))) {
        std::size_t p = after + 1;
        while (p < t_.size() && soft(p) && p - after < 8 &&
               (!stop(w(p)) || w(p) == "with" || w(p) == "on" || w(p) == "of" || w(p) == "to"))
            ++p;
        if (p >= t_.size() || !soft(p)) after = p;
    }
    if (after < t_.size() && soft(after)) after = channel_after(after, r);  // "wrote on twitter"
    const bool mark_after = after >= t_.size() || !soft(after);
    const std::size_t after_channel = mark_after && after < t_.size() ? channel_after(after, r) : after;
    const bool claim_after = !mark_after || (after < t_.size() && t_[after].gap >= 3) || after_channel != after;

    if (speaker_before(aux != kNoAux ? aux : i, r)) {
        if (r.type == speaker_type::pronoun && (w(r.sp_b) == "i" || w(r.sp_b) == "we" || w(r.sp_b) == "you"))
            return;  // first and second person: inside someone's quotation
        if (in(noun_like_cues, w(i)) && r.type != speaker_type::outlet && r.type != speaker_type::pronoun &&
            !evidence && !(after < t_.size() && w(after) == "that"))
            return;
        if (r.type == speaker_type::outlet) {
            if (auto o = outlet_in(r.sp_b, r.sp_e)) r.outlet = *o;
            else r.outlet = joined(r.sp_b, r.sp_e);
        }
        const bool speaker_after_mark = r.sp_b > start_ && !soft(r.sp_b);
        // "...   cruz said in response to a question from a reporter  ", "...   clinton told reporters as she
        // emerged  ": after a quotation, the cue's trailing modifiers run to the mark, and the claim is the
        // quotation before.
        std::size_t trailing_end = after_channel;
        if (aux == kNoAux && speaker_after_mark && t_[r.sp_b].gap >= 3 && r.sp_b > std::max(start_, consumed_) &&
            !mark_after &&
            after_channel < t_.size() && soft(after_channel) &&
            (tell_unbound || in(trailing_openers, w(after_channel)))) {
            std::size_t p = after_channel;
            bool clause = false;
            while (p < t_.size() && soft(p) && p - after_channel < 32) {
                // a base form is as often a noun there: "told the show", "said in a report"
                const auto* cue = lexicon::find_cue(w(p));
                if (w(p) == "that" || (cue && cue->form != lexicon::verb_form::base)) clause = true;
                ++p;
            }
            if (!clause && (p >= t_.size() || !soft(p))) trailing_end = p;
        }
        if (tell_unbound && trailing_end == after_channel) return;
        if (trailing_end != after_channel && speaker_after_mark) {
            const std::size_t last = r.sp_b;
            const std::size_t b = content_backward_begin(last, true);
            if (b >= last) return;
            r.content_b = t_[b].begin;
            r.content_e = t_[last - 1].end;
            r.kind = attribution_kind::direct;
            emit(std::move(r));
            consumed_ = std::max(consumed_, trailing_end);
            return;
        }
        const bool quote_after = mark_after && after_channel == after && after < t_.size() && t_[after].gap >= 3;
        const bool colon_cue = c.lemma == "add" || c.lemma == "continue" || c.lemma == "ask" ||
                               c.lemma == "explain" || c.lemma == "respond" || c.lemma == "reply";
        const std::size_t before_floor = std::max(start_, consumed_);
        const bool room_before = r.sp_b > before_floor + 1;
        // "in fact  she said  it humanizes her", "still  he said  officials have to decide ...": a sentence
        // adverb of a word or two before the speaker, a mark after the cue: the claim follows.
        if (mark_after && after_channel == after && after < t_.size() && t_[after].gap == 2 && speaker_after_mark &&
            t_[r.sp_b].gap == 2 && r.sp_b > before_floor) {
            const std::size_t lead_b = std::max(content_backward_begin(r.sp_b, false), before_floor);
            if (r.sp_b - lead_b <= kLeadWords && bnd(lead_b) != boundary::none) {
                const std::size_t e = content_forward_end(after);
                if (e >= after + 3) {
                    r.content_b = t_[after].begin;
                    r.content_e = t_[e - 1].end;
                    emit(std::move(r));
                    return;
                }
            }
        }
        // "...   okay    i said   i was seventeen ...", "judge    brafman said   i have never ...": one word before
        // the speaker (no claim of its own), a quotation after the cue: the quotation is the claim.
        if (mark_after && after_channel == after && after < t_.size() && t_[after].gap >= 3 && t_[after].gap <= 4 &&
            speaker_after_mark && r.sp_b > before_floor + 1) {
            const bool direct_before = t_[r.sp_b].gap >= 3;
            const std::size_t lead_b = std::max(content_backward_begin(r.sp_b, direct_before), before_floor);
            if (r.sp_b - lead_b == 1 && bnd(lead_b) != boundary::none) {
                const std::size_t e = content_forward_end(after);
                if (e >= after + 3) {
                    r.content_b = t_[after].begin;
                    r.content_e = t_[e - 1].end;
                    r.kind = attribution_kind::direct;
                    emit(std::move(r));
                    return;
                }
            }
        }
        // "newt gingrich said if ... a  two pirate ticket    gingrich said   in many ways ...": the words before
        // the speaker are an earlier record's claim, so the quotation after the cue is this one's.
        const bool before_taken = quote_after && speaker_after_mark && !made_.empty() &&
                                  made_.back().content_e >= t_[r.sp_b - 1].end &&
                                  made_.back().content_b < t_[r.sp_b - 1].end;
        const bool new_paragraph_quote = before_taken;
        // "menendez said he does not think ...  if politics makes the road ... too complicated now  he said
        // congress can still pass ...": the same after a one-mark gap, the claim runs on after the cue.
        if (mark_after && after_channel == after && after < t_.size() && t_[after].gap == 2 && speaker_after_mark &&
            !made_.empty() && made_.back().content_e >= t_[r.sp_b - 1].end &&
            made_.back().content_b < t_[r.sp_b - 1].end) {
            const std::size_t e = content_forward_end(after);
            if (e >= after + 3) {
                r.content_b = t_[after].begin;
                r.content_e = t_[e - 1].end;
                emit(std::move(r));
                return;
            }
        }
        if (aux == kNoAux && (mark_after || after_channel != after) && speaker_after_mark && room_before &&
            !(quote_after && colon_cue) && !new_paragraph_quote) {
            // The claim stands before the speaker.
            const std::size_t last = r.sp_b;  // exclusive token index of the claim
            const bool direct = t_[r.sp_b].gap >= 3;
            const std::size_t b = content_backward_begin(last, direct);
            if (b >= last || b < before_floor) return;
            r.content_b = t_[b].begin;
            r.content_e = t_[last - 1].end;
            r.kind = direct ? attribution_kind::direct : attribution_kind::indirect;
            const std::size_t end_cue = after_channel;
            emit(std::move(r));
            consumed_ = std::max(consumed_, end_cue);
            return;
        }
        if (!claim_after && !mark_after) return;
        std::size_t first = after_channel;
        if (mark_after && after_channel == after && after < t_.size() && t_[after].gap < 3) return;
        first = after_adverbials(first);
        // "said in moscow that ...": a place phrase before the complementizer.
        if (first < t_.size() && soft(first) && in(place_preps, w(first))) {
            for (std::size_t p = first + 1; p < t_.size() && p - first < 9 && soft(p); ++p)
                if (w(p) == "that") {
                    first = p + 1;
                    break;
                }
        }
        if (c.needs_complement) {
            // "concluded publicly in january": without "that" (or a quotation) not a report of speech.
            const bool has_that = first > after && w(first - 1) == "that";
            const bool next_soft = first + 1 < t_.size() && soft(first + 1) && first < t_.size() && soft(first);
            // "agreed to pay the fine" (not "agreed to a moratorium": no infinitive before a determiner)
            const bool agree_to = c.lemma == "agree" && next_soft && w(first) == "to" &&
                                  !stop(w(first + 1)) && !in(determiners, w(first + 1));
            const bool intention = agree_to || ((in(intention_lemmas, c.lemma) || c.cls == cue_class::intention) &&
                                                next_soft && w(first) == "to" &&
                                                (!stop(w(first + 1)) || w(first + 1) == "be"));
            const bool bare_clause = in(bare_clause_lemmas, c.lemma) && next_soft && in(clause_openers, w(first));
            const bool evidence_object = evidence && first < t_.size() && soft(first);
            // speech verbs whose object is the claim: "announced a new plan", "denied the allegations"
            const bool speech_object = in(object_lemmas, c.lemma) && first + 1 < t_.size() && soft(first) &&
                                       soft(first + 1) && (in(determiners, w(first)) || !stop(w(first))) &&
                                       !lexicon::is_pronoun(w(first)) &&
                                       // "nobody denies the necessity": a generic subject, inside a quotation
                                       !in(indefinite_subjects, w(r.sp_b));
            // "an iowa voter asked if she might ...", "asked whether", "asked for the allegiances ...".
            const bool question = c.lemma == "ask" && first < t_.size() && soft(first) &&
                                  (w(first) == "if" || w(first) == "whether" || w(first) == "for");
            if (!has_that && !intention && !bare_clause && !evidence_object && !question && !speech_object &&
                !(first < t_.size() && t_[first].gap >= 3))
                return;
        }
        if (first >= t_.size()) return;
        const std::size_t e = content_forward_end(first);
        r.content_b = t_[first].begin;
        r.content_e = t_[e - 1].end;
        if (t_[first].gap >= 3) r.kind = attribution_kind::direct;
        emit(std::move(r));
        return;
    }
    if (aux != kNoAux) return;  // a progressive form has its subject before the auxiliary or none

    // "...  said thomas bossert  the adviser": the speaker after the cue, the claim before it. After a
    // quotation also a described speaker: "...   said a nevada democrat   ...", "...   said a longtime gop data
    // expert who has worked for ..." (the phrase runs to the mark or a relative pronoun).
    if (!soft(i) && i > std::max(start_, consumed_) && after < t_.size() && soft(after)) {
        const bool direct = t_[i].gap >= 3;
        std::size_t sp_e = 0;
        const std::size_t e = np_forward(after, 6);
        if (e > after && (e >= t_.size() || !soft(e)) && name_like(after, e)) {
            sp_e = e;
        } else if (const std::size_t e3 = direct ? np_forward(after, 8) : after;
                   e3 > after + 5 && (e3 >= t_.size() || !soft(e3)) && titled_name(after, e3)) {
            // "...   said united steelworkers political director tim waters   ...": after a quotation a
            // longer name, when titles open it (session 6)
            sp_e = e3;
        } else if (direct && (w(after) == "a" || w(after) == "an" || w(after) == "one" || w(after) == "another" ||
                               w(after) == "the")) {
            const std::size_t e2 = np_forward(after + 1, 7);
            const bool ends = e2 >= t_.size() || !soft(e2) || w(e2) == "who";
            if (e2 > after + 1 && ends && !lexicon::is_pronoun(w(after + 1))) sp_e = e2;
        }
        if (sp_e != 0) {
            const std::size_t b = content_backward_begin(i, direct);
            if (b >= i) return;
            r.sp_b = after;
            r.sp_e = sp_e;
            r.type = classify(after, sp_e);
            split_titles(r);
            r.content_b = t_[b].begin;
            r.content_e = t_[i - 1].end;
            r.kind = direct ? attribution_kind::direct : attribution_kind::indirect;
            emit(std::move(r));
            consumed_ = std::max(consumed_, sp_e);
            return;
        }
    }

    // "... and said ...", "but said the state department would ...": the subject of the previous match.
    if (i > 0 && soft(i) && (w(i - 1) == "and" || w(i - 1) == "but") && !made_.empty()) {
        const record& prev = made_.back();
        if (prev.sp_e > prev.sp_b && i - prev.cue_e < 60) {
            std::size_t first = after_adverbials(after);
            if (first >= t_.size() || (c.needs_complement && !(first > after && w(first - 1) == "that"))) return;
            record co = r;
            co.sp_b = prev.sp_b;
            co.sp_e = prev.sp_e;
            co.type = prev.type;
            co.roles = prev.roles;
            if (r.outlet == out_.publisher) co.outlet = prev.outlet;
            const std::size_t e = content_forward_end(first);
            co.content_b = t_[first].begin;
            co.content_e = t_[e - 1].end;
            emit(std::move(co));
        }
    }
}

/// ",  saying moscow could not be trusted", ", saying in a post on twitter   the fact that ...": the subject
/// of the clause the participle hangs on is the speaker.
void scanner::gerund_rule(std::size_t i) {
    if (i == 0 || soft(i) || i <= start_) return;
    const auto* c = lexicon::find_cue(w(i));
    record r;
    r.cls = c->cls;
    r.cue_b = i;
    r.cue_e = i + 1;
    r.outlet = out_.publisher;
    const std::size_t after_channel = channel_after(i + 1, r);
    if (after_channel != i + 1) {
        r.cue_e = after_channel;
        r.cls = cue_class::written;
    }
    std::size_t first = after_adverbials(after_channel);
    if (first >= t_.size()) return;
    if (c->needs_complement && !(first > after_channel && w(first - 1) == "that") && t_[first].gap < 2) return;

    // The clause before the mark: back to the previous mark (an abbreviation's is no mark).
    std::size_t clause = i - 1;
    while (clause > start_ && soft(clause)) --clause;
    if (clause < consumed_ && !made_.empty()) {
        // The clause is an earlier match's claim or cue: its speaker goes on ("..., adding that ...").
        const record& prev = made_.back();
        if (prev.sp_e <= prev.sp_b) return;
        r.sp_b = prev.sp_b;
        r.sp_e = prev.sp_e;
        r.type = prev.type;
        r.roles = prev.roles;
    } else {
        while (clause < i && (w(clause) == "and" || w(clause) == "but" || w(clause) == "then")) ++clause;
        const std::size_t e = np_forward(clause, 6);
        if (e <= clause) return;
        // A clause that is only a noun phrase ("ted cruz  r texas  wednesday  saying", "a  month sentence
        // saying") has no subject of the participle; nor does a time word or a verb ("took a heckler").
        if (e >= i) return;
        const std::string_view s0 = w(clause);
        if (in(time_words, s0) || (s0.size() >= 5 && s0.substr(s0.size() - 2) == "ed")) return;
        r.sp_b = clause;
        r.sp_e = e;
        r.type = classify(clause, e);
        if (r.type == speaker_type::pronoun && (w(clause) == "i" || w(clause) == "we" || w(clause) == "you")) return;
        split_titles(r);
    }
    const std::size_t e = content_forward_end(first);
    r.content_b = t_[first].begin;
    r.content_e = t_[e - 1].end;
    if (t_[first].gap >= 3) r.kind = attribution_kind::direct;
    emit(std::move(r));
}

/// "..., according to x" (the claim before) and "according to x, ..." (the claim after).
void scanner::according_rule(std::size_t i) {
    if (i + 2 >= t_.size() || w(i + 1) != "to" || !soft(i + 1) || !soft(i + 2)) return;
    const std::size_t sb = i + 2;
    std::size_t se = np_forward(sb, 7);
    if (se <= sb) return;
    // At the end of a sentence the source runs to the mark: "according to a new poll by the harvard
    // university institute of politics", "according to early results of exit polls conducted for the ap".
    const std::size_t head_e = se;
    if (i > std::max(start_, consumed_) && !soft(i) && se < t_.size() && soft(se) &&
        !in(anonymous_heads, w(se - 1)) && !lexicon::is_group_noun(w(se - 1))) {
        std::size_t p = se;
        bool plain = true;
        while (p < t_.size() && soft(p) && p - sb < 20) {
            const std::string_view x = w(p);
            if (x == "that" || in(relatives, x) || lexicon::find_cue(x) || lexicon::is_pronoun(x) ||
                x == "is" || x == "was" || x == "are" || x == "were" || x == "will" || x == "would") {
                plain = false;
                break;
            }
            ++p;
        }
        if (plain && (p >= t_.size() || !soft(p))) se = p;
    }
    record r;
    r.cls = cue_class::according_to;
    r.cue_b = i;
    r.cue_e = i + 2;
    r.sp_b = sb;
    r.sp_e = se;
    r.type = classify(sb, head_e);
    r.outlet = out_.publisher;
    if (r.type == speaker_type::outlet) {
        if (auto o = outlet_in(sb, head_e)) r.outlet = *o;
    }
    split_titles(r);
    // A paragraph break starts a sentence; three spaces without one mostly stood for a quotation mark or a
    // dropped number before a comma ("   percent in   according to exit polls"): the claim is before.
    const bool line_break = i > 0 && lower_.substr(t_[i - 1].end, t_[i].begin - t_[i - 1].end).find('\n') !=
                                         std::string_view::npos;
    // "...  tuesday   according to early results of exit polls  majorities of ...": after a strong gap, a
    // source that ends at one mark before a clause opens the sentence (a dropped number or a preposition
    // before the gap, "percent in   according to", keeps the claim before).
    const bool opens_sentence = bnd(i) == boundary::strong && !in(never_last, w(i - 1)) &&
                                se < t_.size() && bnd(se) == boundary::mark && se + 2 < t_.size() &&
                                soft(se + 1) && soft(se + 2);
    const bool sentence_start = i == start_ || (bnd(i) == boundary::strong && (line_break || opens_sentence));
    if (!sentence_start && !soft(i) && i > std::max(start_, consumed_)) {
        const std::size_t b = content_backward_begin(i, false);
        if (b >= i) return;
        r.content_b = t_[b].begin;
        r.content_e = t_[i - 1].end;
    } else {
        const std::size_t first = se;
        if (first >= t_.size()) return;
        const std::size_t e = content_forward_end(first);
        r.content_b = t_[first].begin;
        r.content_e = t_[e - 1].end;
    }
    emit(std::move(r));
    consumed_ = std::max(consumed_, se);
}

/// "ria news agency reported on thursday  citing andrey krutskikh  a special presidential envoy ...": the
/// cited person becomes the speaker of the report, the reporting outlet `cited_by`.
void scanner::citing_rule(std::size_t i) {
    if (i == 0 || soft(i) || i + 1 >= t_.size()) return;
    const std::size_t sb = i + 1;
    const std::size_t se = np_forward(sb, 6);
    if (se <= sb) return;
    std::vector<std::string> roles;
    if (se < t_.size() && bnd(se) == boundary::mark && opener(se, se + 1)) {
        std::size_t re = se + 1;
        while (re < t_.size() && soft(re) && re - se < 12) ++re;
        std::size_t rb = se;
        if (w(rb) == "a" || w(rb) == "an") ++rb;
        roles.push_back(joined(rb, re));
    }
    if (!made_.empty() && made_.back().cue_e <= i && i - made_.back().cue_e < 8) {
        record& prev = made_.back();
        prev.cited_by = prev.type == speaker_type::outlet ? prev.outlet : joined(prev.sp_b, prev.sp_e);
        if (prev.type == speaker_type::outlet) prev.outlet = prev.cited_by;
        prev.sp_b = sb;
        prev.sp_e = se;
        prev.type = classify(sb, se);
        prev.roles = roles;
        split_titles(prev);
        prev.cue_b = i;
        prev.cue_e = i + 1;
        prev.cls = cue_class::citing;
        consumed_ = std::max(consumed_, se);
        return;
    }
    const std::size_t b = content_backward_begin(i, false);
    if (b >= i) return;
    record r;
    r.cls = cue_class::citing;
    r.cue_b = i;
    r.cue_e = i + 1;
    r.sp_b = sb;
    r.sp_e = se;
    r.type = classify(sb, se);
    r.roles = roles;
    r.outlet = out_.publisher;
    split_titles(r);
    r.content_b = t_[b].begin;
    r.content_e = t_[i - 1].end;
    emit(std::move(r));
    consumed_ = std::max(consumed_, se);
}

// Third-person forms of the object verbs that are as often plural nouns ("answered questions about", "the
// attacks on"): they count only after a pronoun or an outlet, or with "that".
constexpr std::array<std::string_view, 12> noun_like_verbs{
    "questions", "attacks", "backs", "champions", "challenges", "votes", "plans", "views", "regards", "sees",
    "welcomes", "supports"};
// A form of "be" or "get" before a past participle makes it passive ("was endorsed by"): not the subject's.
constexpr std::array<std::string_view, 11> passive_aux{"was", "were", "is", "are", "be", "been", "being",
                                                        "get", "got", "gets", "getting"};

// The raw rules' verbs of stance, intention, characterising and knowledge (rules_stance.hpp) with what they
// need after them: "the union endorsed clinton", "cruz criticized the deal", "trump plans to visit",
// "the senator declined to comment", "obama pointed to the jobs report", "we know that ...". The claim is the
// object phrase, the to-infinitive or the clause, up to the next mark.
void scanner::verb_object_rule(std::size_t i, const lexicon::cue_entry& c, std::size_t aux) {
    using lexicon::verb_form;
    if (c.form == verb_form::gerund || c.form == verb_form::participle) return;
    if (i == 0 || !soft(i)) return;
    const std::string_view prev = w(i - 1);
    if (in(determiners, prev) || (aux == kNoAux && in(passive_aux, prev))) return;
    const bool pronoun_before = lexicon::is_pronoun(prev);
    if (c.form == verb_form::base && !(prev == "they" || prev == "we" || lexicon::is_group_noun(prev))) return;

    record r;
    r.cls = c.cls;
    r.cue_b = i;
    r.cue_e = i + 1;
    r.outlet = out_.publisher;
    std::size_t first = i + 1;
    if (first < t_.size() && soft(first) && phrasal_particle(c.lemma, w(first))) {
        r.cue_e = ++first;
    } else if (phrasal_only(c.lemma)) {
        return;
    }
    if (first + 1 >= t_.size() || !soft(first) || !soft(first + 1)) return;
    const std::string_view next = w(first);
    bool ok = false;
    if (c.cls == cue_class::intention) {
        // "plans to visit", "declined to comment"; "sought the nomination" (seek takes an object too)
        ok = (next == "to" && (!stop(w(first + 1)) || w(first + 1) == "be")) ||
             (c.lemma == "seek" && (in(determiners, next) || !stop(next)));
    } else if (c.cls == cue_class::opinion) {
        // knowledge and views need a clause: "we know that ...", "i see the party is split"
        if (next == "that") {
            ++first;
            ok = true;
        } else {
            ok = c.lemma != "view" && c.lemma != "regard" && c.lemma != "consider" && c.lemma != "imagine" &&
                 in(clause_openers, next) && next != "the" && next != "his" && next != "her" && next != "their";
        }
    } else {
        // stance and characterising verbs: an object phrase ("endorsed clinton", "pointed to the report")
        ok = !stop(next) || in(determiners, next) || lexicon::is_pronoun(next);
    }
    if (!ok || first >= t_.size()) return;
    if (!speaker_before(aux != kNoAux ? aux : i, r)) return;
    if (w(r.sp_b) == "who") return;  // "delegates who pledged", "voters who backed": mostly no attribution
    if (r.type == speaker_type::pronoun && (w(r.sp_b) == "i" || w(r.sp_b) == "we" || w(r.sp_b) == "you"))
        return;  // first and second person: inside someone's quotation
    if (in(noun_like_verbs, w(i)) && !pronoun_before && r.type != speaker_type::outlet &&
        !(c.cls == cue_class::intention && next == "to"))
        return;
    if (r.type == speaker_type::outlet) {
        if (auto o = outlet_in(r.sp_b, r.sp_e)) r.outlet = *o;
        else r.outlet = joined(r.sp_b, r.sp_e);
    }
    const std::size_t e = content_forward_end(first);
    if (e <= first + 1) return;  // a one-word claim: "backed down", "voted yesterday"
    r.content_b = t_[first].begin;
    r.content_e = t_[e - 1].end;
    emit(std::move(r));
}

/// The auxiliary of a progressive cue at token i ("trump is backing cruz", "was now hoping to"): the token
/// of the form of "be" (adverbs between allowed), or kNoAux. Not "is challenging" (a race, not a stance).
std::size_t scanner::progressive_aux(std::size_t i, const lexicon::cue_entry& c) const {
    // "was thinking", "is feeling the bern": a state of mind, seldom a report.
    if (c.form != lexicon::verb_form::gerund || c.lemma == "challenge" || c.lemma == "feel" || c.lemma == "think")
        return kNoAux;
    std::size_t a = i;
    while (a > start_ && soft(a) && in(progressive_adverbs, w(a - 1))) --a;
    if (a <= start_ + 1 || !soft(a) || !in(progressive_auxes, w(a - 1))) return kNoAux;
    return a - 1;
}

// Words that open a clause: a source-less claim's subject starts after them ("..., but trump is expected").
constexpr std::array<std::string_view, 22> clause_links{
    "and", "but", "or", "because", "if", "as", "while", "when", "although", "though", "since",
    "after", "before", "so", "whether", "until", "unless", "where", "than", "whereas", "once", "that"};
constexpr std::array<std::string_view, 8> be_forms{"is", "are", "was", "were", "be", "been", "being", "isn"};
constexpr std::array<std::string_view, 10> question_words{"about", "whether", "if", "what", "how",
                                                          "why", "who", "where", "when", "on"};

// Passive cues without an agent and the word that must follow them ("-": a noun phrase), as the raw
// rules_no_source takes them: "is accused of", "was widely seen as", "was declared the winner".
constexpr std::array<std::string_view, 9> passive_np_openers{"the", "a", "an", "his", "her", "their", "its",
                                                             "one", "too"};
std::string_view passive_particle(std::string_view w, std::string_view next) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> cues{{
        {"known", "for"}, {"accused", "of"}, {"charged", "with"}, {"criticized", "for"}, {"blamed", "for"},
        {"condemned", "for"}, {"described", "as"}, {"seen", "as"}, {"regarded", "as"}, {"portrayed", "as"},
        {"billed", "as"}, {"characterized", "as"}, {"known", "as"}, {"touted", "as"}, {"declared", "-"},
        {"deemed", "-"}, {"dubbed", "-"}}};
    for (const auto& c : cues)
        if (c.first == w && (c.second == "-" ? in(passive_np_openers, next) : c.second == next)) return c.second;
    return {};
}

// The writer's hedges, as the raw rules_no_source hedge_rule takes them (session 6): "the deal seems
// likely to pass", "trump appeared to soften his stance", "it appears that ...". Words after the verb that
// make it no hedge: a place, an occasion or a person it appeared to/with ("appeared on fox news").
constexpr std::array<std::string_view, 24> hedge_stops{
    "on",   "in",    "at",    "with",  "before", "for", "alongside", "onstage", "together", "live",
    "and",  "or",    "but",   "from",  "during", "as",  "after",     "by",      "briefly",  "again",
    "here", "there", "today", "tonight"};
// After "to": a person or a place, not an infinitive ("seemed to me", "appeared to the crowd").
constexpr std::array<std::string_view, 11> hedge_not_infinitive{"me", "us",   "him",  "her",  "them", "the",
                                                                "a",  "an",   "many", "some", "most"};
// Infinitives that PolNeAR annotates as cues with the subject as source ("seemed to care more about").
constexpr std::array<std::string_view, 17> hedge_cue_infinitives{
    "care", "recognize", "mock",   "imply",   "respond", "embrace", "speak",  "make",      "enjoy",
    "like", "relish",    "accept", "dismiss", "agree",   "prefer",  "welcome", "contradict"};
// Adjectives after "seem"/"appear" that make the hedge ("appears likely to", "seemed poised to").
constexpr std::array<std::string_view, 16> hedge_adjectives{
    "likely", "unlikely", "poised",  "ready",  "set",    "headed",     "intent", "eager",
    "willing", "reluctant", "certain", "unable", "determined", "close", "closer", "that"};
// Words before the verb that make it no hedge of the writer's: a modal, negation ("didn t" leaves "t"),
// "to appear", "there appears", a relative subject ("a party that appears to", "what appeared to be").
constexpr std::array<std::string_view, 14> hedge_blockers{"to",  "would", "will", "could", "may",  "might", "did",
                                                          "does", "do",   "not",  "t",     "there", "that",  "what"};
bool hedge_verb(std::string_view x) {
    if (x.size() < 4 || (x[0] != 's' && x[0] != 'a')) return false;  // cheap first test: run on every word
    return x == "seem" || x == "seems" || x == "seemed" || x == "appear" || x == "appears" || x == "appeared";
}
bool cue_infinitive(std::string_view v) {
    return lexicon::find_cue(v) || find_rule_verb(v) || in(hedge_cue_infinitives, v);
}

/// Whether bytes [b, e) lie inside the claim of a record of the main pass ("  his world seems to be ...
/// said kiki mclean": the hedge is part of that claim, which PolNeAR scores as a whole).
bool scanner::inside_claim(std::size_t b, std::size_t e) const {
    for (const record& r : made_)
        if (r.content_b <= b && e <= r.content_e) return true;
    return false;
}

/// The subject of a claim whose cue is at `before`: back over the words of the segment to a clause link
/// (excluded) or the segment start, at most 12 words. A relative pronoun right before opens the claim.
std::size_t scanner::subject_begin(std::size_t before) const {
    std::size_t b = before;
    const std::size_t floor = start_;  // run after the main pass: consumed_ is at the last cue by then
    while (b > floor && before - b < 12 && soft(b)) {
        const std::string_view x = w(b - 1);
        if (in(clause_links, x) || lexicon::find_cue(x)) break;
        --b;
        if (x == "who" || x == "which") break;
    }
    return b;
}

// Source-less attributions (PolNeAR's Attribution-no-source), as the raw rules_no_source finds them:
// "trump is expected to speak tonight", "the group reportedly spent  million", "asked about the emails  she
// ...", "sanders was asked whether ...". No speaker. Cue words an earlier record used are skipped.
void scanner::no_source_rules() {
    std::vector<bool> used(t_.size(), false);
    for (const record& r : made_)
        for (std::size_t k = r.cue_b; k < r.cue_e && k < used.size(); ++k) used[k] = true;
    const std::size_t n = t_.size();
    std::vector<record> found;
    std::size_t done = start_;  // tokens before this belong to an earlier source-less claim
    for (std::size_t i = start_; i < n; ++i) {
        if (used[i] || i < done) continue;
        const std::string_view x = w(i);
        record r;
        std::size_t first = n, last = n;  // claim tokens [first, last)
        if (x == "expected" && i > 0 && soft(i) && i + 2 < n && soft(i + 1) && w(i + 1) == "to" && soft(i + 2) &&
            !stop(w(i + 2))) {
            // "is expected to", "are widely expected to", "is not expected to"
            std::size_t be = i - 1;
            if (be > start_ && soft(be) && (w(be) == "not" || w(be) == "widely" || w(be) == "also" ||
                                            w(be) == "still" || w(be) == "generally"))
                --be;
            if (!in(be_forms, w(be)) || !soft(be)) continue;
            r.cls = cue_class::opinion;
            r.cue_b = be;
            r.cue_e = i + 1;
            first = subject_begin(be);
            last = content_forward_end(i + 1);
        } else if (x == "reportedly" && i > start_ && soft(i) && i + 1 < n && soft(i + 1)) {
            r.cls = cue_class::report;
            r.cue_b = i;
            r.cue_e = i + 1;
            first = subject_begin(i);
            last = content_forward_end(i + 1);
            if (first == i) continue;  // no subject: "reportedly" opens an aside
        } else if (hedge_verb(x) && i > start_ && soft(i) && i + 2 < n && soft(i + 1)) {
            const bool seem = x[0] == 's';
            const std::string_view y = w(i + 1);
            if (in(hedge_stops, y)) continue;
            r.cls = cue_class::opinion;
            r.cue_b = i;
            r.cue_e = i + 1;
            if (w(i - 1) == "it") {
                // "it appears that ...", "it seems the deal is off": the clause alone is the claim
                std::size_t f = i + 1;
                if (y == "that") ++f;
                else if (!seem && y != "likely" && y != "unlikely") continue;
                else if (y == "to" || y == "like") continue;
                first = f;
                last = content_forward_end(f);
            } else {
                if (in(hedge_blockers, w(i - 1))) continue;
                if (y == "to") {
                    // "seemed to confirm": a cue verb after the hedge makes the subject its source
                    if (!soft(i + 2) || in(hedge_not_infinitive, w(i + 2)) || cue_infinitive(w(i + 2))) continue;
                } else if (!in(hedge_adjectives, y) && !(seem && y == "like")) {
                    continue;
                } else if (y != "that" && w(i + 2) == "to" && cue_infinitive(w(i + 3))) {
                    continue;  // "appeared ready to endorse the nominee"
                }
                first = subject_begin(i);
                if (first == i) continue;  // no subject
                last = content_forward_end(i + 1);
            }
        } else if (x == "asked" && i + 2 < n && soft(i + 1) && soft(i + 2) && in(question_words, w(i + 1))) {
            // "asked about the emails", "was asked whether", "when asked if": not "he asked whether" (a speaker)
            const bool opens = i == start_ || !soft(i) ||
                               (i > 0 && (in(be_forms, w(i - 1)) || w(i - 1) == "when" || w(i - 1) == "after" ||
                                          w(i - 1) == "once" || w(i - 1) == "if"));
            if (!opens) continue;
            r.cls = cue_class::speech;
            r.cue_b = i > 0 && soft(i) && in(be_forms, w(i - 1)) ? i - 1 : i;
            std::size_t c = i + 1;
            if (w(c) == "about" || w(c) == "on") r.cue_e = ++c;
            else r.cue_e = i + 1;
            first = c;
            last = content_forward_end(c);
        } else if (const std::string_view particle = passive_particle(x, w(i + 1)); !particle.empty() &&
                   i > start_ + 1 && soft(i) && i + 2 < n && soft(i + 1) && soft(i + 2)) {
            // "roof is accused of killing nine people", "he was widely seen as a moderate", "sanders was
            // declared the winner": a passive verb of saying or judging with no agent.
            std::size_t be = i - 1;
            if (be > start_ && soft(be) && (w(be) == "widely" || w(be) == "also" || w(be) == "not" ||
                                            w(be) == "generally" || w(be) == "often" || w(be) == "now"))
                --be;
            if (!in(be_forms, w(be)) || w(be) == "being" || !soft(be)) continue;
            if (be > start_ && soft(be) && (w(be - 1) == "to" || w(be - 1) == "can" || w(be - 1) == "might" ||
                                            w(be - 1) == "may"))
                continue;  // "seeks to be seen as the leader": a wish or a possibility
            r.cls = x == "seen" || x == "regarded" || x == "known" || x == "deemed" ? cue_class::opinion
                                                                                    : cue_class::speech;
            r.cue_b = be;
            r.cue_e = particle == "-" ? i + 1 : i + 2;
            first = subject_begin(be);
            last = content_forward_end(particle == "-" ? i + 1 : i + 2);
            if (first == be) continue;  // no subject
        } else {
            continue;
        }
        if (first >= last || last - first < 2) continue;
        if (inside_claim(t_[r.cue_b].begin, t_[r.cue_e - 1].end)) continue;
        r.content_b = t_[first].begin;
        r.content_e = t_[last - 1].end;
        done = last;
        found.push_back(std::move(r));
    }
    for (record& r : found) made_.push_back(std::move(r));
}

void scanner::run() {
    dateline();
    for (std::size_t i = start_; i < t_.size(); ++i) {
        if (i < consumed_) continue;
        const std::string_view x = w(i);
        if (x == "according") {
            according_rule(i);
            continue;
        }
        if (x == "citing") {
            citing_rule(i);
            continue;
        }
        if (const auto* c = lexicon::find_cue(x)) {
            if (const std::size_t a = progressive_aux(i, *c); a != kNoAux) {
                // the claim follows the cue: "is saying", "is telling voters that", "was hoping to"
                lexicon::cue_entry f = *c;
                f.form = lexicon::verb_form::third;
                if (c->lemma != "say") f.needs_complement = true;
                cue_rule(i, f, a);
            } else {
                cue_rule(i, *c);
            }
        } else if (const auto* c2 = call_cue(x)) {
            cue_rule(i, *c2);
        } else if (const auto* c3 = find_rule_verb(x)) {
            if (const std::size_t a = progressive_aux(i, *c3); a != kNoAux) {
                lexicon::cue_entry f = *c3;
                f.form = lexicon::verb_form::third;
                verb_object_rule(i, f, a);
            } else {
                verb_object_rule(i, *c3);
            }
        }
    }
    no_source_rules();
    for (const record& r : made_) {
        attribution a;
        if (r.sp_e > r.sp_b) a.speaker = tokens_mention(r.sp_b, r.sp_e);
        a.type = r.type;
        a.roles = r.roles;
        a.cue = tokens_mention(r.cue_b, r.cue_e);
        a.cue_type = r.cls;
        a.content = mention{std::string(text_.substr(r.content_b, r.content_e - r.content_b)), r.content_b,
                            r.content_e};
        a.kind = r.kind;
        a.outlet = r.outlet;
        a.cited_by = r.cited_by;
        // A one-word claim is nearly always a misparse in text without quotation marks ("told abc s  ...").
        if (a.content.text.find(' ') == std::string::npos) continue;
        out_.items.push_back(std::move(a));
    }
    std::stable_sort(out_.items.begin(), out_.items.end(),
                     [](const attribution& a, const attribution& b) { return a.content.begin < b.content.begin; });
}

} // namespace

void extract_normalized(std::string_view text, document_attributions& out) {
    out.form = text_form::normalized;
    // The grammar reads lower-case ASCII; forced on raw text, capitals are folded here (offsets unchanged).
    std::string lower(text);
    for (char& ch : lower)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    scanner(text, lower, out).run();
}

} // namespace claimgraph::detail
