// Speaker resolution as a sieve of simple passes over one document, most precise first:
//   1. split person mentions into name and titles ("U.S. President Donald Trump" -> Donald Trump, role
//      "U.S. President"), and name non-person speakers by their mention;
//   2. surnames to full names: a full name said as a speaker elsewhere in the document, else a full name found
//      in the document's claims ("... U.S. President Donald Trump had agreed ..." lets "Trump said" resolve);
//   3. pronouns and nominals ("he", "they", "the official") to the most recent compatible speaker before them;
//   4. cue-less continuation paragraphs to the speaker of the attribution before them.
#include <claimgraph/graph/resolve.hpp>

#include "text_util.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <initializer_list>
#include <utility>
#include <vector>

namespace claimgraph {
namespace {

using detail::ascii_lower;
using detail::iequals;
using detail::lower;
using detail::trim;
using detail::words;
using detail::words_into;

// A fixed set of words, looked up with a cheap hash (length and three bytes) and linear probing: the word
// lists are asked about every word of every speaker mention, where std::hash over the whole word and the
// bucket chains of std::unordered_set cost more than the rest of the test.
class word_set {
public:
    word_set(std::initializer_list<std::string_view> words) {
        std::size_t size = 16;
        while (size < 4 * words.size()) size *= 2;
        slots_.resize(size);
        mask_ = size - 1;
        for (const std::string_view w : words) {
            if (w.empty() || contains(w)) continue;
            std::size_t i = hash(w) & mask_;
            while (!slots_[i].empty()) i = (i + 1) & mask_;
            slots_[i] = w;
        }
    }
    /// The set's own copy of `w` (static storage for sets made of literals), or null.
    [[nodiscard]] const std::string_view* find(std::string_view w) const noexcept {
        if (w.empty()) return nullptr;
        for (std::size_t i = hash(w) & mask_;; i = (i + 1) & mask_) {
            const std::string_view& s = slots_[i];
            if (s.empty()) return nullptr;
            if (same(s, w)) return &s;
        }
    }
    [[nodiscard]] bool contains(std::string_view w) const noexcept { return find(w) != nullptr; }

private:
    static std::size_t hash(std::string_view w) noexcept {
        const auto b = [&](std::size_t k) { return static_cast<std::size_t>(static_cast<unsigned char>(w[k])); };
        std::size_t h = w.size() * 31 + b(0) * 131 + b(w.size() - 1) * 1031 + b(w.size() / 2) * 7;
        return h ^ (h >> 7);
    }
    static bool same(std::string_view a, std::string_view b) noexcept {  // short words: no memcmp call
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i]) return false;
        return true;
    }
    std::vector<std::string_view> slots_;  // empty: vacant
    std::size_t mask_ = 0;
};

// Words that title a name rather than belong to it, lower-case without a trailing period. They end a name
// when read from the right: "Secretary of State Rex Tillerson" -> "Rex Tillerson".
const word_set& title_words() {
    static const word_set set{
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
        "congressman", "congresswoman", "gov", "governor", "mayor", "chancellor", "king", "queen", "prince",
        "princess", "pope", "chairman", "chairwoman", "chairperson", "chair", "chief", "director", "general",
        "gen", "lt", "col", "maj", "capt", "sgt", "adm", "admiral", "judge", "justice", "attorney", "ambassador",
        "envoy", "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "coo", "cto", "executive", "officer",
        "commissioner", "deputy", "leader", "speaker", "state", "foreign", "defense", "defence", "treasury",
        "finance", "coordinator", "adviser", "advisor", "official", "economist", "analyst", "lawyer",
        "professor", "prof", "premier", "sheikh", "emir", "sultan", "crown", "majority", "minority", "whip",
        "house", "white", "senate", "department", "ministry", "office", "former", "acting", "interim", "u.s",
        "us", "u.k", "uk", "eu", "un", "nato", "federal", "national", "security", "cyber", "counsel", "head",
        "founder", "owner", "partner", "manager", "president-elect", "candidate", "nominee", "strategist",
        "sec", "atty", "supt", "insp", "det", "cmdr", "brig", "reverend", "rev", "bishop", "archbishop",
        "cardinal", "rabbi", "imam", "ayatollah", "colonel", "major", "captain", "sergeant", "lieutenant",
        "commander", "marshal", "field", "republican", "democrat", "democratic", "sources", "source", "exchequer",
        "governor-general", "undersecretary", "under", "assistant", "treasurer", "comptroller", "auditor"};
    return set;
}

// Honorifics: dropped, neither name nor role. They also tell the gender.
enum class gender { unknown, male, female };
std::optional<gender> honorific(std::string_view lower_word) {
    if (lower_word == "mr" || lower_word == "sir" || lower_word == "lord" || lower_word == "messrs") return gender::male;
    if (lower_word == "mrs" || lower_word == "ms" || lower_word == "miss" || lower_word == "dame" || lower_word == "lady" ||
        lower_word == "mme" || lower_word == "madam")
        return gender::female;
    if (lower_word == "dr" || lower_word == "mx") return gender::unknown;
    return std::nullopt;
}

// Name particles allowed inside a name ("Ursula von der Leyen", "Mohammed bin Salman").
bool name_particle(std::string_view lower_word) {
    static constexpr std::array<std::string_view, 16> particles{"de", "van", "von", "der", "den", "bin", "al",
        "da", "di", "le", "la", "del", "dos", "du", "ibn", "el"};
    return std::find(particles.begin(), particles.end(), lower_word) != particles.end();
}

// Capitalised words that are not names: sentence adverbs, days, months ("Last Friday Reagan said").
bool not_name_word(std::string_view lower_word) {
    static const word_set set{"last", "next", "this", "that", "the", "but", "and",
        "however", "meanwhile", "also", "earlier", "later", "today", "yesterday", "tomorrow", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "july", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "staff", "in", "on", "at", "after", "before",
        "when", "while", "if", "as", "so", "then", "now", "still", "yet", "both", "new", "top", "senior"};
    return set.contains(lower_word);
}

// Function words that never belong to a name in lower-cased text.
bool function_word(std::string_view lower_word) {
    static const word_set set{"the", "a", "an", "of", "and", "or", "s", "in", "on",
        "at", "for", "to", "by", "with", "from", "who", "which", "that", "said", "says", "told", "his", "her",
        "their", "its", "one", "two", "three", "some", "many", "other", "others", "also", "but", "as"};
    return set.contains(lower_word);
}

// The key of a word for the word lists: lower-case, without the punctuation that sticks to it. Built in the
// caller's buffer (no allocation for words that fit; longer ones, rare, go to its string).
// trim(w, ".,;:!?\"'()"), trim(m, ",;:") and trim(r, ",;:-") as masks
constexpr std::uint64_t key_edges = detail::byte_mask(" \t\n\r.,;:!?\"'()");
constexpr std::uint64_t mention_edges = detail::byte_mask(" \t\n\r,;:");
constexpr std::uint64_t role_edges = detail::byte_mask(" \t\n\r,;:-");
struct key_buf {
    char small[40];
    std::string big;
};
std::string_view word_key(std::string_view w, key_buf& b) {
    const std::string_view t = detail::trim_mask(w, key_edges);
    char* out = b.small;
    if (t.size() > sizeof b.small) {
        b.big.resize(t.size());
        out = b.big.data();
    }
    for (std::size_t c = 0; c < t.size(); ++c) out[c] = ascii_lower(t[c]);
    return {out, t.size()};
}
std::string word_key(std::string_view w) {
    key_buf b;
    return std::string(word_key(w, b));
}

bool capitalised(std::string_view w) {
    if (w.empty()) return false;
    const auto c = static_cast<unsigned char>(w.front());
    if (c >= 'A' && c <= 'Z') return true;
    // Latin-1 capitals in UTF-8: C3 80..C3 9E (À..Þ), minus × (C3 97); Latin Extended-A has mixed case.
    return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
           static_cast<unsigned char>(w[1]) <= 0x9E && static_cast<unsigned char>(w[1]) != 0x97;
}

bool has_upper(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return detail::ascii_upper(c); });
}

bool possessive(std::string_view w) {
    return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") || w.ends_with("s'") || w.ends_with("s\xE2\x80\x99");
}

std::string join(const std::vector<std::string_view>& ws, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (!out.empty()) out.push_back(' ');
        out.append(ws[i]);
    }
    return out;
}

struct name_parts {
    std::string name;
    std::vector<std::string> roles;
    gender sex = gender::unknown;
};

// Where the name begins in the words of a person mention: ws[name_start(...)..] is the name; the words
// before it title it. Returns ws.size() when the whole mention is the name (nothing name-like, or a compound
// such as "S and P" or "Bank of England").
struct name_split {
    std::size_t start = 0;  ///< the first word of the name
    bool whole = false;     ///< the whole mention is the name (no roles, no honorific)
};

name_split find_name(const std::vector<std::string_view>& ws, bool cased) {
    key_buf b;
    // Walk from the right over name-like words.
    std::size_t start = ws.size();
    while (start > 0 && ws.size() - start < 4) {
        const std::string_view w = ws[start - 1];
        const std::string_view k = word_key(w, b);
        if (k.empty() || title_words().contains(k) || honorific(k) || possessive(w) || not_name_word(k)) break;
        const bool particle = name_particle(k) && start < ws.size();
        if (cased ? !(capitalised(w) || particle) : function_word(k)) break;
        --start;
    }
    while (start < ws.size() && name_particle(word_key(ws[start], b))) ++start;  // no name starts with "von"
    // "S and P", "Procter & Gamble": a compound of capitalised words is one name, not "P"
    // "Bank of England" likewise names an institution, not a person called England
    bool compound = false;
    if (start >= 2) {
        const std::string_view k = word_key(ws[start - 1], b);
        compound = (k == "and" || ws[start - 1] == "&" || k == "of") && capitalised(ws[start - 2]) &&
                   !title_words().contains(word_key(ws[start - 2], b));
    }
    if (start == ws.size() || compound) return {0, true};
    return {start, false};
}

// The name, roles and gender of a mention split at `at` (see find_name).
name_parts make_parts(const std::vector<std::string_view>& ws, name_split at) {
    name_parts out;
    if (at.whole) {
        out.name = join(ws, 0, ws.size());
        return out;
    }
    out.name = join(ws, at.start, ws.size());
    // The rest titles the name; honorifics are dropped (and tell the gender).
    std::string role;
    key_buf b;
    for (std::size_t i = 0; i < at.start; ++i) {
        if (auto g = honorific(word_key(ws[i], b))) {
            out.sex = *g;
            continue;
        }
        if (!role.empty()) role.push_back(' ');
        role.append(ws[i]);
    }
    const std::string_view trimmed = detail::trim_mask(role, role_edges);
    if (!trimmed.empty()) out.roles.emplace_back(trimmed);
    return out;
}

bool any_upper(const std::vector<std::string_view>& ws) {
    return std::any_of(ws.begin(), ws.end(), [](std::string_view w) { return has_upper(w); });
}

name_parts split_mention(std::string_view mention) {
    thread_local std::vector<std::string_view> ws;  // reused: this runs for every person speaker
    const std::string_view text = detail::trim_mask(mention, mention_edges);
    words_into(text, ws);
    if (ws.empty()) return {};
    return make_parts(ws, find_name(ws, any_upper(ws)));
}

// word_key() into a stack buffer, for comparisons with short words: empty when the key would not fit.
std::string_view small_key(std::string_view w, char (&buf)[32]) {
    const std::string_view t = detail::trim_mask(w, key_edges);
    if (t.size() > sizeof buf) return {};
    for (std::size_t c = 0; c < t.size(); ++c) buf[c] = ascii_lower(t[c]);
    return {buf, t.size()};
}

gender gender_of_roles(const std::vector<std::string>& roles) {
    thread_local std::vector<std::string_view> ws;  // reused: this runs for every speaker
    char buf[32];
    for (const std::string& r : roles) {
        words_into(r, ws);
        for (std::string_view w : ws) {
            const std::string_view k = small_key(w, buf);
            if (k == "spokeswoman" || k == "chairwoman" || k == "congresswoman" || k == "businesswoman" ||
                k == "queen" || k == "princess" || k == "wife" || k == "mother" || k == "daughter" || k == "widow" ||
                k == "woman" || k == "actress" || k == "sister")
                return gender::female;
            if (k == "spokesman" || k == "chairman" || k == "congressman" || k == "businessman" || k == "king" ||
                k == "prince" || k == "husband" || k == "father" || k == "son" || k == "brother" || k == "man" ||
                k == "actor")
                return gender::male;
        }
    }
    return gender::unknown;
}

// Pronouns and the kinds of speaker they can stand for.
enum class anaphor { none, he, she, they, it, nominal_person, nominal_group, nominal_org };

struct anaphor_info {
    anaphor what = anaphor::none;
    std::string_view head;  ///< the nominal's head noun ("official"), in static storage
};

anaphor_info classify_anaphor(std::string_view mention) {
    thread_local std::vector<std::string_view> ws;  // reused: this runs for every speaker
    words_into(detail::trim_mask(mention, mention_edges), ws);
    if (ws.empty() || ws.size() > 4) return {};  // pronouns and "the (adjective) official" are short
    char buf[32];
    const std::string_view first = small_key(ws.front(), buf);
    if (ws.size() == 1) {
        if (first == "he" || first == "him") return {anaphor::he, {}};
        if (first == "she" || first == "her") return {anaphor::she, {}};
        if (first == "they" || first == "them") return {anaphor::they, {}};
        if (first == "it") return {anaphor::it, {}};
        return {};
    }
    // "the official", "the senior official", "the company's spokesman"
    if (first != "the" && first != "this" && first != "that") return {};
    // "the Finance Ministry" names an organization; only a lower-case description points back
    if (std::any_of(ws.begin() + 1, ws.end(), [](std::string_view w) { return capitalised(w); })) return {};
    key_buf b;
    const std::string_view head = word_key(ws.back(), b);
    static const word_set person{"official", "spokesman", "spokeswoman",
        "spokesperson", "minister", "president", "senator", "adviser", "advisor", "diplomat", "envoy",
        "ambassador", "lawmaker", "governor", "mayor", "secretary", "chairman", "chairwoman", "chief",
        "executive", "coordinator", "source", "man", "woman", "prosecutor", "judge", "analyst", "economist",
        "candidate", "leader", "lawyer", "attorney", "representative", "congressman", "congresswoman"};
    static const word_set group{"officials", "sources", "lawmakers", "analysts",
        "diplomats", "economists", "experts", "leaders", "people", "residents", "witnesses", "investigators"};
    static const word_set org{"company", "firm", "ministry", "agency", "department",
        "government", "group", "bank", "administration", "office", "committee", "organization", "organisation",
        "party", "campaign", "union", "council", "commission", "court", "military", "army", "police", "kremlin",
        "embassy", "statement", "report"};
    // the head is kept as the set's own copy: `head` points into a buffer that dies here
    if (const std::string_view* h = person.find(head)) return {anaphor::nominal_person, *h};
    if (const std::string_view* h = group.find(head)) return {anaphor::nominal_group, *h};
    if (const std::string_view* h = org.find(head)) return {anaphor::nominal_org, *h};
    return {};
}

// "who", "which": a relative pronoun as a speaker mention.
bool relative_pronoun(std::string_view mention) {
    return iequals(mention, "who") || iequals(mention, "which");
}

gender gender_of_head(std::string_view head) {
    if (head == "spokeswoman" || head == "chairwoman" || head == "congresswoman" || head == "woman") return gender::female;
    if (head == "spokesman" || head == "chairman" || head == "congressman" || head == "man") return gender::male;
    return gender::unknown;
}

bool compatible(const anaphor_info& an, speaker_type t, gender g) {
    const gender wanted = an.what == anaphor::he ? gender::male
                        : an.what == anaphor::she ? gender::female
                                                  : gender_of_head(an.head);
    if (wanted != gender::unknown && g != gender::unknown && g != wanted) return false;
    switch (an.what) {
    case anaphor::he:
    case anaphor::she: return t == speaker_type::person || t == speaker_type::anonymous;
    case anaphor::they:
        return t == speaker_type::group || t == speaker_type::anonymous || t == speaker_type::organization;
    case anaphor::it: return t == speaker_type::organization || t == speaker_type::outlet;
    case anaphor::nominal_person: return t == speaker_type::person || t == speaker_type::anonymous;
    case anaphor::nominal_group: return t == speaker_type::group || t == speaker_type::anonymous;
    case anaphor::nominal_org: return t == speaker_type::organization;
    case anaphor::none: return false;
    }
    return false;
}

// "A company spokesman", "Analysts", "one official": a description, not a name. Such speakers are anonymous:
// every document has its own.
bool anonymous_description(std::string_view mention) {
    static const word_set nouns{"spokesman", "spokeswoman", "spokesperson",
        "spokesmen", "official", "officials", "analyst", "analysts", "trader", "traders", "dealer", "dealers",
        "economist", "economists", "source", "sources", "expert", "experts", "banker", "bankers", "diplomat",
        "diplomats", "executive", "executives", "observers", "people", "residents", "witnesses", "spokeswomen",
        "sources", "insiders", "participants", "brokers", "broker", "strategist", "strategists", "aide", "aides"};
    thread_local std::vector<std::string_view> ws;  // reused: this runs for every speaker
    words_into(mention, ws);
    key_buf b;
    if (ws.empty() || !nouns.contains(word_key(ws.back(), b))) return false;
    // "An NTT spokesman", "one Republican strategist": indefinite, so nobody named
    const std::string_view first = word_key(ws.front(), b);
    if (ws.size() >= 2 && (first == "a" || first == "an" || first == "one" || first == "another")) return true;
    for (std::size_t i = 1; i < ws.size(); ++i)
        if (capitalised(ws[i])) return false;  // "White House spokesman" is a role of somebody named elsewhere
    return true;
}

// A person-like mention: the parser said person, or the mention is a capitalised name of up to four words.
bool person_like(const attribution& a) {
    if (a.type == speaker_type::person) return true;
    if (a.type != speaker_type::unknown || !a.speaker) return false;
    const std::string_view text = a.speaker->text;
    std::size_t n = 0;
    std::string_view last;
    detail::word_cursor c(text);
    for (std::string_view w; c.next(w);) {
        last = w;
        if (++n > 6) return false;
    }
    return n != 0 && capitalised(last) && !possessive(last);
}

// Whether `text` holds `key` anywhere, ignoring ASCII case: a name whose last word's key is `key` cannot be
// in a text without it. `key` is lower-case.
bool contains_key(std::string_view text, std::string_view key) {
    if (key.empty()) return true;
    if (key.size() > text.size()) return false;
    const std::string_view rest = key.substr(1);
    const std::size_t last = text.size() - key.size();  // the last position the key can start at
    // candidates by the first byte, in either case, found with memchr
    auto search = [&](char first) {
        for (std::size_t i = 0; i <= last;) {
            const void* hit = std::memchr(text.data() + i, first, last + 1 - i);
            if (hit == nullptr) return false;
            i = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
            if (iequals(text.substr(i + 1, rest.size()), rest)) return true;
            ++i;
        }
        return false;
    };
    const char lo = key.front();
    const char up = lo >= 'a' && lo <= 'z' ? static_cast<char>(lo - 'a' + 'A') : lo;
    return search(lo) || (up != lo && search(up));
}

bool contains_any_key(std::string_view text, const std::vector<std::string>& keys) {
    return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return contains_key(text, k); });
}

bool is_needed(std::string_view key, const std::vector<std::string>& needed) {
    return std::find(needed.begin(), needed.end(), key) != needed.end();
}

// Full names ("Donald Trump", with their titles) found in the capitalised runs of a cased text. Only names
// whose last word's key is `needed` are kept: they are looked up by that key alone, for those surnames.
void scan_full_names(std::string_view text, const std::vector<std::string>& needed, std::vector<name_parts>& out) {
    if (!contains_any_key(text, needed)) return;
    // runs on every claim of every record: the word lists' storage is reused across calls
    thread_local std::vector<std::string_view> ws, run;
    words_into(text, ws);
    key_buf b;
    std::size_t i = 0;
    while (i < ws.size()) {
        if (!capitalised(ws[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        // a run of capitalised words (a particle may sit inside); a word ending in punctuation ends the run
        while (j < ws.size() && (capitalised(ws[j]) || (j > i && name_particle(word_key(ws[j], b))))) {
            const std::string_view w = ws[j];
            ++j;
            const bool abbreviation = w.size() <= 4 || w.substr(0, w.size() - 1).find('.') != std::string_view::npos;
            if (w.back() == ',' || w.back() == ';' || w.back() == ':' || (w.back() == '.' && !abbreviation)) break;
        }
        if (j - i >= 2) {
            // The run as a mention: its words, the last without trailing ".,;:" (the first word starts with a
            // capital, so nothing is trimmed there; a capitalised word or a particle keeps a letter).
            run.assign(ws.begin() + static_cast<std::ptrdiff_t>(i), ws.begin() + static_cast<std::ptrdiff_t>(j));
            std::string_view& last = run.back();
            while (!last.empty() && (last.back() == '.' || last.back() == ',' || last.back() == ';' || last.back() == ':'))
                last.remove_suffix(1);
            const name_split at = find_name(run, any_upper(run));
            const std::size_t from = at.whole ? 0 : at.start;
            if (run.size() - from >= 2 && !title_words().contains(word_key(run[from], b)) &&
                is_needed(word_key(run.back(), b), needed))
                out.push_back(make_parts(run, at));
        }
        i = j;
    }
}

// In lower-cased (normalized) text capitals are gone: only "title first last" counts as a full name there
// ("u s president donald trump had agreed" -> donald trump, role "u s president"). Only names whose last
// word's key is `needed` are kept, as above.
void scan_titled_names(std::string_view text, const std::vector<std::string>& needed, std::vector<name_parts>& out) {
    if (!contains_any_key(text, needed)) return;
    thread_local std::vector<std::string_view> ws;  // reused across calls (every claim of every record)
    words_into(text, ws);
    key_buf b;
    auto plain = [&](std::size_t k) {
        const std::string_view w = word_key(ws[k], b);
        return w.size() > 1 && !title_words().contains(w) && !function_word(w) && !not_name_word(w) && !honorific(w);
    };
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        // the title test without building a key string: titles are short lower-case words
        char buf[32];
        const std::string_view t = small_key(ws[i], buf);
        if (t.empty() || !title_words().contains(t) || !plain(i + 1) || !plain(i + 2)) continue;
        if (!is_needed(word_key(ws[i + 2], b), needed)) continue;
        std::size_t from = i;
        while (from > 0 && (title_words().contains(word_key(ws[from - 1], b)) || ws[from - 1].size() == 1)) --from;
        name_parts p;
        p.name = join(ws, i + 1, i + 3);
        p.roles.push_back(join(ws, from, i + 1));
        out.push_back(std::move(p));
    }
}

std::string last_word_key(std::string_view name) {
    const detail::word_ends e = detail::ends_of_words(name);
    return e.last.empty() ? std::string() : word_key(e.last);
}

std::string first_word_key(std::string_view name) {
    const detail::word_ends e = detail::ends_of_words(name);
    return e.first.empty() ? std::string() : word_key(e.first);
}

void add_roles(std::vector<std::string>& roles, const std::vector<std::string>& more) {
    for (const std::string& r : more)
        if (!r.empty() && std::none_of(roles.begin(), roles.end(), [&](const std::string& x) { return iequals(x, r); }))
            roles.push_back(r);
}

struct resolved {
    std::size_t item = 0;
    std::size_t position = 0;  ///< the speaker mention's begin offset
    speaker_type type = speaker_type::unknown;
    gender sex = gender::unknown;
    const std::vector<std::string>* roles = nullptr;  ///< the antecedent's roles (not changed by pass 3)
};

// A full name said as a speaker, with the keys pass 2 compares.
struct full_name {
    const name_parts* parts = nullptr;
    gender sex = gender::unknown;  ///< as known after pass 1 (pass 2 may learn more for the item itself)
    std::string last, first;       ///< last_word_key, first_word_key
};

// Per-thread storage for resolve_speakers: it runs for every document, and its lists keep their capacity.
struct resolve_scratch {
    std::vector<name_parts> parts;
    std::vector<anaphor_info> anaphors;
    std::vector<char> done;
    std::vector<full_name> full_names;
    std::vector<std::string> needed;
    std::vector<name_parts> text_names;
    std::vector<std::string> text_last;
    std::vector<resolved> speakers;
};

} // namespace

split_name split_person_mention(std::string_view mention) {
    name_parts p = split_mention(mention);
    return {std::move(p.name), std::move(p.roles)};
}

void resolve_speakers(document_attributions& doc) {
    std::vector<attribution>& items = doc.items;
    const bool cased = doc.form == text_form::raw;
    thread_local resolve_scratch scratch;
    std::vector<name_parts>& parts = scratch.parts;
    std::vector<anaphor_info>& anaphors = scratch.anaphors;
    std::vector<char>& done = scratch.done;
    std::vector<full_name>& full_names = scratch.full_names;  // full names said as speakers, in document order
    parts.clear();
    parts.resize(items.size());
    anaphors.assign(items.size(), anaphor_info{});
    done.assign(items.size(), 0);
    full_names.clear();

    // Pass 1: names and titles of person mentions; non-person speakers by their mention.
    for (std::size_t i = 0; i < items.size(); ++i) {
        attribution& a = items[i];
        if (!a.speaker) continue;
        std::string_view mention = detail::trim_mask(a.speaker->text, mention_edges);
        // A relative pronoun ("Smith, who said ..."): the parser carries its antecedent as written in
        // `canonical`; the antecedent is named (or resolved) as if it were the mention.
        std::string antecedent;
        if (relative_pronoun(mention) && !a.canonical.empty() && a.type != speaker_type::pronoun) {
            antecedent = a.canonical;
            mention = antecedent;
        }
        anaphors[i] = classify_anaphor(mention);
        if (anaphors[i].what != anaphor::none || a.type == speaker_type::pronoun) {
            a.canonical.clear();
            continue;
        }
        if (a.type == speaker_type::outlet) {
            a.canonical = canonical_outlet(mention);
            done[i] = 1;
            continue;
        }
        if ((a.type == speaker_type::person || a.type == speaker_type::unknown || a.type == speaker_type::group) &&
            anonymous_description(mention))
            a.type = speaker_type::anonymous;
        if (person_like(a)) {
            parts[i] = split_mention(mention);
            if (a.type == speaker_type::unknown) a.type = speaker_type::person;
            if (parts[i].sex == gender::unknown) parts[i].sex = gender_of_roles(a.roles);
            if (detail::word_count(parts[i].name) >= 2)
                full_names.push_back({&parts[i], parts[i].sex, last_word_key(parts[i].name), first_word_key(parts[i].name)});
            continue;
        }
        a.canonical.clear();
        detail::append_joined_words(mention, a.canonical);  // one space between words
        // an organization goes without a leading "the" ("the Finance Ministry" -> "Finance Ministry")
        if (a.type == speaker_type::organization &&
            (a.canonical.starts_with("the ") || a.canonical.starts_with("The ")))
            a.canonical.erase(0, 4);
        done[i] = 1;
    }

    // Full names mentioned in the document's claims and roles: lower priority, only used to expand one-word
    // names that no full-name speaker explains. They are looked up by their last word alone, so only those
    // surnames are wanted (`needed`), and nothing is scanned when there is none.
    std::vector<std::string>& needed = scratch.needed;
    needed.clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const attribution& a = items[i];
        if (!a.speaker || done[i] || anaphors[i].what != anaphor::none || parts[i].name.empty()) continue;
        if (detail::word_count(parts[i].name) != 1) continue;
        std::string last = last_word_key(parts[i].name);
        if (std::none_of(full_names.begin(), full_names.end(), [&](const full_name& f) { return f.last == last; }) &&
            !is_needed(last, needed))
            needed.push_back(std::move(last));
    }
    // Scanned before pass 2, which adds roles.
    std::vector<name_parts>& text_names = scratch.text_names;
    std::vector<std::string>& text_last = scratch.text_last;  // their last_word_key
    text_names.clear();
    text_last.clear();
    if (!needed.empty()) {
        for (const attribution& a : items) {
            if (cased) scan_full_names(a.content.text, needed, text_names);
            else scan_titled_names(a.content.text, needed, text_names);
            for (const std::string& r : a.roles) {
                if (cased) scan_full_names(r, needed, text_names);
                else scan_titled_names(r, needed, text_names);
            }
        }
        for (const name_parts& t : text_names) text_last.push_back(last_word_key(t.name));
    }

    // Pass 2: surname (or a variant with the same first and last word) to the full name.
    for (std::size_t i = 0; i < items.size(); ++i) {
        attribution& a = items[i];
        if (!a.speaker || done[i] || anaphors[i].what != anaphor::none || parts[i].name.empty()) continue;
        name_parts& p = parts[i];
        const bool one_word = detail::word_count(p.name) == 1;
        const std::string last = last_word_key(p.name);
        const std::string first = one_word ? std::string() : first_word_key(p.name);
        const name_parts* match = nullptr;
        gender match_sex = gender::unknown;
        for (const full_name& f : full_names)
            if (f.last == last && (one_word || f.first == first)) {
                match = f.parts;
                match_sex = f.sex;
                break;
            }
        if (match == nullptr && one_word)
            for (std::size_t t = 0; t < text_names.size(); ++t)
                if (text_last[t] == last) {
                    match = &text_names[t];
                    match_sex = match->sex;
                    break;
                }
        if (match != nullptr) {
            a.canonical = match->name;
            if (p.sex == gender::unknown) p.sex = match_sex;
            add_roles(a.roles, match->roles);  // (the item's own roles when it is the full name)
        } else {
            a.canonical = p.name;
        }
        add_roles(a.roles, p.roles);
        done[i] = 1;
    }

    // Pass 3: pronouns and nominals to the most recent compatible speaker before them.
    std::vector<resolved>& speakers = scratch.speakers;  // resolved so far, by position
    speakers.clear();
    speakers.reserve(items.size());  // one per item at most
    auto learn = [&](std::size_t i) {
        const attribution& a = items[i];
        speakers.push_back({i, a.speaker ? a.speaker->begin : 0, a.type,
                            parts[i].sex != gender::unknown ? parts[i].sex : gender_of_roles(a.roles), &a.roles});
    };
    for (std::size_t i = 0; i < items.size(); ++i)
        if (done[i] && !items[i].canonical.empty()) learn(i);
    std::stable_sort(speakers.begin(), speakers.end(),
                     [](const resolved& x, const resolved& y) { return x.position < y.position; });
    key_buf kb;
    for (std::size_t i = 0; i < items.size(); ++i) {
        attribution& a = items[i];
        const anaphor_info& an = anaphors[i];
        if (!a.speaker || an.what == anaphor::none) continue;  // unknown pronouns ("we", "I") stay unresolved
        const std::size_t at = a.speaker->begin;
        const resolved* best = nullptr;
        const resolved* best_by_role = nullptr;
        for (const resolved& r : speakers) {
            if (r.position >= at) break;
            if (!compatible(an, r.type, r.sex)) continue;
            best = &r;
            if (!an.head.empty())
                for (const std::string& role : *r.roles) {
                    detail::word_cursor c(role);
                    for (std::string_view w; c.next(w);)
                        if (word_key(w, kb) == an.head) best_by_role = &r;
                }
        }
        if (best_by_role != nullptr) best = best_by_role;
        if (best == nullptr && (an.what == anaphor::it || an.what == anaphor::nominal_org)) {
            // the extractor often types a company named by one word or an acronym ("NTT", "Merrell") as a
            // person: "it" and "the company" may point back to such a name when no organization precedes
            for (const resolved& r : speakers) {
                if (r.position >= at) break;
                if ((r.type == speaker_type::person || r.type == speaker_type::unknown) &&
                    detail::word_count(items[r.item].canonical) == 1)
                    best = &r;
            }
        }
        if (best == nullptr) continue;
        const attribution& antecedent = items[best->item];
        a.canonical = antecedent.canonical;
        a.type = antecedent.type;
        // learned later in the document from the same pronoun chain: "he" resolves to whom "he" resolved
        resolved r = *best;
        r.item = i;
        r.position = at;
        if (r.sex == gender::unknown)
            r.sex = an.what == anaphor::he ? gender::male : an.what == anaphor::she ? gender::female : gender_of_head(an.head);
        if (r.sex != gender::unknown)  // "he" tells the gender of everyone named like the antecedent
            for (resolved& other : speakers)
                if (other.sex == gender::unknown && items[other.item].canonical == a.canonical) other.sex = r.sex;
        auto pos = std::upper_bound(speakers.begin(), speakers.end(), at,
                                    [](std::size_t p, const resolved& x) { return p < x.position; });
        speakers.insert(pos, r);
    }

    // Pass 4: a continuation paragraph without cue or speaker belongs to the attribution before it.
    for (std::size_t i = 1; i < items.size(); ++i) {
        attribution& a = items[i];
        if (a.speaker || !a.canonical.empty() || a.cue_type != cue_class::none) continue;
        const attribution& prev = items[i - 1];
        if (prev.canonical.empty()) continue;
        a.canonical = prev.canonical;
        a.type = prev.type;
        if (a.outlet.empty()) a.outlet = prev.outlet;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Outlets

namespace {

struct outlet_entry {
    std::string_view canonical;
    std::string_view type;
    std::vector<std::string_view> aliases;  // lower-case
};

const std::vector<outlet_entry>& outlet_table() {
    static const std::vector<outlet_entry> table{
        {"Reuters", "news_agency", {"reuters", "thomson reuters", "reuters news"}},
        {"AP", "news_agency", {"ap", "associated press", "the associated press"}},
        {"AFP", "news_agency", {"afp", "agence france-presse", "agence france presse", "france presse"}},
        {"RIA", "news_agency", {"ria", "ria novosti", "ria news", "ria-novosti"}},
        {"TASS", "news_agency", {"tass", "itar-tass", "itar tass"}},
        {"Interfax", "news_agency", {"interfax"}},
        {"Xinhua", "news_agency", {"xinhua", "new china news agency"}},
        {"Kyodo", "news_agency", {"kyodo", "kyodo news"}},
        {"Yonhap", "news_agency", {"yonhap"}},
        {"dpa", "news_agency", {"dpa", "deutsche presse-agentur"}},
        {"ANSA", "news_agency", {"ansa"}},
        {"Bloomberg", "news_agency", {"bloomberg", "bloomberg news"}},
        {"Dow Jones", "news_agency", {"dow jones", "dow jones newswires"}},
        {"Sputnik", "news_agency", {"sputnik"}},
        {"The New York Times", "newspaper", {"nyt", "new york times", "the new york times"}},
        {"The Washington Post", "newspaper", {"washington post", "wapo"}},
        {"The Wall Street Journal", "newspaper", {"wall street journal", "wsj"}},
        {"Financial Times", "newspaper", {"financial times", "ft"}},
        {"The Guardian", "newspaper", {"guardian"}},
        {"USA Today", "newspaper", {"usa today"}},
        {"Los Angeles Times", "newspaper", {"los angeles times", "la times"}},
        {"Kommersant", "newspaper", {"kommersant"}},
        {"Izvestia", "newspaper", {"izvestia"}},
        {"Der Spiegel", "magazine", {"spiegel", "der spiegel"}},
        {"The Economist", "magazine", {"economist"}},
        {"Politico", "website", {"politico"}},
        {"Axios", "website", {"axios"}},
        {"The Hill", "newspaper", {"hill", "the hill"}},
        {"BBC", "broadcaster", {"bbc", "bbc news", "british broadcasting corporation"}},
        {"CNN", "broadcaster", {"cnn"}},
        {"Fox News", "broadcaster", {"fox news", "fox"}},
        {"NBC", "broadcaster", {"nbc", "nbc news"}},
        {"ABC", "broadcaster", {"abc", "abc news"}},
        {"CBS", "broadcaster", {"cbs", "cbs news"}},
        {"MSNBC", "broadcaster", {"msnbc"}},
        {"NPR", "broadcaster", {"npr", "national public radio"}},
        {"Al Jazeera", "broadcaster", {"al jazeera", "aljazeera"}},
        {"RT", "broadcaster", {"rt", "russia today"}},
        {"CNBC", "broadcaster", {"cnbc"}},
        {"Twitter", "social_media", {"twitter", "x", "tweet"}},
        {"Facebook", "social_media", {"facebook"}},
        {"Instagram", "social_media", {"instagram"}},
        {"YouTube", "social_media", {"youtube"}},
        {"Telegram", "social_media", {"telegram"}},
        {"Truth Social", "social_media", {"truth social"}},
    };
    return table;
}

} // namespace

std::string canonical_outlet(std::string_view name) {
    std::string_view s = trim(name, ",;:.\"'");
    std::vector<std::string_view> ws = words(s);
    // "Russia's RIA news agency": drop the possessive owner
    for (std::size_t i = 0; i + 1 < ws.size(); ++i)
        if (possessive(ws[i])) {
            ws.erase(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(i + 1));
            break;
        }
    if (ws.size() >= 2 && iequals(ws.front(), "the")) ws.erase(ws.begin());
    // trailing descriptions: "news agency", "newspaper", "agency", "news service", "wire service"
    auto drop_tail = [&](std::initializer_list<std::string_view> tail) {
        if (ws.size() <= tail.size()) return false;
        std::size_t k = ws.size() - tail.size();
        for (std::string_view t : tail)
            if (!iequals(ws[k++], t)) return false;
        ws.resize(ws.size() - tail.size());
        return true;
    };
    drop_tail({"news", "agency"}) || drop_tail({"state", "news", "agency"}) || drop_tail({"newspaper"}) ||
        drop_tail({"agency"}) || drop_tail({"news", "service"}) || drop_tail({"wire", "service"}) ||
        drop_tail({"daily"}) || drop_tail({"television"});
    std::string cleaned = join(ws, 0, ws.size());
    static const std::unordered_map<std::string, std::string_view> aliases = [] {
        std::unordered_map<std::string, std::string_view> m;
        for (const outlet_entry& e : outlet_table()) {
            m.emplace(detail::normalise_key(e.canonical), e.canonical);
            for (std::string_view alias : e.aliases) m.emplace(detail::normalise_key(alias), e.canonical);
        }
        return m;
    }();
    if (const auto it = aliases.find(detail::normalise_key(cleaned)); it != aliases.end()) return std::string(it->second);
    return cleaned;
}

std::string_view outlet_type(std::string_view canonical) {
    for (const outlet_entry& e : outlet_table())
        if (e.canonical == canonical) return e.type;
    return {};
}

} // namespace claimgraph
