// The attribution lexicon tables. Adding a verb: one row in `verb_rows` with all its inflections; the
// lookup tables are built from the rows on first use. Words are lower-case ASCII.
#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

namespace claimgraph::lexicon {
namespace {

using cc = cue_class;

/// One reporting verb with its inflections. `participle` is empty when it equals `past`.
struct verb_row {
    std::string_view base, third, past, participle, gerund;
    cc cls;
    bool takes_object;
    bool needs_complement;
};

// speech: verbs of saying. opinion: belief verbs (kept as their own class so analyses can drop them).
// written: writing and posting. report: an outlet or a document reports, finds, shows.
// needs_complement: the verb is too common in other senses to count without a that-clause or a quote.
constexpr verb_row verb_rows[] = {
    {"say", "says", "said", "", "saying", cc::speech, false, false},
    {"tell", "tells", "told", "", "telling", cc::speech, true, false},
    {"add", "adds", "added", "", "adding", cc::speech, false, true},
    {"state", "states", "stated", "", "stating", cc::speech, false, true},
    {"announce", "announces", "announced", "", "announcing", cc::speech, false, true},
    {"claim", "claims", "claimed", "", "claiming", cc::speech, false, false},
    {"argue", "argues", "argued", "", "arguing", cc::speech, false, false},
    {"warn", "warns", "warned", "", "warning", cc::speech, false, false},
    {"note", "notes", "noted", "", "noting", cc::speech, false, false},
    {"explain", "explains", "explained", "", "explaining", cc::speech, false, false},
    {"insist", "insists", "insisted", "", "insisting", cc::speech, false, false},
    {"deny", "denies", "denied", "", "denying", cc::speech, false, true},
    {"acknowledge", "acknowledges", "acknowledged", "", "acknowledging", cc::speech, false, true},
    {"confirm", "confirms", "confirmed", "", "confirming", cc::speech, false, true},
    {"conclude", "concludes", "concluded", "", "concluding", cc::speech, false, true},
    {"predict", "predicts", "predicted", "", "predicting", cc::speech, false, true},
    {"reply", "replies", "replied", "", "replying", cc::speech, false, false},
    {"respond", "responds", "responded", "", "responding", cc::speech, false, true},
    {"answer", "answers", "answered", "", "answering", cc::speech, false, true},
    {"ask", "asks", "asked", "", "asking", cc::speech, true, true},
    {"suggest", "suggests", "suggested", "", "suggesting", cc::speech, false, true},
    {"assert", "asserts", "asserted", "", "asserting", cc::speech, false, false},
    {"declare", "declares", "declared", "", "declaring", cc::speech, false, true},
    {"maintain", "maintains", "maintained", "", "maintaining", cc::speech, false, true},
    {"contend", "contends", "contended", "", "contending", cc::speech, false, false},
    {"admit", "admits", "admitted", "", "admitting", cc::speech, false, true},
    {"allege", "alleges", "alleged", "", "alleging", cc::speech, false, false},
    {"estimate", "estimates", "estimated", "", "estimating", cc::speech, false, true},
    {"recall", "recalls", "recalled", "", "recalling", cc::speech, false, true},
    {"stress", "stresses", "stressed", "", "stressing", cc::speech, false, true},
    {"emphasize", "emphasizes", "emphasized", "", "emphasizing", cc::speech, false, true},
    {"emphasise", "emphasises", "emphasised", "", "emphasising", cc::speech, false, true},
    {"urge", "urges", "urged", "", "urging", cc::speech, true, true},
    {"comment", "comments", "commented", "", "commenting", cc::speech, false, true},
    {"remark", "remarks", "remarked", "", "remarking", cc::speech, false, false},
    {"observe", "observes", "observed", "", "observing", cc::speech, false, true},
    {"disclose", "discloses", "disclosed", "", "disclosing", cc::speech, false, true},
    {"reveal", "reveals", "revealed", "", "revealing", cc::speech, false, true},
    {"indicate", "indicates", "indicated", "", "indicating", cc::speech, false, true},
    {"testify", "testifies", "testified", "", "testifying", cc::speech, false, true},
    {"complain", "complains", "complained", "", "complaining", cc::speech, false, true},
    {"concede", "concedes", "conceded", "", "conceding", cc::speech, false, true},
    {"promise", "promises", "promised", "", "promising", cc::speech, true, true},
    {"vow", "vows", "vowed", "", "vowing", cc::speech, false, true},
    {"pledge", "pledges", "pledged", "", "pledging", cc::speech, false, true},
    {"threaten", "threatens", "threatened", "", "threatening", cc::speech, false, true},
    {"caution", "cautions", "cautioned", "", "cautioning", cc::speech, false, true},
    {"mention", "mentions", "mentioned", "", "mentioning", cc::speech, false, true},
    {"reiterate", "reiterates", "reiterated", "", "reiterating", cc::speech, false, true},
    {"repeat", "repeats", "repeated", "", "repeating", cc::speech, false, true},
    {"affirm", "affirms", "affirmed", "", "affirming", cc::speech, false, true},
    {"counter", "counters", "countered", "", "countering", cc::speech, false, true},
    {"retort", "retorts", "retorted", "", "retorting", cc::speech, false, false},
    {"quip", "quips", "quipped", "", "quipping", cc::speech, false, false},
    {"exclaim", "exclaims", "exclaimed", "", "exclaiming", cc::speech, false, false},
    {"recount", "recounts", "recounted", "", "recounting", cc::speech, false, true},
    {"boast", "boasts", "boasted", "", "boasting", cc::speech, false, true},
    {"joke", "jokes", "joked", "", "joking", cc::speech, false, false},
    {"lament", "laments", "lamented", "", "lamenting", cc::speech, false, true},
    {"charge", "charges", "charged", "", "charging", cc::speech, false, true},
    {"propose", "proposes", "proposed", "", "proposing", cc::speech, false, true},
    {"recommend", "recommends", "recommended", "", "recommending", cc::speech, false, true},
    {"advise", "advises", "advised", "", "advising", cc::speech, true, true},
    {"inform", "informs", "informed", "", "informing", cc::speech, true, true},
    {"assure", "assures", "assured", "", "assuring", cc::speech, true, true},
    {"agree", "agrees", "agreed", "", "agreeing", cc::speech, false, true},
    {"demand", "demands", "demanded", "", "demanding", cc::speech, false, true},
    {"speculate", "speculates", "speculated", "", "speculating", cc::speech, false, false},
    {"hint", "hints", "hinted", "", "hinting", cc::speech, false, true},
    {"signal", "signals", "signaled", "", "signaling", cc::speech, false, true},
    {"concur", "concurs", "concurred", "", "concurring", cc::speech, false, true},
    {"continue", "continues", "continued", "", "continuing", cc::speech, false, true},
    {"scold", "scolds", "scolded", "", "scolding", cc::speech, false, true},
    {"tout", "touts", "touted", "", "touting", cc::speech, false, true},
    {"learn", "learns", "learned", "learnt", "learning", cc::report, false, true},
    {"believe", "believes", "believed", "", "believing", cc::opinion, false, true},
    {"think", "thinks", "thought", "", "thinking", cc::opinion, false, true},
    {"feel", "feels", "felt", "", "feeling", cc::opinion, false, true},
    {"hope", "hopes", "hoped", "", "hoping", cc::opinion, false, true},
    {"want", "wants", "wanted", "", "wanting", cc::intention, false, true},
    {"expect", "expects", "expected", "", "expecting", cc::opinion, false, true},
    {"fear", "fears", "feared", "", "fearing", cc::opinion, false, true},
    {"doubt", "doubts", "doubted", "", "doubting", cc::opinion, false, true},
    {"worry", "worries", "worried", "", "worrying", cc::opinion, false, true},
    {"reckon", "reckons", "reckoned", "", "reckoning", cc::opinion, false, true},
    {"suspect", "suspects", "suspected", "", "suspecting", cc::opinion, false, true},
    {"write", "writes", "wrote", "written", "writing", cc::written, false, false},
    {"tweet", "tweets", "tweeted", "", "tweeting", cc::written, false, false},
    {"post", "posts", "posted", "", "posting", cc::written, false, true},
    {"email", "emails", "emailed", "", "emailing", cc::written, false, true},
    {"report", "reports", "reported", "", "reporting", cc::report, false, false},
    {"find", "finds", "found", "", "finding", cc::report, false, true},
    {"show", "shows", "showed", "shown", "showing", cc::report, false, true},
};

std::vector<cue_entry> build_cues() {
    std::vector<cue_entry> out;
    for (const auto& r : verb_rows) {
        auto push = [&](std::string_view w, verb_form f) {
            if (!w.empty())
                out.push_back({w, r.base, r.cls, f, r.takes_object, r.needs_complement});
        };
        push(r.base, verb_form::base);
        push(r.third, verb_form::third);
        push(r.past, verb_form::past);
        push(r.participle, verb_form::participle);
        push(r.gerund, verb_form::gerund);
    }
    return out;
}

const std::vector<cue_entry>& cue_table() {
    static const std::vector<cue_entry> table = build_cues();
    return table;
}

// The cue index is bucketed by (first letter, length): most words of a text fall into an empty bucket and are
// rejected by one bit test, without hashing. The scan over every word of a document goes through here.
constexpr std::size_t max_cue_length = 16;
struct cue_buckets {
    std::uint32_t letters_by_length[max_cue_length + 1] = {}; ///< bit (first letter - 'a') when the bucket is not empty
    std::uint16_t begin[26 * (max_cue_length + 1) + 1] = {};  ///< bucket k is flat[begin[k], begin[k + 1])
    std::vector<const cue_entry*> flat;
};

const cue_buckets& cue_index() {
    static const auto index = [] {
        cue_buckets b;
        std::vector<const cue_entry*> bucket[26][max_cue_length + 1];
        for (const auto& e : cue_table()) {
            const auto c = e.word.empty() ? '\0' : e.word[0];
            if (c < 'a' || c > 'z' || e.word.size() < 2 || e.word.size() > max_cue_length)
                continue;
            auto& v = bucket[c - 'a'][e.word.size()];
            // first entry wins ("found" is find, not a second verb)
            if (std::none_of(v.begin(), v.end(), [&](const cue_entry* x) { return x->word == e.word; }))
                v.push_back(&e);
        }
        for (std::size_t c = 0; c < 26; ++c)
            for (std::size_t n = 0; n <= max_cue_length; ++n) {
                const std::size_t k = c * (max_cue_length + 1) + n;
                b.begin[k] = static_cast<std::uint16_t>(b.flat.size());
                b.flat.insert(b.flat.end(), bucket[c][n].begin(), bucket[c][n].end());
                if (!bucket[c][n].empty())
                    b.letters_by_length[n] |= std::uint32_t{1} << c;
            }
        b.begin[26 * (max_cue_length + 1)] = static_cast<std::uint16_t>(b.flat.size());
        return b;
    }();
    return index;
}

constexpr phrase_entry phrase_rows[] = {
    {"in an interview with", cc::speech, true},
    {"in a statement on", cc::speech, false},
    {"in a post on", cc::written, true},
    {"in a message on", cc::written, true},
    {"in a tweet", cc::written, false},
    {"in a statement", cc::speech, false},
    {"in an interview", cc::speech, false},
    {"in a speech", cc::speech, false},
    {"in a letter", cc::written, false},
    {"in a report", cc::report, false},
    {"in a blog post", cc::written, false},
    {"according to", cc::according_to, true},
    {"citing", cc::citing, true},
    {"quoted as saying", cc::speech, false},
};

constexpr std::string_view title_rows[] = {
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "general",
    "gen.",
    "colonel",
    "col.",
    "lt.",
    "admiral",
    "adm.",
    "commander",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "adviser",
    "advisor",
    "coordinator",
    "leader",
    "speaker",
    "attorney",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "professor",
    "rev.",
    "sheriff",
    "commissioner",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "economy",
    "trade",
    "house",
    "senate",
    "white",
    "u.s.",
    "former",
    "acting",
    "top",
    "senior",
    "state",
    "cyber",
    "security",
    "national",
    "majority",
    "minority",
    "democratic",
    "republican",
    "analyst",
    "economist",
    "official",
    "executive",
    "officer",
    "founder",
    "candidate",
    "lawmaker",
    "congressman",
    "congresswoman",
    "assemblyman",
    "premier",
    "emir",
    "sheikh",
    "ayatollah",
    "lord",
    "sir",
    "dame",
    "captain",
    "capt.",
    "sgt.",
    "sergeant",
    "lieutenant",
    "inspector",
    "prosecutor",
    "counsel",
    "economics",
    "policy",
    "head",
    "presidential",
    "russian",
    "american",
    "british",
    "french",
    "german",
    "chinese",
    "israeli",
    "iranian",
    "ukrainian",
    "european",
    "campaign",
    "manager",
    "press",
    "communications",
    "strategist",
    "pollster",
    "consultant",
    "aide",
    "activist",
    "host",
    "anchor",
    "correspondent",
    "editor",
    "columnist",
    "reporter",
    "narrator",
    "nominee",
    "hopeful",
    "rival",
    "challenger",
    "incumbent",
    "chairperson",
    "treasurer",
    "whip",
    "lawyer",
    "cofounder",
    "co-founder",
    "veteran",
    "rabbi",
    "bishop",
    "cardinal",
    "imam",
    "mullah",
    "dean",
    "provost",
};

constexpr outlet_entry outlet_rows[] = {
    {"reuters", "Reuters", false},
    {"reuters news agency", "Reuters", false},
    {"thomson reuters", "Reuters", false},
    {"ap", "AP", false},
    {"associated press", "AP", false},
    {"the associated press", "AP", false},
    {"afp", "AFP", false},
    {"agence france-presse", "AFP", false},
    {"agence france presse", "AFP", false},
    {"cnn", "CNN", false},
    {"bbc", "BBC", false},
    {"the bbc", "BBC", false},
    {"nbc", "NBC", false},
    {"nbc news", "NBC", false},
    {"cbs", "CBS", false},
    {"cbs news", "CBS", false},
    {"abc", "ABC", false},
    {"abc news", "ABC", false},
    {"fox news", "Fox News", false},
    {"msnbc", "MSNBC", false},
    {"npr", "NPR", false},
    {"pbs", "PBS", false},
    {"ria", "RIA", false},
    {"ria novosti", "RIA", false},
    {"tass", "TASS", false},
    {"interfax", "Interfax", false},
    {"xinhua", "Xinhua", false},
    {"kyodo", "Kyodo", false},
    {"yonhap", "Yonhap", false},
    {"bloomberg", "Bloomberg", false},
    {"bloomberg news", "Bloomberg", false},
    {"politico", "Politico", false},
    {"axios", "Axios", false},
    {"the hill", "The Hill", false},
    {"al jazeera", "Al Jazeera", false},
    {"new york times", "The New York Times", false},
    {"the new york times", "The New York Times", false},
    {"washington post", "The Washington Post", false},
    {"the washington post", "The Washington Post", false},
    {"wall street journal", "The Wall Street Journal", false},
    {"the wall street journal", "The Wall Street Journal", false},
    {"financial times", "Financial Times", false},
    {"the financial times", "Financial Times", false},
    {"the guardian", "The Guardian", false},
    {"the times", "The Times", false},
    {"the economist", "The Economist", false},
    {"usa today", "USA Today", false},
    {"los angeles times", "Los Angeles Times", false},
    {"the los angeles times", "Los Angeles Times", false},
    {"breitbart", "Breitbart", false},
    {"breitbart news", "Breitbart", false},
    {"new york post", "New York Post", false},
    {"the new york post", "New York Post", false},
    {"the post", "The Post", false},
    {"daily mail", "Daily Mail", false},
    {"the daily mail", "Daily Mail", false},
    {"the daily beast", "The Daily Beast", false},
    {"huffington post", "HuffPost", false},
    {"the huffington post", "HuffPost", false},
    {"huffpost", "HuffPost", false},
    {"buzzfeed", "BuzzFeed", false},
    {"buzzfeed news", "BuzzFeed", false},
    {"vox", "Vox", false},
    {"slate", "Slate", false},
    {"the atlantic", "The Atlantic", false},
    {"newsweek", "Newsweek", false},
    {"national review", "National Review", false},
    {"the daily caller", "The Daily Caller", false},
    {"washington times", "The Washington Times", false},
    {"the washington times", "The Washington Times", false},
    {"chicago tribune", "Chicago Tribune", false},
    {"the chicago tribune", "Chicago Tribune", false},
    {"boston globe", "The Boston Globe", false},
    {"the boston globe", "The Boston Globe", false},
    {"cnbc", "CNBC", false},
    {"sky news", "Sky News", false},
    {"der spiegel", "Der Spiegel", false},
    {"le monde", "Le Monde", false},
    {"izvestia", "Izvestia", false},
    {"kommersant", "Kommersant", false},
    {"sputnik", "Sputnik", false},
    {"rt", "RT", false},
    {"twitter", "Twitter", true},
    {"facebook", "Facebook", true},
    {"instagram", "Instagram", true},
    {"youtube", "YouTube", true},
    {"telegram", "Telegram", true},
    {"truth social", "Truth Social", true},
    {"x", "X", true},
};

constexpr std::string_view pronoun_rows[] = {"he", "she", "they", "i", "we", "it", "you"};

constexpr std::string_view group_noun_rows[] = {
    "officials",       "sources",     "analysts",     "experts",      "diplomats",     "lawmakers",
    "republicans",     "democrats",   "leaders",      "authorities",  "investigators", "prosecutors",
    "police",          "critics",     "residents",    "witnesses",    "economists",    "traders",
    "executives",      "aides",       "advisers",     "members",      "people",        "officers",
    "scientists",      "researchers", "activists",    "protesters",   "supporters",    "opponents",
    "ministers",       "senators",    "voters",       "doctors",      "workers",       "observers",
    "agencies",        "others",      "lobbyists",    "lawyers",      "attorneys",     "farmers",
    "students",        "teachers",    "parents",      "families",     "companies",     "banks",
    "firms",           "investors",   "consumers",    "shareholders", "groups",        "organizations",
    "governments",     "countries",   "nations",      "strategists",  "pollsters",     "campaigners",
    "historians",      "scholars",    "insiders",     "negotiators",  "regulators",    "legislators",
    "representatives", "spokesmen",   "spokespeople", "militants",    "rebels",        "troops",
    "soldiers",        "villagers",   "survivors",    "victims",      "relatives",     "neighbors",
    "neighbours",      "fans",        "users",        "customers",    "employees",     "staff",
    "staffers",        "delegates",   "donors",
};

constexpr std::string_view outlet_noun_rows[] = {
    "agency",      "newspaper",  "daily", "paper",    "reports", "media", "website", "outlet",
    "broadcaster", "television", "tv",    "magazine", "channel", "radio", "report",  "press",
};

/// A set of short words for the per-word lookups (is_title, is_pronoun, ...): a length mask and a
/// first-byte mask reject most words in a few instructions; the rest probe an open-addressing table.
class word_set {
public:
    template <class Range> explicit word_set(const Range& r) {
        size_for(std::size(r));
        for (const auto& w : r)
            add(std::string_view(w), nullptr);
    }
    template <class Range, class Key> word_set(const Range& r, Key key) {
        size_for(std::size(r));
        for (const auto& e : r)
            add(key(e), &e);
    }
    /// The value stored with `w` (first insertion wins), or nullptr; `contains` for plain sets.
    const void* find(std::string_view w) const noexcept {
        const std::size_t n = w.size();
        if (n >= 64) {
            for (const auto& e : long_)
                if (e.key == w)
                    return e.value ? e.value : &e;
            return nullptr;
        }
        if (n == 0 || !((lengths_ >> n) & 1u))
            return nullptr;
        const auto c = static_cast<unsigned char>(w[0]);
        if (!((firsts_[c >> 6] >> (c & 63)) & 1u))
            return nullptr;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash(w) & mask;; i = (i + 1) & mask) {
            const entry* e = slots_[i];
            if (!e)
                return nullptr;
            if (e->key == w)
                return e->value ? e->value : e;
        }
    }
    bool contains(std::string_view w) const noexcept { return find(w) != nullptr || (w.empty() && empty_); }

private:
    struct entry {
        std::string_view key;
        const void* value;
    };
    static std::size_t hash(std::string_view w) noexcept {
        std::uint64_t h = 0xcbf29ce484222325ull ^ w.size();
        for (const char ch : w)
            h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001b3ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
    void size_for(std::size_t n) {
        std::size_t cap = 16;
        while (cap < 2 * n + 2)
            cap *= 2;
        slots_.assign(cap, nullptr);
        keys_.reserve(n);
    }
    void add(std::string_view w, const void* value) {
        if (w.empty()) {
            empty_ = true;
            return;
        }
        if (w.size() >= 64) {
            long_.push_back({w, value}); // scanned linearly (no lexicon word is that long today)
            return;
        }
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash(w) & mask;
        for (; slots_[i]; i = (i + 1) & mask)
            if (slots_[i]->key == w)
                return; // first entry wins
        keys_.push_back({w, value});
        slots_[i] = &keys_.back();
        lengths_ |= std::uint64_t{1} << w.size();
        const auto c = static_cast<unsigned char>(w[0]);
        firsts_[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
    std::vector<entry> keys_; // reserved up front: pointers into it stay valid
    std::vector<const entry*> slots_;
    std::vector<entry> long_;
    std::uint64_t lengths_ = 0;
    std::uint64_t firsts_[4] = {0, 0, 0, 0};
    bool empty_ = false;
};

} // namespace

const cue_entry* find_cue(std::string_view w) noexcept {
    const std::size_t n = w.size();
    if (n < 2 || n > max_cue_length || w[0] < 'a' || w[0] > 'z')
        return nullptr;
    const auto& index = cue_index();
    const auto c = static_cast<std::size_t>(w[0] - 'a');
    if (!((index.letters_by_length[n] >> c) & 1u))
        return nullptr;
    const std::size_t k = c * (max_cue_length + 1) + n;
    const char second = w[1], lastc = w[n - 1];
    for (std::size_t i = index.begin[k]; i < index.begin[k + 1]; ++i) {
        const auto* e = index.flat[i];
        if (e->word[1] == second && e->word[n - 1] == lastc && std::memcmp(e->word.data(), w.data(), n) == 0)
            return e;
    }
    return nullptr;
}

std::span<const cue_entry> cues() noexcept {
    return cue_table();
}

std::span<const phrase_entry> attribution_phrases() noexcept {
    return phrase_rows;
}

bool is_title(std::string_view w) noexcept {
    static const word_set s(title_rows);
    return s.contains(w);
}
std::span<const std::string_view> titles() noexcept {
    return title_rows;
}

const outlet_entry* find_outlet(std::string_view w) noexcept {
    static const word_set m(outlet_rows, [](const outlet_entry& o) { return o.spelling; });
    return static_cast<const outlet_entry*>(m.find(w));
}
std::span<const outlet_entry> outlets() noexcept {
    return outlet_rows;
}
std::size_t max_outlet_words() noexcept {
    static const std::size_t n = [] {
        std::size_t best = 1;
        for (const auto& o : outlet_rows)
            best = std::max<std::size_t>(best, 1 + std::count(o.spelling.begin(), o.spelling.end(), ' '));
        return best;
    }();
    return n;
}

bool is_pronoun(std::string_view w) noexcept {
    static const word_set s(pronoun_rows);
    return s.contains(w);
}
std::span<const std::string_view> pronouns() noexcept {
    return pronoun_rows;
}

bool is_group_noun(std::string_view w) noexcept {
    static const word_set s(group_noun_rows);
    return s.contains(w);
}
std::span<const std::string_view> group_nouns() noexcept {
    return group_noun_rows;
}
bool is_outlet_noun(std::string_view w) noexcept {
    static const word_set s(outlet_noun_rows);
    return s.contains(w);
}
std::span<const std::string_view> outlet_nouns() noexcept {
    return outlet_noun_rows;
}

} // namespace claimgraph::lexicon
