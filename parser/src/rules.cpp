// The attribution rules over one sentence at a time. A sentence is seen as a list of units: words,
// punctuation, and whole quotations (a quote is one unit whatever it contains, so a cue inside a quote
// never starts a new attribution: "President Putin and I discussed" inside Trump's quote stays content).
// Rules fire only at anchors: reporting-verb forms from the lexicon, "according to", "citing", and
// quote-only sentences (continuations).
//
// WORD LISTS AND WORD CLASSES (read this before adding a list). Every word of a sentence is looked up once,
// when its unit is built: the lookup (rules_words.hpp) gives its reporting-verb entry (`unit::cue`) and its
// word classes (`unit::cls`), one bit per registered list. Rules test a unit's word with
// `is(i, some_list)` (a bit test; the same answer as `in(some_list, low(i))`), the lexicon's sets with
// `has(i, wc::title)` / wc::pronoun / wc::group_noun / wc::outlet_noun. To add a list:
//   1. add a bit to `wc` in rules_words.hpp (the next free one) and raise `wc::count`;
//   2. define the list at namespace scope: `constexpr auto my_words = wc::my_word | words("a", "b");`
//      (not inside a function: the registry must see it);
//   3. add it to `registered_lists` below. A static_assert checks that every bit is registered once.
// Words go in lower case (the lookup is keyed on the lower-cased text, ASCII letters only, so "The" is
// looked up as "the"; curly apostrophes stay: "don\u2019t"). `in(list, w)` still works for any string (a
// prefix of a word, a joined phrase), at the cost of a scan. A word added to an existing list needs nothing
// else. Use `classes_` (the bits of all words of the sentence) to skip a rule whose trigger words are absent.
#include "rules.hpp"

#include "grammar.hpp"
#include "lexicon.hpp"
#include "rules_belief.hpp"
#include "rules_evidence.hpp"
#include "rules_frames.hpp"
#include "rules_no_source.hpp"
#include "rules_stance.hpp"
#include "rules_tail.hpp"
#include "rules_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <span>

namespace claimgraph::detail {
namespace {

using lexicon::cue_entry;
using lexicon::verb_form;

// `word == "literal"` (and `!=`, rewritten from it): the rules compare words and lemmas with string literals
// some 250 times. std::string_view's operator== calls an out-of-line compare() (and memcmp) whenever the
// lengths agree; with the literal's length known here the comparison compiles to a length test and one or two
// integer compares. Same result (literals hold no '\0').
template <std::size_t N> constexpr bool operator==(std::string_view a, const char (&lit)[N]) noexcept {
    static_assert(N >= 1);
    if (a.size() != N - 1)
        return false;
    if (std::is_constant_evaluated())
        return a == std::string_view(lit, N - 1);
    return N == 1 || std::memcmp(a.data(), lit, N - 1) == 0;
}

enum class uk : std::uint8_t { word, comma, stop, colon, semicolon, dash, quote, lparen, rparen, other };

// The word classes that start a rule in sentence_parser::run() besides cue words. apply_rules notes whether
// a sentence has any (has_trigger): a new trigger class goes here, not in run()'s loop condition alone.
constexpr word_class rule_triggers = wc::rule_anchor | wc::quote_manner | wc::attitude;

struct unit {
    uk kind = uk::word;
    std::uint32_t tok = 0;
    std::int32_t quote = -1;
    std::uint32_t begin = 0, end = 0;
    bool cap = false;
    std::string_view low;           ///< lower-case text for words
    const cue_entry* cue = nullptr; ///< the lexicon entry of a word, looked up once per sentence
    word_class cls = 0;             ///< the word's classes (the registered lists that hold it)
};

// Words that end a noun phrase when scanning backwards from a cue (clause and phrase boundaries).
constexpr auto np_stops = wc::np_stop |
    words("that", "which", "who", "whom", "whose", "where", "when", "while", "because", "as", "if", "after",
          "before", "since", "although", "though", "so", "but", "or", "than", "until", "unless", "whether",
          "amid", "in", "on", "at", "for", "with", "by", "from", "to", "about", "over", "under", "against",
          "despite", "among", "like", "into", "during", "is", "was", "were", "are", "be", "been", "being",
          "will", "would", "can", "could", "should", "may", "might", "must", "not", "there", "what", "how",
          "why", "nor", "something", "anything", "nothing", "everything");
// Adverbs and auxiliaries between a subject and its cue: "Trump later said", "officials have said".
constexpr auto pre_cue_adverbs = wc::pre_cue_adverb |
    words("long", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also",
          "later", "previously", "earlier", "again", "then", "further", "repeatedly", "recently", "once",
          "often", "already", "reportedly", "initially", "first", "never", "has", "have", "had", "would",
          "will", "did", "does", "do", "last", "privately", "don't", "doesn't", "didn't", "don\u2019t",
          "doesn\u2019t", "didn\u2019t", "not", "still", "now", "just", "even", "may", "might", "could",
          "should", "must", "can", "clearly", "certainly", "apparently");
constexpr auto determiners = wc::determiner |
    words("the", "a", "an", "one", "two", "three", "four", "five", "six", "several", "some", "many", "most",
          "other", "both", "all", "another", "his", "her", "their", "its", "our", "these", "those", "each",
          "senior", "top", "u.s.", "few", "no", "any", "my");
constexpr auto quantifiers = wc::quantifier |
    words("one", "two", "three", "four", "five", "six", "several", "some", "many", "most", "none", "all",
          "each", "both", "few", "any", "percent", "majority", "half", "third", "two-thirds", "plurality",
          "three-quarters", "one-third", "one-half", "one-quarter", "majorities", "minority", "quarter");
constexpr auto name_function_words = wc::name_function |
    words("of", "the", "and", "de", "van", "von", "al", "bin", "da", "du", "la", "le", "el", "for");
constexpr auto person_heads = wc::person_head |
    words("official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary",
          "ambassador", "envoy", "adviser", "advisor", "analyst", "economist", "expert", "director",
          "chairman", "chairwoman", "ceo", "executive", "officer", "leader", "lawyer", "attorney",
          "prosecutor", "judge", "witness", "resident", "diplomat", "lawmaker", "senator", "governor",
          "mayor", "aide", "spokesmen", "chief", "coordinator", "commander", "representative", "researcher",
          "scientist", "professor", "strategist", "candidate", "source", "percent", "majority",
          // Heads of news subjects missing from the lexicon's group nouns ("One delegate said", "Some women
          // say", "Her advisers and allies say"), measured on PolNeAR train.
          "delegate", "voter", "organizer", "advocate", "supporter", "member", "veteran", "volunteer",
          "activist", "worker", "employee", "student", "teacher", "owner", "founder", "pollster", "consultant",
          "operative", "women", "men", "allies", "advocates", "proponents", "organizers", "politicians",
          "friends", "confidants", "bundlers", "organisers");
constexpr auto org_heads = wc::org_head | words(
    "ministry", "government", "department", "company", "military", "army", "court", "committee", "statement",
    "report", "study", "survey", "poll", "data", "office", "embassy", "administration", "campaign", "party",
    "council", "commission", "union", "bank", "firm", "organization", "organisation", "house", "kremlin",
    "pentagon", "police", "navy", "board", "authority", "federation", "foundation", "fund", "service",
    "institute", "university", "association", "corp.", "inc.", "co.", "group", "senate", "inc", "corp", "co",
    "ltd", "plc", "llc", "partnership", "systems", "industries", "holdings", "corporation", "ag", "sa", "nv",
    "congress", "parliament", "cabinet", "agency", "bureau", "directorate", "secretariat");
// Documents and figures that "show" or "find" ("Polls show the race is close", "records show").
constexpr auto evidence_heads = wc::evidence_head |
    words("polls", "surveys", "studies", "data", "numbers", "figures", "results", "records", "documents",
          "emails", "statistics", "estimates", "poll", "survey", "study", "analysis", "research", "polling",
          "filings", "reports", "report");
constexpr auto time_words = wc::time_word |
    words("january", "february", "march", "april", "june", "july", "august", "september", "october",
          "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
          "sunday", "today", "yesterday", "tonight", "earlier", "later");
constexpr auto day_parts = wc::day_part |
    words("morning", "afternoon", "evening", "night", "week", "month", "year", "weekend");
// Irregular past forms that show a clause after "said the ..." ("said the minister stood by ...").
constexpr auto irregular_pasts = wc::irregular_past | words(
    "stood", "shut", "made", "took", "gave", "got", "knew", "thought", "went", "came", "saw", "felt", "left",
    "kept", "found", "lost", "won", "ran", "held", "brought", "bought", "sent", "spent", "built", "meant", "met",
    "paid", "became", "began", "broke", "chose", "drew", "drove", "fell", "fought", "grew", "led", "rose",
    "sold", "spoke", "struck", "taught", "threw", "understood", "wrote", "told", "sought", "caught", "hid");
/// Verbs of the manner of saying that are cues only right next to a quotation (quote_cue_rule): "“Out, out,
/// out!” Mr. Trump yelled.", "Some chanted “USA! USA!”", "“Anybody but Trump,” read one sign.".
constexpr auto quote_manner_verbs = wc::quote_manner |
    words("shouted", "shouts", "shouting", "yelled", "yells", "yelling", "chanted", "chants", "chanting",
          "barked", "barks", "screamed", "screams", "screaming", "boomed", "booms", "gloated", "gloats",
          "cracked", "jeered", "snapped", "growled", "roared", "thundered", "muttered", "murmured", "whispered",
          "intoned", "interjected", "interjecting", "retaliated", "blared", "blares", "hollered", "sneered",
          "scoffed", "mused", "marveled", "marvelled", "recited", "recites", "read", "reads", "reading",
          "sang", "sings", "proclaimed", "proclaims", "beamed", "cried", "shot", "fired", "chimed");
/// Words that may stand before a sentence-opening "according to" ("But according to the poll, ...").
constexpr auto according_openers = words("but", "and", "yet", "so", "still", "now", "also", "however", "in",
                                         "addition", "meanwhile", "moreover", "instead", "indeed", "then",
                                         "furthermore", "further", "again", "thus", "today", "yesterday");
// A progressive form: "is backing", "were now seeking", "has been pushing".
constexpr auto progressive_aux = words("is", "are", "was", "were", "am", "been");
constexpr auto progressive_adverbs =
    words("also", "now", "still", "already", "increasingly", "openly", "actively", "quietly", "reportedly",
          "publicly", "privately", "even", "not", "never", "just", "repeatedly", "always");
// Verbs of saying whose finite forms are seldom nouns ("state", "comments", "promises" are): the speaker
// between commas and the circumstance after a final cue take only these.
constexpr auto parenthetical_lemmas =
    words("say", "add", "argue", "insist", "contend", "note", "warn", "explain", "write", "claim", "complain",
          "tell", "concede", "acknowledge", "caution", "predict", "suggest", "maintain");
constexpr auto time_openers = wc::time_opener | words("on", "this", "last", "late", "early", "earlier", "in");
constexpr auto subject_pronouns = wc::subject_pronoun | words("he", "she", "they", "it", "we", "i", "there");
constexpr auto object_pronouns =
    wc::object_pronoun | words("me", "us", "him", "her", "them", "you", "it", "reporters");
constexpr auto anonymity_marks = wc::anonymity_mark |
    words("anonymity", "authorized", "authorised", "identified", "named", "unnamed", "anonymous", "identify");
// Small counts (is_count).
constexpr auto count_words =
    wc::count_word | words("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
// Words after "called him" that are no predicate: particles, prepositions, time words (naming_at).
constexpr auto not_predicates =
    wc::not_predicate | words("back", "off", "out", "up", "down", "in", "on", "over", "to", "for", "and",
                              "but", "or", "that", "after", "before", "when", "while", "about", "at", "from",
                              "with", "by", "of", "last", "this", "again", "today", "yesterday", "tonight",
                              "later", "earlier", "once", "twice", "personally", "directly", "repeatedly",
                              "several", "every", "each", "as", "into", "so", "because", "if", "during",
                              "since");
// Words that open no object after a stance or intention verb (object_at).
constexpr auto not_objects =
    wc::not_object |
    words("up", "out", "off", "down", "back", "away", "along", "around", "through", "and", "or", "but", "to",
          "of", "about", "for", "against", "with", "by", "from", "in", "on", "at", "as", "into", "over",
          "under", "after", "before", "since", "while", "because", "if", "when", "whether", "how", "why",
          "what", "where", "so", "than", "that", "which", "who", "is", "was", "are", "were", "be", "been",
          "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "not",
          "no", "yes", "there", "here", "this", "then", "too", "also", "only", "just", "even", "now", "again",
          "still", "yet", "ever", "never", "all", "more", "less", "most", "much", "very", "well", "himself",
          "herself", "themselves", "itself", "myself", "ourselves", "during", "amid", "despite", "until",
          "unless", "like", "among", "across");
// Finite auxiliaries that close a relative clause after a comma (relative_content_end).
constexpr auto finite_auxiliaries =
    wc::finite_aux | words("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
                           "does", "did", "do", "should", "may", "might", "must");
// Number words and approximations that open a poll-share subject (np_before_loose).
constexpr auto loose_numbers =
    wc::loose_number | words("nine", "seven", "eight", "ten", "just", "only", "roughly", "around", "over",
                             "under", "fewer", "less", "seventy");
// Words that open an introductory phrase before a comma (clause_subject).
constexpr auto intro_words =
    wc::intro_word | words("in", "on", "at", "after", "during", "since", "for", "with", "by", "from", "over",
                           "under", "before", "when", "while", "as", "although", "though", "if", "despite",
                           "however", "meanwhile", "last", "earlier", "later", "still", "instead", "yet",
                           "now");
// Question words after "ask" (verb_rule).
constexpr auto wh_words = wc::wh_word | words("whether", "if", "how", "why", "what", "when", "where", "who");
// Heads of evidence subjects besides evidence_heads: "Polls show ...", "News footage showed ..." (verb_rule).
constexpr auto more_evidence =
    wc::more_evidence | words("video", "videos", "footage", "results", "photos", "photographs", "images",
                              "tape", "tapes", "recording", "review", "average", "averages", "chart",
                              "charts", "graphics", "history", "evidence", "map", "tally", "count", "returns",
                              "projections", "forecast", "analyses", "transcript", "transcripts", "memo",
                              "memos", "letter", "filing", "polls", "numbers", "models", "exit", "trends",
                              "tallies", "reviews", "investigation", "audit");
// The words besides cue words at which sentence_parser::run starts a rule ("according to", "citing", "in" a
// poll, "as X put it"; the verbs of quote_manner_verbs too).
constexpr auto rule_anchors =
    wc::rule_anchor | words("according", "citing", "in", "put", "like", "make", "makes", "made", "making");
// "would like" + to-infinitive (run): an intention cue of its own; "like" is no cue word anywhere else.
constexpr cue_entry would_like{"like", "like", cue_class::intention, verb_form::base, false, true};
// Finite verbs right after a belief verb with an object gap ("which he believes will make ...").
constexpr auto gap_verbs = words("will", "would", "is", "was", "are", "were", "can", "could",
                                 "should", "might", "may", "has", "had");
// A circumstance between a cue and a comma before a quotation ("asks at Western High School, “…”"): its
// first words, and the words that make it a clause instead (verb_rule, speechb5).
constexpr auto circumstance_openers = words("at", "in", "on", "to", "of", "about", "during", "from", "after",
                                            "before", "with", "via", "outside", "inside", "through", "earlier",
                                            "later", "once", "again", "yesterday", "today", "tonight");
constexpr auto circumstance_clause_words =
    words("that", "he", "she", "they", "it", "we", "i", "you", "there", "is", "was", "were", "are", "would",
          "will", "could", "should", "can", "may", "might", "must", "has", "have", "had", "did", "does", "do",
          "be", "not", "because", "if", "and", "but", "when", "while", "who", "which", "what", "how", "why");
// Heads of a poll as a source (poll_rule).
constexpr auto poll_words =
    wc::poll_word | words("poll", "polls", "survey", "surveys", "polling", "tracking", "surveyed", "poll,");

// Words that make a noun phrase a piece of evidence: "A new survey of those 18 to 35 years old shows",
// "early results from the state's 14 congressional districts showed", "Audit files from NGP VAN show".
constexpr auto evidence_words =
    wc::evidence_word |
    words("poll", "polls", "survey", "surveys", "polling", "study", "studies", "data", "results", "research",
          "records", "documents", "emails", "files", "figures", "numbers", "statistics", "analysis",
          "analyses", "review", "average", "report", "reports", "video", "videos", "footage", "photos",
          "images", "tape", "recording", "ledgers", "filings", "returns", "count", "tally", "audit",
          "investigation", "census", "estimates", "projections", "models", "transcript", "memo", "letter",
          "evidence", "history", "findings", "email", "e-mail", "e-mails", "paper", "papers", "examination");

// Every list above, registered in the word lookup: a list tested with is() must be here (its bit is set on
// the words of the list when apply_rules builds the units). The lexicon's sets are added in rule_words().
constexpr word_list_ref registered_lists[] = {
    np_stops,           pre_cue_adverbs,   determiners,     quantifiers,   name_function_words, person_heads,
    org_heads,          evidence_heads,    time_words,      day_parts,     irregular_pasts,     time_openers,
    subject_pronouns,   object_pronouns,   anonymity_marks, count_words,   not_predicates,      not_objects,
    finite_auxiliaries, loose_numbers,     evidence_words,  more_evidence, poll_words,          intro_words,
    wh_words,           no_source_anchors, no_source_said,  rule_anchors,     quote_manner_verbs,
    attitude_adjectives,
    frame_verbs,
};
constexpr word_class lexicon_classes =
    wc::title | wc::pronoun | wc::group_noun | wc::outlet_noun | wc::no_source_passive | wc::outlet_first |
    wc::channel_first;
// Each bit below wc::count belongs to exactly one list (registered here or a lexicon set).
constexpr bool bits_registered_once() {
    word_class seen = lexicon_classes;
    for (const auto& l : registered_lists) {
        if (l.bit == 0 || (l.bit & (l.bit - 1)) != 0 || (seen & l.bit) != 0)
            return false;
        seen |= l.bit;
    }
    return seen == (wc::count == 64 ? ~word_class{0} : (word_class{1} << wc::count) - 1);
}
static_assert(bits_registered_once(), "every word class bit is registered once (see the top of rules.cpp)");

/// A small count: digits or a number word ("nine", "10").
// Session 6 (acc6-speech): a written medium after a determiner speaks for its author ("the email said",
// "One tweet said: “…”", "the note says", "The ad says “…”"), though "note", "tweet" and "email" are cue words
// (np_before, classify; tested with in(), not registered).
constexpr auto medium_heads = words("email", "e-mail", "note", "tweet", "memo", "letter", "ad", "message", "sign",
                                    "banner", "mailer", "flier", "flyer", "post");
// Quantifier pronouns that stand alone as the subject of a stance or intention verb ("Most oppose it").
bool stance_quantifier(std::string_view w) {
    return w == "most" || w == "many" || w == "both" || w == "some" || w == "several" || w == "others";
}

bool is_count(std::string_view low) {
    return (!low.empty() && low.size() <= 3 &&
            low.find_first_not_of("0123456789") == std::string_view::npos) ||
           in(count_words, low);
}
bool is_possessive(std::string_view low) {
    return (low.size() > 2 && low.substr(low.size() - 2) == "'s") ||
           (low.size() > 4 && low.substr(low.size() - 4) == "\xE2\x80\x99s");
}

/// A speaker noun phrase found around a cue.
struct np {
    std::size_t first = 0, last = 0; ///< units of the phrase (titles included, appositive excluded)
    std::size_t name_first = 0;      ///< the mention is [name_first, last)
    speaker_type type = speaker_type::unknown;
    std::vector<std::string> roles;
    std::string outlet; ///< canonical outlet name when the speaker is an outlet
    /// For a relative pronoun as the speaker ("Smith, who said ..."): the antecedent as written, which the
    /// record carries as its `canonical` until resolve_speakers normalises it.
    std::string antecedent;
    bool relative = false; ///< the mention is a relative pronoun ("who")
    /// A shape that is a subject only before a finite verb of saying ("A teary-eyed Bush says", "her friend
    /// said"), not before a noun that looks like a cue ("his recent claim", "a former Confederate state").
    bool weak = false;
};

struct record_ref {
    std::size_t item;     ///< index into out.items
    std::size_t cue_unit; ///< the unit of the cue in the sentence
    std::size_t speaker_first = 0;
};

class sentence_parser {
public:
    /// `classes`: the classes of all the words of the sentence (rules that need a word of a class are skipped
    /// when the sentence has none).
    /// `made`: an empty vector for the sentence's records (the caller reuses its storage).
    sentence_parser(const segmented& seg, std::string_view lower, document_attributions& out,
                    std::span<const unit> units, word_class classes, std::vector<record_ref>& made,
                    bool has_quote, bool has_trigger)
        : seg_(seg), text_(seg.text), lower_(lower), out_(out), u_(units), classes_(classes), made_(made),
          has_quote_(has_quote), has_trigger_(has_trigger) {}

    /// Returns the number of records produced. `carried`: a cue record of the previous sentence that ended in
    /// a colon and waits for its quotation.
    std::size_t run(std::optional<std::size_t> previous_quote_record,
                    const std::optional<attribution>& carried = std::nullopt);

    /// A record whose cue ends the sentence with a colon; its quotation is the next sentence.
    std::optional<attribution> pending;
    std::size_t pending_speaker_first = 0;

private:
    const segmented& seg_;
    std::string_view text_;
    std::string_view lower_;
    document_attributions& out_;
    /// The sentence's units, held by value (pointer and count): `u_.size()` and `u_[i]`, asked by every rule
    /// at every step, are one load each instead of going through a reference to the vector (a division by
    /// sizeof(unit) per size()).
    std::span<const unit> u_;
    word_class classes_;
    std::vector<record_ref>& made_;
    bool has_quote_;   ///< a unit is a paired quotation (kind quote, quote >= 0)
    bool has_trigger_; ///< a word unit has a cue or a class of rule_triggers (run()'s rule loop)
    std::size_t consumed_until_ = 0; ///< content before a cue starts after this unit
    /// Where verb_rule's cue mention starts when it is not the cue unit ("made it clear": the cue unit is
    /// "clear"); UINT32_MAX otherwise.
    std::uint32_t cue_begin_ = UINT32_MAX;

    bool word(std::size_t i) const { return i < u_.size() && u_[i].kind == uk::word; }
    std::string_view low(std::size_t i) const { return word(i) ? u_[i].low : std::string_view{}; }
    /// Unit `i` is a word of a registered list: the same as is(i, list), one bit test.
    template <std::size_t N> bool is(std::size_t i, const word_list<N>& list) const {
        return i < u_.size() && (u_[i].cls & list.bit) != 0;
    }
    /// Unit `i` is a word of any of the classes `c` (wc::title, wc::group_noun, ...).
    bool has(std::size_t i, word_class c) const { return i < u_.size() && (u_[i].cls & c) != 0; }
    const cue_entry* cue_at(std::size_t i) const {
        if (!word(i))
            return nullptr;
        // "Post" in "Washington Post", "Report" in a title; but a title-case headline's "Says"/"Said" between
        // capitalised words is the cue ("Senator Lee Says He Will Run Again").
        // Other finite forms in a title-case headline too: "Carly Fiorina Endorses Ted Cruz", "New Poll Shows
        // Large Gap Emerging".
        if (u_[i].cap && i > 0 &&
            !((u_[i].low == "says" || u_[i].low == "said" ||
               (u_[i].cue && (u_[i].cue->form == verb_form::third || u_[i].cue->form == verb_form::past) &&
                u_[i].low != "states")) &&
              word(i - 1) && u_[i - 1].cap && word(i + 1) && u_[i + 1].cap && word(i + 2) && u_[i + 2].cap))
            return nullptr;
        return u_[i].cue;
    }
    /// A quotation whose text ends in a comma inside the marks: “…, ”.
    bool quote_ends_in_comma(std::size_t i) const {
        if (i >= u_.size() || u_[i].kind != uk::quote || u_[i].quote < 0)
            return false;
        const auto& q = seg_.quotes[static_cast<std::size_t>(u_[i].quote)];
        return q.content_end > q.content_begin && text_[q.content_end - 1] == ',';
    }
    bool finite_cue(std::size_t i) const {
        const auto* c = cue_at(i);
        return c && c->form != verb_form::gerund;
    }
    mention make_mention(std::uint32_t b, std::uint32_t e) const {
        return mention{std::string(text_.substr(b, e - b)), b, e};
    }
    mention units_mention(std::size_t first, std::size_t last) const {
        return make_mention(u_[first].begin, u_[last - 1].end);
    }
    std::string units_text(std::size_t first, std::size_t last) const {
        return std::string(text_.substr(u_[first].begin, u_[last - 1].end - u_[first].begin));
    }
    /// The first unit that begins at or after byte `off` (units are in text order: a binary search).
    std::size_t unit_at_offset(std::size_t off) const {
        return static_cast<std::size_t>(
            std::partition_point(u_.begin(), u_.end(), [off](const unit& x) { return x.begin < off; }) -
            u_.begin());
    }
    /// A bare possessive apostrophe after a plural ("Republicans' plans", "voters’ mood"): the tokenizer makes
    /// it a unit of its own.
    bool possessive_mark(std::size_t i) const {
        if (i == 0 || i >= u_.size() || u_[i].kind != uk::other || !word(i - 1) ||
            u_[i - 1].end != u_[i].begin || u_[i - 1].low.back() != 's')
            return false;
        const auto t = text_.substr(u_[i].begin, u_[i].end - u_[i].begin);
        return t == "'" || t == "\xE2\x80\x99";
    }
    bool at_end(std::size_t i) const {
        while (i < u_.size() &&
               (u_[i].kind == uk::stop || u_[i].kind == uk::rparen || u_[i].kind == uk::other))
            ++i;
        return i >= u_.size();
    }

    std::optional<np> classify(std::size_t first, std::size_t last, bool lenient = false) const;
    /// Where np_before's backward scan ended when it got to classifying the phrase [s, end) (the only step
    /// that `lenient` changes): the lenient retry after a strict miss starts there (np_before_from).
    struct np_scan {
        bool reached = false;
        std::size_t s = 0, end = 0, app_first = 0, app_last = 0;
    };
    std::optional<np> np_before(std::size_t cue, std::size_t lo, std::size_t& app_first,
                                std::size_t& app_last, bool lenient = false, np_scan* scan = nullptr) const;
    /// np_before from the classification of its scanned phrase on: the same result as np_before(cue, ...,
    /// lenient) when `at` is what np_before's scan for that cue recorded (nullopt when it got no further).
    std::optional<np> np_before_from(std::size_t cue, const np_scan& at, bool lenient) const;
    std::optional<np> np_titled_tail(const np_scan& at) const;
    std::optional<np> np_after(std::size_t start, std::size_t& after, bool final_appositive = true,
                               bool lenient = false) const;
    void add_appositive(np& p, std::size_t a, std::size_t b) const;
    /// A sentence adverb or conjunction that may open a sentence before its subject ("Yet Bloomberg says").
    static bool is_opener_word(std::string_view w) {
        return w == "and" || w == "but" || w == "yet" || w == "even" || w == "now" || w == "then" ||
               w == "so" || w == "still" || w == "also";
    }
    /// A time phrase opens the clause right before unit `s`: "In 2010 she said", "On Monday he said", "on
    /// Tuesday night he said", "Then he described".
    bool time_lead(std::size_t s, std::size_t lo) const {
        std::size_t t = s;
        auto timeish = [&](std::size_t i) {
            const auto w = low(i);
            const bool year = w.size() == 4 && (w[0] == '1' || w[0] == '2') &&
                              w.find_first_not_of("0123456789") == std::string_view::npos;
            return is(i, time_words) || is(i, day_parts) || year || w == "then" || w == "now" || w == "this" ||
                   w == "last" || w == "next";
        };
        while (t > lo && word(t - 1) && s - t < 4 && timeish(t - 1))
            --t;
        if (t == s)
            return false;
        // Not a determiner of the subject ("this", "last" right before it): "This year Camil spoke".
        if (low(s - 1) == "this" || low(s - 1) == "last" || low(s - 1) == "next")
            return false;
        if (t > lo && word(t - 1) &&
            (low(t - 1) == "in" || low(t - 1) == "on" || low(t - 1) == "by" || low(t - 1) == "during" ||
             low(t - 1) == "since" || low(t - 1) == "until" || low(t - 1) == "late" || low(t - 1) == "early"))
            --t;
        // `lo` ends an earlier record's cue ("said earlier this month he had ..."): no clause start there.
        if (t == 0 || !word(t - 1))
            return true;
        const auto w = low(t - 1);
        return w == "and" || w == "but" || w == "yet" || w == "so" || w == "although" || w == "though" ||
               w == "while" || w == "because" || w == "when";
    }
    bool appositive_tail(np& s, std::size_t& after) const;
    std::size_t content_end(std::size_t from) const;
    /// Claim boundaries (session 5): where a claim found by content_end must stop earlier because a second
    /// attribution of the same speaker, or the main clause after a subordinate one, starts inside it.
    std::size_t claim_boundary(std::size_t from, std::size_t e, bool object_claim, std::size_t sp_first) const;
    std::size_t clause_start(std::size_t before) const;
    /// `object`: the content is the object of a stance or intention verb, where one word is a claim
    /// ("endorsed Clinton", "opposes it").
    bool set_content(attribution& a, std::size_t first, std::size_t last, bool object = false) const;
    std::size_t skip_object(std::size_t after_verb, const cue_entry& c, std::string& outlet_out,
                            bool& object_in_cue) const;
    std::size_t skip_channel(std::size_t pos, std::string& outlet_out) const;
    attribution base_record(const np& speaker, const mention& cue, cue_class cls) const;
    std::size_t emit(attribution&& a, std::size_t cue_unit, std::size_t speaker_first);

    /// `subject_end`: where the subject search starts when it is not the cue itself (the auxiliary of a
    /// progressive form: "Trump is backing ...").
    void verb_rule(std::size_t j, const cue_entry& c, std::size_t subject_end = SIZE_MAX);
    /// Marks the second record of a split quote (same speaker and cue) as continuing the first.
    void link_split_quotes(std::size_t first_new);
    void participle_rule(std::size_t j, const cue_entry& c);
    bool share_participle_rule(std::size_t j, const cue_entry& c);
    void according_rule(std::size_t j);
    void drop_nested(std::size_t from, std::size_t to);
    bool quote_cue_rule(std::size_t j);
    bool reported_by_rule(std::size_t j);
    void citing_rule(std::size_t j);
    bool poll_rule(std::size_t j);
    bool make_phrase_rule(std::size_t j);
    bool attitude_rule(std::size_t j);
    std::optional<np> clause_subject(std::size_t before) const;
    bool clause_ahead(std::size_t n) const;
    /// "called Trump “unhinged”", "calling him a fascist", "described the field as ...": an object and a
    /// characterisation follow the naming verb at unit `n`.
    bool naming_at(const cue_entry& c, std::size_t n) const {
        // "sees Cruz as a uniter", "viewed the deal as a betrayal", "considers Trump a threat".
        // "portrayed him as weak", "hailed the ruling as a victory".
        const bool as_verb = c.lemma == "see" || c.lemma == "view" || c.lemma == "regard" ||
                             c.lemma == "consider" || c.lemma == "portray" || c.lemma == "hail";
        // "labeled him a liar", "dubbed the plan “Obamacare lite”": like "call".
        const bool call_like = c.lemma == "call" || c.lemma == "label" || c.lemma == "dub" || c.lemma == "brand";
        if ((!call_like && c.lemma != "describe" && !as_verb) || !word(n) || is(n, np_stops) ||
            low(n) == "off" || low(n) == "up" || low(n) == "out" || low(n) == "back" || low(n) == "of")
            return false;
        const std::size_t e = content_end(n);
        // "called him divisive", "call it the nerd prom": a pronoun object, then a lower-case predicate word
        // (not a particle, a preposition, a time word or an adverb: "called him back", "called it off").
        if (call_like && c.form != verb_form::gerund && (low(n) == "him" || low(n) == "her" ||
                          low(n) == "it" || low(n) == "them") &&
            n + 1 < e && word(n + 1) && !u_[n + 1].cap) {
            const auto w1 = low(n + 1);
            if (!is(n + 1, not_predicates) && !is(n + 1, time_words) &&
                !(w1.size() > 4 && w1.substr(w1.size() - 2) == "ly"))
                return true;
        }
        for (std::size_t k = n + 1; k < e && k < n + 12; ++k) {
            if (u_[k].kind == uk::quote && call_like)
                return true;
            if (word(k) && call_like && k <= n + 3 && (low(k) == "a" || low(k) == "an") && k + 1 < e)
                return true;
            if (word(k) && (c.lemma == "describe" || as_verb) && low(k) == "as" && k <= n + 8)
                return true;
            if (word(k) && c.lemma == "consider" && k <= n + 3 && (low(k) == "a" || low(k) == "an") &&
                k + 1 < e)
                return true;
        }
        return false;
    }
    /// "consider Clinton honest", "found the gesture wholly appropriate", "I find his message chilling": an
    /// object (an object pronoun, a capitalised name, or a determiner and one to three lower-case words),
    /// an optional adverb in -ly, then an adjective by its ending (or a short list), then the clause end or
    /// a preposition.
    bool small_clause(std::size_t n) const {
        static constexpr auto adjectives = words("difficult", "honest", "dishonest", "naive", "hard", "easy",
                                                 "wrong", "right", "unfit", "fit", "weak", "strong", "corrupt",
                                                 "dangerous", "unqualified", "qualified", "untrustworthy",
                                                 "trustworthy", "crazy", "ready", "unready", "smart");
        auto adjective = [&](std::size_t k) {
            if (!word(k) || u_[k].cap)
                return false;
            const auto w = low(k);
            if (in(adjectives, w))
                return true;
            static constexpr std::string_view ends[] = {"able", "ible", "ive", "ous", "ful", "ent", "ant",
                                                        "ical", "less", "ling", "ate", "ish"};
            for (const auto e : ends)
                if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e)
                    return true;
            return false;
        };
        auto ends_clause = [&](std::size_t k) {
            return k >= u_.size() || !word(k) || at_end(k) || is(k, np_stops) || low(k) == "to" ||
                   low(k) == "and" || low(k) == "but";
        };
        if (!word(n))
            return false;
        std::size_t k = n; // first unit after the object
        if (is(n, object_pronouns) && low(n) != "you" && low(n) != "reporters") {
            k = n + 1;
        } else if (u_[n].cap) {
            k = n + 1;
            while (k < u_.size() && k < n + 4 && word(k) && u_[k].cap)
                ++k;
        } else if (is(n, determiners) && low(n) != "no") {
            k = n + 2;
            while (k < u_.size() && k < n + 4 && word(k) && !u_[k].cap && !adjective(k) && !is(k, np_stops) &&
                   !(low(k).size() > 4 && low(k).substr(low(k).size() - 2) == "ly"))
                ++k;
            if (!word(n + 1) || u_[n + 1].cap || is(n + 1, np_stops))
                return false;
        } else {
            return false;
        }
        if (word(k) && !u_[k].cap && low(k).size() > 4 && low(k).substr(low(k).size() - 2) == "ly")
            ++k;
        return adjective(k) && ends_clause(k + 1);
    }
    /// A present-tense verb of a third-person subject inside a reported clause ("said the plan costs too
    /// much"): a lower-case word in -s after a noun, not a possessive, determiner or preposition before it.
    bool is_present_verb(std::size_t k) const {
        if (!word(k) || u_[k].cap || k == 0 || !word(k - 1))
            return false;
        const auto x = low(k);
        if (x.size() < 4 || x.back() != 's')
            return false;
        const auto t2 = x.substr(x.size() - 2);
        if (t2 == "ss" || t2 == "us" || t2 == "is" || t2 == "'s" || x.substr(x.size() - 3) == "ics" ||
            t2 == "\x99s")
            return false;
        const auto p = low(k - 1);
        if (is(k - 1, determiners) || is(k - 1, np_stops) || is_possessive(p) || p == "of" || p == "the" ||
            p == "a" || p == "an" || p == "and" || p == "or" || p == "to" || p == "in" || p == "for" ||
            p == "on" || p == "with" || p == "by" || p == "from" || p == "at")
            return false;
        return word(k + 1) || (k + 1 < u_.size() && u_[k + 1].kind == uk::quote);
    }
    std::optional<np> np_before_loose(std::size_t cue, std::size_t lo) const;
    std::optional<np> np_speech_subject(std::size_t cue, std::size_t lo) const;
    /// Units [first, last) name a share of a population: "46 percent of voters", "About 6 in 10 white men",
    /// "a majority of Republicans", "About three-quarters", "Most".
    bool poll_share(std::size_t first, std::size_t last) const {
        static constexpr auto share_words =
            words("percent", "majority", "majorities", "plurality", "minority", "half", "third", "thirds",
                  "two-thirds", "three-quarters", "one-third", "one-half", "one-quarter", "quarter", "most",
                  "few", "fewer", "many", "several");
        for (std::size_t i = first; i < last; ++i) {
            const auto w = low(i);
            if (w.empty())
                continue;
            if (in(share_words, w) || w.back() == '%' || (w == "in" && i > first && i + 1 < last &&
                                                            is_count(low(i - 1)) && is_count(low(i + 1))))
                return true;
        }
        return false;
    }
    std::optional<np> np_parenthetical(std::size_t cue, std::size_t lo) const;
    std::optional<np> np_described_name(std::size_t cue, std::size_t lo) const;
    std::optional<np> np_before_long_appositive(std::size_t cue, std::size_t lo) const;
    std::optional<np> np_belief_subject(const np_scan& at) const;
    std::optional<np> relative_speaker(std::size_t cue, std::size_t lo) const;
    std::size_t relative_content_end(std::size_t from, std::size_t e) const;
    bool appositive_relative(std::size_t r) const;
    std::optional<np> evidence_subject(std::size_t cue, std::size_t lo) const;
    /// An intention with a to-infinitive: "Clinton wants to raise taxes", "he hopes to win".
    bool intention(const cue_entry& c, std::size_t n) const {
        return (c.lemma == "want" || c.lemma == "hope" || c.lemma == "urge" || c.lemma == "ask" ||
                c.lemma == "promise" || c.lemma == "vow" || c.lemma == "pledge" || c.lemma == "threaten" ||
                c.lemma == "seek" || c.lemma == "decline" || c.lemma == "refuse" || c.lemma == "plan" ||
                c.lemma == "intend" || c.lemma == "decide" || c.lemma == "prefer" || c.lemma == "request" ||
                c.lemma == "agree" || c.lemma == "like" || frame_intention(c)) &&
               c.form != verb_form::gerund && word(n) && low(n) == "to" && word(n + 1) && !u_[n + 1].cap &&
               // "agreed to a 10-month moratorium": a preposition, not an infinitive.
               !in(determiners, low(n + 1)) && low(n + 1) != "the";
    }
    /// An object and a to-infinitive after want or expect (unit j; object control): "wants voters to know ...",
    /// "expect the press to be played like a fiddle". The object is one to eight words with no clause word,
    /// auxiliary or cue in it; the infinitive starts with a lower-case word that is no determiner.
    bool object_control(const cue_entry& c, std::size_t j, std::size_t n) const {
        // "Audiences can expect him to ...": a modal makes it a prediction, not a belief.
        if (j > 0 && word(j - 1) &&
            (low(j - 1) == "can" || low(j - 1) == "could" || low(j - 1) == "may" || low(j - 1) == "might" ||
             low(j - 1) == "should" || low(j - 1) == "would" || low(j - 1) == "will"))
            return false;
        if ((c.lemma != "want" && c.lemma != "expect") || c.form == verb_form::gerund ||
            c.form == verb_form::participle || !word(n) || is(n, not_objects) || is(n, np_stops) ||
            is(n, subject_pronouns))
            return false;
        // The object opens with a name, a determiner, an object pronoun or a quantifier, or is one plural
        // noun ("wants voters to know"): not "want ready access to firearms" (a noun after "to").
        const auto w0 = low(n);
        const bool one_plural = w0.size() > 3 && w0.back() == 's' && word(n + 1) && low(n + 1) == "to";
        if (!(u_[n].cap || is(n, determiners) || is(n, object_pronouns) || is(n, quantifiers) || one_plural))
            return false;
        for (std::size_t k = n + 1; k < u_.size() && k <= n + 8; ++k) {
            if (!word(k))
                return false;
            const auto w = low(k);
            if (w == "to")
                return word(k + 1) && !u_[k + 1].cap && !is(k + 1, determiners) && !is(k + 1, not_objects);
            if ((is(k, np_stops) && w != "of" && w != "in" && w != "on" && w != "from" && w != "at" &&
                 w != "for" && w != "with") ||
                w == "and" || w == "or" || finite_cue(k))
                return false;
        }
        return false;
    }
    /// An object noun phrase (or a quotation) starts at unit `n` after a stance or intention verb: "endorsed
    /// Clinton", "opposes the deal", "wants a recount", "criticized “the rigged system”". Not a particle,
    /// a preposition or a clause word ("backed down", "voted in 2012", "supported by", "questioned whether").
    bool object_at(const cue_entry& c, std::size_t n) const {
        if (c.form == verb_form::gerund || c.form == verb_form::participle)
            return false;
        // "wants the debate moved" stays out: want counts with a to-infinitive only (intention()).
        const bool object_verb =
            c.cls == cue_class::stance ||
            (c.cls == cue_class::intention && c.lemma != "plan" && c.lemma != "intend" &&
             c.lemma != "decide" && c.lemma != "want") ||
            c.lemma == "cite" || c.lemma == "tout" || c.lemma == "urge" || c.lemma == "recall" ||
            c.lemma == "mention" || c.lemma == "reiterate" || c.lemma == "reveal" || c.lemma == "predict" ||
            c.lemma == "promise" || c.lemma == "pledge" || c.lemma == "acknowledge" || c.lemma == "deny" ||
            c.lemma == "confirm" || c.lemma == "propose" || c.lemma == "demand" || c.lemma == "recommend" ||
            c.lemma == "fear" || c.lemma == "doubt" || c.lemma == "discuss" || c.lemma == "offer" ||
            c.lemma == "compare" || c.lemma == "highlight" || c.lemma == "issue" ||
            // "Clinton noted the Sept. 11 attacks", "Trump described his intent to lead a big-tent party".
            c.lemma == "note" || c.lemma == "describe" ||
            // "made no secret of his frustration", "made the case for legalized gambling"
            (c.lemma == "make clear" && n > 0 && word(n - 1) &&
             (low(n - 1) == "of" || low(n - 1) == "for" || low(n - 1) == "against")) ||
            frame_object(c); // rules_frames.hpp: "The campaign released a statement"
        if (!object_verb || n >= u_.size())
            return false;
        if (u_[n].kind == uk::quote)
            return true;
        if (!word(n))
            return false;
        const auto w = low(n);
        if (is(n, not_objects) || (w.size() > 4 && w.substr(w.size() - 2) == "ly"))
            return false;
        return true;
    }
};

// A relative pronoun as the speaker: "Jeb Bush, who announced he is suspending his campaign", "voters who
// say the economy matters most", "the union, which endorsed Clinton". PolNeAR marks the pronoun as the source,
// so the record's mention is "who" as written; the antecedent (the noun phrase right before it) gives the
// type, roles and the name the record carries as `canonical` (resolve_speakers normalises it, as it does for
// "he"). Without a classifiable antecedent ("those who say") the record is a pronoun left unresolved.
std::optional<np> sentence_parser::relative_speaker(std::size_t cue, std::size_t lo) const {
    std::size_t k = cue;
    while (k > lo && word(k - 1) && cue - k < 4) {
        const auto w = low(k - 1);
        if (is(k - 1, pre_cue_adverbs) ||
            (w.size() > 4 && w.substr(w.size() - 2) == "ly" && !u_[k - 1].cap)) {
            --k;
            continue;
        }
        break;
    }
    if (k <= lo + 1 || !word(k - 1))
        return std::nullopt;
    const auto rel = low(k - 1);
    if (rel != "who" && rel != "which")
        return std::nullopt;
    const std::size_t who = k - 1;
    std::size_t end = who;
    const bool comma = u_[end - 1].kind == uk::comma || u_[end - 1].kind == uk::dash;
    if (comma)
        --end;
    if (rel == "which" && !comma)
        return std::nullopt; // "the bill which ..." is rare; "said which" is a question
    // A party label or an age before the comma: "Ted Cruz (R-Texas), who", "Lance Beebe, 49, who".
    if (end > lo && u_[end - 1].kind == uk::rparen) {
        std::size_t m = end - 1;
        while (m > lo && u_[m - 1].kind != uk::lparen && end - m < 8)
            --m;
        if (m > lo && u_[m - 1].kind == uk::lparen)
            end = m - 1;
    }
    if (comma && end >= lo + 3 && word(end - 1) && u_[end - 2].kind == uk::comma) {
        const auto a = low(end - 1);
        if (a.size() <= 3 && a.find_first_not_of("0123456789") == std::string_view::npos)
            end -= 2;
    }
    std::size_t s = end;
    while (s > lo && word(s - 1) && end - s < 10) {
        const auto w = low(s - 1);
        if (is(s - 1, np_stops) || w == "and" || w == "of" || (u_[s - 1].cue && !u_[s - 1].cap && s != end))
            break;
        --s;
        if (w == "the" || w == "a" || w == "an")
            break;
    }
    if (s == end)
        return std::nullopt; // "asked who said", "Who said so?"
    std::optional<np> ante;
    for (std::size_t t = s; t < end && !ante; ++t)
        ante = classify(t, end, true);
    if (ante && ante->type == speaker_type::pronoun)
        ante.reset();
    if (!ante && u_[end - 1].cue && !u_[end - 1].cap)
        return std::nullopt; // "knows who", "asked who": a question word after a verb
    if (rel == "which" && !(ante && (ante->type == speaker_type::organization ||
                                     ante->type == speaker_type::outlet || ante->type == speaker_type::group)))
        return std::nullopt;
    np r;
    r.first = r.name_first = who;
    r.last = who + 1;
    r.relative = true;
    if (ante) {
        r.type = ante->type;
        r.roles = ante->roles;
        r.outlet = ante->outlet;
        r.antecedent = units_text(ante->name_first, ante->last);
    } else {
        r.type = speaker_type::pronoun;
    }
    return r;
}

// The claim of a relative clause between commas ends where the clause does: "Barkley, who said he votes
// Democratic, said ..." -> "he votes Democratic". A comma or dash followed by a finite verb closes it.
// A relative pronoun at `r` inside an appositive that a comma or dash opened a few words before it ("Mr.
// Guerrero, a Republican who described himself as ..., said ...", "John Podesta, a former adviser who
// supported ..., said"): its claim ends where the appositive does (session 5).
bool sentence_parser::appositive_relative(std::size_t r) const {
    for (std::size_t k = r; k > 0 && k + 8 > r; --k) {
        const auto kind = u_[k - 1].kind;
        if (kind == uk::comma || kind == uk::dash)
            return k - 1 > 0 && word(k - 2) && u_[k - 2].cap && k < r && is(k, determiners);
        if (!word(k - 1) || is(k - 1, np_stops))
            return false;
    }
    return false;
}

// "Humphrey, who calls Trump a “sociopath,” said ...": a comma inside the closing quotation mark counts too.
std::size_t sentence_parser::relative_content_end(std::size_t from, std::size_t e) const {
    for (std::size_t k = from; k + 1 < e && k < from + 60; ++k) {
        if (u_[k].kind != uk::comma && u_[k].kind != uk::dash && !quote_ends_in_comma(k))
            continue;
        for (std::size_t v = k + 1; v < e && v < k + 4 && word(v); ++v) {
            if (finite_cue(v) || is(v, finite_auxiliaries))
                return k;
            if (!is(v, pre_cue_adverbs) && !(low(v).size() > 4 && low(v).substr(low(v).size() - 2) == "ly"))
                break;
        }
    }
    return e;
}

// A name opening the clause, then an appositive of several comma-separated pieces before the cue: "Greg
// Raiff, chief executive officer of Private Jet Services, an aviation consulting firm, said", "Ms. Arnold, who
// helped found EDGE, an environmental justice group, said", "Paul Porter, a truck driver from Ava, Mo., who
// is a member of the Teamsters union, said". The name is a capitalised phrase of at most six words that
// classifies on its own; the appositive opens with an article, a possessive, "who"/"whose"/"which" or a
// lower-case word, and holds no quotation, colon or semicolon.
// The subject of a belief, perception or intention verb that np_before scanned but did not accept: a noun
// phrase opened by a possessive pronoun ("his team believes", "their supporters hope": weak subjects,
// accepted before verbs of saying only), or a quantifier with a plural noun phrase ("Most candidates know
// that ...", "some undecided conservatives think ...", "many of his endorsers think ...").
std::optional<np> sentence_parser::np_belief_subject(const np_scan& at) const {
    if (!at.reached || at.end <= at.s + 1 || at.end - at.s > 6)
        return std::nullopt;
    if (auto r = classify(at.s, at.end); r && r->weak) {
        if (at.app_last > at.app_first)
            add_appositive(*r, at.app_first, at.app_last);
        return r;
    }
    static constexpr auto openers = words("most", "some", "many", "several", "few", "both", "all");
    if (!in(openers, low(at.s)))
        return std::nullopt;
    for (std::size_t i = at.s + 1; i < at.end; ++i) {
        const auto w = low(i);
        // "many of his endorsers", "some of the party's donors"
        if (i == at.s + 1 && w == "of")
            continue;
        if (i == at.s + 2 && low(at.s + 1) == "of" && is(i, determiners))
            continue;
        if (!word(i) || u_[i].cap || has(i, wc::pronoun) || is(i, np_stops) || w == "and" ||
            (u_[i].cue && i + 1 < at.end) || (w.size() > 4 && w.substr(w.size() - 3) == "ing"))
            return std::nullopt;
    }
    const auto h = low(at.end - 1);
    if (!(h.size() > 3 && h.back() == 's' && h[h.size() - 2] != 's' && h[h.size() - 2] != 'u' &&
          h[h.size() - 2] != 'i' && h[h.size() - 2] != '\''))
        return std::nullopt;
    np r;
    r.first = r.name_first = at.s;
    r.last = at.end;
    r.type = speaker_type::group;
    if (at.app_last > at.app_first)
        add_appositive(r, at.app_first, at.app_last);
    return r;
}

std::optional<np> sentence_parser::np_before_long_appositive(std::size_t cue, std::size_t lo) const {
    std::size_t k = cue;
    while (k > lo && word(k - 1) && is(k - 1, pre_cue_adverbs))
        --k;
    if (k < lo + 4 || u_[k - 1].kind != uk::comma)
        return std::nullopt;
    // The clause start: the sentence start (after a leading conjunction) or a boundary unit.
    std::size_t b = k - 1;
    while (b > lo && (u_[b - 1].kind == uk::word || u_[b - 1].kind == uk::comma ||
                      u_[b - 1].kind == uk::lparen || u_[b - 1].kind == uk::rparen) &&
           k - b < 50)
        --b;
    if (b > lo && !(u_[b - 1].kind == uk::stop || u_[b - 1].kind == uk::colon ||
                    u_[b - 1].kind == uk::semicolon || u_[b - 1].kind == uk::dash))
        return std::nullopt;
    if (word(b) && (low(b) == "but" || low(b) == "and" || low(b) == "yet" || low(b) == "still") &&
        word(b + 1) && u_[b + 1].cap)
        ++b;
    std::size_t first_comma = b;
    while (first_comma < k - 1 && u_[first_comma].kind != uk::comma)
        ++first_comma;
    if (first_comma >= k - 1 || first_comma == b || first_comma - b > 6)
        return std::nullopt;
    std::size_t commas = 0;
    for (std::size_t i = first_comma; i < k; ++i)
        if (u_[i].kind == uk::comma)
            ++commas;
    if (commas < 3) // one appositive between two commas is np_before's
        return std::nullopt;
    for (std::size_t i = b; i < first_comma; ++i)
        if (!word(i) || !(u_[i].cap || is(i, name_function_words) || is_possessive(low(i))))
            return std::nullopt;
    const std::size_t a = first_comma + 1;
    if (!word(a))
        return std::nullopt;
    const auto f = low(a);
    if (finite_cue(a) || f == "and" || f == "but" || f == "or" ||
        !(!u_[a].cap || f == "a" || f == "an" || f == "the" || is_possessive(f)))
        return std::nullopt;
    auto r = classify(b, first_comma);
    if (!r || !u_[first_comma - 1].cap ||
        !(r->type == speaker_type::person || r->type == speaker_type::organization))
        return std::nullopt;
    add_appositive(*r, a, k - 1);
    return r;
}

// A clause-initial subject with prepositional modifiers before "said"/"told": "A person familiar with the
// planning says", "Staff for the House Select Committee on Benghazi said", "Many in the crowd said", "about
// half of Democratic primary voters said", "those surveyed say". Only for say/tell, only at a clause start.
// A short subject of any shape between a comma and a speech cue that interrupts or closes the sentence:
// "To get their votes, participants said, the Democrats must ...", "Investment, official says, helped ...",
// "That attitude, many argue, could ...". Words before the comma, and a comma (then a word or a
// quotation) or the sentence end after the cue; one to four words, no clause word, verb form or cue inside.
std::optional<np> sentence_parser::np_parenthetical(std::size_t cue, std::size_t lo) const {
    std::size_t k = cue;
    while (k > lo && word(k - 1) && in(pre_cue_adverbs, low(k - 1)))
        --k;
    std::size_t s = k;
    while (s > lo && word(s - 1) && k - s < 5)
        --s;
    if (s == k || k - s > 4 || s < lo + 2 || u_[s - 1].kind != uk::comma || !word(s - 2))
        return std::nullopt;
    std::size_t after = unit_at_offset(skip_adverbials(lower_, u_[cue].end));
    const bool interrupts = after + 1 < u_.size() && u_[after].kind == uk::comma &&
                            (word(after + 1) || u_[after + 1].kind == uk::quote);
    if (!interrupts && !at_end(after))
        return std::nullopt;
    for (std::size_t i = s; i < k; ++i) {
        const auto w = low(i);
        // A title means an appositive of the name before the comma ("“…,” Jim Miller, president of NAWG
        // said"), not a subject of its own.
        if (in(np_stops, w) || lexicon::is_pronoun(w) || w == "and" || w == "said" || u_[i].cue ||
            (lexicon::is_title(w) && k - s > 1) ||
            is_possessive(w) || (w.size() > 4 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing") &&
                                 !u_[i].cap))
            return std::nullopt;
    }
    if (auto r = classify(s, k))
        return r;
    np r;
    r.first = r.name_first = s;
    r.last = k;
    const auto head = low(k - 1);
    r.type = head.back() == 's' || in(quantifiers, head) || head == "others" ? speaker_type::group
                                                                             : speaker_type::person;
    return r;
}

// A description, then the name between commas: "The author of the book, Mitchell Zuckoff, said ...",
// "Another delegate on the Cruz slate, Jim Poolman, said ...", "Mr. Trump's former campaign manager, Corey
// Lewandowski, said ...". The name is the mention, the description a role. The description opens the clause,
// starts with a determiner, a possessive or a capitalised word, holds a title or a person, group or
// organisation noun and no clause word; the name is one to four capitalised words.
std::optional<np> sentence_parser::np_described_name(std::size_t cue, std::size_t lo) const {
    if (cue < lo + 5 || u_[cue - 1].kind != uk::comma)
        return std::nullopt;
    std::size_t a = cue - 1;
    while (a > lo && word(a - 1) && u_[a - 1].cap && cue - 1 - a < 4)
        --a;
    if (a == cue - 1 || a < lo + 2 || u_[a - 1].kind != uk::comma || !word(a - 2))
        return std::nullopt;
    std::size_t s = a - 1;
    static constexpr auto clause_marks =
        words("that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "is", "was",
              "were", "are", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
              "said", "says", "and", "or", "but", "as", "than", "not");
    bool head = false;
    while (s > lo && word(s - 1) && a - 1 - s < 10) {
        const auto w = low(s - 1);
        if (in(clause_marks, w) || (u_[s - 1].cue && !u_[s - 1].cap && !in(person_heads, w)))
            break;
        if (lexicon::is_title(w) || in(person_heads, w) || lexicon::is_group_noun(w) || in(org_heads, w))
            head = true;
        --s;
    }
    // The clause start: the sentence start, a stop, colon, semicolon or dash, or a leading "But"/"And".
    const bool opens = s == lo || (s > 0 && (u_[s - 1].kind == uk::stop || u_[s - 1].kind == uk::colon ||
                                             u_[s - 1].kind == uk::semicolon || u_[s - 1].kind == uk::dash ||
                                             (u_[s - 1].kind == uk::comma && in(determiners, low(s))))) ||
                       (s == lo + 1 && word(lo) && (low(lo) == "but" || low(lo) == "and"));
    if (!opens || s == a - 1)
        return std::nullopt;
    // Without a known head noun the description must open with a determiner or a possessive ("The author
    // of the book, Mitchell Zuckoff, said").
    const auto f = low(s);
    if (!(in(determiners, f) || is_possessive(f) || f == "another" || (head && u_[s].cap)))
        return std::nullopt;
    auto r = classify(a, cue - 1);
    if (!r || r->type != speaker_type::person || r->name_first != a)
        return std::nullopt;
    add_appositive(*r, s, a - 1);
    r->first = s; // the description belongs to the speaker phrase, never to a claim before it
    return r;
}

std::optional<np> sentence_parser::np_before_loose(std::size_t cue, std::size_t lo) const {
    std::size_t k = cue;
    while (k > lo && word(k - 1) && is(k - 1, pre_cue_adverbs))
        --k;
    std::size_t s = k;
    while (s > lo && word(s - 1) && k - s < 12) {
        const auto w = low(s - 1);
        if (w == "that" || w == "which" || w == "who" || w == "whom" || w == "when" || w == "while" ||
            w == "because" || w == "if" || w == "is" || w == "was" || w == "were" || w == "are" ||
            w == "be" || w == "been" || w == "has" || w == "have" || w == "had" || w == "will" ||
            w == "would" || w == "can" || w == "could" || w == "should" || w == "may" || w == "might" ||
            w == "must" || w == "not" || w == "and" || w == "but" || w == "as" || w == "than" ||
            w == "what" || has(s - 1, wc::pronoun) || (u_[s - 1].cue && !u_[s - 1].cap)) {
            // "more than 4 in 10 said": "than" after more/less/fewer belongs to the share.
            if (w == "than" && s >= lo + 2 && word(s - 2) &&
                (low(s - 2) == "more" || low(s - 2) == "less" || low(s - 2) == "fewer")) {
                s -= 2;
                continue;
            }
            break;
        }
        // A lower-case past form inside the phrase is a verb ("the location never shut", "critics argued").
        if (s - 1 > lo && s < k && w.size() > 3 && w.substr(w.size() - 2) == "ed" && !u_[s - 1].cap)
            return std::nullopt;
        --s;
    }
    // A lone quantifier opening the sentence: "Several said ...", "Many say ...", "Others said ...".
    const bool lone =
        k - s == 1 && (low(s) == "several" || low(s) == "many" || low(s) == "others" || low(s) == "some" ||
                       low(s) == "most" || low(s) == "both" || low(s) == "few" || low(s).back() == '%' ||
                       // "and three-quarters said", "three-fourths say": a share of the respondents.
                       (in(quantifiers, low(s)) && low(s) != "one" && low(s) != "all" && low(s) != "any") ||
                       low(s) == "three-fourths" || low(s) == "two-thirds" || low(s) == "majorities");
    if (s == k || (k - s < 2 && !lone) || k - s >= 12)
        return std::nullopt;
    // "Even the organizer of a pro-Trump rally said": a focus adverb opens the clause, not the subject.
    while (k - s > 2 && (low(s) == "even" || low(s) == "still" || low(s) == "now" || low(s) == "yet"))
        ++s;
    // "While those surveyed said ...", "But many in the crowd said ...": a conjunction opening the sentence
    // or following a comma.
    const bool opener = s > 0 && word(s - 1) &&
                        (low(s - 1) == "while" || low(s - 1) == "but" || low(s - 1) == "and" ||
                         low(s - 1) == "although" || low(s - 1) == "though" || low(s - 1) == "because" ||
                         low(s - 1) == "since" || low(s - 1) == "when" || low(s - 1) == "whereas" ||
                         low(s - 1) == "yet" || low(s - 1) == "so") &&
                        (s == 1 || !word(s - 2));
    if (s > 0 && !opener &&
        !(u_[s - 1].kind == uk::comma || u_[s - 1].kind == uk::stop || u_[s - 1].kind == uk::colon ||
          u_[s - 1].kind == uk::semicolon))
        return std::nullopt;
    if (s > 0 && u_[s - 1].kind == uk::comma && s >= 2 && u_[s - 2].kind == uk::quote)
        return std::nullopt;
    const auto f = low(s);
    if (!(u_[s].cap || is(s, determiners) || is(s, quantifiers) || f == "those" || f == "about" ||
          f == "nearly" || f == "multiple" || f == "almost" || f == "more" || f == "staff" ||
          is(s, loose_numbers) || (f[0] >= '0' && f[0] <= '9')))
        return std::nullopt;
    for (std::size_t i = s; i < k; ++i) {
        const auto w = low(i);
        const char c0 = w[0];
        // Numbers only in poll shares: "46 percent of voters", "47%", "about four in 10", "nine out of 10".
        if (c0 >= '0' && c0 <= '9' && !(i + 1 < k && low(i + 1) == "percent") && w.back() != '%' &&
            !(i + 1 < k && (low(i + 1) == "in" || low(i + 1) == "out")) &&
            !(i > s && (low(i - 1) == "in" || low(i - 1) == "over" || low(i - 1) == "under" ||
                        (low(i - 1) == "of" && i > s + 1 && low(i - 2) == "out"))))
            return std::nullopt;
        // "a poll posing the question the government said": a gerund, or a second determiner that no
        // preposition introduces, means a clause, not a noun phrase.
        if (i > s && !u_[i].cap && w.size() > 4 && w.substr(w.size() - 3) == "ing" && !is(i - 1, determiners))
            return std::nullopt;
        if (i > s && (w == "the" || w == "a" || w == "an")) {
            const auto p = low(i - 1);
            if (!(p == "of" || p == "for" || p == "with" || p == "on" || p == "in" || p == "at" ||
                  p == "from" || p == "to" || p == "by" || p == "about" || p == "among" || p == "inside" ||
                  p == "outside"))
                return std::nullopt;
        }
        if (is_possessive(low(i)) && i + 1 == k)
            return std::nullopt;
    }
    np r;
    r.first = r.name_first = s;
    r.last = k;
    const auto head = low(k - 1);
    r.type = has(k - 1, wc::group_noun) || (head.size() > 3 && head.back() == 's') ? speaker_type::group
                                                                                   : speaker_type::unknown;
    return r;
}


// Session 6 (acc6-speech): a clause-initial subject of a finite verb of saying whose head noun has modifiers
// after it: "But protest organizers in Cleveland say", "Some advocates for stem cell research said", "People
// briefed on the move said", "people close to Clinton said", "By double digits, those surveyed say". The
// head is the first plural noun (a lower-case word in -s), person or group noun of the phrase, or "those"
// before a participle; before it only determiners, quantifiers, capitalised words and lower-case modifiers,
// after it at most one post-modifier (a participle in -ed, close, familiar) and prepositional phrases with
// no verb form in them. The phrase opens the clause (sentence start, punctuation, or a conjunction there).
std::optional<np> sentence_parser::np_speech_subject(std::size_t cue, std::size_t lo) const {
    // Words that end the phrase besides np_stops that are no prepositions (clause words, auxiliaries).
    static constexpr auto sp_clause_words = words("has", "have", "had", "and", "this", "do", "does", "did");
    static constexpr auto sp_openers = words("but", "and", "yet", "while", "although", "though", "because", "so",
                                          "whereas", "still", "even", "indeed", "now", "also");
    static constexpr auto sp_preps = words("in", "for", "of", "with", "on", "at", "from", "to", "across", "inside",
                                        "outside", "within", "near", "around", "behind", "among", "close");
    static constexpr auto sp_post_modifiers = words("close", "familiar", "surveyed", "polled", "interviewed",
                                                 "briefed", "involved", "questioned", "contacted", "asked");
    std::size_t k = cue;
    while (k > lo && word(k - 1) && is(k - 1, pre_cue_adverbs))
        --k;
    std::size_t s = k;
    const auto stop = [&](std::size_t i) {
        return has(i, wc::pronoun) || (is(i, np_stops) && !in(sp_preps, low(i))) || in(sp_clause_words, low(i)) ||
               (u_[i].cue && u_[i].cue->lemma == "say");
    };
    while (s > lo && word(s - 1) && k - s < 14 && !stop(s - 1))
        --s;
    // Focus adverbs opening the clause are not part of the subject: "Even the organizer of a rally said".
    while (s + 2 < k && (low(s) == "even" || low(s) == "still" || low(s) == "now" || low(s) == "yet"))
        ++s;
    if (k - s < 2 || k - s >= 14)
        return std::nullopt;
    // The clause start: the sentence start, punctuation, or an opener conjunction there.
    const auto punct = [&](std::size_t i) {
        const auto kd = u_[i].kind;
        return kd == uk::comma || kd == uk::stop || kd == uk::colon || kd == uk::semicolon || kd == uk::dash;
    };
    if (s > 0 && !(punct(s - 1) || (word(s - 1) && in(sp_openers, low(s - 1)) && (s - 1 == 0 || punct(s - 2)))))
        return std::nullopt;
    if (s > 0 && u_[s - 1].kind == uk::comma && s >= 2 && u_[s - 2].kind == uk::quote)
        return std::nullopt;
    // "Sen. Kirsten Gillibrand, a supporter of Clinton's bid told ...": after a comma an indefinite phrase is
    // an appositive of the name before it.
    if (s > 0 && u_[s - 1].kind == uk::comma && (low(s) == "a" || low(s) == "an"))
        return std::nullopt;
    // The phrase ends in a noun: not "comes with the added", "involved in the alleged".
    if (is(k - 1, determiners) || is(k - 1, np_stops) || low(k - 1) == "of" || is_possessive(low(k - 1)))
        return std::nullopt;
    // A second article only after a preposition: not "Nothing the president said".
    for (std::size_t i = s + 1; i < k; ++i)
        if ((low(i) == "the" || low(i) == "a" || low(i) == "an") && !in(sp_preps, low(i - 1)))
            return std::nullopt;
    const auto plural = [&](std::size_t i) {
        const auto w = low(i);
        if (w.size() < 4 || w.back() != 's')
            return false;
        const auto t2 = w.substr(w.size() - 2);
        return !(t2 == "ss" || t2 == "us" || t2 == "is" || t2 == "'s" || t2 == "\x99s");
    };
    // The head.
    std::size_t h = s;
    const bool those = low(s) == "those" && word(s + 1) && in(sp_post_modifiers, low(s + 1));
    if (!those) {
        while (h < k && !(is(h, person_heads) || has(h, wc::group_noun) || low(h) == "people" ||
                          (plural(h) && !u_[h].cap)))
            ++h;
        if (h == k)
            return std::nullopt;
        for (std::size_t i = s; i < h; ++i) {
            const auto w = low(i);
            if (u_[i].cap || is(i, determiners) || is(i, quantifiers))
                continue;
            // Lower-case modifiers: no verb forms in -ed, no preposition, no possessive pronoun.
            if (is(i, np_stops) || (w.size() > 3 && w.substr(w.size() - 2) == "ed") || u_[i].cue)
                return std::nullopt;
        }
        // Lower-case phrases need a determiner, a quantifier, a capital or a conjunction before them.
        if (!u_[s].cap && !is(s, determiners) && !is(s, quantifiers) && !(s > 0 && word(s - 1)))
            return std::nullopt;
    }
    std::size_t i = h + 1;
    if (i < k && in(sp_post_modifiers, low(i)))
        ++i;
    else if (i < k && !u_[i].cap && low(i).size() > 4 && low(i).substr(low(i).size() - 2) == "ed" &&
             word(i + 1) && in(sp_preps, low(i + 1)))
        ++i;
    if (i < k && !in(sp_preps, low(i)))
        return std::nullopt;
    for (; i < k; ++i) {
        const auto w = low(i);
        if (u_[i].cap || in(sp_preps, low(i)) || is(i, determiners) || is(i, quantifiers) || is_possessive(w))
            continue;
        if ((w.size() > 3 && w.substr(w.size() - 2) == "ed") || (w.size() > 4 && w.substr(w.size() - 3) == "ing") ||
            (u_[i].cue && u_[i].cue->form != verb_form::base && !plural(i)))
            return std::nullopt;
    }
    np r;
    r.first = r.name_first = s;
    r.last = k;
    r.type = those || plural(h) || has(h, wc::group_noun) || low(h) == "people" ? speaker_type::group
                                                                                : speaker_type::person;
    return r;
}

// Subordinators after which an evidence subject opens a clause ("after a new poll showed ...").
constexpr auto evidence_openers =
    words("after", "as", "while", "because", "since", "although", "though", "when", "before", "until", "once",
          "if");

// "A 2009 report by ...", "an internal report": a year or a modifier before an evidence noun that is also a
// cue word makes it a noun.
bool evidence_modifier(std::string_view w) {
    static constexpr auto modifiers = words("recent", "latest", "annual", "internal", "separate", "previous",
                                            "earlier", "final", "official", "federal", "preliminary", "draft",
                                            "independent", "detailed", "confidential", "classified");
    return (w.size() == 4 && w.find_first_not_of("0123456789") == std::string_view::npos) || in(modifiers, w);
}

// The subject of an evidence verb (show, find, suggest, indicate) at a clause start: a noun phrase of up to
// 16 words with modifiers ("A CNN/ORC poll of South Carolina released on Tuesday showed ...") whose first
// eight words hold an evidence noun.
std::optional<np> sentence_parser::evidence_subject(std::size_t cue, std::size_t lo) const {
    std::size_t k = cue;
    // Adverbs between subject and verb ("also", "now"), not a day that a time phrase names ("released on
    // Tuesday").
    // "... released last week actually showed", "... respectively show": an adverb in -ly too.
    while (k > lo && word(k - 1) &&
           (is(k - 1, pre_cue_adverbs) || low(k - 1) == "now" ||
            (!u_[k - 1].cap && low(k - 1).size() > 4 && low(k - 1).substr(low(k - 1).size() - 2) == "ly")) &&
           !is(k - 1, time_words))
        --k;
    // "An Associated Press survey of superdelegates, who are influential in picking the nominee, found ...":
    // a relative clause between commas (at most 20 units) before the verb is no part of the subject's words.
    if (k > lo + 4 && u_[k - 1].kind == uk::comma)
        for (std::size_t r = k - 2; r > lo && r + 22 > k; --r) {
            if (word(r))
                continue;
            if (u_[r].kind == uk::comma && (low(r + 1) == "who" || low(r + 1) == "which") && r + 3 < k)
                k = r;
            break;
        }
    std::size_t s = k;
    while (s > lo && k - s < 16) {
        // "A CNN/ORC poll": a slash between two words, written without spaces, joins them.
        if (!word(s - 1)) {
            if (s - 1 > lo && u_[s - 1].kind == uk::other && word(s - 2) && s < k &&
                u_[s - 2].end == u_[s - 1].begin && u_[s - 1].end == u_[s].begin &&
                text_.substr(u_[s - 1].begin, u_[s - 1].end - u_[s - 1].begin) == "/") {
                s -= 2;
                continue;
            }
            break;
        }
        const auto w = low(s - 1);
        // "A national poll released Sunday by The Washington Post and ABC News shows": "and" between two
        // capitalised words joins names.
        if (w == "and" && s < k && u_[s].cap && s - 1 > lo && word(s - 2) && u_[s - 2].cap) {
            --s;
            continue;
        }
        // "The report showed ...": an evidence noun that is also a cue word ("report", "reports") is the
        // head, not a verb.
        if (w == "that" || w == "which" || w == "who" || w == "when" || w == "while" || w == "because" ||
            w == "if" || w == "and" || w == "but" || w == "as" || w == "is" || w == "was" || w == "were" ||
            w == "are" || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" ||
            w == "with" || in(evidence_openers, w) || has(s - 1, wc::pronoun) ||
            (finite_cue(s - 1) && !(is(s - 1, evidence_words) && s - 1 > lo && word(s - 2) &&
                                    (is(s - 2, determiners) || u_[s - 2].cap || low(s - 2) == "new" ||
                                     evidence_modifier(low(s - 2))))))
            break;
        --s;
    }
    if (s == k || k - s >= 16)
        return std::nullopt;
    // "... one day after a CNN/ORC poll showed ...", "while a Marquette poll released last week showed ...":
    // a subordinate clause opens with the evidence subject too.
    if (s > lo &&
        !(u_[s - 1].kind == uk::comma || u_[s - 1].kind == uk::stop || u_[s - 1].kind == uk::colon ||
          u_[s - 1].kind == uk::semicolon || u_[s - 1].kind == uk::dash ||
          (word(s - 1) && (low(s - 1) == "but" || low(s - 1) == "and" || in(evidence_openers, low(s - 1))))))
        return std::nullopt;
    // "In Georgia, early results ...": an introductory phrase is not part of the subject.
    if (s == lo && word(s) && (low(s) == "in" || low(s) == "on" || low(s) == "at"))
        return std::nullopt;
    std::size_t head = 0;
    for (std::size_t i = s; i < k && i < s + 8; ++i)
        if (is(i, evidence_words))
            head = i + 1;
    if (head == 0)
        return std::nullopt;
    const auto f = low(s);
    if (!(u_[s].cap || is(s, determiners) || is(s, quantifiers) || is(s, evidence_words) || f == "new" ||
          f == "early" || f == "recent" || f == "internal" || f == "exit" || f == "public"))
        return std::nullopt;
    np r;
    r.first = r.name_first = s;
    r.last = k;
    r.type = speaker_type::organization;
    return r;
}

// A finite clause starts at unit `n`: a subject of a few words, then an auxiliary or a copula
// ("the race is close", "Clinton has a lead", "voters will decide").
bool sentence_parser::clause_ahead(std::size_t n) const {
    if (!word(n) || is(n, np_stops) || low(n) == "to" || low(n) == "of" || low(n) == "no")
        return false;
    for (std::size_t k = n + 1; k < u_.size() && k < n + 6 && word(k); ++k) {
        const auto x = low(k);
        if (x == "would" || x == "will" || x == "was" || x == "is" || x == "had" || x == "has" ||
            x == "could" || x == "should" || x == "were" || x == "are" || x == "may" || x == "might" ||
            x == "can" || x == "must" || x == "did" || x == "does" || x == "have" || x == "won't" ||
            x == "isn't" || x == "wasn't" || x == "doesn't" || x == "didn't")
            return true;
        if (is(k, np_stops) || x == "to" || x == "and" || x == "of")
            return false;
    }
    return false;
}

std::optional<np> sentence_parser::classify(std::size_t first, std::size_t last, bool lenient) const {
    // "Yesterday Argentina's economy minister said": a leading time word is not part of the speaker.
    while (first + 1 < last && word(first) && is(first, time_words))
        ++first;
    // "Yet Bloomberg says", "Even Lindsey Graham said", "Now Jeb Bush hopes": a sentence adverb or
    // conjunction opening the sentence is not part of the speaker.
    while (first + 1 < last && word(first) && u_[first].cap && is_opener_word(low(first)))
        ++first;
    if (first >= last || last - first > 12)
        return std::nullopt;
    for (std::size_t i = first; i < last; ++i) {
        if (!word(i))
            return std::nullopt;
        const char c0 = low(i)[0];
        // A poll share is a speaker ("46 percent of voters said", "47% say"); other numbers are not
        // ("the report 12 million working people").
        // An age is a modifier: "the 46-year-old", "82-year-old Richard Viguerie".
        const auto wi = low(i);
        const bool age = wi.size() > 9 && wi.substr(wi.size() - 9) == "-year-old";
        if (c0 >= '0' && c0 <= '9' && low(i).back() != '%' && !(i + 1 < last && low(i + 1) == "percent") &&
            !age)
            return std::nullopt;
        // A second determiner must follow "of"/"and" ("one of the officials"); otherwise the phrase runs
        // over a clause ("a poll posing the question the government").
        if (i > first && (low(i) == "the" || low(i) == "a" || low(i) == "an") && low(i - 1) != "of" &&
            low(i - 1) != "and")
            return std::nullopt;
    }
    np r;
    r.first = first;
    r.last = last;
    r.name_first = first;
    const auto head = low(last - 1);
    const std::size_t hd = last - 1; // the head unit
    const std::size_t n = last - first;
    // A poll share with a capitalised group: "26 percent of Democrats say", "47% of Republicans said".
    if (n >= 2 && low(first)[0] >= '0' && low(first)[0] <= '9' &&
        (low(first + 1) == "percent" || low(first).back() == '%')) {
        r.type = speaker_type::group;
        return r;
    }
    if (n == 1 && has(hd, wc::pronoun)) {
        if (head == "you")
            return std::nullopt;
        r.type = speaker_type::pronoun;
        return r;
    }
    if (is_possessive(head))
        return std::nullopt; // "the president’s tweet": a noun, not a cue
    const bool noun_head =
        has(hd, wc::outlet_noun) || is(hd, org_heads) || has(hd, wc::group_noun) || is(hd, evidence_heads);
    // A written medium after a determiner speaks for its author (medium_heads).
    const bool medium = n >= 2 && n <= 4 && in(medium_heads, head) && is(first, determiners);
    if (is(hd, time_words) || is(hd, determiners) || is(hd, np_stops) ||
        (u_[last - 1].cue && !noun_head && !(u_[last - 1].cap && n > 1) && !is(hd, person_heads) && !medium))
        return std::nullopt;
    // "Having announced ...": a participle opening the sentence, not a name.
    // Not a name in -ing ("Ebeling said", "Schilling told WEEI"): only a cue word or a common participle.
    static constexpr auto ing_openers = words("having", "being", "nothing", "something", "everything",
                                              "anything", "polling", "following", "including", "according",
                                              "speaking", "voting", "bombing", "funding", "spending",
                                              "building", "banning", "shooting", "fighting", "housing",
                                              "contributing", "running", "blistering", "reporting", "writing",
                                              "editing", "breaking", "trending", "meeting", "looking");
    if (n == 1 && u_[first].cap && head.size() > 5 && head.substr(head.size() - 3) == "ing" &&
        (u_[first].cue || in(ing_openers, head)))
        return std::nullopt;
    if (n == 1 && (head == "this" || head == "here" || head == "what" || head == "everyone" ||
                   head == "nobody" || head == "someone"))
        return std::nullopt;

    // Outlet by name anywhere in the phrase ("Russia’s RIA news agency", "The New York Times").
    std::string joined;
    for (std::size_t i = first; i < last && r.outlet.empty(); ++i) {
        if (!has(i, wc::outlet_first))
            continue; // no outlet spelling starts with this word
        for (std::size_t len = std::min(lexicon::max_outlet_words(), last - i); len >= 1; --len) {
            joined.clear();
            for (std::size_t k = i; k < i + len; ++k) {
                if (k > i)
                    joined += ' ';
                joined += low(k);
            }
            if (const auto* o = lexicon::find_outlet(joined);
                o && !o->platform && joined != "x" && !(joined == "the times" && n > 2)) {
                r.outlet = std::string(o->name);
                break;
            }
        }
    }
    bool all_cap = true;      // every word capitalised or a function word of names
    bool lower_titles = true; // every lower-case word is a title word ("cyber coordinator")
    for (std::size_t i = first; i < last; ++i) {
        if (u_[i].cap || is_possessive(low(i)))
            continue;
        if (is(i, name_function_words))
            continue;
        all_cap = false;
        if (!has(i, wc::title))
            lower_titles = false;
    }
    // A leading possessive ("Russia’s RIA news agency", "Trump’s adviser") is not part of the mention.
    std::size_t start = first;
    while (start + 1 < last && is_possessive(low(start)))
        ++start;

    const bool head_cap = u_[last - 1].cap;
    // "agency" names an outlet only as "news agency" or with an outlet name ("RIA news agency", "the
    // International Energy Agency" is an organization).
    const bool outlet_head = has(hd, wc::outlet_noun) &&
                             (head != "agency" || !r.outlet.empty() || (n >= 2 && low(last - 2) == "news"));
    if (outlet_head || (!r.outlet.empty() && head_cap)) {
        if (r.outlet.empty()) {
            if (!(head == "media" || head == "reports" || head == "report" || n >= 2))
                return std::nullopt;
        }
        r.type = speaker_type::outlet;
        r.name_first = start;
        if (r.outlet.empty())
            r.outlet = units_text(start, last);
        return r;
    }
    // "Robert Antonacci of the New York delegation", "Darran Whiting of Liberty Baptist Church in Marion": a
    // full name, then "of" and a description (a role), whatever the case of its last word.
    if (!all_cap && !head_cap) {
        std::size_t i = start;
        while (i < last && u_[i].cap && !has(i, wc::title) && !is(i, org_heads) && !is_possessive(low(i)) &&
               !is(i, name_function_words))
            ++i;
        if (i >= start + 2 && i + 1 < last && low(i) == "of") {
            r.last = i;
            r.name_first = start;
            r.type = speaker_type::person;
            r.roles.push_back(units_text(i, last));
            return r;
        }
    }
    if (!all_cap && !head_cap) {
        const bool known_head =
            has(hd, wc::group_noun) || is(hd, person_heads) || is(hd, org_heads) || is(hd, evidence_heads);
        if (!known_head) {
            // An ordinary noun phrase opened by an article or a possessive: "The businessman said ...",
            // "The Republican incumbent said that ...", "Clinton's campaign manager told ...".
            const auto f0 = low(first);
            // A possessive pronoun opens a noun phrase as an article does: "her friend said", "his
            // lawyer told".
            // "Several Democratic operatives said", "Many delegates say": a quantifier before a plural head.
            const bool quantified_plural =
                head.size() > 3 && head.back() == 's' &&
                (f0 == "several" || f0 == "many" || f0 == "some" || f0 == "most" || f0 == "few" || f0 == "both" ||
                 f0 == "numerous" || f0 == "other");
            const bool article = f0 == "the" || f0 == "a" || f0 == "an" || f0 == "another" ||
                                 (is_possessive(f0) && u_[first].cap) || f0 == "his" || f0 == "her" ||
                                 f0 == "their" || f0 == "its" || f0 == "our" || f0 == "my" || quantified_plural;
            bool plain = article && n >= 2 && n <= 5 && (head.size() > 2 || medium);
            for (std::size_t i = first + 1; plain && i < last; ++i) {
                const auto w = low(i);
                if ((u_[i].cue && !(medium && i + 1 == last)) || has(i, wc::pronoun) || is(i, np_stops) ||
                    w == "and" ||
                    (w.size() > 4 && w.substr(w.size() - 3) == "ing" && i + 1 == last))
                    plain = false;
                for (const char ch : w)
                    if (!((ch >= 'a' && ch <= 'z') || ch == '-' || ch == '.' || ch == '\'' ||
                          static_cast<unsigned char>(ch) >= 0x80))
                        plain = false;
            }
            if (plain) {
                const bool plural = head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's' &&
                                    head[head.size() - 2] != 'u' && head[head.size() - 2] != 'i';
                r.type = plural ? speaker_type::group : speaker_type::person;
                r.weak = !(f0 == "the" || f0 == "a" || f0 == "an" || f0 == "another" ||
                           (is_possessive(f0) && u_[first].cap));
                return r;
            }
            // Next to a quotation a short determiner phrase is a speaker: "a friend commented: “…”",
            // "“…,” said the ruling."
            if (!lenient || n > 4 || !is(first, determiners))
                return std::nullopt;
            r.type = speaker_type::unknown;
            return r;
        }
        // "47 percent said", "42% say": a poll share opens with its number.
        const bool share = (low(first)[0] >= '0' && low(first)[0] <= '9') &&
                           (head == "percent" || head.back() == '%' || is(hd, quantifiers));
        const bool det = is(first, determiners) || u_[first].cap || is_possessive(low(first)) || share;
        if (!det && !has(hd, wc::group_noun) && !is(hd, evidence_heads))
            return std::nullopt;
        r.name_first = first; // "Argentina's economy minister" keeps its possessive
        const auto f = low(first);
        const bool quantified = is(first, quantifiers) || f == "a" || f == "an";
        const bool anon_head = head == "source" || head == "sources" || head == "official" ||
                               head == "officials" || head == "diplomat" || head == "diplomats" ||
                               head == "aide" || head == "aides";
        if (head == "source" || head == "sources" || (quantified && anon_head))
            r.type = speaker_type::anonymous;
        else if (has(hd, wc::group_noun) || head == "percent" || head == "majority")
            r.type = speaker_type::group;
        else if (is(hd, org_heads))
            r.type = speaker_type::organization;
        else
            r.type = speaker_type::person;
        return r;
    }
    if (!all_cap && !lower_titles) {
        // Next to a quotation, lower-case modifiers before a name are roles: "“…,” said former Utah governor
        // Michael Leavitt", "said pollster Frank Luntz", "said Concord resident Whit Symms".
        if (!head_cap || n > 8)
            return std::nullopt;
        std::size_t name = last;
        // "hopefuls Jeb Bush and Chris Christie": "and" between capitalised names joins them.
        while (name > first && ((u_[name - 1].cap && !has(name - 1, wc::title)) ||
                                (low(name - 1) == "and" && name - 1 > first && u_[name - 2].cap &&
                                 name < last && u_[name].cap)))
            --name;
        if (name == last || name == first)
            return std::nullopt;
        // Away from a quotation only a full name after the modifiers: "Retired neurosurgeon Ben Carson told",
        // "Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz said"; or one name after an
        // article and at most two modifiers: "A teary-eyed Bush says".
        const bool article_name = last - name == 1 && n <= 4 &&
                                  (low(first) == "a" || low(first) == "an" || low(first) == "the");
        if (!lenient && !article_name && (last - name < 2 || n > 9))
            return std::nullopt;
        r.roles.push_back(units_text(first, name));
        r.name_first = name;
        r.type = speaker_type::person;
        r.weak = !lenient && article_name && last - name < 2;
        return r;
    }
    // Capitalised phrase: titles in front are roles, the name is the trailing run of non-title words.
    // "Hannah Ward of the Refugee Council": a name, then "of" and the organisation (a role).
    for (std::size_t i = start + 1; i + 1 < last; ++i) {
        if (low(i) != "of")
            continue;
        bool name_before = true;
        for (std::size_t k = start; k < i; ++k)
            if (!u_[k].cap || has(k, wc::title) || is(k, org_heads) || is_possessive(low(k)))
                name_before = false;
        if (name_before && i - start >= 2) {
            r.last = i;
            r.name_first = start;
            r.type = speaker_type::person;
            r.roles.push_back(units_text(i, last));
            return r;
        }
        break;
    }
    if (has(hd, wc::group_noun)) {
        r.type = speaker_type::group; // "Senior U.S. Republicans"
        return r;
    }
    if (is(hd, org_heads)) {
        r.type = speaker_type::organization; // "The State Department", "The White House"
        if (low(first) == "the")
            r.name_first = first + 1 < last ? first + 1 : first;
        return r;
    }
    std::size_t name = last;
    while (name > start && !has(name - 1, wc::title) && !is_possessive(low(name - 1)) &&
           (u_[name - 1].cap || is(name - 1, name_function_words)))
        --name;
    while (name < last && is(name, name_function_words))
        ++name; // "of", "the" never start a name
    if (name == last) {
        // Every word is a title: "President", "The President", or a surname that is a title word ("King").
        if (n >= 2 && u_[last - 2].cap && !has(last - 2, wc::title))
            name = last - 2;
        else
            name = start;
        if (low(name) == "the" && name + 1 < last)
            ++name;
    }
    if (name > first) {
        std::string role = units_text(first, name);
        if (!role.empty())
            r.roles.push_back(std::move(role));
    }
    r.name_first = name;
    r.type = speaker_type::person;
    if (n == 1 && u_[first].cap && first == 0) {
        // A lone capitalised word at the sentence start could be any word ("Others", "Officials").
        if (has(hd, wc::group_noun))
            r.type = speaker_type::group;
    }
    return r;
}

void sentence_parser::add_appositive(np& p, std::size_t a, std::size_t b) const {
    if (a >= b)
        return;
    bool anonymous = false;
    for (std::size_t i = a; i < b; ++i)
        if (is(i, anonymity_marks))
            anonymous = true;
    if (anonymous && p.type != speaker_type::pronoun)
        p.type = speaker_type::anonymous;
    const auto f = low(a);
    if (f == "who" || f == "which" || f == "whose" || f == "speaking" || f == "when")
        return;
    std::size_t s = a;
    if (f == "a" || f == "an" || f == "the")
        ++s;
    if (s < b)
        p.roles.push_back(units_text(s, b));
}

// The subject of a cue, scanning back from the cue at unit `cue` (not below `lo`). Handles adverbs between
// subject and verb ("Trump later said") and an appositive between commas ("X, Trump’s top adviser, said").
std::optional<np> sentence_parser::np_before(std::size_t cue, std::size_t lo, std::size_t& app_first,
                                             std::size_t& app_last, bool lenient, np_scan* scan) const {
    app_first = app_last = 0;
    if (scan != nullptr)
        scan->reached = false;
    std::size_t k = cue;
    while (k > lo && word(k - 1)) {
        const auto w = low(k - 1);
        const bool ly = w.size() > 4 && w.substr(w.size() - 2) == "ly" && !u_[k - 1].cap;
        if (is(k - 1, pre_cue_adverbs) || ly) {
            --k;
            continue;
        }
        // "Trump on Friday described": the weekday was skipped as an adverb, "on" goes with it.
        if (w == "on" && k < cue && word(k) && is(k, time_words)) {
            --k;
            continue;
        }
        // A time phrase between subject and verb: "Sean Spicer on Thursday evening said", "Trump last
        // week said", "the president this morning told reporters".
        std::size_t t = k;
        while (t > lo && word(t - 1) && (is(t - 1, time_words) || is(t - 1, day_parts)))
            --t;
        if (t < k && t > lo && word(t - 1) && is(t - 1, time_openers)) {
            k = t - 1;
            continue;
        }
        break;
    }
    if (k > lo && u_[k - 1].kind == uk::rparen) {
        std::size_t m = k - 1;
        while (m > lo && u_[m - 1].kind != uk::lparen && k - m < 10)
            --m;
        if (m > lo && u_[m - 1].kind == uk::lparen)
            k = m - 1;
    }
    std::size_t end = k;
    // An appositive that ends in a quotation holding the comma: "Humphrey, who calls Trump a “sociopath,”
    // said ...".
    if (k > lo + 2 && u_[k - 1].kind == uk::quote && u_[k - 1].quote >= 0) {
        const auto& q = seg_.quotes[static_cast<std::size_t>(u_[k - 1].quote)];
        std::uint32_t ce = q.content_end;
        while (ce > q.content_begin && (text_[ce - 1] == ' ' || text_[ce - 1] == '\n'))
            --ce;
        if (ce > q.content_begin && text_[ce - 1] == ',') {
            std::size_t m = k - 1;
            while (m > lo && u_[m - 1].kind != uk::comma && u_[m - 1].kind != uk::stop && k - m < 25)
                --m;
            const auto f = m < k - 1 && word(m) ? low(m) : std::string_view{};
            if (m > lo + 1 && u_[m - 1].kind == uk::comma && word(m - 2) &&
                (f == "who" || f == "a" || f == "an" || f == "the")) {
                app_first = m;
                app_last = k;
                end = m - 1;
            }
        }
    }
    if (end == k && k > lo && (u_[k - 1].kind == uk::comma || u_[k - 1].kind == uk::dash)) {
        // Appositive: back to the previous comma (or dash) of this sentence.
        const uk sep = u_[k - 1].kind;
        std::size_t m = k - 1;
        while (m > lo && u_[m - 1].kind != sep && u_[m - 1].kind != uk::stop && u_[m - 1].kind != uk::quote)
            --m;
        // A place inside the appositive: "Sandra Inman, a Cruz supporter from Jackson, Miss., said", "Dean
        // Johnson, a salesman from Sumter, South Carolina, says".
        if (sep == uk::comma && m > lo + 1 && u_[m - 1].kind == uk::comma && k - 1 - m <= 2) {
            bool place = true;
            for (std::size_t i = m; i < k - 1; ++i)
                if (!word(i) || !u_[i].cap)
                    place = false;
            if (place) {
                std::size_t m2 = m - 1;
                while (m2 > lo && u_[m2 - 1].kind != sep && u_[m2 - 1].kind != uk::stop &&
                       u_[m2 - 1].kind != uk::quote)
                    --m2;
                if (m2 > lo && u_[m2 - 1].kind == sep && word(m2) &&
                    (low(m2) == "a" || low(m2) == "an" || low(m2) == "the" || is_possessive(low(m2))))
                    m = m2;
            }
        }
        if (m <= lo || u_[m - 1].kind != sep || m + 1 > k - 1)
            return std::nullopt;
        if (k - 1 - m > 25)
            return std::nullopt;
        app_first = m;
        app_last = k - 1;
        end = m - 1;
        // An age before the appositive: "Lance Beebe, 49, a Navy veteran, said".
        if (end >= lo + 3 && word(end - 1) && u_[end - 2].kind == uk::comma) {
            const auto a = low(end - 1);
            if (!a.empty() && a.size() <= 3 && a.find_first_not_of("0123456789") == std::string_view::npos)
                end -= 2;
        }
    }
    std::size_t s = end;
    while (s > lo && word(s - 1) && end - s < 12) {
        const auto w = low(s - 1);
        // A share in "N in 10": "Nine in 10 registered voters say", "4 in 10 said".
        if (w == "in" && s >= lo + 2 && word(s - 2) && s < end && word(s) && is_count(low(s - 2)) &&
            is_count(low(s))) {
            --s;
            continue;
        }
        // "The Brennan Center for Justice noted", "Americans for Prosperity said": "for" between capitals.
        if (w == "for" && s >= lo + 2 && word(s - 2) && u_[s - 2].cap && word(s) && u_[s].cap && s < end) {
            --s;
            continue;
        }
        if (w == "of") {
            // "one of the officials", "Secretary of State": only after a quantifier or between capitals.
            const bool q = s >= 2 && word(s - 2) && is(s - 2, quantifiers);
            const bool caps = s >= 2 && word(s - 2) && u_[s - 2].cap && s < u_.size() && u_[s].cap;
            if (!q && !caps)
                break;
            --s;
            continue;
        }
        // A cue word ends the phrase, unless it is the evidence noun right before the cue ("The emails
        // showed", "new fundraising reports show").
        // A cue word that is a noun of the subject: its head ("Some advocates said") or a base-form modifier
        // of a title or person noun ("Minnesota state delegate Mary Susan said").
        const bool cue_noun = u_[s - 1].cue && !u_[s - 1].cap &&
                              ((s == end && (is(s - 1, person_heads) || in(medium_heads, w))) ||
                               (s < end && u_[s - 1].cue->form == verb_form::base && word(s) && !u_[s].cap &&
                                (is(s, person_heads) || has(s, wc::title))));
        if (is(s - 1, np_stops) ||
            (u_[s - 1].cue && !u_[s - 1].cap && !(s == end && is(s - 1, evidence_heads)) && !cue_noun))
            break;
        // "And she said": a sentence-initial "and" (or one after punctuation) opens the clause.
        if (w == "and" && (s - 1 == lo || !word(s - 2)))
            break;
        // "In 2010 she said", "Then he described": a subject pronoun is the whole phrase (time_lead below).
        if (s == end && is(s - 1, subject_pronouns) && w != "there") {
            --s;
            break;
        }
        --s;
        const bool det = (is(s, determiners) && !u_[s].cap && w != "senior" && w != "top" && w != "u.s.") ||
                         w == "the" || w == "a" || w == "an";
        if (det) {
            // "one of the officials", "some of the lawmakers"; "Hannah Ward of the Refugee Council"
            if (s >= lo + 2 && low(s - 1) == "of" && word(s - 2) && is(s - 2, quantifiers)) {
                s -= 2;
                break;
            }
            if (s >= lo + 2 && low(s - 1) == "of" && word(s - 2) && u_[s - 2].cap && word(s + 1) &&
                u_[s + 1].cap) {
                s -= 1;
                continue;
            }
            break;
        }
    }
    if (s == end)
        return std::nullopt;
    // A subject with a relative clause and no commas: "A senior official who spoke on condition of
    // anonymity said ...". The relative clause is treated as an appositive.
    if (app_last == app_first && s > lo && word(s - 1) &&
        !(s >= 1 && (low(s - 1) == "that" || low(s - 1) == "which"))) {
        std::size_t w = s;
        while (w > lo && word(w - 1) && low(w - 1) != "who" && end - w < 14)
            --w;
        if (w > lo && word(w - 1) && low(w - 1) == "who") {
            bool clean = true;
            for (std::size_t i = w; i < end; ++i)
                if (u_[i].cue && u_[i].cue->form != verb_form::gerund)
                    clean = false;
            std::size_t a1 = 0, a2 = 0;
            if (clean && w - 1 > lo) {
                auto r = np_before(w - 1, lo, a1, a2);
                if (r && a2 == a1 && r->type != speaker_type::pronoun) {
                    add_appositive(*r, w - 1, end);
                    app_first = w - 1;
                    app_last = end;
                    return r;
                }
            }
        }
    }
    // "But now she wants ...": an opening adverb scanned into the phrase is not part of the subject.
    auto opening_adverb = [&](std::string_view w) {
        return w == "now" || w == "still" || w == "yet" || w == "then" || w == "so" || w == "instead" ||
               w == "meanwhile" || w == "today" || w == "ultimately" || w == "privately" || w == "publicly";
    };
    while (s + 1 < end && word(s) && opening_adverb(low(s)) &&
           (s == lo || !word(s - 1) || low(s - 1) == "but" || low(s - 1) == "and"))
        ++s;
    // The phrase starts a clause: the sentence start, after a comma, a quote, a colon, or "that/which/who".
    const np_scan at{true, s, end, app_first, app_last};
    if (s > lo && word(s - 1)) {
        const auto w = low(s - 1);
        const bool clause_word = w == "that" || w == "which" || w == "who" || w == "but" || w == "and" ||
                                 w == "while" || w == "because" || w == "as" || w == "so" || w == "when" ||
                                 w == "after" || w == "although" || w == "though" || w == "since" ||
                                 w == "if" || w == "amid" || w == "where" || w == "whereas" || w == "until" ||
                                 w == "unless" || w == "once" || w == "before";
        // "Now the government hopes ...": an adverb opening the clause (at the sentence start, after
        // punctuation or after a conjunction) before the subject.
        const bool opens = opening_adverb(w) && (s - 1 == lo || !word(s - 2) || low(s - 2) == "but" ||
                                                 low(s - 2) == "and");
        if (!clause_word && !opens && !time_lead(s, lo))
            return np_titled_tail(at);
    }
    if (scan != nullptr)
        *scan = at;
    return np_before_from(cue, at, lenient);
}

// "Saturday at the convention Sen. Elizabeth Warren said", "Vatican spokesman the Rev. Federico Lombardi
// told": a capitalised title and a name of two or more words end a phrase that does not start a clause
// or does not classify as a whole; the speaker is the title and the name (not after a preposition:
// "the plan backed by Sen. Elizabeth Warren").
std::optional<np> sentence_parser::np_titled_tail(const np_scan& at) const {
    const std::size_t s = at.s, end = at.end;
    for (std::size_t t = s + 1; t + 3 <= end; ++t) {
        if (!u_[t].cap || !has(t, wc::title) || !word(t - 1) || is(t - 1, np_stops) ||
            low(t - 1) == "of" || low(t - 1) == "and")
            continue;
        bool caps = true;
        for (std::size_t i = t; i < end; ++i)
            if (!word(i) || !u_[i].cap)
                caps = false;
        if (!caps)
            continue;
        if (auto r = classify(t, end); r && r->type == speaker_type::person && r->name_first + 2 <= end) {
            if (at.app_last > at.app_first)
                add_appositive(*r, at.app_first, at.app_last);
            return r;
        }
    }
    return std::nullopt;
}

std::optional<np> sentence_parser::np_before_from(std::size_t cue, const np_scan& at, bool lenient) const {
    if (!at.reached)
        return std::nullopt;
    auto r = classify(at.s, at.end, lenient);
    if (!r)
        return np_titled_tail(at);
    if (r->weak) {
        // Only before a finite verb of saying: "her friend said", "A teary-eyed Bush says".
        const auto* c = cue < u_.size() ? u_[cue].cue : nullptr;
        const bool saying =
            c && c->cls == cue_class::speech && c->lemma != "call" &&
            (c->form == verb_form::past ||
             (c->form == verb_form::third &&
              (c->lemma == "say" || c->lemma == "tell" || c->lemma == "add" || c->lemma == "write")));
        if (!saying)
            return std::nullopt;
    }
    if (at.app_last > at.app_first)
        add_appositive(*r, at.app_first, at.app_last);
    return r;
}

// A speaker named after a cue or phrase: "said Peskov, the Kremlin spokesman.", "according to RIA",
// "citing Andrey Krutskikh, a special presidential envoy on cyber security".
std::optional<np> sentence_parser::np_after(std::size_t start, std::size_t& after, bool final_appositive,
                                            bool lenient) const {
    std::size_t e = start;
    while (e < u_.size() && word(e) && e - start < 12) {
        const auto w = low(e);
        // An auxiliary ends the phrase: "..., said Mr. Trump had disrespected the troops" is a clause.
        if (e > start && (is(e, np_stops) || w == "and" || w == "said" || w == "says" || w == "had" ||
                          w == "has" || w == "have" || w == "did" || w == "does")) {
            if (w == "of" && e > start &&
                (is(e - 1, quantifiers) || (u_[e - 1].cap && e + 1 < u_.size() && u_[e + 1].cap))) {
                ++e;
                continue;
            }
            break;
        }
        ++e;
    }
    after = e;
    auto r = classify(start, e, lenient);
    if (!r)
        return r;
    // A party label after the name: "Sen. Harry M. Reid (D-Nev.)".
    if (e + 2 < u_.size() && u_[e].kind == uk::lparen) {
        std::size_t k = e + 1;
        while (k < u_.size() && k < e + 6 && u_[k].kind != uk::rparen && u_[k].kind != uk::lparen)
            ++k;
        if (k < u_.size() && u_[k].kind == uk::rparen) {
            e = k + 1;
            after = e;
        }
    }
    // A relative clause right after: "a senior official who spoke on condition of anonymity".
    if (e < u_.size() && word(e) && (low(e) == "who" || low(e) == "which")) {
        std::size_t f = e;
        while (f < u_.size() && word(f))
            ++f;
        add_appositive(*r, e, f);
        after = f;
        return r;
    }
    if (e + 1 < u_.size() && u_[e].kind == uk::comma && word(e + 1)) {
        std::size_t f = e + 1;
        while (f < u_.size() && word(f))
            ++f;
        const bool closes = (final_appositive && (f >= u_.size() || u_[f].kind == uk::stop)) ||
                            (f < u_.size() && u_[f].kind == uk::comma);
        const auto w = low(e + 1);
        const bool looks_appositive =
            w == "a" || w == "an" || w == "the" || w == "who" || is_possessive(w) || has(e + 1, wc::title);
        if (closes && looks_appositive && !finite_cue(e + 1)) {
            add_appositive(*r, e + 1, f);
            after = f;
        }
    }
    return r;
}

// After "CLAIM, said NAME": the rest of the sentence is an appositive chain of the speaker ("..., said David
// Autor, a professor of economics at M.I.T., who is one of the country's foremost specialists", "..., said
// Mark Kantrowitz, a national student loan debt expert who has published several books, papers and ...").
// It opens with a comma or a relative pronoun, then a noun phrase word (not a preposition, a time word, a
// pronoun or a gerund: ", in a statement", ", adding ..."), and holds no quotation, no colon or semicolon and
// no finite cue. On success the chain becomes a role of `s` and `after` the sentence end.
bool sentence_parser::appositive_tail(np& s, std::size_t& after) const {
    std::size_t p = after;
    if (p < u_.size() && u_[p].kind == uk::comma)
        ++p;
    if (!word(p))
        return false;
    const auto w = low(p);
    const bool relative = w == "who" || w == "whose" || w == "which";
    if (!relative && (is(p, np_stops) || is(p, time_words) || has(p, wc::pronoun) || is(p, subject_pronouns) ||
                      (w.size() > 4 && w.substr(w.size() - 3) == "ing") || w == "with" || w == "in" ||
                      w == "on" || w == "at" || w == "from" || w == "by" || w == "and" || w == "but" ||
                      w == "as" || w == "after" || w == "before" || w == "while" || w == "when" ||
                      w == "according" || w == "citing" || w == "adding" || w == "saying"))
        return false;
    if (!relative && u_[after].kind != uk::comma)
        return false;
    std::size_t k = p;
    for (; k < u_.size() && k < p + 36; ++k) {
        const auto kind = u_[k].kind;
        if (kind == uk::stop && at_end(k))
            break;
        if (kind == uk::quote || kind == uk::colon || kind == uk::semicolon || kind == uk::stop)
            return false;
        if (word(k) && (finite_cue(k) || (u_[k].cue && k > p && u_[k].cue->form == verb_form::gerund &&
                                          u_[k - 1].kind == uk::comma)))
            return false;
    }
    if (k == p || !(k >= u_.size() || at_end(k)))
        return false;
    add_appositive(s, p, k);
    after = k;
    return true;
}

// Where reported content starting at unit `from` ends (exclusive): the sentence end, a semicolon, or a
// comma that opens another attribution or a new clause (", saying", ", according to", ", but said",
// ", and Trump ...", ", as three agencies concluded").
std::size_t sentence_parser::content_end(std::size_t from) const {
    std::size_t i = from;
    for (; i < u_.size(); ++i) {
        const auto k = u_[i].kind;
        if (k == uk::stop && at_end(i))
            break;
        if (k == uk::semicolon)
            break;
        // "told the AP her group never worked with him and said the group hired ...": a coordinated verb of
        // saying with no comma before it starts the speaker's next record.
        if (i > from && word(i) && (u_[i].low == "and" || u_[i].low == "but") && word(i - 1)) {
            std::size_t j = i + 1;
            while (j < u_.size() && word(j) && in(pre_cue_adverbs, low(j)) && low(j) != "has" && low(j) != "had")
                ++j;
            if (const auto* c = cue_at(j); c && (c->form == verb_form::past || c->form == verb_form::third) &&
                                           in(parenthetical_lemmas, c->lemma))
                break;
        }
        if (k != uk::comma || !word(i + 1))
            continue;
        const auto w = low(i + 1);
        if (w == "according" && low(i + 2) == "to")
            break;
        if (w == "citing")
            break;
        if (const auto* c = cue_at(i + 1); c && c->form == verb_form::gerund)
            break;
        if (w == "but" || w == "and") {
            std::size_t j = i + 2;
            while (word(j) && is(j, pre_cue_adverbs))
                ++j;
            if (finite_cue(j))
                break;
            if (word(i + 2) && (u_[i + 2].cap || is(i + 2, subject_pronouns)))
                break;
        }
        // "..., but officials said ...", "..., while other voters said ...", "..., and people familiar with
        // her thinking say ...": a new subject and a finite verb of saying start another record's clause.
        if (w == "but" || w == "and" || w == "while" || w == "whereas" || w == "although" || w == "though" ||
            w == "yet") {
            static constexpr auto clause_marks =
                words("that", "which", "who", "whom", "whose", "because", "if", "when", "to", "is", "was",
                      "were", "are", "would", "will", "could", "should", "said", "says");
            std::size_t j = i + 2;
            while (j < u_.size() && j < i + 10 && word(j) && !finite_cue(j) && !in(clause_marks, low(j)))
                ++j;
            if (j > i + 2 && finite_cue(j) && cue_at(j)->cls == cue_class::speech &&
                in(parenthetical_lemmas, cue_at(j)->lemma))
                break;
        }
        if (w == "as") {
            for (std::size_t j = i + 2; j < u_.size() && j < i + 10 && word(j); ++j)
                if (finite_cue(j))
                    return i;
        }
        // "..., he said." / "..., Krutskikh said." : a final cue belongs to another record.
        for (std::size_t j = i + 1; j < u_.size() && j < i + 8 && word(j); ++j) {
            if (finite_cue(j)) {
                std::size_t e = j + 1;
                const auto* c = cue_at(j);
                if (c && c->takes_object && word(e))
                    ++e;
                e = unit_at_offset(skip_adverbials(lower_, u_[e - 1].end));
                if (e >= u_.size() || at_end(e) || u_[e].kind == uk::comma)
                    return i;
                break;
            }
        }
    }
    return i;
}

// Claim boundaries (session 5; docs/GRAMMAR.md "Claim boundaries: session 5"). content_end stops at clause
// marks; these cuts split a claim that holds a second attribution of the same speaker or runs on into the
// main clause after a subordinate one (one prediction covering two PolNeAR attributions):
//  - "Graham called both Trump and Clinton “crazy” and said ...", "He did not mention his opponents by name
//    but did note that ...": after an object claim (stance, naming, intention) a bare "and"/"but", optional
//    adverbs or auxiliaries, then a finite cue of any class; after a clause claim the same with a quotation
//    before the conjunction and a verb of saying ("she respects Sanders’ “passion” but argues ...");
//  - "... in a position to win this race,” adding that ...": a quotation whose comma is inside the marks,
//    then a participial cue;
//  - "She called her son her hero before explaining why ...": before/after + a participial cue (not "by":
//    "by arguing that ..." is the means, inside the claim);
//  - "While Ramos said that journalists cannot ..., he appears ...": the claim of a subordinate clause ends
//    at the comma before the main clause's subject.
std::size_t sentence_parser::claim_boundary(std::size_t from, std::size_t e, bool object_claim,
                                            std::size_t sp_first) const {
    for (std::size_t i = from + 1; i < e; ++i) {
        if (u_[i].kind == uk::quote) {
            if (quote_ends_in_comma(i) && i + 1 < e) {
                if (const auto* c = cue_at(i + 1);
                    c && c->form == verb_form::gerund && c->cls == cue_class::speech)
                    return i + 1;
            }
            continue;
        }
        if (!word(i))
            continue;
        const auto w = low(i);
        if ((w == "and" || w == "but") && (word(i - 1) || u_[i - 1].kind == uk::quote)) {
            std::size_t j = i + 1;
            bool did = false; // "but did note": the base form after do/did/does
            while (j < e && j < i + 4 && word(j) && is(j, pre_cue_adverbs) &&
                   (object_claim || (low(j) != "has" && low(j) != "had" && low(j) != "have"))) {
                did = did || low(j) == "did" || low(j) == "does";
                ++j;
            }
            const auto* c = j < e ? cue_at(j) : nullptr;
            // "cited its earnings outlook and continued strong cash flow", "and planned redemption of debt":
            // past forms that are adjectives before a noun count only with "to" or "that" after them.
            if (c && (c->lemma == "continue" || c->lemma == "plan" || c->lemma == "propose" ||
                      c->lemma == "expect" || c->lemma == "intend") &&
                !(word(j + 1) && (low(j + 1) == "to" || low(j + 1) == "that")))
                c = nullptr;
            if (c && (c->form == verb_form::past || c->form == verb_form::third ||
                      (did && c->form == verb_form::base)) && !u_[j].cap &&
                (object_claim || (u_[i - 1].kind == uk::quote && in(parenthetical_lemmas, c->lemma))))
                return i;
        }
        if ((w == "before" || w == "after") && i > from + 1 && i + 1 < e) {
            if (const auto* c = cue_at(i + 1); c && c->form == verb_form::gerund)
                return i;
        }
        if (i > from && i + 2 < e) {
            // "is backing Hillary Clinton because he worries ...", "preferred Clinton while about 6 in 10 white
            // men supported Sanders", "refused to speak to reporters as she left": a subordinate clause after an
            // object is circumstance (its subject: a pronoun, a name, a determiner or a number); after a clause
            // claim only a contrast ("say they prefer an outsider, while about 4 in 10 want ...").
            static constexpr auto object_subordinators =
                words("while", "because", "after", "when", "though", "although", "whereas", "since", "until",
                      "before");
            // "refused to speak to reporters as she left": "as" only before a pronoun ("saw the statement as a
            // boost", "such as", "as well as" are no clauses).
            const bool as_clause = object_claim && w == "as" && word(i + 1) && is(i + 1, subject_pronouns) &&
                                   low(i + 1) != "it";
            // A clause claim: only a contrast after a comma that holds another attribution's cue ("..., while
            // about 4 in 10 want one with experience"; not "the stock dividend is payable April 13 while the cash
            // dividend is payable April 15", "was a “pipe dream” while Russia continues to deny ...").
            auto cue_within = [&](std::size_t k) {
                for (std::size_t v = k; v < e && v < k + 10 && word(v); ++v)
                    if (finite_cue(v))
                        return true;
                return false;
            };
            // Not the object of a verb before it: "declined to say when ...", "and when". (The np_stops bit
            // holds every subordinator but "whereas": most words skip the list scan.)
            if (as_clause ||
                ((object_claim ? (is(i, np_stops) || w == "whereas") && in(object_subordinators, w)
                               : (w == "while" || w == "whereas") && u_[i - 1].kind == uk::comma &&
                                     cue_within(i + 2)) &&
                 word(i + 1) && !(word(i - 1) && (low(i - 1) == "and" || low(i - 1) == "or" || cue_at(i - 1))) &&
                (is(i + 1, subject_pronouns) || u_[i + 1].cap || is(i + 1, determiners) ||
                 is_count(low(i + 1)) || low(i + 1) == "about" || low(i + 1) == "most")))
                return u_[i - 1].kind == uk::comma ? i - 1 : i;
            // "Kasich offered the man a job, then says he'll welcome advice", "suggested her cycle was behind her
            // tone, called her “third-rate” and boycotted ...": a comma (and "then") before a finite cue; a past
            // form only with "then"/"later" before it or a pronoun or quotation after it (", called Desktop
            // Express", ", expected to ...", ", compared with ..." are participles).
            if (u_[i - 1].kind == uk::comma) {
                std::size_t j = i;
                const bool then = w == "then" || w == "later";
                if (then)
                    ++j;
                const auto* c = cue_at(j);
                const bool finite =
                    c && !u_[j].cap &&
                    (c->form == verb_form::third ||
                     (c->form == verb_form::past &&
                      (then || (j + 1 < e && (u_[j + 1].kind == uk::quote ||
                                              (word(j + 1) && (low(j + 1) == "him" || low(j + 1) == "her" ||
                                                               low(j + 1) == "them" || low(j + 1) == "it" ||
                                                               low(j + 1) == "that")))))));
                if (finite)
                    return i - 1;
            }
        }
    }
    if (sp_first > 0 && word(sp_first - 1)) {
        static constexpr auto subordinators =
            words("while", "though", "although", "when", "after", "before", "because", "since", "once",
                  "whereas", "until");
        static constexpr auto finite_verbs =
            words("is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "did",
                  "does", "do", "may", "might", "must", "should");
        // A determiner opens the main clause's subject only with a finite verb close after it, a name only
        // with a word after it (not the appositives in "after the department reported the index fell 1 pct,
        // the sharpest drop since 1984", "... its principal competitor, ATT.").
        auto verb_within = [&](std::size_t k) {
            for (std::size_t v = k + 1; v < e && v < k + 8 && word(v); ++v)
                if (finite_cue(v) || in(finite_verbs, low(v)))
                    return true;
            return false;
        };
        auto word_after_name = [&](std::size_t k) {
            while (k < e && word(k) && u_[k].cap)
                ++k;
            return k < e && word(k);
        };
        if (in(subordinators, low(sp_first - 1)))
            for (std::size_t i = from + 2; i + 1 < e; ++i)
                if (u_[i].kind == uk::comma && word(i + 1) &&
                    (is(i + 1, subject_pronouns) || (u_[i + 1].cap && word_after_name(i + 1)) ||
                     (is(i + 1, determiners) && verb_within(i + 1))))
                    return i;
    }
    return e;
}

bool sentence_parser::set_content(attribution& a, std::size_t first, std::size_t last, bool object) const {
    while (first < last &&
           (u_[first].kind == uk::comma || u_[first].kind == uk::colon || u_[first].kind == uk::dash))
        ++first;
    while (last > first && (u_[last - 1].kind == uk::comma || u_[last - 1].kind == uk::stop ||
                            u_[last - 1].kind == uk::colon || u_[last - 1].kind == uk::dash))
        --last;
    if (first >= last)
        return false;
    std::size_t quotes = 0, words = 0;
    for (std::size_t i = first; i < last; ++i) {
        if (u_[i].kind == uk::quote)
            ++quotes;
        else if (u_[i].kind == uk::word)
            ++words;
    }
    if (quotes == 1 && words == 0 && u_[first].kind == uk::quote) {
        const auto& q = seg_.quotes[static_cast<std::size_t>(u_[first].quote)];
        std::uint32_t b = q.content_begin, e = q.content_end;
        auto blank = [&](std::uint32_t p) { return text_[p] == ' ' || text_[p] == '\n' || text_[p] == '\t'; };
        while (b < e && blank(b))
            ++b;
        while (e > b && (blank(e - 1) || text_[e - 1] == ','))
            --e;
        if (b >= e)
            return false;
        a.content = make_mention(b, e);
        a.kind = attribution_kind::direct;
        return true;
    }
    if (words == 0 && quotes < 2)
        return false;
    // Reported speech of one or two words is almost always a misread ("he said Ryan", "reported it").
    // ... but a pronoun and a verb is a clause: "They said she could."
    // "I think it’s good": a contracted pronoun and a predicate are a clause too.
    auto contracted = [&](std::size_t i) {
        const auto w = u_[i].low;
        const auto apos = w.find_first_of("'\xE2");
        return apos != std::string_view::npos && apos > 0 && apos + 1 < w.size() &&
               (w[apos] == '\'' || w.substr(apos, 3) == "\xE2\x80\x99") && in(subject_pronouns, w.substr(0, apos));
    };
    if (quotes == 0 && words < 3 && !object &&
        !(words == 2 && u_[first].kind == uk::word &&
          ((is(first, subject_pronouns) && u_[first].low != "there") || contracted(first))))
        return false;
    a.content = units_mention(first, last);
    a.kind = quotes > 0 ? attribution_kind::mixed : attribution_kind::indirect;
    return true;
}

// The addressee after "told": an outlet ("told Reuters": the outlet), or a short phrase ("told reporters").
std::size_t sentence_parser::skip_object(std::size_t v, const cue_entry& c, std::string& outlet_out,
                                         bool& object_in_cue) const {
    object_in_cue = false;
    if (!c.takes_object || !word(v))
        return v;
    std::string joined;
    for (std::size_t len = has(v, wc::outlet_first) ? std::min(lexicon::max_outlet_words(), u_.size() - v) : 0;
         len >= 1; --len) {
        joined.clear();
        bool ok = true;
        for (std::size_t k = v; k < v + len; ++k) {
            if (!word(k)) {
                ok = false;
                break;
            }
            if (k > v)
                joined += ' ';
            joined += low(k);
        }
        if (!ok)
            continue;
        if (const auto* o = lexicon::find_outlet(joined);
            o && (u_[v].cap || joined.find(' ') != std::string::npos)) {
            outlet_out = std::string(o->name);
            return v + len;
        }
    }
    if (is(v, object_pronouns) || has(v, wc::group_noun) || low(v) == "journalists" ||
        low(v) == "lawmakers" || low(v) == "parliament" || low(v) == "congress" || low(v) == "investors" ||
        low(v) == "supporters") {
        object_in_cue = true;
        return v + 1;
    }
    // "told the newspaper", "told a news conference", "told CNN's State of the Union"
    std::size_t e = v;
    if (low(e) == "the" || low(e) == "a" || low(e) == "an")
        ++e;
    std::size_t words = 0;
    while (word(e) && words < 3 && !is(e, np_stops) && !is(e, subject_pronouns) && low(e) != "the") {
        ++e;
        ++words;
        const auto h = low(e - 1);
        if (has(e - 1, wc::outlet_noun) || h == "conference" || h == "briefing" || h == "reporters" ||
            h == "committee" || h == "audience" || h == "crowd" || h == "rally")
            break;
    }
    if (words == 0)
        return v;
    const auto h = low(e - 1);
    if (has(e - 1, wc::outlet_noun) || h == "conference" || h == "briefing" || h == "reporters" ||
        h == "committee" || h == "audience" || h == "crowd" || h == "rally") {
        object_in_cue = true;
        return e;
    }
    // "told the National Post he ...": "the" and capitalised words ("told the AP his firm ...": the run of
    // capitalised words ends the addressee).
    bool the_caps = e > v + 1 && low(v) == "the" && c.lemma == "tell" && u_[v + 1].cap;
    if (the_caps) {
        std::size_t k = v + 1;
        while (k < e && u_[k].cap)
            ++k;
        if (k < e && word(k) && !in(np_stops, low(k))) {
            e = k;
            words = k - v - 1;
        }
    }
    for (std::size_t k = v + 1; the_caps && k < e; ++k)
        if (!u_[k].cap)
            the_caps = false;
    if ((u_[v].cap || the_caps) && words <= 3) {
        // "told Fox", "told ABC’s This Week": an unknown outlet or a person addressed.
        object_in_cue = true;
        return e;
    }
    // "tells audiences she may be ...", "told a Planned Parenthood gathering in Washington she will ...",
    // "told host Chris Cuomo she believed ...": the addressee of tell runs to a subject pronoun with a word
    // after it (at most eight words, no clause word or cue inside).
    if (c.lemma == "tell") {
        for (std::size_t k = v; k < u_.size() && k < v + 8 && word(k); ++k) {
            const auto w = low(k);
            if (k > v && in(subject_pronouns, w) && w != "it" && w != "there" && word(k + 1) &&
                low(k + 1) != "to" && low(k + 1) != "of" && low(k + 1) != "and" && low(k + 1) != "for") {
                object_in_cue = true;
                return k;
            }
            if (in(np_stops, w) && w != "in" && w != "at" && w != "from" && w != "on")
                break;
            if (w == "and" || w == "but" || w == "that" || finite_cue(k))
                break;
        }
    }
    return v;
}

// "in a post on Twitter", "in an interview with CNN", "on Twitter": the channel becomes the outlet.
std::size_t sentence_parser::skip_channel(std::size_t p, std::string& outlet_out) const {
    auto matches = [&](std::size_t at, std::string_view phrase) -> std::size_t {
        std::size_t k = at;
        std::size_t pos = 0;
        while (pos < phrase.size()) {
            const auto sp = phrase.find(' ', pos);
            const auto w =
                phrase.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
            if (low(k) != w)
                return 0;
            ++k;
            if (sp == std::string_view::npos)
                break;
            pos = sp + 1;
        }
        return k;
    };
    auto outlet_at = [&](std::size_t at, std::size_t& e) -> bool {
        if (!has(at, wc::outlet_first))
            return false; // no outlet spelling starts with this word
        std::string joined;
        for (std::size_t len = std::min(lexicon::max_outlet_words(), u_.size() - at); len >= 1; --len) {
            joined.clear();
            bool ok = true;
            for (std::size_t k = at; k < at + len; ++k) {
                if (!word(k)) {
                    ok = false;
                    break;
                }
                if (k > at)
                    joined += ' ';
                joined += low(k);
            }
            if (!ok)
                continue;
            if (const auto* o = lexicon::find_outlet(joined); o && u_[at].cap) {
                outlet_out = std::string(o->name);
                e = at + len;
                return true;
            }
        }
        return false;
    };
    // A phrase can only match from its first word.
    for (const auto& ph : has(p, wc::channel_first) ? lexicon::attribution_phrases()
                                                    : std::span<const lexicon::phrase_entry>{}) {
        if (ph.cls == cue_class::according_to || ph.cls == cue_class::citing)
            continue;
        const std::size_t k = matches(p, ph.phrase);
        if (k == 0)
            continue;
        if (ph.source_follows) {
            std::size_t e = k;
            if (outlet_at(k, e)) {
                while (word(e) && u_[e].cap)
                    ++e; // "Fox News Channel"
                return e;
            }
            if (ph.phrase == "in a post on" || ph.phrase == "in a message on")
                return k;
            // "in an interview with CNN" handled above; with a person, keep only the phrase.
            while (word(e) && u_[e].cap)
                ++e;
            return e;
        }
        return k;
    }
    if (low(p) == "on" && word(p + 1)) {
        std::size_t e = p + 1;
        if (outlet_at(p + 1, e))
            return e;
    }
    return p;
}

attribution sentence_parser::base_record(const np& s, const mention& cue, cue_class cls) const {
    attribution a;
    a.speaker = units_mention(s.name_first, s.last);
    a.type = s.type;
    a.roles = s.roles;
    a.cue = cue;
    a.cue_type = cls;
    a.outlet = s.type == speaker_type::outlet ? s.outlet : out_.publisher;
    if (s.relative)
        a.canonical = s.antecedent;
    return a;
}

std::size_t sentence_parser::emit(attribution&& a, std::size_t cue_unit, std::size_t speaker_first) {
    for (const auto& m : made_) {
        const auto& o = out_.items[m.item];
        if (o.content.begin == a.content.begin && o.cue && a.cue && o.cue->begin == a.cue->begin)
            return m.item;
    }
    // A document with records mostly has several: start at 8 rather than growing 1, 2, 4, 8 (each growth
    // moves every record and its strings).
    if (out_.items.capacity() == 0)
        out_.items.reserve(8);
    out_.items.push_back(std::move(a));
    made_.push_back({out_.items.size() - 1, cue_unit, speaker_first});
    return out_.items.size() - 1;
}

std::size_t sentence_parser::clause_start(std::size_t before) const {
    std::size_t s = consumed_until_;
    for (std::size_t i = consumed_until_; i < before && i < u_.size(); ++i)
        if (u_[i].kind == uk::semicolon || u_[i].kind == uk::colon)
            s = i + 1;
    // Skip a short opening like "However," or "On Thursday,".
    return s;
}

// The clause subject for a participial cue: the speaker of an earlier record of the sentence, or the noun
// phrase that opens the clause ("Senior U.S. Republicans greeted the idea ..., saying ...").
std::optional<np> sentence_parser::clause_subject(std::size_t before) const {
    std::size_t start = 0;
    for (std::size_t i = 0; i + 2 < before; ++i) {
        if (u_[i].kind == uk::comma && word(i + 1) && (low(i + 1) == "and" || low(i + 1) == "but") &&
            word(i + 2) && (u_[i + 2].cap || is(i + 2, subject_pronouns)))
            start = i + 2;
        if (u_[i].kind == uk::semicolon)
            start = i + 1;
    }
    // An introductory phrase ending in a comma: "However, ...", "On Thursday, ...", "In August, several
    // environmental groups granted ...".
    if (start == 0) {
        const bool intro = word(0) && is(0, intro_words);
        for (std::size_t i = 0; i < before && i < 12; ++i) {
            if (u_[i].kind == uk::comma) {
                start = i + 1;
                break;
            }
            if (!word(i))
                break;
        }
        if (start > 0 && !intro && !(word(start) && (u_[start].cap || is(start, subject_pronouns))))
            start = 0;
    }
    // A dateline inside the text: "Washington (AFP) – The senator criticized ..., saying".
    if (start == 0) {
        std::size_t k = 0;
        while (k < before && k < 4 && word(k) && u_[k].cap)
            ++k;
        if (k > 0 && k + 3 < before && u_[k].kind == uk::lparen && word(k + 1) &&
            u_[k + 2].kind == uk::rparen && u_[k + 3].kind == uk::dash)
            start = k + 4;
        else if (k > 0 && k < before && u_[k].kind == uk::dash)
            start = k + 1;
    }
    // "And then, saying ...", "Then he went on, calling ...": an opening adverb is not the subject.
    while (start + 1 < before && word(start) && word(start + 1) && u_[start].cap &&
           is_opener_word(low(start)))
        ++start;
    if (!word(start))
        return std::nullopt;
    if (is(start, subject_pronouns) && low(start) != "there")
        return classify(start, start + 1);
    std::size_t e = start;
    while (e < before && word(e) && e - start < 8 &&
           (u_[e].cap || is(e, name_function_words) || (e == start && is(e, determiners)) ||
            (e > start && has(e, wc::title))))
        ++e;
    // A lower-case head after a capitalised start: "The ministry said", "Russian officials, saying".
    while (e < before && word(e) && e - start < 8 && !u_[e].cap &&
           (has(e, wc::group_noun) || is(e, person_heads) || is(e, org_heads) || has(e, wc::outlet_noun))) {
        ++e;
    }
    if (e == start || (e == start + 1 && is(start, determiners))) {
        // A lower-case noun phrase: the longest run up to a known head noun ("several environmental groups").
        e = start;
        for (std::size_t k = start; k < before && word(k) && k < start + 6; ++k) {
            if (is(k, np_stops) || (u_[k].cue && k > start))
                break;
            if (has(k, wc::group_noun) || is(k, person_heads) || is(k, org_heads))
                e = k + 1;
        }
    }
    if (e == start)
        return std::nullopt;
    auto r = classify(start, e);
    if (r && e < u_.size() && u_[e].kind == uk::comma) {
        // "Thomas Bossert, Trump’s top adviser, ..." : an appositive right after the subject.
        std::size_t f = e + 1;
        while (f < before && word(f))
            ++f;
        if (f < before && u_[f].kind == uk::comma)
            add_appositive(*r, e + 1, f);
    }
    return r;
}

void sentence_parser::verb_rule(std::size_t j, const cue_entry& c, std::size_t subject_end) {
    const auto& cue_tok = u_[j];
    const bool progressive = subject_end != SIZE_MAX;
    const std::size_t sj = progressive ? subject_end : j;
    // "pointed to his record", "voted against the bill": the particle is part of the cue; "pointed" or
    // "voted" alone is no cue.
    const bool particle = phrasal_particle(c.lemma, low(j + 1)) ||
                          (has(j, wc::attitude) && attitude_particle(c.lemma, low(j + 1)));
    if (!particle && phrasal_only(c.lemma))
        return;
    // Inverted order after a quote or a clause: “…,” said X.  /  “…,” says X, a spokesman.  /
    // "His endorsement could matter more ..., said Democratic strategist Hank Sheinkopf."
    if (!progressive && j >= 1 && (u_[j - 1].kind == uk::quote || (u_[j - 1].kind == uk::comma && j >= 2))) {
        const bool after_quote = u_[j - 1].kind == uk::quote || u_[j - 2].kind == uk::quote;
        if (word(j + 1) && (u_[j + 1].cap || is(j + 1, determiners) || after_quote) &&
            !is(j + 1, time_words) && !is(j + 1, subject_pronouns)) {
            std::size_t after = j + 1;
            auto s = np_after(j + 1, after);
            if (!s && after_quote)
                s = np_after(j + 1, after, true, true);
            // “…,” said Robby Mook in a statement.  : adverbials may follow the speaker.
            if (s && after_quote && after < u_.size() && word(after) && after > j + 1)
                after = unit_at_offset(skip_adverbials(lower_, u_[after - 1].end));
            // After a plain clause only "..., said X." with nothing after X (not "denied the report,
            // saying").
            bool ends_ok =
                after >= u_.size() || at_end(after) || (after_quote && u_[after].kind == uk::comma);
            // “…,” said a person close to the Clintons.  : a short modifier ends the sentence.
            if (s && after_quote && !ends_ok && s->type != speaker_type::pronoun) {
                std::size_t k = after;
                while (k < u_.size() && word(k) && k < after + 8 && !finite_cue(k))
                    ++k;
                if (k > after && at_end(k)) {
                    s->last = k;
                    after = k;
                    ends_ok = true;
                }
            }
            // "..., said David Autor, a professor of economics at M.I.T., who is one of ...": after a clause,
            // an appositive chain (commas, a relative clause) runs to the sentence end.
            // Not when the words before the comma are the subject of the cue ("Mr. Trump's former campaign
            // manager, Corey Lewandowski, said the staff member who ..., Paul Manafort, should be ...").
            if (s && !after_quote && !ends_ok && s->type != speaker_type::pronoun) {
                std::size_t a1 = 0, a2 = 0;
                if (!np_before(j, consumed_until_, a1, a2) && !np_described_name(j, consumed_until_))
                    ends_ok = appositive_tail(*s, after);
            }
            if (!after_quote && (c.needs_complement || c.cls != cue_class::speech))
                s.reset();
            if (s && s->type != speaker_type::pronoun && ends_ok) {
                auto a = base_record(*s, make_mention(cue_tok.begin, cue_tok.end), c.cls);
                const std::size_t qu = u_[j - 1].kind == uk::quote ? j - 1 : j - 2;
                const std::size_t from = clause_start(qu);
                if (from <= qu && set_content(a, from, qu + 1)) {
                    emit(std::move(a), j, j + 1);
                    consumed_until_ = after;
                }
                return;
            }
        }
    }

    std::size_t app_first = 0, app_last = 0;
    const bool evidence_verb =
        c.lemma == "show" || c.lemma == "find" || c.lemma == "suggest" || c.lemma == "indicate";
    // "Smith, who said ...": the relative pronoun is the speaker. Its record consumes nothing, so that the
    // main clause ("Smith, who said ..., added ...") still finds its subject.
    auto speaker = relative_speaker(sj, consumed_until_);
    struct keep_consumed {
        std::size_t& ref;
        std::size_t value;
        bool on;
        ~keep_consumed() {
            if (on)
                ref = value;
        }
    } keep{consumed_until_, consumed_until_, speaker.has_value()};
    if (!speaker && evidence_verb)
        speaker = evidence_subject(sj, consumed_until_);
    np_scan scan;
    if (!speaker)
        speaker = np_before(sj, consumed_until_, app_first, app_last, false, &scan);
    if (!speaker)
        speaker = np_before_long_appositive(sj, consumed_until_);
    if (!speaker && (c.cls == cue_class::opinion || c.cls == cue_class::intention))
        speaker = np_belief_subject(scan);
    bool lenient_only = false;
    if (!speaker) {
        // The lenient retry: only the classification of the scanned phrase changes.
        speaker = np_before_from(sj, scan, true);
        lenient_only = speaker.has_value();
    }
    if (!speaker && c.cls == cue_class::speech)
        speaker = np_described_name(sj, consumed_until_);
    if (!speaker && (c.lemma == "say" || c.lemma == "tell"))
        speaker = np_before_loose(sj, consumed_until_);
    // A finite verb of saying ("say" not after "to") after a subject with post-modifiers (session 6).
    // Not the speech words that are nouns or replies more often: "the dozen states that", "issued a ruling",
    // "did not respond to a request", "could agree to".
    static constexpr auto noun_like_lemmas = words("state", "issue", "respond", "agree", "focus");
    if (!speaker && c.cls == cue_class::speech && !in(noun_like_lemmas, c.lemma) && c.form != verb_form::gerund &&
        c.form != verb_form::participle &&
        !(c.form == verb_form::base && sj > 0 && word(sj - 1) && low(sj - 1) == "to"))
        speaker = np_speech_subject(sj, consumed_until_);
    // "About 6 in 10 white men supported Sanders", "Only 32 percent of British Columbians opposed the tax":
    // a poll share is the subject of a belief, stance or intention verb too.
    if (!speaker && c.cls != cue_class::speech && c.cls != cue_class::written) {
        // Not "most of the decline": a subject ends in a noun, not a determiner or a preposition.
        // "A spokesman for the campaign declined to comment": a person noun heading the loose subject.
        auto person_head = [&](const np& x) {
            for (std::size_t i = x.first; i < x.last && i < x.first + 4; ++i)
                if (in(person_heads, low(i)))
                    return true;
            return false;
        };
        // "Supporters of the law hope this is ...", "Democratic voters in all five states see Clinton as ...":
        // a belief, perception or intention verb takes a loose subject with a plural head (its last word,
        // lower-case, in -s).
        auto plural_head = [&](const np& x) {
            const auto h = low(x.last - 1);
            return (c.cls == cue_class::opinion || c.cls == cue_class::intention) && x.last - x.first >= 2 &&
                   !u_[x.last - 1].cap && h.size() > 3 && h.back() == 's' && h[h.size() - 2] != 's' &&
                   h[h.size() - 2] != 'u' && h[h.size() - 2] != 'i' && h[h.size() - 2] != '\'';
        };
        if (auto s = np_before_loose(sj, consumed_until_);
            s && (poll_share(s->first, s->last) || person_head(*s) || plural_head(*s)) &&
            !in(determiners, low(s->last - 1)) &&
            !in(np_stops, low(s->last - 1)) && low(s->last - 1) != "of")
            speaker = std::move(s);
    }
    if (!speaker && sj == j && c.form != verb_form::gerund && in(parenthetical_lemmas, c.lemma))
        speaker = np_parenthetical(sj, consumed_until_);
    // ... and for intentions: "Ali converted to Islam and refused to fight in the war"; and for stance verbs
    // with an object: "Rubio reversed himself and opposed the bill".
    if (!speaker && made_.empty() &&
        (c.cls == cue_class::speech || intention(c, j + 1) ||
         (c.cls == cue_class::stance && object_at(c, j + 1)))) {
        // "The Wisconsin Republican criticized the president’s policy and said allies wanted ...": the
        // subject of the first verb of the clause.
        std::size_t k = sj;
        while (k > 0 && word(k - 1) && is(k - 1, pre_cue_adverbs))
            --k;
        // "He called the actions lawful, and said ...": a comma before the conjunction too.
        const bool comma_conj = k > 2 && u_[k - 2].kind == uk::comma && word(k - 3);
        if (k > 1 && word(k - 1) && (low(k - 1) == "and" || low(k - 1) == "but") &&
            (word(k - 2) || comma_conj))
            speaker = clause_subject(comma_conj ? k - 2 : k - 1);
    }
    // "a gift he knew would lift me ...", "whom many progressives believed was ...", "what scientists think is
    // necessary": an object gap (a finite verb right after the belief verb); the subject is one word (a
    // subject pronoun, a lower-case plural noun, a capitalised word), perhaps after a quantifier, right
    // after a relative word or a noun.
    if (!speaker && belief_lemma(c.lemma) && c.form != verb_form::gerund && sj == j && word(j + 1) &&
        in(gap_verbs, low(j + 1)) && word(j + 2) && !in(determiners, low(j + 2)) && j >= 2 && word(j - 1)) {
        std::size_t f = j - 1;
        const auto w = low(f);
        const bool plural = !u_[f].cap && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
                            w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i' && w[w.size() - 2] != '\'';
        const bool one = is(f, subject_pronouns) || plural || (u_[f].cap && !is(f, time_words));
        if (one && plural && f > consumed_until_ && word(f - 1) && in(quantifiers, low(f - 1)))
            --f;
        const bool before_ok =
            f > consumed_until_ && word(f - 1) && !u_[f - 1].cap && !is(f - 1, determiners) &&
            !is(f - 1, subject_pronouns) && !u_[f - 1].cue &&
            (low(f - 1) == "whom" || low(f - 1) == "what" || low(f - 1) == "that" || low(f - 1) == "which" ||
             !is(f - 1, np_stops));
        if (one && before_ok) {
            np g;
            g.first = g.name_first = f;
            g.last = j;
            g.type = is(j - 1, subject_pronouns) ? speaker_type::pronoun
                     : plural                     ? speaker_type::group
                                                  : speaker_type::person;
            speaker = g;
        }
    }
    // "Most believe that ...", "But few believe their relationship can ...": a quantifier pronoun opening the
    // clause is the subject of a belief verb (rules_belief.hpp).
    if (!speaker && belief_lemma(c.lemma) && sj > consumed_until_ && word(sj - 1) &&
        belief_quantifier(low(sj - 1)) &&
        (sj - 1 == consumed_until_ || !word(sj - 2) || belief_opener(low(sj - 2)))) {
        np q;
        q.first = q.name_first = sj - 1;
        q.last = sj;
        q.type = speaker_type::group;
        speaker = q;
    }
    // "Most oppose the deal", "although most oppose it": a quantifier pronoun opening the clause is the
    // subject of a stance or intention verb with its complement.
    // Not a third-person form: "Some advocates said ..." is a noun after the quantifier.
    if (!speaker && c.form != verb_form::gerund && c.form != verb_form::participle && c.form != verb_form::third &&
        (c.cls == cue_class::stance || intention(c, j + 1)) && sj > consumed_until_ && word(sj - 1)) {
        const std::size_t q = sj - 1;
        if (stance_quantifier(low(q)) && (q == consumed_until_ || !word(q - 1) || belief_opener(low(q - 1)))) {
            np s;
            s.first = s.name_first = q;
            s.last = sj;
            s.type = speaker_type::group;
            speaker = s;
        }
    }
    // "she praised Garland and said Republicans should ...": right after an earlier record's claim, a bare
    // "and"/"but" before the cue coordinates the verb with that record's; its speaker is the subject (the
    // coordinated branch below), never a phrase ending in the conjunction ("Garland and").
    if (speaker && !speaker->relative && !made_.empty()) {
        std::size_t k = sj;
        while (k > 0 && word(k - 1) && in(pre_cue_adverbs, low(k - 1)))
            --k;
        const auto& prev = out_.items[made_.back().item];
        if (k > 1 && word(k - 1) && (low(k - 1) == "and" || low(k - 1) == "but") && word(k - 2) &&
            prev.content.end == u_[k - 2].end && speaker->last >= k - 1)
            speaker.reset();
    }
    std::size_t speaker_first = speaker ? speaker->first : j;
    if (!speaker) {
        // Coordinated cue: "Joyce told reporters ... , but said the State Department would ...".
        std::size_t k = sj;
        while (k > 0 && word(k - 1) && is(k - 1, pre_cue_adverbs))
            --k;
        if (k > 0 && word(k - 1) && (low(k - 1) == "and" || low(k - 1) == "but") && !made_.empty()) {
            const auto& prev = out_.items[made_.back().item];
            np s;
            attribution a;
            a.speaker = prev.speaker;
            a.type = prev.type;
            a.roles = prev.roles;
            a.outlet = prev.outlet;
            a.cue = make_mention(std::min(cue_begin_, cue_tok.begin), cue_tok.end);
            a.cue_type = c.cls;
            std::string outlet;
            bool in_cue = false;
            std::size_t p = skip_object(j + 1, c, outlet, in_cue);
            if (!outlet.empty())
                a.outlet = outlet;
            const std::size_t before_that = unit_at_offset(skip_adverbials(lower_, u_[p - 1].end));
            const std::size_t after_that =
                unit_at_offset(skip_complementizer(lower_, u_[before_that - 1].end));
            // "... but added, “I think ...”": a quotation after a comma or colon is a complement too.
            const bool quote_next = after_that < u_.size() &&
                                    (u_[after_that].kind == uk::quote ||
                                     ((u_[after_that].kind == uk::comma || u_[after_that].kind == uk::colon) &&
                                      after_that + 1 < u_.size() && u_[after_that + 1].kind == uk::quote));
            if (c.needs_complement && after_that == before_that && !quote_next)
                return;
            const std::size_t e = content_end(after_that);
            if (set_content(a, after_that, e))
                emit(std::move(a), j, made_.back().speaker_first);
        } else if (c.lemma == "say" || c.lemma == "tell") {
            out_.diagnostics.push_back({cue_tok.begin, "reporting verb with no recognisable speaker"});
        }
        return;
    }
    // Cue phrase: the verb, a non-outlet addressee ("told reporters"), a channel ("in a statement").
    std::string outlet;
    bool object_in_cue = false;
    std::size_t p = particle ? j + 2 : skip_object(j + 1, c, outlet, object_in_cue);
    if (particle)
        object_in_cue = true;
    std::uint32_t cue_end = object_in_cue ? u_[p - 1].end : cue_tok.end;
    std::string channel;
    if (const std::size_t q = skip_channel(p, channel); q != p) {
        cue_end = u_[q - 1].end;
        p = q;
        if (!channel.empty())
            outlet = channel;
    }
    std::size_t after_adv = unit_at_offset(skip_adverbials(lower_, u_[p - 1].end));
    if (after_adv > p) {
        // An adverbial may itself be followed by a channel: "said on Thursday in a post on Twitter".
        std::string ch2;
        if (const std::size_t q = skip_channel(after_adv, ch2); q != after_adv) {
            after_adv = unit_at_offset(skip_adverbials(lower_, u_[q - 1].end));
            if (!ch2.empty())
                outlet = ch2;
        }
    }
    std::size_t after_that = unit_at_offset(skip_complementizer(lower_, u_[after_adv - 1].end));
    bool has_that = after_that != after_adv;
    if (!has_that) {
        // "Rubio told a crowd in Miami Tuesday that ...", "He tells voters that ...": a short run of words
        // (addressee, place, time) between the cue and "that".
        // tell: a longer addressee ("told a crowded banquet hall at a hotel in downtown Baltimore that").
        const std::size_t run = c.lemma == "tell" ? 13 : 7;
        // A quoted programme title or a possessive mark inside the run: "said on ABC's “This Week” that".
        for (std::size_t k = after_adv;
             k < u_.size() && k < after_adv + run &&
             (word(k) || possessive_mark(k) || (k > after_adv && u_[k].kind == uk::quote && word(k - 1) && u_[k - 1].cap));
             ++k) {
            if (!word(k))
                continue;
            const auto w = low(k);
            // "say it is only fitting that she ...": a finite verb means the clause has begun.
            if (finite_cue(k) || w == "which" || w == "who" || w == "and" || w == "but" ||
                is(k, finite_auxiliaries))
                break;
            if (w == "that" && k > after_adv) {
                after_that = k + 1;
                has_that = true;
                if (c.takes_object && !object_in_cue && outlet.empty())
                    object_in_cue = false;
                break;
            }
        }
    }

    // "The company agreed to pay ...": agree with a to-infinitive is an intention, not speech.
    std::size_t n = after_that;
    const cue_class cls = c.lemma == "agree" && intention(c, n) ? cue_class::intention : c.cls;
    auto record = [&]() {
        auto a = base_record(*speaker, make_mention(std::min(cue_begin_, cue_tok.begin), cue_end), cls);
        if (!outlet.empty())
            a.outlet = outlet;
        return a;
    };
    // The quotation that opens at unit q is the claim: one record up to the claim's end.
    auto quotation_claim = [&](std::size_t q) {
        auto a = record();
        const std::size_t e = content_end(q);
        if (set_content(a, q, e)) {
            emit(std::move(a), j, speaker_first);
            consumed_until_ = e;
        }
    };
    const std::size_t sp_first = speaker->first;
    const bool comma_before_speaker = !speaker->relative && sp_first > 0 &&
                                      (u_[sp_first - 1].kind == uk::comma || u_[sp_first - 1].kind == uk::quote);
    std::size_t from = clause_start(sp_first);
    // "Japan had agreed to buy more parts, an official said": a belief, stance or intention record before a
    // final cue is part of that cue's claim (its clause starts at the earlier record's speaker). So is an
    // indirect speech record (session 5): "The agency ... cited a list of concerns about the book, officials
    // said.".
    if (comma_before_speaker)
        for (auto it = made_.rbegin(); it != made_.rend(); ++it) {
            const auto t = out_.items[it->item].cue_type;
            if (it->speaker_first >= from || it->cue_unit >= sp_first ||
                !(t == cue_class::opinion || t == cue_class::stance || t == cue_class::intention ||
                  t == cue_class::report || (t == cue_class::speech &&
                                             out_.items[it->item].kind == attribution_kind::indirect)))
                break;
            bool crosses = false;
            for (std::size_t i = it->speaker_first; i < from; ++i)
                crosses = crosses || u_[i].kind == uk::semicolon || u_[i].kind == uk::colon ||
                          u_[i].kind == uk::quote;
            if (crosses)
                break;
            from = it->speaker_first;
        }
    const std::size_t before_end = !comma_before_speaker                ? 0
                                   : u_[sp_first - 1].kind == uk::comma ? sp_first - 1
                                                                        : sp_first;
    const bool content_before = comma_before_speaker && before_end > from;

    // "As the paper noted, it is surprising ...", "But as Clyburn noted, those voters will ...": "as" + subject
    // + cue opening the sentence (or after "but"/"and"/a comma), the claim after the comma; "..., as David
    // Dayen noted in The Intercept.": the claim before the comma.
    if (!progressive && !speaker->relative && !has_that && sp_first > 0 &&
        word(sp_first - 1) && low(sp_first - 1) == "as" &&
        (c.cls == cue_class::speech || c.cls == cue_class::report || c.cls == cue_class::written) &&
        c.form != verb_form::gerund && low(sp_first) != "it") {
        const std::size_t as_u = sp_first - 1;
        const bool opens = as_u == 0 || !word(as_u - 1) || low(as_u - 1) == "but" || low(as_u - 1) == "and" ||
                           low(as_u - 1) == "yet" || low(as_u - 1) == "so";
        if (opens && n + 1 < u_.size() && u_[n].kind == uk::comma &&
            (word(n + 1) || u_[n + 1].kind == uk::quote) && !finite_cue(n + 1)) {
            const std::size_t e = content_end(n + 1);
            auto a = record();
            if (e > n + 3 && set_content(a, n + 1, e)) {
                emit(std::move(a), j, speaker_first);
                consumed_until_ = e;
            }
            return;
        }
        // Not when an earlier record's claim covers the clause ("X said cooperation was a “pipe dream” while
        // Russia denies that it hacked the election, as three agencies concluded."): the "as" clause belongs
        // to that claim.
        const bool covered = !made_.empty() && as_u > 0 &&
                             out_.items[made_.back().item].content.end >= u_[as_u - 1].begin;
        if (as_u > 0 && u_[as_u - 1].kind == uk::comma && (n >= u_.size() || at_end(n)) && !covered) {
            const std::size_t f = clause_start(as_u - 1);
            auto a = record();
            if (as_u - 1 > f + 2 && set_content(a, f, as_u - 1)) {
                emit(std::move(a), j, speaker_first);
                consumed_until_ = n;
            }
            return;
        }
    }
    // Sentence-final cue (or one followed by ", according to ..."/", citing ..."/", saying"):
    //   “…,” Krutskikh said, according to RIA.   /   ..., Russia’s RIA news agency reported on Thursday,
    //   citing ...
    // "“…,” Obama said after meeting with Putin.": an adverbial clause after the cue, the claim is before it.
    const bool adverbial_clause =
        word(n) && (low(n) == "after" || low(n) == "before" || low(n) == "while" || low(n) == "during" ||
                    low(n) == "as" || low(n) == "when" || low(n) == "following" || low(n) == "upon" ||
                    low(n) == "outside" || low(n) == "over" || low(n) == "several" || low(n) == "shortly" ||
                    low(n) == "moments" || low(n) == "days" || low(n) == "weeks" || low(n) == "hours");
    // “…,” X said <anything but a that-clause or a quote>. : the quotation is the claim, the rest is
    // circumstance ("he said outside the building", "told Bloomberg Politics in May").
    const bool quote_before =
        content_before && u_[before_end - 1].kind == uk::quote && before_end == from + 1;
    const bool quote_follows = n + 1 < u_.size() && (u_[n].kind == uk::comma || u_[n].kind == uk::colon) &&
                               u_[n + 1].kind == uk::quote;
    const bool participle_follows = n + 1 < u_.size() && u_[n].kind == uk::comma && cue_at(n + 1) &&
                                    cue_at(n + 1)->form == verb_form::gerund;
    // "..., she said in a video message to the convention.", "..., he said Wednesday morning on MSNBC’s
    // “Morning Joe.”": a prepositional phrase of circumstance runs to the sentence end (no clause in it).
    auto trailing_circumstance = [&]() {
        static constexpr auto openers = words("in", "on", "from", "at", "during", "with", "via", "by",
                                              "outside", "inside", "near", "through", "without", "aboard");
        static constexpr auto clause_words =
            words("that", "he", "she", "they", "it", "we", "i", "there", "is", "was", "were", "are", "would",
                  "will", "could", "should", "can", "may", "might", "must", "has", "have", "had", "did",
                  "does", "do", "be", "not", "because", "if", "and", "but", "when", "while", "who", "which");
        // Only verbs of saying, and not after an introductory phrase ("In a changing economy, Millennials
        // still believe in ...", "Friday morning, as ..., CNN reported at least six ...").
        if (!word(n) || !in(openers, low(n)) || has_that || !in(parenthetical_lemmas, c.lemma) ||
            !word(from) || in(np_stops, low(from)) || in(time_words, low(from)) || low(from) == "to" ||
            in(pre_cue_adverbs, low(from)))
            return false;
        for (std::size_t k = n + 1; k < u_.size(); ++k) {
            if (at_end(k))
                return k <= n + 16;
            if (u_[k].kind == uk::comma && word(k + 1) && u_[k + 1].cap)
                continue; // "in Des Moines, Iowa"
            if (u_[k].kind == uk::quote || u_[k].kind == uk::lparen || u_[k].kind == uk::rparen)
                continue;
            if (!word(k) || in(clause_words, low(k)) || finite_cue(k))
                return false;
        }
        return true;
    };
    const bool circumstance =
        (quote_before || (content_before && trailing_circumstance())) && !quote_follows && !participle_follows;
    const bool final_like = n >= u_.size() || at_end(n) || adverbial_clause || circumstance ||
                            (u_[n].kind == uk::comma && word(n + 1) &&
                             (low(n + 1) == "according" || low(n + 1) == "citing" || low(n + 1) == "adding" ||
                              (cue_at(n + 1) && cue_at(n + 1)->form == verb_form::gerund) ||
                              ((low(n + 1) == "and" || low(n + 1) == "but") && !u_[n + 1].cap)));
    if (content_before && final_like && (!has_that || circumstance)) {
        if (lenient_only && !(before_end == from + 1 && u_[from].kind == uk::quote))
            return;
        auto a = record();
        if (set_content(a, from, before_end)) {
            emit(std::move(a), j, speaker_first);
            consumed_until_ = n;
        }
        return;
    }
    // Split quote: “…,” X said, “…”  -> two records with the same speaker and cue.
    if (content_before && n + 1 < u_.size() && u_[n].kind == uk::comma && u_[n + 1].kind == uk::quote &&
        u_[before_end - 1].kind == uk::quote) {
        auto a = record();
        if (set_content(a, from, before_end))
            emit(std::move(a), j, speaker_first);
        auto b = record();
        if (set_content(b, n + 1, n + 2))
            emit(std::move(b), j, speaker_first);
        consumed_until_ = n + 2;
        return;
    }
    // Parenthetical cue inside the claim: "African-Americans, he said, can ''rock like Jimi.''" The claim is
    // the whole clause around the interruption (records hold one contiguous span).
    if (content_before && u_[sp_first - 1].kind == uk::comma && n + 1 < u_.size() &&
        u_[n].kind == uk::comma && word(n + 1) && !finite_cue(n + 1) && !has_that && !lenient_only) {
        const std::size_t e = content_end(n + 1);
        if (e > n + 2) { // "This campaign, he says, is different."
            auto a = record();
            if (set_content(a, from, e)) {
                emit(std::move(a), j, speaker_first);
                consumed_until_ = e;
            }
            return;
        }
    }
    // "He said of Congress: “…”", "She says to Nevadans: “…”": a short prepositional phrase, then the quote.
    if (n < u_.size() && word(n) && !content_before &&
        (low(n) == "of" || low(n) == "to" || low(n) == "about" || low(n) == "on")) {
        std::size_t k = n + 1;
        while (k < u_.size() && k < n + 7 && word(k))
            ++k;
        if (k > n + 1 && k + 1 < u_.size() && u_[k].kind == uk::colon && u_[k + 1].kind == uk::quote) {
            quotation_claim(k + 1);
            return;
        }
    }
    // "Sanders asks at Western High School, “…”", "said last week in Tel Aviv, “…”": a circumstance of a
    // few words (a preposition or a time word first, no clause in it) and a comma, then the quotation
    // (speechb5).
    if (n < u_.size() && word(n) && !content_before && !has_that && !lenient_only && c.cls == cue_class::speech &&
        (is(n, time_words) || is(n, time_openers) || in(circumstance_openers, low(n)))) {
        std::size_t k = n;
        while (k < u_.size() && k < n + 9 &&
               (word(k) || possessive_mark(k) ||
                (u_[k].kind == uk::comma && word(k + 1) && in(circumstance_openers, low(k + 1)))) &&
               !(word(k) && (in(circumstance_clause_words, low(k)) || finite_cue(k))))
            ++k;
        if (k > n && k + 1 < u_.size() && u_[k].kind == uk::comma && u_[k + 1].kind == uk::quote &&
            (k + 2 >= u_.size() || !word(k + 2) || u_[k + 2].cap || at_end(k + 2))) {
            quotation_claim(k + 1);
            return;
        }
    }
    // Cue before a quote: X said: “…”  /  X said, “…”  /  X said in a statement: “…”
    if (n < u_.size() && ((u_[n].kind == uk::colon || u_[n].kind == uk::comma) && n + 1 < u_.size() &&
                          u_[n + 1].kind == uk::quote)) {
        quotation_claim(n + 1);
        return;
    }
    // Cue and colon closing a paragraph, the quotation in the next one: "Dr. Ward stated: ¶ “…”". The record
    // waits for the next sentence (apply_rules hands it over).
    if (n + 1 == u_.size() && u_[n].kind == uk::colon && !lenient_only) {
        pending = record();
        pending_speaker_first = speaker_first;
        return;
    }
    if (n >= u_.size() || at_end(n) || lenient_only)
        return;
    // Reported speech: X said (on Thursday) (that) ... / X told reporters (that) ...
    if (u_[n].kind != uk::word && u_[n].kind != uk::quote)
        return;
    // Characterising verbs: "called Trump “unhinged.”", "called him a fascist", "called for new sanctions",
    // "described the field as “all very good”".
    bool naming = false;
    // "accused Obama of political exploitation": the charge after "of" is the claim.
    if (!has_that && c.lemma == "accuse" && word(n)) {
        std::size_t k = n;
        while (k < u_.size() && k < n + 6 && word(k) && low(k) != "of" && !is(k, np_stops))
            ++k;
        if (k > n && k + 1 < u_.size() && word(k) && low(k) == "of" && word(k + 1)) {
            n = k + 1;
            naming = true;
        } else {
            return;
        }
    }
    if (!has_that &&
        (c.lemma == "call" || c.lemma == "describe" || c.lemma == "see" || c.lemma == "view" ||
         c.lemma == "portray" || c.lemma == "hail" || c.lemma == "label" ||
         c.lemma == "dub" || c.lemma == "brand" ||
         c.lemma == "regard" || c.lemma == "consider") &&
        word(n)) {
        if (c.lemma == "call" && low(n) == "for" &&
            (word(n + 1) || (n + 1 < u_.size() && u_[n + 1].kind == uk::quote))) {
            cue_end = u_[n].end;
            ++n;
            naming = true;
        } else {
            naming = naming_at(c, n);
        }
    }
    // "Just 30 percent consider Clinton honest", "I find his message chilling": an object and an adjective.
    if (!has_that && !naming && (c.lemma == "consider" || c.lemma == "find") && c.form != verb_form::gerund &&
        c.form != verb_form::participle && small_clause(n))
        naming = true;
    // "The union endorsed Clinton", "Trump wants a recount", "warned of a crisis": an object (or the
    // content after a particle) is the claim of a stance or intention verb.
    const bool object =
        !has_that && !naming &&
        (particle ? (word(n) || u_[n].kind == uk::quote) : object_at(c, n) || object_control(c, j, n));
    // "We asked our followers what they thought", "asked the candidates to disclose their returns": an
    // addressee of a few words, then the question or the request is the claim.
    if (!has_that && !naming && !object && c.lemma == "ask" && c.form != verb_form::gerund && word(n)) {
        for (std::size_t k = n + 1; !is(n, wh_words) && k < u_.size() && k < n + 7 && word(k); ++k) {
            const auto x = low(k);
            if (is(k, wh_words) || (x == "to" && word(k + 1) && !u_[k + 1].cap)) {
                n = k;
                break;
            }
            // "ask the former secretary of state to ...": a cue word after "of" or a determiner is a noun.
            if (x == "and" || x == "but" || x == "or" || x == "that" || x == "which" ||
                (finite_cue(k) && !(low(k - 1) == "of" || is(k - 1, determiners))))
                break;
        }
    }
    if (!has_that && !naming && !object) {
        const auto w = low(n);
        // "Economists believe this provides ...", "Christie hopes his endorsement will give him a boost": a
        // belief verb's bare clause with a long subject (rules_belief.hpp).
        const bool belief =
            c.form != verb_form::gerund && belief_lemma(c.lemma) &&
            belief_clause(
                [this](std::size_t i) {
                    // A quotation inside the subject reads as a noun: "thought some of the “Neocons For
                    // Hillary” buzz was ...".
                    return i < u_.size() && u_[i].kind == uk::quote ? std::string_view("\"") : low(i);
                },
                [this](std::size_t i) { return word(i) && u_[i].cap; }, n);
        // "asked Sanders how he is feeling", "asked whether Cruz disavowed ...": the question is the claim.
        // "he understands how hard it can be", "she explained why the plan failed", "we don't know
        // whether ...": knowledge and explanation verbs with a question clause.
        const bool knows = c.lemma == "know" || c.lemma == "understand" || c.lemma == "realize" ||
                           c.lemma == "explain" || c.lemma == "recognize" || c.lemma == "learn" ||
                           c.lemma == "wonder";
        const bool question = (c.lemma == "ask" || (knows && w != "if")) && c.form != verb_form::gerund &&
                              (w == "whether" || w == "if" || w == "how" || w == "why" || w == "what" ||
                               w == "when" || w == "where" || w == "who");
        // "Obama announced a series of steps to tighten gun sales": what is announced is the claim.
        const bool announced = c.lemma == "announce" && c.form != verb_form::gerund && word(n) &&
                               !is(n, np_stops) && w != "plans" && w != "to" && w != "that";
        // "which he believes will make it impossible ...", "a tactic Democrats hope will dampen ...": the
        // subject of the believed clause is a relative or a noun before the speaker (an object gap), so a
        // finite verb follows the belief verb at once.
        const bool gap = c.form != verb_form::gerund && belief_lemma(c.lemma) && in(gap_verbs, w) &&
                         word(n + 1) && sp_first > 0 && word(sp_first - 1) && !in(determiners, low(n + 1));
        // "A CNN poll of South Carolina voters released on Tuesday showed ...": an evidence noun among the
        // first words of the subject.
        auto evidence_within = [&](std::size_t a, std::size_t b) {
            for (std::size_t i = a; i < b && i < a + 8; ++i)
                if (is(i, evidence_words))
                    return true;
            return false;
        };
        // "Polls show Clinton with a lead", "the survey found broad support": evidence shows anything;
        // so do footage, results and records ("News footage showed the windshield riddled with ...").
        const bool evidence =
            (c.lemma == "show" || c.lemma == "find" || c.lemma == "suggest" || c.lemma == "indicate") &&
            speaker->last > speaker->first &&
            (is(speaker->last - 1, evidence_heads) || is(speaker->last - 1, more_evidence) ||
             evidence_within(speaker->first, speaker->last));
        if (c.needs_complement) {
            const bool direct_quote = u_[n].kind == uk::quote;
            // "X believes he ...", and for verbs of saying a pronoun subject with a verb after it ("admitted
            // he was wrong", "acknowledged they lost").
            // "I think it’s good", "she believes they’re wrong": a contracted pronoun subject is a clause.
            const auto apos = w.find_first_of("'\xE2");
            const bool contracted = apos != std::string_view::npos && apos > 0 && apos + 1 < w.size() &&
                                    in(subject_pronouns, w.substr(0, apos)) &&
                                    (w[apos] == '\'' || w.substr(apos, 3) == "\xE2\x80\x99");
            const bool pronoun_clause =
                (contracted && c.form != verb_form::gerund) ||
                (is(n, subject_pronouns) &&
                 (c.cls == cue_class::opinion ||
                  (c.form != verb_form::gerund && w != "it" && word(n + 1) && !is(n + 1, np_stops) &&
                   low(n + 1) != "and" && low(n + 1) != "to")));
            // "X believes the race is close", "Polls show Clinton has a lead": a belief or report verb
            // with a clause (a subject, then an auxiliary within a few words) and no "that".
            // "suggested Trump hadn’t meant ...": a negated auxiliary (straight or curly apostrophe) within
            // a few words of a subject.
            auto negated_ahead = [&]() {
                if (!word(n) || is(n, np_stops) || w == "to" || w == "of")
                    return false;
                for (std::size_t k = n + 1; k < u_.size() && k < n + 5 && word(k); ++k) {
                    const auto x = low(k);
                    if (is(k, np_stops) || x == "to" || x == "and" || x == "of")
                        return false;
                    if (x.size() > 3 && (x.substr(x.size() - 3) == "n't" ||
                                         (x.size() > 5 && x.substr(x.size() - 5) == "n\xE2\x80\x99t")))
                        return true;
                }
                return false;
            };
            const bool clause = c.form != verb_form::gerund && (clause_ahead(n) || negated_ahead());
            if (!direct_quote && !pronoun_clause && !clause && !intention(c, n) && !evidence && !question &&
                !announced && !belief && !gap)
                return;
        }
        // "warned of", "said in", "argued for": a preposition, not a clause.
        // "The poll showed a slimmer lead for Clinton": evidence shows an object noun phrase.
        // "A review of his work shows how politics and business converged": evidence shows a question too.
        const bool evidence_object = evidence && (w == "the" || w == "a" || w == "an" || w == "how" ||
                                                  w == "where" || w == "whether" || w == "why");
        if (!question && !announced && !belief && !evidence_object && !gap &&
            (w == "of" || w == "about" || w == "for" || w == "against" || (w == "to" && !intention(c, n)) ||
             w == "with" || w == "upon" || w == "so" || w == "yes" || w == "no" || w == "goodbye" ||
             w == "nothing" || w == "in" || w == "at" || w == "by" || w == "from" || w == "as" ||
             w == "this" || w == "what" ||
             ((w == "how" || w == "why" || w == "whether") && c.lemma != "ask") ||
             (w == "if" && c.lemma != "say" && c.lemma != "warn") || w == "when" || w == "and" || w == "or" ||
             w == "but" || w == "on" || w == "the" || w == "a" || w == "an") &&
            // "Conservatives thought this term would be different": a clause after all.
            !((w == "this" || w == "the" || w == "a" || w == "an") && c.form != verb_form::gerund &&
              clause_ahead(n))) {
            // "said the State Department would ..." is reported speech; "said the word" is not. Keep
            // "the/a" only when a clause verb follows soon (would, will, was, is, had, has, could ...).
            if (w == "the" || w == "a" || w == "an") {
                bool verb = false;
                // "said the people of the state “have been suffering”": for "say" a quotation inside the
                // clause carries its verb; the scan goes on past it.
                const bool say_like = c.lemma == "say" && c.form != verb_form::gerund;
                for (std::size_t k = n + 1;
                     k < u_.size() && k < n + 24 &&
                     (word(k) || possessive_mark(k) || (say_like && u_[k].kind == uk::quote && k > n));
                     ++k) {
                    if (possessive_mark(k))
                        continue; // "said the key to Republicans' taking the White House was simple"
                    // "says the “loose talk” in the campaign skips over the fact": a quoted noun right after
                    // the article is part of the subject, not its verb.
                    if (!word(k)) {
                        if (k > n + 1)
                            verb = true;
                        continue;
                    }
                    if (say_like && k > n + 2 && is_present_verb(k))
                        verb = true;
                    // An irregular past: "said the polling place never shut its doors".
                    if (k > n + 1 && is(k, irregular_pasts) && !u_[k].cap)
                        verb = true;
                    const auto x = low(k);
                    // "said the U.S. can’t move forward": a negated auxiliary.
                    if (k > n + 1 && x.size() > 3 &&
                        (x.substr(x.size() - 3) == "n't" ||
                         (x.size() > 5 && x.substr(x.size() - 5) == "n\xE2\x80\x99t")))
                        verb = true;
                    if (k > n + 1 && x.size() > 4 && x.substr(x.size() - 2) == "ed" && !u_[k].cap)
                        verb = true;
                    if (x == "would" || x == "will" || x == "was" || x == "is" || x == "had" || x == "has" ||
                        x == "could" || x == "should" || x == "were" || x == "are" || x == "may" ||
                        x == "might" || x == "can" || x == "must" || x == "did" || x == "does" || x == "have")
                        verb = true;
                }
                if (!verb)
                    return;
            } else {
                return;
            }
        }
        if (c.lemma == "tell" && !object_in_cue && outlet.empty() && p == j + 1)
            return; // "told" with no addressee
    }
    // "Clinton said she wants to expand those standards": a belief, stance or intention inside a reported
    // claim is part of that claim, not an attribution of its own.
    if (cls == cue_class::opinion || cls == cue_class::stance || cls == cue_class::intention)
        for (const auto& m : made_) {
            const auto& o = out_.items[m.item];
            if (o.content.begin <= cue_tok.begin && cue_tok.end <= o.content.end)
                return;
        }
    // An object claim holds no clause of its own ("noted Viacom has two studios and plans to ..." is a clause:
    // "plans" is Viacom's).
    std::size_t e =
        claim_boundary(n, content_end(n), (object || naming || intention(c, n)) && !clause_ahead(n), sp_first);
    // "while a poll released last week showed Clinton ahead, the race ...": the subordinate clause ends at
    // the comma.
    if (evidence_verb && sp_first > 0 && in(evidence_openers, low(sp_first - 1)))
        for (std::size_t k = n + 1; k < e; ++k)
            if (u_[k].kind == uk::comma) {
                e = k;
                break;
            }
    if (speaker->relative && sp_first > 0 && (u_[sp_first - 1].kind == uk::comma || u_[sp_first - 1].kind == uk::dash))
        e = relative_content_end(n, e);
    else if (speaker->relative && sp_first > 1 && word(sp_first - 1) && appositive_relative(sp_first))
        e = relative_content_end(n, e);
    auto a = record();
    // "called him divisive": a naming claim of two words counts.
    if (set_content(a, n, e, object || intention(c, n) || naming)) {
        emit(std::move(a), j, speaker_first);
        consumed_until_ = std::max(consumed_until_, j + 1);
    }
}

// Participial cue after a comma: "Senior U.S. Republicans greeted the idea with incredulity, saying Moscow
// could not be trusted"; "Trump later appeared to back away, saying in a post on Twitter: “…”".
void sentence_parser::participle_rule(std::size_t j, const cue_entry& c) {
    // "Cruz said that there is “only one strong conservative ...,” adding that ...": the comma inside the
    // closing quotation mark counts as the comma before the participle (claim_boundary cut the first claim
    // there); only after an earlier record of the sentence, whose speaker it takes.
    const bool after_quote_comma = j > 0 && quote_ends_in_comma(j - 1) && !made_.empty();
    // "She called her son her hero before explaining why ...": a participle after before/after continues an
    // earlier record of the sentence.
    const bool after_preposition = j > 1 && word(j - 1) &&
                                   (low(j - 1) == "before" || low(j - 1) == "after") &&
                                   !made_.empty();
    // "Trump landed himself in hot water last week by saying that ...", "Bolton ..., while saying that ...":
    // with no earlier record, a participle after by/while/after/before takes the clause subject.
    const bool preposition_subject = j > 1 && word(j - 1) && made_.empty() &&
                                     (low(j - 1) == "by" || low(j - 1) == "while" || low(j - 1) == "before" ||
                                      low(j - 1) == "after");
    if (j == 0 ||
        (u_[j - 1].kind != uk::comma && !after_quote_comma && !after_preposition && !preposition_subject))
        return;
    std::optional<np> speaker;
    std::optional<attribution> copy_from;
    // The nearest clause start before the cue: ", and Trump ..." opens a new clause with its own subject.
    std::size_t clause = 0;
    for (std::size_t i = 0; i + 2 < j; ++i)
        if (u_[i].kind == uk::comma && word(i + 1) && (low(i + 1) == "and" || low(i + 1) == "but") &&
            word(i + 2) && (u_[i + 2].cap || is(i + 2, subject_pronouns)))
            clause = i + 2;
    for (auto it = made_.rbegin(); it != made_.rend(); ++it)
        if (it->cue_unit < j && it->speaker_first >= clause) {
            copy_from = out_.items[it->item];
            break;
        }
    if (!copy_from && (after_quote_comma || after_preposition))
        return;
    if (!copy_from)
        speaker = clause_subject(j);
    if (!copy_from && !speaker)
        return;
    std::string outlet;
    std::uint32_t cue_end = u_[j].end;
    std::size_t p = j + 1;
    // ", referring to the deal", ", talking about the wall": the particle belongs to the cue.
    const bool particle = (phrasal_particle(c.lemma, low(j + 1)) ||
                           (has(j, wc::attitude) && attitude_particle(c.lemma, low(j + 1)))) &&
                          j + 2 < u_.size();
    if (particle) {
        cue_end = u_[j + 1].end;
        p = j + 2;
    } else if (phrasal_only(c.lemma)) {
        return;
    }
    std::string channel;
    if (const std::size_t q = skip_channel(p, channel); q != p) {
        cue_end = u_[q - 1].end;
        p = q;
        if (!channel.empty())
            outlet = channel;
    }
    const std::size_t after_adv = p < u_.size() ? unit_at_offset(skip_adverbials(lower_, u_[p - 1].end)) : p;
    const std::size_t n =
        p < u_.size() ? unit_at_offset(skip_complementizer(lower_, u_[after_adv - 1].end)) : p;
    const bool has_that = n != after_adv;
    if (n >= u_.size())
        return;
    attribution a;
    if (copy_from) {
        a.speaker = copy_from->speaker;
        a.type = copy_from->type;
        a.roles = copy_from->roles;
        a.outlet = copy_from->outlet;
        a.cue = make_mention(u_[j].begin, cue_end);
        a.cue_type = c.cls;
    } else {
        a = base_record(*speaker, make_mention(u_[j].begin, cue_end), c.cls);
    }
    if (!outlet.empty())
        a.outlet = outlet;
    // ", hoping to avoid any misstep", ", vowing to fight on": an intention with its to-infinitive.
    const bool to_infinitive = !has_that && word(n) && low(n) == "to" && word(n + 1) && !u_[n + 1].cap &&
                               !in(determiners, low(n + 1)) &&
                               (c.lemma == "hope" || c.lemma == "want" || c.lemma == "vow" ||
                                c.lemma == "pledge" || c.lemma == "promise" || c.lemma == "threaten");
    // ", believing there may be as many as three", ", fearing it would become a tool ...": a belief verb's
    // bare clause (rules_belief.hpp).
    const bool belief =
        !has_that && !to_infinitive && belief_lemma(c.lemma) &&
        belief_clause([this](std::size_t i) { return word(i) ? low(i) : std::string_view(); },
                      [this](std::size_t i) { return word(i) && u_[i].cap; }, n);
    std::size_t first = n;
    if ((u_[n].kind == uk::colon || u_[n].kind == uk::comma) && n + 1 < u_.size() &&
        u_[n + 1].kind == uk::quote)
        first = n + 1;
    else if (u_[n].kind != uk::word && u_[n].kind != uk::quote)
        return;
    else if (c.needs_complement && !has_that && u_[n].kind != uk::quote && !naming_at(c, n) && !particle &&
             !to_infinitive && !belief)
        return;
    // ", saying that in Mr. Clinton's career ...", ", saying that about 5,500 troops would remain": after
    // "that" a preposition opens the claim's clause.
    if (u_[first].kind == uk::word && !to_infinitive && !has_that) {
        const auto w = low(first);
        if (w == "of" || w == "about" || w == "for" || w == "against" || w == "to" || w == "with" ||
            w == "upon" || w == "in" || w == "on" || w == "at" || w == "by" || w == "from")
            return;
    }
    const std::size_t e = content_end(first);
    if (set_content(a, first, e)) {
        emit(std::move(a), j, copy_from ? made_.back().speaker_first : speaker->first);
        consumed_until_ = std::max(consumed_until_, e);
    }
}

// A poll share as the subject of "saying" without a comma: "with 30 percent of voters saying they have a
// positive view of him", "with three in 10 saying ...", "have left 62 percent of voters saying ...". The share
// (a number or an approximation, then percent/%, "N in 10" or a share word) follows "with", "left" or
// "leaving" within eight words.
bool sentence_parser::share_participle_rule(std::size_t j, const cue_entry& c) {
    std::size_t s = j;
    while (s > 0 && word(s - 1) && j - s < 8) {
        const auto w = low(s - 1);
        if (w == "with" || w == "left" || w == "leaving" || w == "leave")
            break;
        if ((is(s - 1, np_stops) && w != "in") || u_[s - 1].cue || has(s - 1, wc::pronoun))
            return false;
        --s;
    }
    if (s == j || s == 0 || !word(s - 1) || !poll_share(s, j))
        return false;
    const auto f = low(s);
    if (!((f[0] >= '0' && f[0] <= '9') || is(s, loose_numbers) || is_count(f) || f == "about" || f == "nearly" ||
          f == "almost" || f == "more" || f == "just" || f == "only" || f == "roughly"))
        return false;
    const std::size_t after_adv = unit_at_offset(skip_adverbials(lower_, u_[j].end));
    const std::size_t n = after_adv < u_.size() ? unit_at_offset(skip_complementizer(lower_, u_[after_adv - 1].end))
                                                : after_adv;
    if (n >= u_.size() || !word(n) || is(n, np_stops) || low(n) == "to" || low(n) == "of")
        return false;
    np sp;
    sp.first = sp.name_first = s;
    sp.last = j;
    sp.type = speaker_type::group;
    auto a = base_record(sp, make_mention(u_[j].begin, u_[j].end), c.cls);
    const std::size_t e = content_end(n);
    if (!set_content(a, n, e))
        return false;
    emit(std::move(a), j, s);
    consumed_until_ = std::max(consumed_until_, e);
    return true;
}

// A verb of the manner of saying, or "as X put it", right next to a quotation: the quotation is the claim.
//   “…,” read one sign.  /  “They stole the country,” the man shouted.  /  Some chanted “USA! USA!”  /
//   Mr. Christie gloated: “…”  /  As Professor Foner put it: “…”  /  “…,” Trump shot back.
// Elsewhere these words are no cues ("shouted at the crowd", "read the bill", "put it on hold").
bool sentence_parser::quote_cue_rule(std::size_t j) {
    const auto w = low(j);
    std::size_t ce = j + 1; // the cue is [j, ce)
    bool put_it = false;
    if (w == "put" && low(j + 1) == "it") {
        put_it = true;
        ce = j + 2;
    } else if (!is(j, quote_manner_verbs)) {
        return false;
    } else if (w == "shot" || w == "fired" || w == "chimed") {
        if (low(j + 1) != (w == "chimed" ? "in" : "back"))
            return false;
        ce = j + 2;
    }
    if (j > 0 && word(j - 1)) {
        const auto p = low(j - 1);
        if (p == "was" || p == "were" || p == "is" || p == "are" || p == "be" || p == "been" || p == "being" ||
            p == "to")
            return false; // "was read into the record", "to read"
        // A noun after a determiner, possessive or adjective: "one of his recent reads, ''This Kind of War''".
        if (p == "the" || p == "a" || p == "an" || p == "his" || p == "her" || p == "their" || p == "its" ||
            p == "our" || p == "my" || p == "your" || is_possessive(p) || p == "recent" || p == "favorite" ||
            p == "latest")
            return false;
    }
    auto quote_at = [&](std::size_t i) { return i < u_.size() && u_[i].kind == uk::quote && u_[i].quote >= 0; };
    std::optional<np> s;
    std::size_t q = 0, sp_first = 0, done = ce;
    if (put_it) {
        // "as X put it": "as" opens the speaker (after a clause start or a conjunction).
        std::size_t k = j;
        while (k > consumed_until_ && word(k - 1) && low(k - 1) != "as" && j - k < 14)
            --k;
        if (k == consumed_until_ || k == j || low(k - 1) != "as")
            return false;
        s = classify(k, j, true);
        if (!s)
            return false;
        sp_first = k;
        std::size_t n = unit_at_offset(skip_adverbials(lower_, u_[ce - 1].end));
        if (n < u_.size() && (u_[n].kind == uk::comma || u_[n].kind == uk::colon))
            ++n;
        if (quote_at(n)) {
            q = n;
            done = n + 1;
        } else if (k >= 2 && (quote_at(k - 2) || (k >= 3 && u_[k - 2].kind == uk::comma && quote_at(k - 3))) &&
                   (at_end(n) || (n < u_.size() && u_[n].kind == uk::comma))) {
            q = quote_at(k - 2) ? k - 2 : k - 3; // “…,” as one aide put it.
        } else {
            return false;
        }
    } else if (j >= 1 && (quote_at(j - 1) || (j >= 2 && u_[j - 1].kind == uk::comma && quote_at(j - 2)))) {
        // “…,” read one.  /  “This is fantastic!” beamed Donald Hartley.
        q = quote_at(j - 1) ? j - 1 : j - 2;
        if (!word(ce))
            return false;
        std::size_t after = ce;
        s = np_after(ce, after, true, true);
        if (!s || !(at_end(after) || u_[after].kind == uk::comma))
            return false;
        sp_first = ce;
        done = after;
    } else {
        std::size_t k = j;
        while (k > consumed_until_ && word(k - 1) && j - k < 8)
            --k;
        if (k < j && k > 0 && (quote_at(k - 1) || (k >= 2 && u_[k - 1].kind == uk::comma && quote_at(k - 2)))) {
            // “They stole the country,” the man shouted.  /  “…” Trump barked and a guard escorted Ramos out.
            const std::size_t n = unit_at_offset(skip_adverbials(lower_, u_[ce - 1].end));
            if (!(at_end(n) || u_[n].kind == uk::comma || low(n) == "and"))
                return false;
            s = classify(k, j);
            if (!s)
                s = classify(k, j, true);
            if (!s)
                return false;
            q = quote_at(k - 1) ? k - 1 : k - 2;
            sp_first = k;
        } else {
            // Some chanted “USA! USA!”  /  Mr. Christie gloated: “…”  /  ..., shouting “she wins, we lose!”
            std::size_t n = ce;
            if (n < u_.size() && (u_[n].kind == uk::comma || u_[n].kind == uk::colon))
                ++n;
            if (!quote_at(n))
                return false;
            q = n;
            done = n + 1;
            std::size_t af = 0, al = 0;
            if (w.size() > 4 && w.substr(w.size() - 3) == "ing") {
                if (j == 0 || u_[j - 1].kind != uk::comma)
                    return false;
                s = clause_subject(j - 1);
            } else {
                np_scan scan;
                s = np_before(j, consumed_until_, af, al, false, &scan);
                if (!s)
                    s = np_before_from(j, scan, true);
            }
            if (!s)
                return false;
            sp_first = s->first;
        }
    }
    auto a = base_record(*s, make_mention(u_[j].begin, u_[ce - 1].end), cue_class::speech);
    if (!set_content(a, q, q + 1))
        return false;
    emit(std::move(a), j, sp_first);
    consumed_until_ = std::max(consumed_until_, done);
    return true;
}

// "As (first) reported by X, CLAIM" and "SUBJECT was (first) reported by X.": a passive report with its
// agent. The first claim is the clause after the comma, the second the subject (PolNeAR: "News of the PGA's
// move was first reported by the Miami Herald" -> the Miami Herald / reported / News of the PGA's move).
bool sentence_parser::reported_by_rule(std::size_t j) {
    std::size_t b = j; // the first unit of the cue
    if (b > 0 && low(b - 1) == "first")
        --b;
    std::size_t after = j + 2;
    auto src = np_after(j + 2, after, true);
    if (!src || src->type == speaker_type::pronoun)
        return false;
    if (b > 0 && low(b - 1) == "as" && (b - 1 == consumed_until_ || !word(b - 2) || low(b - 2) == "but" ||
                                          low(b - 2) == "and")) {
        if (after >= u_.size() || u_[after].kind != uk::comma)
            return false;
        const std::size_t e = content_end(after + 1);
        auto a = base_record(*src, make_mention(u_[b - 1].begin, u_[j].end), cue_class::report);
        if (e <= after + 3 || !set_content(a, after + 1, e))
            return false;
        emit(std::move(a), j, j + 2);
        consumed_until_ = e;
        return true;
    }
    if (b > 0 && (low(b - 1) == "was" || low(b - 1) == "were") && at_end(after)) {
        const std::size_t from = clause_start(b - 1);
        auto a = base_record(*src, make_mention(u_[b - 1].begin, u_[j].end), cue_class::report);
        if (from + 1 >= b || (from + 2 == b && (low(from) == "which" || low(from) == "that" || low(from) == "it")) ||
            !set_content(a, from, b - 1, true))
            return false;
        emit(std::move(a), j, j + 2);
        consumed_until_ = after;
        return true;
    }
    return false;
}

// The sentence's records whose speaker and cue lie in units [from, to) of a clause that an outer
// attribution takes whole: "[Nearly three in four say they would buy American], according to the survey",
// "[“…,” the witness said], according to the report". PolNeAR annotates only the outer attribution (its
// claim holds the inner speaker and cue); the inner record of saying is removed. Stance, belief and
// intention records stay ("HarperCollins declined to renew the offer, according to an executive").
void sentence_parser::drop_nested(std::size_t from, std::size_t to) {
    std::size_t kept = 0;
    std::vector<std::size_t> dropped;
    for (const auto& m : made_) {
        const auto& r = out_.items[m.item];
        const bool inner = m.cue_unit >= from && m.cue_unit < to && m.speaker_first >= from && r.speaker &&
                           r.speaker->begin >= u_[from].begin && r.cue && r.cue->end <= u_[to - 1].end &&
                           (r.cue_type == cue_class::speech || r.cue_type == cue_class::written ||
                            r.cue_type == cue_class::report);
        if (inner)
            dropped.push_back(m.item);
        else
            made_[kept++] = m;
    }
    if (dropped.empty())
        return;
    made_.resize(kept);
    std::sort(dropped.begin(), dropped.end());
    for (auto it = dropped.rbegin(); it != dropped.rend(); ++it) {
        out_.items.erase(out_.items.begin() + static_cast<std::ptrdiff_t>(*it));
        for (auto& m : made_)
            if (m.item > *it)
                --m.item;
    }
}

// "according to X": before the claim ("According to RIA, ...") or after it ("..., according to RIA.").
// After a record's cue ("Krutskikh said, according to RIA") it names the outlet of that record.
void sentence_parser::according_rule(std::size_t j) {
    std::size_t after = j + 2;
    auto src = np_after(j + 2, after, j > 0);
    // "according to a tally by the Associated Press", "according to a recent report from Bloomberg New Energy
    // Finance": the name after by/from is the source.
    if (src && src->type != speaker_type::pronoun && (low(after) == "by" || low(after) == "from") &&
        after + 2 < u_.size() && (u_[after + 1].cap || (low(after + 1) == "the" && u_[after + 2].cap))) {
        std::size_t after2 = after + 1;
        if (auto named = np_after(after + 1, after2, j > 0); named && named->type != speaker_type::pronoun) {
            src = named;
            after = after2;
        }
    }
    if (!src) {
        // "according to an analysis by Lily Batchelder", "according to exit polls": the phrase is a strong
        // cue, so any short phrase up to the next comma or the sentence end is the source.
        std::size_t e = j + 2;
        while (word(e) && e - (j + 2) < 24)
            ++e;
        if (e == j + 2 || e - (j + 2) >= 24)
            return;
        if (!(e >= u_.size() || u_[e].kind == uk::comma || at_end(e)))
            return;
        np loose;
        loose.first = loose.name_first = j + 2;
        loose.last = e;
        loose.type = speaker_type::unknown;
        // The mention ends before a relative clause; the clause is a role ("lawyers who specialize in ...").
        for (std::size_t k = j + 3; k < e; ++k) {
            if (low(k) == "who" || low(k) == "which" || low(k) == "that") {
                loose.last = k;
                add_appositive(loose, k, e);
                break;
            }
        }
        for (std::size_t k = j + 2; k < loose.last; ++k) {
            if (is(k, org_heads))
                loose.type = speaker_type::organization;
            if (has(k, wc::group_noun))
                loose.type = speaker_type::group;
        }
        for (std::size_t k = j + 2; k < e; ++k)
            if (low(k) == "source" || low(k) == "sources" || is(k, anonymity_marks))
                loose.type = speaker_type::anonymous;
        src = loose;
        after = e;
    }
    const mention cue = make_mention(u_[j].begin, u_[j + 1].end);
    for (auto it = made_.rbegin(); it != made_.rend(); ++it) {
        if (it->cue_unit < j) {
            auto& prev = out_.items[it->item];
            if (src->type == speaker_type::outlet)
                prev.outlet = src->outlet;
            // "HarperCollins declined the offer, according to a publishing executive", "“…,” the witness
            // said, according to the report": the phrase attributes the whole clause, the earlier record
            // with its words included, to its source (PolNeAR annotates only this outer attribution). Only
            // when the phrase follows a comma and closes the sentence or its clause, and not for an outlet
            // ("Krutskikh said, according to RIA": RIA is that record's outlet, EXPECTED.md row 2).
            if (src->type == speaker_type::outlet && src->last > 0 && u_[src->last - 1].cap)
                return;
            // A comma before the phrase, or one that ends the quotation before it ("… me,'' according to").
            bool comma_before = j > 0 && u_[j - 1].kind == uk::comma;
            if (j > 0 && u_[j - 1].kind == uk::quote && u_[j - 1].quote >= 0) {
                const auto ce = seg_.quotes[static_cast<std::size_t>(u_[j - 1].quote)].content_end;
                comma_before = ce > 0 && text_[ce - 1] == ',';
            }
            std::size_t tail = after; // the source phrase may run on: "an executive familiar with the talks"
            while (word(tail) && tail < after + 12)
                ++tail;
            if (!comma_before || !(at_end(tail) || u_[tail].kind == uk::comma))
                return;
            std::size_t from = 0;
            for (std::size_t k = 0; k < j; ++k)
                if (u_[k].kind == uk::semicolon || u_[k].kind == uk::colon || u_[k].kind == uk::dash)
                    from = k + 1;
            if (from > std::min(it->speaker_first, it->cue_unit))
                return;
            auto outer = base_record(*src, make_mention(u_[j].begin, u_[j + 1].end), cue_class::according_to);
            if (set_content(outer, from, j)) {
                drop_nested(from, j);
                emit(std::move(outer), j, j + 2);
            }
            return;
        }
    }
    auto a = base_record(*src, cue, cue_class::according_to);
    if (j == 0 || (j > 0 && u_[j - 1].kind != uk::comma && u_[j - 1].kind != uk::word)) {
        // Before the claim: According to X, CLAIM.
        std::size_t f = after;
        if (f < u_.size() && u_[f].kind == uk::comma)
            ++f;
        const std::size_t e = content_end(f);
        if (set_content(a, f, e)) {
            emit(std::move(a), j, j + 2);
            consumed_until_ = e;
        } else if (j > 1 && u_[j - 1].kind == uk::dash && at_end(after) && set_content(a, clause_start(j), j - 1)) {
            // "In 2014, Ferguson had 115 violent crimes — according to the FBI.": the claim is before the dash.
            emit(std::move(a), j, j + 2);
            consumed_until_ = after;
        }
        return;
    }
    const std::size_t from = clause_start(j);
    // "But according to the poll, 46 percent ...", "In addition, according to the department, ...": only
    // an opening word before the phrase, so the claim is the clause after it.
    bool opener_only = true;
    for (std::size_t k = from; k < j && opener_only; ++k)
        opener_only = (word(k) && in(according_openers, low(k))) || u_[k].kind == uk::comma;
    if (!opener_only && set_content(a, from, j)) {
        emit(std::move(a), j, j + 2);
        consumed_until_ = after;
        return;
    }
    if (after < u_.size() && u_[after].kind == uk::comma) {
        const std::size_t e = content_end(after + 1);
        if (e > after + 3 && set_content(a, after + 1, e)) {
            emit(std::move(a), j, j + 2);
            consumed_until_ = e;
        }
    }
}

// "..., RIA news agency reported on Thursday, citing Andrey Krutskikh, ...": the cited person becomes the
// speaker, the citing outlet `cited_by`.
void sentence_parser::citing_rule(std::size_t j) {
    if (j == 0 || u_[j - 1].kind != uk::comma)
        return;
    std::size_t after = j + 1;
    auto src = np_after(j + 1, after);
    if (!src)
        return;
    for (auto it = made_.rbegin(); it != made_.rend(); ++it) {
        if (it->cue_unit >= j)
            continue;
        auto& prev = out_.items[it->item];
        // "McConnell said ..., citing the release of political prisoners": citing a reason, not a source.
        if (prev.type != speaker_type::outlet && prev.cue_type != cue_class::report)
            return;
        if (src->type == speaker_type::unknown)
            return;
        prev.cited_by =
            prev.type == speaker_type::outlet ? prev.outlet : (prev.speaker ? prev.speaker->text : "");
        if (prev.type == speaker_type::outlet)
            prev.outlet = prev.cited_by;
        prev.speaker = units_mention(src->name_first, src->last);
        prev.type = src->type;
        prev.roles = src->roles;
        prev.cue = make_mention(u_[j].begin, u_[j].end);
        prev.cue_type = cue_class::citing;
        return;
    }
}

// A poll as the source: "In the new Post-ABC poll, Trump wins about 1 in 3 GOP primary voters", "Rubio moved
// to second in a more recent survey from Florida Southern College." The poll is the source (cue "in").
// "made it clear that ...", "has made clear Monday they have no plans ...", "made the case that ...", "is
// making an impassioned case to ... that ...", "made the case for X", "made the point that ...", "has made no
// secret of X": a phrase of make is a cue of saying. Its last word is verb_rule's cue unit (the claim follows
// it as after any cue; "for" and "of" take an object), the subject is found before the form of make (or
// before the auxiliary of "is making"), and the cue mention runs from make.
bool sentence_parser::make_phrase_rule(std::size_t j) {
    static constexpr cue_entry make_clear{"clear", "make clear", cue_class::speech, verb_form::past, false, false};
    const std::size_t k = j + 1;
    if (!word(k))
        return false;
    std::size_t last = SIZE_MAX;
    if (low(k) == "clear")
        last = k;
    else if (low(k) == "it" && word(k + 1) && low(k + 1) == "clear")
        last = k + 1;
    else if (low(k) == "no" && word(k + 2) && low(k + 1) == "secret" && low(k + 2) == "of")
        last = k + 2;
    else if (low(k) == "the" && word(k + 2) && low(k + 1) == "point" && low(k + 2) == "that")
        last = k + 1;
    else if (is(k, determiners)) {
        // "the case", "an impassioned case", "his case": up to three modifiers.
        std::size_t m = k + 1;
        while (m < k + 4 && word(m) && low(m) != "case" && !is(m, np_stops) && !u_[m].cap)
            ++m;
        if (word(m) && low(m) == "case" && !(word(m + 1) && low(m + 1) == "of")) // not "a case of fraud"
            last = word(m + 1) && (low(m + 1) == "for" || low(m + 1) == "against") ? m + 1 : m;
    }
    if (last == SIZE_MAX)
        return false;
    std::size_t subject_end = j;
    if (low(j) == "making") {
        std::size_t a = j;
        while (a > 0 && word(a - 1) && in(progressive_adverbs, low(a - 1)))
            --a;
        if (!(a > 1 && word(a - 1) && in(progressive_aux, low(a - 1))))
            return false;
        subject_end = a - 1;
    } else if (j > 0 && word(j - 1) && (low(j - 1) == "to" || is(j - 1, object_pronouns))) {
        return false; // "to make the case", "help him make his case": another verb's complement
    }
    cue_begin_ = u_[j].begin;
    verb_rule(last, make_clear, subject_end);
    cue_begin_ = UINT32_MAX;
    return true;
}

bool sentence_parser::poll_rule(std::size_t j) {
    if (j < consumed_until_ || !word(j + 1))
        return false;
    std::size_t e = j + 1, head = 0;
    // "In an NBC News/Wall Street Journal poll released Monday, ...", "in the latest CNN/ORC poll": a slash
    // between two words of the poll's name does not end it.
    auto name_slash = [&](std::size_t k) {
        return k > j + 1 && k + 1 < u_.size() && u_[k].kind == uk::other && u_[k].end == u_[k].begin + 1 &&
               lower_[u_[k].begin] == '/' && word(k - 1) && word(k + 1) && u_[k - 1].end == u_[k].begin &&
               u_[k + 1].begin == u_[k].end;
    };
    while ((word(e) || name_slash(e)) && e < j + 15) {
        if (!word(e)) {
            ++e;
            continue;
        }
        const auto x = low(e);
        if (x == "that" || x == "which" || x == "who" || x == "where" || x == "when" || x == "but" ||
            x == "because" || x == "to" || (finite_cue(e) && !is(e, poll_words)))
            break;
        if (x == "had" || x == "has" || x == "have" || x == "is" || x == "was" || x == "are" || x == "were")
            return false; // "86 percent of black voters in a recent survey had ...": a clause, not a source
        if (is(e, poll_words))
            head = e;
        ++e;
    }
    if (head == 0 || head > j + 8)
        return false;
    np src;
    src.first = src.name_first = j + 1;
    src.last = e;
    src.type = speaker_type::organization;
    const mention cue = make_mention(u_[j].begin, u_[j].end);
    // Sentence-initial: "In the poll, CLAIM."
    if (j == clause_start(j) && e < u_.size() && u_[e].kind == uk::comma) {
        const std::size_t end = content_end(e + 1);
        // "In the survey, 47 percent said ...": the respondents' own cue makes the attribution.
        for (std::size_t k = e + 1; k < end; ++k)
            if (finite_cue(k))
                return false;
        auto a = base_record(src, cue, cue_class::report);
        if (end > e + 3 && set_content(a, e + 1, end)) {
            emit(std::move(a), j, j + 1);
            consumed_until_ = end;
            return true;
        }
        return false;
    }
    // Sentence-final: "CLAIM in a Washington Post-ABC News poll released Sunday." Only one named poll ("a
    // CNN poll", "the new Post-ABC survey"), not a trend ("leads in the polls", "behind in polling").
    const std::size_t from = clause_start(j);
    const auto d = low(j + 1);
    const bool one_poll = (low(head) == "poll" || low(head) == "survey") && head >= j + 3 &&
                          (d == "a" || d == "an" || d == "the" || d == "this" || u_[j + 1].cap);
    if (one_poll && (e >= u_.size() || at_end(e) || u_[e].kind == uk::comma) && j > from + 3) {
        for (const auto& m : made_)
            if (m.cue_unit >= from && m.cue_unit < j)
                return false; // a cue of its own covers the claim ("X said in a poll ...")
        auto a = base_record(src, cue, cue_class::report);
        if (set_content(a, from, j)) {
            emit(std::move(a), j, j + 1);
            consumed_until_ = e;
            return true;
        }
    }
    return false;
}

// An adjective of attitude after a form of "be" (rules_evidence.hpp): "Ms. Henry and other labor leaders
// remain confident that they can keep their members", "Cruz has been acutely aware that ...", "The senator's
// advisers were optimistic that ...", "Republicans are critical of the deal", "She is eager to move on". The
// subject is found before the "be" form, as for a progressive verb.
bool sentence_parser::attitude_rule(std::size_t j) {
    // "Rubio’s response was that it’s unfair ...", "Their fear is that by the time their moment arrives, it
    // could be too late", "Podliska’s most explosive claim is that ...": the possessive before the noun (up to
    // two modifiers between) holds the view; the clause after "that" is the claim.
    if (word(j + 2) && low(j + 2) == "that" && (low(j + 1) == "is" || low(j + 1) == "was") &&
        j + 3 < u_.size() && attitude_noun(low(j))) {
        std::size_t m = j;
        while (m > 0 && j - m < 2 && word(m - 1) && !u_[m - 1].cap && !is_possessive(low(m - 1)) &&
               !is(m - 1, determiners))
            --m;
        if (m == 0 || !word(m - 1))
            return false;
        const auto w = low(m - 1);
        const bool pronoun =
            w == "his" || w == "her" || w == "their" || w == "my" || w == "our" || w == "its" || w == "your";
        // A possessive name, or a possessive noun after a name or determiner ("The Florida senator’s").
        if (!pronoun && !(is_possessive(w) && (u_[m - 1].cap || (m > 1 && word(m - 2) &&
                                                                 (u_[m - 2].cap || is(m - 2, determiners))))))
            return false;
        np sp;
        sp.first = sp.name_first = m - 1;
        sp.last = m;
        sp.type = pronoun ? speaker_type::pronoun : speaker_type::person;
        // "The Florida senator’s answer": the words of the possessor before it.
        if (!pronoun)
            while (sp.first > consumed_until_ && sp.first > 0 && word(sp.first - 1) && j - sp.first < 6 &&
                   (u_[sp.first - 1].cap || is(sp.first - 1, determiners)) && !u_[sp.first - 1].cue)
                sp.name_first = --sp.first;
        auto a = base_record(sp, make_mention(u_[j].begin, u_[j + 1].end), cue_class::opinion);
        const std::size_t e = content_end(j + 3);
        if (e > j + 4 && set_content(a, j + 3, e)) {
            emit(std::move(a), j, sp.first);
            consumed_until_ = e;
            return true;
        }
        return false;
    }
    std::size_t a = j;
    while (a > 0 && j - a < 3 && word(a - 1) && !attitude_link(low(a - 1)) && attitude_degree(low(a - 1)))
        --a;
    const auto next = low(j + 1);
    // "eager to move on": a to-infinitive, not "eager to a fault".
    const bool bad_infinitive =
        next == "to" && (!word(j + 2) || u_[j + 2].cap || is(j + 2, determiners) || low(j + 2) == "the");
    // "..., but Republicans, concerned about the party's declining appeal to women, have long considered
    // ...", "Cruz's top brass scrapped some events, wary of overextending their candidate": after a comma the
    // adjective is a participle of the clause subject.
    if (a == j && j > 1 && u_[j - 1].kind == uk::comma) {
        const cue_entry* c = attitude_cue(low(j), next);
        if (c == nullptr || bad_infinitive)
            return false;
        const std::size_t before = out_.items.size();
        participle_rule(j, *c);
        return out_.items.size() != before;
    }
    if (a < 2 || !word(a - 1) || !attitude_link(low(a - 1)))
        return false;
    // "it is virtually certain he ...", "there is concern": an expletive subject holds no attitude.
    std::size_t s = a - 1;
    while (s > 0 && word(s - 1) && (low(s - 1) == "has" || low(s - 1) == "have" || low(s - 1) == "had"))
        --s;
    if (s > 0 && word(s - 1) && (low(s - 1) == "it" || low(s - 1) == "there"))
        return false;
    const cue_entry* c = attitude_cue(low(j), next);
    if (c == nullptr || bad_infinitive)
        return false;
    verb_rule(j, *c, a - 1);
    return true;
}

std::size_t sentence_parser::run(std::optional<std::size_t> previous_quote_record,
                                 const std::optional<attribution>& carried) {
    const std::size_t before = out_.items.size();
    if (carried && u_.front().kind == uk::quote) {
        std::size_t words = 0;
        for (const auto& x : u_)
            if (x.kind == uk::word)
                ++words;
        if (words == 0) {
            attribution a = *carried;
            if (set_content(a, 0, u_.size())) {
                out_.items.push_back(std::move(a));
                return out_.items.size() - before;
            }
        }
    }
    // Continuation: a sentence that is only a quotation, right after an attributed quote, is the same
    // speaker's ("“And until we do, ... that’s where we’ll start.”").
    if (u_.front().kind == uk::quote && previous_quote_record) {
        std::size_t quotes = 0, words = 0;
        for (const auto& x : u_) {
            if (x.kind == uk::quote)
                ++quotes;
            if (x.kind == uk::word)
                ++words;
        }
        if (quotes == 1 && words == 0) {
            const auto& prev = out_.items[*previous_quote_record];
            attribution a;
            a.speaker = prev.speaker;
            a.type = prev.type;
            a.roles = prev.roles;
            a.outlet = prev.outlet;
            a.cited_by = prev.cited_by;
            a.cue_type = cue_class::none;
            // One quotation unit with the quote before: declare it (the first piece of the unit).
            a.continues = prev.continues.value_or(*previous_quote_record);
            if (set_content(a, 0, u_.size()))
                out_.items.push_back(std::move(a));
            return out_.items.size() - before;
        }
    }
    // Press-release layout: “…” — Martha Aguilar, a voter in Miami
    if (u_.size() >= 3 && u_[0].kind == uk::quote && u_[1].kind == uk::dash && word(2)) {
        std::size_t e = 2;
        while (word(e) && e < 10)
            ++e;
        std::size_t tail = e;
        if (tail < u_.size() && u_[tail].kind == uk::comma)
            while (tail < u_.size() && u_[tail].kind != uk::stop)
                ++tail;
        if (at_end(tail) || tail >= u_.size()) {
            if (auto s = classify(2, e); s && s->type != speaker_type::pronoun) {
                if (e < u_.size() && u_[e].kind == uk::comma && e + 1 < tail)
                    add_appositive(*s, e + 1, tail);
                auto a = base_record(*s, make_mention(u_[1].begin, u_[1].end), cue_class::speech);
                if (set_content(a, 0, 1))
                    emit(std::move(a), 1, 2);
                return out_.items.size() - before;
            }
        }
    }
    // Headline layout at a paragraph start: "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP",
    // "Newspaper: Defense secretary used personal email".
    if (u_.size() >= 3 && word(0) && (u_[0].begin == 0 || text_[u_[0].begin - 1] == '\n')) {
        std::size_t k = 0;
        while (k < u_.size() && k < 5 && word(k) && (u_[k].cap || is(k, name_function_words)))
            ++k;
        const auto w0 = low(0);
        auto label = [&] {
            return w0 == "the" || w0 == "exclusive" || w0 == "watch" || w0 == "update" ||
                           w0 == "breaking" || w0 == "video" || w0 == "live" || w0 == "photos" ||
                           w0 == "analysis" || w0 == "opinion" || w0 == "editorial" || w0 == "read" ||
                           w0 == "note" || w0 == "related" || w0 == "editor's" || w0 == "q" || w0 == "a" ||
                           w0 == "fact" || w0 == "bonus" || w0 == "audio" || w0 == "full" ||
                           w0 == "transcript" || w0 == "correction" || w0 == "update" || w0 == "caption" ||
                           w0 == "editor\u2019s";
        };
        // A column or newsletter label before the colon: "Breitbart News Daily:", "Delegate Update:", "Paid
        // Notice:" (session 5, false alarms on PolNeAR train).
        auto label_head = [&] {
            static constexpr auto heads = words("daily", "update", "notice", "note", "briefing",
                                                "newsletter", "digest", "roundup", "wrap", "recap");
            return k >= 1 && in(heads, low(k - 1));
        };
        // A roll of names after the colon: "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...".
        auto name_roll = [&] {
            std::size_t names = 0, i = k + 1;
            while (names < 3) {
                const std::size_t b = i;
                while (i < u_.size() && i < b + 4 && word(i) && u_[i].cap)
                    ++i;
                if (i == b || i >= u_.size() || u_[i].kind != uk::comma)
                    return false;
                ++names;
                ++i;
            }
            return true;
        };
        if (k >= 1 && k <= 4 && k + 1 < u_.size() && u_[k].kind == uk::colon &&
            (word(k + 1) || u_[k + 1].kind == uk::quote) && !label() && !label_head() && !name_roll()) {
            if (auto sp = classify(0, k); sp && sp->type != speaker_type::pronoun) {
                auto a = base_record(*sp, make_mention(u_[k].begin, u_[k].end), cue_class::speech);
                const std::size_t e = content_end(k + 1);
                if ((e > k + 3 || (u_[k + 1].kind == uk::quote && e > k + 1)) && set_content(a, k + 1, e)) {
                    emit(std::move(a), k, 0);
                    consumed_until_ = e;
                }
            }
        }
    }
    // quote_cue_rule needs a quotation in the sentence; most sentences have none. Both facts are gathered
    // while apply_rules builds the units; a sentence without a cue or an anchor word skips the loop.
    const bool has_quote = has_quote_;
    for (std::size_t j = 0; has_trigger_ && j < u_.size(); ++j) {
        // Only cue words and the anchors below start a rule.
        if (!word(j) || (!u_[j].cue && (u_[j].cls & rule_triggers) == 0))
            continue;
        const auto w = low(j);
        if (w == "according" && low(j + 1) == "to") {
            according_rule(j);
            ++j;
            continue;
        }
        if (w == "citing") {
            citing_rule(j);
            continue;
        }
        // poll_rule needs a poll word after "in".
        if (w == "in" && (classes_ & wc::poll_word) != 0 && poll_rule(j))
            continue;
        // "As reported by Western Journalism, CLAIM", "News of the move was first reported by the Miami
        // Herald.": the agent after "by" is the source.
        if (w == "reported" && low(j + 1) == "by" && reported_by_rule(j))
            continue;
        // "The White House would like to make the election a battle about competence": "would like" with a
        // to-infinitive is an intention (like want).
        if (w == "like" && j > 0 && word(j - 1) && low(j - 1) == "would" && intention(would_like, j + 1)) {
            verb_rule(j, would_like);
            continue;
        }
        if ((w == "made" || w == "make" || w == "makes" || w == "making") && make_phrase_rule(j))
            continue;
        // "Labor leaders remain confident that ...", "Republicans are critical of the deal" (rules_evidence).
        // A cue word among them ("were worried about") is an adjective after the link, a verb otherwise.
        if (has(j, wc::attitude) && (attitude_rule(j) || !u_[j].cue))
            continue;
        // "quoted X as saying": the gerund belongs to "quoted".
        const auto* c = cue_at(j);
        if (!c) {
            // Verbs of manner next to a quotation: "“…,” Trump barked.", "as Vulture put it, “…”". The
            // word test is here so that most words never enter the rule.
            if (has_quote && (in(quote_manner_verbs, w) || (w == "put" && low(j + 1) == "it")))
                quote_cue_rule(j);
            continue;
        }
        if (c->form == verb_form::gerund) {
            if (j > 0 && low(j - 1) == "as")
                continue;
            // Progressive: "Trump is backing Cruz", "Clinton was now seeking ...": the gerund after a form of
            // "be" is the finite verb of the clause; the subject is found before the auxiliary.
            std::size_t a = j;
            while (a > 0 && word(a - 1) && in(progressive_adverbs, low(a - 1)))
                --a;
            // Not "who is challenging Sen. McCain": a race, not a stance.
            if (a > 1 && word(a - 1) && in(progressive_aux, low(a - 1)) && c->lemma != "challenge") {
                cue_entry f = *c;
                f.form = verb_form::third;
                verb_rule(j, f, a - 1);
                continue;
            }
            if (j > 1 && word(j - 1) && c->lemma == "say" && share_participle_rule(j, *c))
                continue;
            participle_rule(j, *c);
            continue;
        }
        if (c->form == verb_form::participle) {
            // "New Hampshire polls have shown Cruz, Rubio, Kasich and Bush in a jumble", "every recent state
            // poll has shown him trailing Trump": a perfect is the finite verb; the subject is found before
            // the auxiliary, as for a progressive.
            std::size_t a = j;
            while (a > 0 && word(a - 1) && in(progressive_adverbs, low(a - 1)))
                --a;
            // Only "shown" ("had written into the law", "has written off" are no cues), and not inside an
            // earlier record's claim ("Bush said history has shown ...": PolNeAR annotates the outer cue).
            bool nested = false;
            for (const auto& m : made_)
                nested = nested || (out_.items[m.item].content.begin <= u_[j].begin &&
                                    u_[j].end <= out_.items[m.item].content.end);
            if (c->lemma == "show" && !nested && a > 1 && word(a - 1) &&
                (low(a - 1) == "has" || low(a - 1) == "have" || low(a - 1) == "had")) {
                cue_entry f = *c;
                f.form = verb_form::third;
                verb_rule(j, f, a - 1);
            }
            continue;
        }
        // A past form right after "be"/"have" is passive or perfect of something else ("was reported").
        if (j > 0 && word(j - 1)) {
            const auto p = low(j - 1);
            if (p == "was" || p == "were" || p == "been" || p == "be" || p == "is" || p == "are" ||
                p == "being" || p == "to")
                continue;
        }
        verb_rule(j, *c);
    }
    link_split_quotes(before);
    return out_.items.size() - before;
}

// “A,” he said, “B.”  : the rules emit one record per quotation with the same speaker and cue. The second
// continues the first (PolNeAR and readers see one attribution with a discontinuous claim).
void sentence_parser::link_split_quotes(std::size_t first_new) {
    for (std::size_t k = first_new + 1; k < out_.items.size(); ++k) {
        auto& b = out_.items[k];
        if (b.continues || !b.cue || !b.speaker || b.kind == attribution_kind::indirect)
            continue;
        for (std::size_t i = first_new; i < k; ++i) {
            const auto& a = out_.items[i];
            if (a.cue && a.cue->begin == b.cue->begin && a.speaker && a.speaker->begin == b.speaker->begin &&
                a.kind != attribution_kind::indirect && a.content.end <= b.content.begin) {
                b.continues = a.continues.value_or(i);
                break;
            }
        }
    }
}

} // namespace

// The rules' word lookup (rules_words.hpp): the registered lists, the lexicon's word sets and the reporting
// verbs (the shared lexicon first, then the raw rules' own verbs of rules_stance.cpp).
static const cue_entry* find_rule_cue(std::string_view w) {
    if (const auto* c = lexicon::find_cue(w))
        return c;
    return find_rule_verb(w);
}

static const word_table& rule_words() {
    static const word_table t = [] {
        std::vector<word_list_ref> lists(std::begin(registered_lists), std::end(registered_lists));
        lists.emplace_back(lexicon::titles(), wc::title);
        lists.emplace_back(lexicon::pronouns(), wc::pronoun);
        lists.emplace_back(lexicon::group_nouns(), wc::group_noun);
        lists.emplace_back(lexicon::outlet_nouns(), wc::outlet_noun);
        static const std::vector<std::string_view> passives = no_source_finder::passive_anchors();
        lists.emplace_back(passives, wc::no_source_passive);
        // The first words of outlet spellings and attribution phrases.
        static std::vector<std::string_view> outlet_firsts, channel_firsts;
        auto first_word = [](std::string_view x) { return x.substr(0, x.find(' ')); };
        for (const auto& o : lexicon::outlets())
            outlet_firsts.push_back(first_word(o.spelling));
        for (const auto& ph : lexicon::attribution_phrases())
            channel_firsts.push_back(first_word(ph.phrase));
        lists.emplace_back(outlet_firsts, wc::outlet_first);
        lists.emplace_back(channel_firsts, wc::channel_first);
        std::vector<std::string_view> cue_words;
        for (const auto& c : lexicon::cues())
            cue_words.push_back(c.word);
        for (const auto& c : rule_verbs())
            cue_words.push_back(c.word);
        return word_table(lists, cue_words, &find_rule_cue);
    }();
    return t;
}

word_info lookup_word(std::string_view w) noexcept {
    return rule_words().find(w, nullptr);
}
word_info lookup_word(std::string_view w, const char* limit) noexcept {
    return rule_words().find(w, limit);
}

void apply_rules(const segmented& seg, std::string_view lower, document_attributions& out) {
    thread_local std::vector<unit> units; // reused across documents (cleared per sentence)
    thread_local std::vector<record_ref> made; // the records of one sentence (cleared per sentence)
    const word_table& vocabulary = rule_words();
    const char* const lower_end = lower.data() + lower.size();
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::size_t last_quote_record = none; // a direct/mixed record of the previous sentence
    std::optional<attribution> carried;   // "X said:" at a paragraph end, waiting for its quotation
    no_source_finder no_source(seg, lower);
    for (const auto& s : seg.sentences) {
        units.clear();
        word_class classes = 0; // the classes of the sentence's words
        bool has_quote = false, said_to = false; // see sentence_parser; "said" before "to"
        for (std::uint32_t i = s.first; i < s.last; ++i) {
            const auto& t = seg.tokens[i];
            if (t.depth > 0 || (t.kind == tok::close_quote && t.quote >= 0))
                continue; // inside a quotation, or the closing mark that is part of its quote unit
            unit& x = units.emplace_back(); // built in place
            x.tok = i;
            x.begin = t.begin;
            x.end = t.end;
            if (t.kind == tok::word) {
                x.kind = uk::word;
                x.cap = t.cap;
                x.low = std::string_view(lower.data() + t.begin, t.end - t.begin);
                const word_info info = vocabulary.find(x.low, lower_end);
                x.cue = info.cue;
                x.cls = info.cls;
                classes |= info.cls;
                if (x.low == "to" && units.size() >= 2 && (units[units.size() - 2].cls & wc::no_source_said) != 0)
                    said_to = true;
                // Generic frames (rules_tail.hpp): an unknown word in -ed, then "that", then the start of a
                // clause may be a verb of a that-clause; the verb rule checks its subject and clause like any
                // cue's. Asked at the word after "that".
                if (const std::size_t n = units.size(); n >= 3 && units[n - 2].kind == uk::word &&
                                                        units[n - 2].low == "that") {
                    unit& v = units[n - 3];
                    if (v.kind == uk::word && !v.cue && !v.cap && tail_clause_start(x.low, x.cap))
                        v.cue = tail_that_cue(v.low, n >= 4 && units[n - 4].kind == uk::word ? units[n - 4].low
                                                                                             : std::string_view{});
                }
                // Verb frames (rules_frames.hpp): a verb no table holds is a cue only in its frame, "aimed to
                // ..." (asked at the word after "to") or "bemoaned the ..." (asked at the object's first word).
                if (const std::size_t n = units.size(); (classes & wc::frame_verb) != 0 && n >= 3) {
                    auto before = [&](std::size_t k) {
                        return k < n && units[k].kind == uk::word ? units[k].low : std::string_view{};
                    };
                    if (unit& v = units[n - 2]; (v.cls & wc::frame_verb) != 0 && !v.cue && !v.cap) {
                        v.cue = frame_object_cue(v.low, before(n - 3), x.low, x.cap);
                    } else if (unit& w = units[n - 3]; (w.cls & wc::frame_verb) != 0 && !w.cue && !w.cap &&
                                                       v.kind == uk::word && v.low == "to") {
                        w.cue = frame_to_cue(w.low, before(n - 4), x.low, x.cap);
                    }
                }
                continue;
            }
            switch (t.kind) {
            case tok::comma:
                x.kind = uk::comma;
                break;
            case tok::stop:
                x.kind = uk::stop;
                break;
            case tok::colon:
                x.kind = uk::colon;
                break;
            case tok::semicolon:
                x.kind = uk::semicolon;
                break;
            case tok::dash:
                x.kind = uk::dash;
                break;
            case tok::lparen:
                x.kind = uk::lparen;
                break;
            case tok::rparen:
                x.kind = uk::rparen;
                break;
            case tok::open_quote:
                if (t.quote < 0) {
                    x.kind = uk::other;
                    break;
                }
                x.kind = uk::quote;
                x.quote = t.quote;
                has_quote = true;
                {
                    const auto& q = seg.quotes[static_cast<std::size_t>(t.quote)];
                    x.end = q.close >= 0 ? seg.tokens[static_cast<std::size_t>(q.close)].end : q.content_end;
                }
                break;
            default: // an unpaired closing mark, other punctuation
                x.kind = uk::other;
                break;
            }
        }
        if (units.empty())
            continue;
        // Whether run()'s rule loop has a word to start from: a class of rule_triggers, or a cue (from the
        // lookup, or given afterwards by the frames above: asked of the finished units).
        const bool has_trigger = (classes & rule_triggers) != 0 ||
                                 std::any_of(units.begin(), units.end(), [](const unit& u) { return u.cue != nullptr; });
        const std::size_t first_new = out.items.size();
        made.clear();
        sentence_parser p(seg, lower, out, units, classes, made, has_quote, has_trigger);
        const std::size_t made =
            p.run(last_quote_record == none ? std::nullopt : std::optional<std::size_t>(last_quote_record),
                  carried);
        carried = std::move(p.pending);
        last_quote_record = none;
        for (std::size_t k = first_new; k < first_new + made; ++k)
            if (out.items[k].kind != attribution_kind::indirect && out.items[k].speaker)
                last_quote_record = k;
        // Records without a speaker, after the sentence's others; only at their anchor words.
        // ("said" only before "to": said_to, found while building the units)
        if ((classes & (wc::no_source_anchor | wc::no_source_passive)) != 0 || said_to)
            no_source.run(s, first_new, out);
    }
}

} // namespace claimgraph::detail
