// Tokens, quote pairing and sentences for raw news text. See text.hpp.
#include "text.hpp"

#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimgraph::detail {
namespace {

bool is_ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_ascii_alpha(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

/// What the UTF-8 sequence at `p` is, for the tokenizer.
enum class uclass { letter, space, newline, ldquo, rdquo, lsquo, rsquo, dash, ellipsis, punct };

struct uchar {
    uclass cls;
    std::size_t len;
};

// Classifies the code point at text[i]. Bytes of malformed UTF-8 count as letters of length 1 (they are
// never read past the end of the buffer).
inline uchar classify(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {
        if (c == '\n')
            return {uclass::newline, 1};
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            return {uclass::space, 1};
        if (is_ascii_alnum(c))
            return {uclass::letter, 1};
        return {uclass::punct, 1};
    }
    auto at = [&](std::size_t k) -> unsigned char {
        return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0;
    };
    if (c == 0xC2) {
        if (at(1) == 0xA0)
            return {uclass::space, 2}; // no-break space
        if (at(1) == 0xAB)
            return {uclass::ldquo, 2}; // «
        if (at(1) == 0xBB)
            return {uclass::rdquo, 2}; // »
        if (at(1) >= 0x80 && at(1) <= 0xBF)
            return {uclass::punct, 2}; // Latin-1 punctuation and signs
    }
    if (c == 0xE2 && at(1) == 0x80) {
        switch (at(2)) {
        case 0x9C:
        case 0x9F:
        case 0x9E:
            return {uclass::ldquo, 3}; // “ ‟ „
        case 0x9D:
            return {uclass::rdquo, 3}; // ”
        case 0x98:
        case 0x9B:
            return {uclass::lsquo, 3}; // ‘ ‛
        case 0x99:
            return {uclass::rsquo, 3}; // ’
        case 0x93:
        case 0x94:
        case 0x95:
            return {uclass::dash, 3}; // – — ―
        case 0xA6:
            return {uclass::ellipsis, 3}; // …
        case 0x80:
        case 0x81:
        case 0x82:
        case 0x83:
        case 0x84:
        case 0x85:
        case 0x86:
        case 0x87:
        case 0x88:
        case 0x89:
        case 0x8A:
        case 0x8B:
        case 0xAF:
            return {uclass::space, 3}; // spaces, ZWSP
        case 0xA8:
        case 0xA9:
            return {uclass::newline, 3}; // line and paragraph separators
        default:
            return {uclass::punct, 3};
        }
    }
    std::size_t len = 1;
    if (c >= 0xC0 && c < 0xE0)
        len = 2;
    else if (c >= 0xE0 && c < 0xF0)
        len = 3;
    else if (c >= 0xF0 && c < 0xF8)
        len = 4;
    for (std::size_t k = 1; k < len; ++k)
        if ((at(k) & 0xC0) != 0x80) {
            len = 1;
            break;
        }
    return {uclass::letter, len};
}

// Upper-case ASCII or Latin-1/Latin Extended-A upper-case letter at the start of a word.
bool starts_upper(std::string_view w) {
    if (w.empty())
        return false;
    const auto c = static_cast<unsigned char>(w[0]);
    if (c >= 'A' && c <= 'Z')
        return true;
    if (w.size() >= 2) {
        const auto d = static_cast<unsigned char>(w[1]);
        if (c == 0xC3)
            return d >= 0x80 && d <= 0x9E && d != 0x97; // À..Þ except ×
        if (c == 0xC4 || c == 0xC5)
            return (d & 1) == 0; // Ā ă ... : even code points upper
    }
    return false;
}

// Abbreviations whose period never ends a sentence when a capitalised word follows (titles, initials).
constexpr std::array<std::string_view, 28> title_abbrevs{
    "mr",   "mrs", "ms",  "dr",   "gov",  "sen", "rep", "gen", "col", "lt", "prof", "rev", "st",  "sgt",
    "capt", "adm", "maj", "cmdr", "pres", "ft",  "mt",  "jr",  "sr",  "vs", "no",   "rt",  "hon", "messrs"};
// Abbreviations whose period can end a sentence (months, company suffixes).
constexpr std::array<std::string_view, 22> other_abbrevs{
    "jan", "feb", "mar",  "apr", "jun", "jul", "aug",  "sep",  "sept", "oct",    "nov",
    "dec", "inc", "corp", "co",  "ltd", "etc", "dept", "univ", "est",  "approx", "bros"};
// Words that begin a new sentence after an abbreviation such as "U.S." or "Inc.".
constexpr std::array<std::string_view, 24> starters{
    "the",  "he",      "she",   "it",  "they", "we",    "i",   "but", "and", "in", "a",     "this",
    "that", "however", "there", "his", "her",  "their", "its", "on",  "an",  "as", "after", "if"};

template <std::size_t N> bool in(const std::array<std::string_view, N>& a, std::string_view w) {
    const std::size_t n = w.size();
    if (n == 0)
        return false; // no list holds the empty word
    for (const auto& e : a)
        if (e.size() == n && e[0] == w[0] && std::memcmp(e.data(), w.data(), n) == 0)
            return true;
    return false;
}

// Byte classes for the tokenizer: one table lookup per byte picks the path. Only `high` bytes (UTF-8) go
// through classify().
enum class bc : std::uint8_t {
    punct,   ///< any ASCII byte not listed below
    alnum,   ///< ASCII letter or digit
    space,   ///< ' '
    newline, ///< '\n'
    blank,   ///< '\t' '\r' '\f' '\v'
    high,    ///< a byte >= 0x80
};
constexpr std::array<bc, 256> byte_class = [] {
    std::array<bc, 256> a{};
    for (std::size_t c = 0x80; c < 256; ++c)
        a[c] = bc::high;
    for (std::size_t c = 'a'; c <= 'z'; ++c)
        a[c] = bc::alnum;
    for (std::size_t c = 'A'; c <= 'Z'; ++c)
        a[c] = bc::alnum;
    for (std::size_t c = '0'; c <= '9'; ++c)
        a[c] = bc::alnum;
    a[' '] = bc::space;
    a['\n'] = bc::newline;
    for (const char c : {'\t', '\r', '\f', '\v'})
        a[static_cast<unsigned char>(c)] = bc::blank;
    return a;
}();
inline bool alnum_byte(char c) {
    return byte_class[static_cast<unsigned char>(c)] == bc::alnum;
}

// A bitmap of the text's ASCII letters and digits, made in one vectorized pass before tokenizing: the tokenizer
// measures the run of letters and digits that makes most of a word with one load and a count of trailing ones,
// instead of a loop with a data-dependent exit per byte (whose mispredictions cost more than the loop). Bit i
// is set when text[i] is an ASCII letter or digit; zero bits follow the text for 16 bytes, so that every run
// stops at the end and an 8-byte load at any bit of the text stays inside the map.

/// Bit k: whether p[k] (k < 64) is an ASCII letter or digit.
inline std::uint64_t alnum_block(const char* p) noexcept {
    std::uint64_t bits = 0;
#if defined(__SSE2__)
    // Signed byte compares: bytes >= 0x80 are negative and fall outside both ranges.
    const __m128i case_bit = _mm_set1_epi8(0x20);
    const __m128i digit_lo = _mm_set1_epi8('0' - 1), digit_hi = _mm_set1_epi8('9' + 1);
    const __m128i alpha_lo = _mm_set1_epi8('a' - 1), alpha_hi = _mm_set1_epi8('z' + 1);
    for (unsigned k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const __m128i l = _mm_or_si128(v, case_bit);
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, digit_lo), _mm_cmpgt_epi8(digit_hi, v));
        const __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(l, alpha_lo), _mm_cmpgt_epi8(alpha_hi, l));
        bits |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_or_si128(digit, alpha)))}
                << (16 * k);
    }
#else
    for (unsigned k = 0; k < 64; ++k)
        bits |= std::uint64_t{alnum_byte(p[k])} << k;
#endif
    return bits;
}

// The map is read back as bytes (bit i at byte i / 8, bit i % 8), which is the layout of little-endian words.
static_assert(std::endian::native == std::endian::little, "alnum_map's byte view assumes little-endian words");

/// Fills `bits` with the map of `t`; returns it as bytes.
const unsigned char* alnum_map(std::string_view t, std::vector<std::uint64_t>& bits) {
    const std::size_t blocks = t.size() / 64;
    bits.resize(blocks + 3); // the last partial block, then two zero words
    std::uint64_t* const out = bits.data();
    for (std::size_t w = 0; w < blocks; ++w)
        out[w] = alnum_block(t.data() + 64 * w);
    // the last partial block through a buffer of zero bytes (not letters)
    char tail[64] = {};
    std::memcpy(tail, t.data() + 64 * blocks, t.size() - 64 * blocks);
    out[blocks] = alnum_block(tail);
    out[blocks + 1] = out[blocks + 2] = 0;
    return reinterpret_cast<const unsigned char*>(out);
}

/// The end of the run of ASCII letters and digits that starts at i (i itself when text[i] is none).
inline std::size_t alnum_run_end(const unsigned char* map, std::size_t i) noexcept {
    for (;;) {
        std::uint64_t v;
        std::memcpy(&v, map + (i >> 3), 8); // bits [8 * (i >> 3), +64): bit i and at least 56 after it
        const auto n = static_cast<unsigned>(std::countr_zero(~(v >> (i & 7))));
        i += n;
        if (n < 57) // the run ended inside what was loaded (else look again from where it got to)
            return i;
    }
}

/// Whether a word starts with a capital (starts_upper), with the ASCII case inline.
inline bool cap_word(std::string_view t, std::size_t b, std::size_t e) {
    const auto c = static_cast<unsigned char>(t[b]);
    if (c < 0x80)
        return static_cast<unsigned>(c - 'A') < 26u;
    return starts_upper(t.substr(b, e - b));
}

/// The abbreviation lists as one sorted table of words packed into integers (lower-case bytes, first byte
/// lowest), so that a word before a period is looked up with one packing and a binary search.
enum class abbrev : std::uint8_t { none, title, other };
struct abbrev_entry {
    std::uint64_t key = 0;
    abbrev kind = abbrev::none;
};
constexpr std::uint64_t pack_lower(std::string_view w) {
    std::uint64_t key = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        const auto ch = static_cast<unsigned char>(w[k]);
        key |= std::uint64_t{static_cast<unsigned char>(ch - 'A') < 26 ? static_cast<unsigned char>(ch + 32) : ch}
               << (8 * k);
    }
    return key;
}
constexpr std::size_t abbrev_min_len = 2, abbrev_max_len = 6;
constexpr auto abbrev_table = [] {
    std::array<abbrev_entry, title_abbrevs.size() + other_abbrevs.size()> a{};
    std::size_t n = 0;
    for (const auto w : title_abbrevs)
        a[n++] = {pack_lower(w), abbrev::title};
    for (const auto w : other_abbrevs)
        a[n++] = {pack_lower(w), abbrev::other};
    std::sort(a.begin(), a.end(), [](const abbrev_entry& x, const abbrev_entry& y) { return x.key < y.key; });
    return a;
}();
// The packing is unique because words hold no NUL byte and every entry fits in 8 bytes.
static_assert([] {
    for (const auto w : title_abbrevs)
        if (w.size() < abbrev_min_len || w.size() > abbrev_max_len)
            return false;
    for (const auto w : other_abbrevs)
        if (w.size() < abbrev_min_len || w.size() > abbrev_max_len)
            return false;
    for (std::size_t k = 1; k < abbrev_table.size(); ++k)
        if (abbrev_table[k - 1].key == abbrev_table[k].key)
            return false; // no word in both lists
    return abbrev_max_len <= 8;
}());

/// Whether `w` (any case) is in title_abbrevs or other_abbrevs.
bool is_abbreviation(std::string_view w) {
    if (w.size() < abbrev_min_len || w.size() > abbrev_max_len)
        return false;
    const std::uint64_t key = pack_lower(w);
    const auto it = std::lower_bound(abbrev_table.begin(), abbrev_table.end(), key,
                                     [](const abbrev_entry& e, std::uint64_t k) { return e.key < k; });
    return it != abbrev_table.end() && it->key == key;
}


} // namespace

void lower_into(std::string_view w, std::string& out) {
    out.resize(w.size());
    char* o = out.data();
    const char* in = w.data();
    // Branch-free so that the compiler vectorizes it (it runs over whole documents).
    for (std::size_t k = 0; k < w.size(); ++k) {
        const auto ch = static_cast<unsigned char>(in[k]);
        o[k] = static_cast<char>(ch + (static_cast<unsigned char>(ch - 'A') < 26 ? 32 : 0));
    }
}

namespace {

void tokenize(std::string_view t, std::size_t start, segmented& s) {
    auto& toks = s.tokens;
    toks.reserve(t.size() / 5 + 8);
    const unsigned char* const alnum = alnum_map(t, s.byte_bits);
    const char* const p = t.data();
    const std::size_t size = t.size();
    bool para = true;
    int newlines = 0;
    std::size_t i = start;
    auto& marks = s.marks;
    // `period`: a word that ends in a period (an abbreviation's).
    auto push = [&](std::size_t b, std::size_t e, tok k, bool cap = false, bool period = false) {
        if (para || k == tok::open_quote || k == tok::close_quote || k == tok::stop || period)
            marks.push_back(static_cast<std::uint32_t>(toks.size()));
        toks.push_back(token{.begin = static_cast<std::uint32_t>(b),
                             .end = static_cast<std::uint32_t>(e),
                             .kind = k,
                             .cap = cap,
                             .para_start = para});
        para = false;
    };
    // A line break (`len` bytes at i). It is a paragraph break after sentence punctuation or a closing
    // quote, before an opening quote, or when a blank line follows; otherwise the text is hard-wrapped
    // (Reuters-21578 bodies) and the break is a space.
    auto newline = [&](std::size_t len) {
        ++newlines;
        if (newlines >= 2 || toks.empty()) {
            para = true;
        } else {
            const auto& last = toks.back();
            const bool ends = last.kind == tok::stop || last.kind == tok::close_quote || last.kind == tok::colon ||
                              last.kind == tok::rparen || (last.kind == tok::other && t[last.begin] == '"') ||
                              (last.kind == tok::other && last.end - last.begin == 3); // ’ or …
            std::size_t n = i + len;
            while (n < size && (p[n] == ' ' || p[n] == '\t'))
                ++n;
            const bool opens = n < size && (p[n] == '"' || (n + 1 < size && p[n] == '\'' && p[n + 1] == '\'') ||
                                            (n + 2 < size && p[n] == '\xE2' && p[n + 1] == '\x80' &&
                                             p[n + 2] == '\x9C'));
            if (ends || opens)
                para = true;
        }
        i += len;
    };
    // ASCII punctuation at i.
    auto punct = [&] {
        const std::size_t b = i;
        ++i;
        switch (p[b]) {
        case ',':
            push(b, i, tok::comma);
            break;
        case '.':
            // "..." is not a sentence end inside a quote; treat a run of periods as one token.
            while (i < size && p[i] == '.')
                ++i;
            push(b, i, i - b >= 3 ? tok::other : tok::stop);
            break;
        case '!':
        case '?':
            push(b, i, tok::stop);
            break;
        case ':':
            push(b, i, tok::colon);
            break;
        case ';':
            push(b, i, tok::semicolon);
            break;
        case '(':
        case '[':
            push(b, i, tok::lparen);
            break;
        case ')':
        case ']':
            push(b, i, tok::rparen);
            break;
        case '-':
            while (i < size && p[i] == '-')
                ++i;
            push(b, i, tok::dash);
            break;
        case '\'':
            if (i < size && p[i] == '\'') {
                // '' is a double quotation mark in some house styles (The New York Times archive).
                ++i;
                const bool after_space2 = b == 0 || p[b - 1] == ' ' || p[b - 1] == '\n' || p[b - 1] == '(' ||
                                          p[b - 1] == '\t' || static_cast<unsigned char>(p[b - 1]) >= 0x80;
                push(b, i, after_space2 ? tok::open_quote : tok::close_quote);
            } else {
                push(b, i, tok::other);
            }
            break;
        case '"': {
            // Straight double quote: opening after space or opening punctuation, closing otherwise.
            const bool after_space = b == 0 || p[b - 1] == ' ' || p[b - 1] == '\n' || p[b - 1] == '(' ||
                                     p[b - 1] == '\t' || static_cast<unsigned char>(p[b - 1]) >= 0x80;
            push(b, i, after_space ? tok::open_quote : tok::close_quote);
            break;
        }
        default:
            push(b, i, tok::other);
            break;
        }
    };
    // A non-ASCII quotation mark, dash or other punctuation `u` at i.
    auto mark = [&](uchar u) {
        const std::size_t b = i;
        i += u.len;
        switch (u.cls) {
        case uclass::ldquo: {
            // A wrongly turned closing mark: "“Apparently not,“ he said." (after sentence punctuation, before
            // a blank or the end) closes.
            const bool turned = b > 0 &&
                                (p[b - 1] == ',' || p[b - 1] == '.' || p[b - 1] == '?' || p[b - 1] == '!') &&
                                (i >= size || p[i] == ' ' || p[i] == '\n' || p[i] == '\r');
            push(b, i, turned ? tok::close_quote : tok::open_quote);
            break;
        }
        case uclass::rdquo:
        case uclass::rsquo:
            push(b, i, tok::close_quote);
            break;
        case uclass::lsquo:
            push(b, i, tok::open_quote);
            break;
        case uclass::dash:
            push(b, i, tok::dash);
            break;
        default: // the ellipsis and other punctuation or signs
            push(b, i, tok::other);
            break;
        }
    };
    while (i < size) {
        std::size_t first_len = 1; // of the first character of a word
        const bc cls = byte_class[static_cast<unsigned char>(p[i])];
        if (cls == bc::alnum)
            goto word; // the commonest case first, without the switch's table jump
        switch (cls) {
        case bc::space:
            ++i;
            while (i < size && p[i] == ' ')
                ++i;
            continue;
        case bc::alnum:
            break;
        case bc::newline:
            newline(1);
            continue;
        case bc::blank:
            ++i;
            while (i < size && p[i] == ' ')
                ++i;
            continue;
        case bc::punct:
            newlines = 0;
            punct();
            continue;
        case bc::high: {
            // A UTF-8 sequence (or a stray byte >= 0x80).
            const auto u = classify(t, i);
            if (u.cls == uclass::newline) {
                newline(u.len);
                continue;
            }
            if (u.cls == uclass::space) {
                i += u.len;
                while (i < size && p[i] == ' ')
                    ++i;
                continue;
            }
            if (u.cls != uclass::letter) {
                newlines = 0;
                mark(u);
                continue;
            }
            first_len = u.len;
            break;
        }
        }
    // A word whose first character (a letter or digit) is `first_len` bytes at i.
    word:
        newlines = 0;
        const std::size_t b = i;
        i += first_len;
        for (;;) {
            i = alnum_run_end(alnum, i);
            if (i >= size || p[i] == ' ' || p[i] == '\n')
                break; // the commonest word end
            const auto v = classify(t, i);
            if (v.cls == uclass::letter) {
                i += v.len;
                continue;
            }
            const auto c = static_cast<unsigned char>(p[i]);
            const auto prev = static_cast<unsigned char>(p[i - 1]);
            if (v.cls == uclass::rsquo || c == '\'') {
                // Apostrophe inside a word: Russia’s, don’t, O'Neill.
                const std::size_t n = i + v.len;
                if (n < size && is_ascii_alpha(static_cast<unsigned char>(p[n]))) {
                    i = n;
                    continue;
                }
                break;
            }
            if ((c == '-' || c == '.' || c == ',' || c == '/') && i + 1 < size) {
                const auto next = static_cast<unsigned char>(p[i + 1]);
                const bool joins = (c == '-' && classify(t, i + 1).cls == uclass::letter && prev != ' ') ||
                                   (c == '.' && is_ascii_alpha(prev) && is_ascii_alpha(next) &&
                                    (i - b == 1 || p[i - 2] == '.')) || // U.S, J.D, p.m
                                   ((c == '.' || c == ',' || c == '/') && is_digit(prev) && is_digit(next));
                if (joins) {
                    i += 1;
                    continue;
                }
            }
            break;
        }
        // An abbreviation keeps its period: U.S., Mr., J., p.m., Jan. (No other word ends in a period: a
        // period inside a word is always followed by a letter or digit.)
        bool period = false;
        if (i < size && p[i] == '.') {
            const std::string_view w = t.substr(b, i - b);
            const bool initial = w.size() == 1 && starts_upper(w);
            if (initial || w.find('.') != std::string_view::npos || is_abbreviation(w)) {
                i += 1;
                period = true;
            }
        }
        push(b, i, tok::word, cap_word(t, b, i), period);
        // Skip the blank that usually follows here rather than in the next round.
        while (i < size && p[i] == ' ')
            ++i;
    }
}

bool is_single(std::string_view t, const token& k) {
    return k.end - k.begin == 3 && static_cast<unsigned char>(t[k.begin + 2]) <= 0x9B &&
           static_cast<unsigned char>(t[k.begin]) == 0xE2 &&
           (static_cast<unsigned char>(t[k.begin + 2]) == 0x98 ||
            static_cast<unsigned char>(t[k.begin + 2]) == 0x99 ||
            static_cast<unsigned char>(t[k.begin + 2]) == 0x9B);
}
bool is_straight(std::string_view t, const token& k) {
    return t[k.begin] == '"' || t[k.begin] == '\'';
}

void pair_quotes(segmented& s, std::vector<diagnostic>& diags) {
    auto& toks = s.tokens;
    const auto t = s.text;
    std::int32_t open = -1; // token index of the open double (or top-level single) quote
    bool open_single = false;
    std::int32_t nested = -1;      // an open single quote inside a double quote
    std::size_t last_para_end = 0; // end offset of the last token of the previous paragraph
    auto close_span = [&](std::int32_t close_tok, std::uint32_t content_end) {
        quote_span q;
        q.open = open;
        q.close = close_tok;
        q.single = open_single;
        q.content_begin = toks[static_cast<std::size_t>(open)].end;
        q.content_end = std::max(content_end, q.content_begin);
        const auto idx = static_cast<std::int32_t>(s.quotes.size());
        toks[static_cast<std::size_t>(open)].quote = idx;
        if (close_tok >= 0)
            toks[static_cast<std::size_t>(close_tok)].quote = idx;
        s.quotes.push_back(q);
        open = -1;
        open_single = false;
        nested = -1;
    };
    bool next_continues = false;
    // Only quotation marks and paragraph starts change the state (no other token ever becomes a quote mark), so
    // the loop visits just the tokenizer's list (which also holds stops and words ending in a period, inert here).
    for (const std::uint32_t m : s.marks) {
        const std::size_t i = m;
        auto& k = toks[i];
        if (k.para_start && i > 0) {
            last_para_end = toks[i - 1].end;
            if (open >= 0) {
                const bool opens_quote = k.kind == tok::open_quote && !is_single(t, k);
                bool closes_later = false;
                if (!opens_quote && !open_single) {
                    for (std::size_t j = i; j < toks.size() && (j == i || !toks[j].para_start); ++j) {
                        if (toks[j].kind == tok::open_quote && !is_single(t, toks[j]))
                            break;
                        if (toks[j].kind == tok::close_quote && !is_single(t, toks[j])) {
                            closes_later = true;
                            break;
                        }
                    }
                }
                if (opens_quote) {
                    close_span(-1, static_cast<std::uint32_t>(last_para_end));
                    next_continues = true;
                } else if (!closes_later) {
                    if (!open_single)
                        diags.push_back({toks[static_cast<std::size_t>(open)].begin,
                                         "quotation mark never closed; quote ends at the paragraph end"});
                    close_span(-1, static_cast<std::uint32_t>(last_para_end));
                }
            }
            nested = -1;
        }
        const bool single = (k.kind == tok::open_quote || k.kind == tok::close_quote) && is_single(t, k);
        if (k.kind == tok::open_quote) {
            if (single) {
                if (open >= 0 && !open_single) {
                    nested = static_cast<std::int32_t>(i);
                    k.kind = tok::other;
                } else if (open < 0) {
                    open = static_cast<std::int32_t>(i);
                    open_single = true;
                } else
                    k.kind = tok::other;
                continue;
            }
            if (open >= 0 && open_single) {
                // A double quote inside a single-quoted passage: the single mark was an apostrophe.
                toks[static_cast<std::size_t>(open)].kind = tok::other;
                open = -1;
                open_single = false;
            }
            if (open >= 0) {
                if (is_straight(t, k)) {
                    k.kind = tok::close_quote;
                    close_span(static_cast<std::int32_t>(i), k.begin);
                    continue;
                }
                diags.push_back({toks[static_cast<std::size_t>(open)].begin,
                                 "quotation mark opened again before it was closed"});
                close_span(-1, k.begin);
            }
            open = static_cast<std::int32_t>(i);
            open_single = false;
            if (next_continues && k.para_start) {
                // marked below once the span exists
            }
            continue;
        }
        if (k.kind == tok::close_quote) {
            if (single) {
                if (nested >= 0) {
                    nested = -1;
                    k.kind = tok::other;
                    continue;
                }
                if (open >= 0 && open_single) {
                    close_span(static_cast<std::int32_t>(i), k.begin);
                    continue;
                }
                k.kind = tok::other; // a possessive apostrophe ("officials’")
                continue;
            }
            if (open >= 0 && open_single) {
                toks[static_cast<std::size_t>(open)].kind = tok::other;
                open = -1;
                open_single = false;
            }
            if (open >= 0) {
                const bool cont = next_continues;
                close_span(static_cast<std::int32_t>(i), k.begin);
                if (cont)
                    s.quotes.back().continued = true;
                next_continues = false;
                continue;
            }
            if (is_straight(t, k)) {
                open = static_cast<std::int32_t>(i);
                open_single = false;
                k.kind = tok::open_quote;
                continue;
            }
            diags.push_back({k.begin, "closing quotation mark without an opening one"});
            k.kind = tok::other;
        }
    }
    if (open >= 0) {
        if (open_single) {
            toks[static_cast<std::size_t>(open)].kind = tok::other;
        } else {
            diags.push_back({toks[static_cast<std::size_t>(open)].begin,
                             "quotation mark never closed; quote ends at the end of the text"});
            const bool cont = next_continues;
            close_span(-1, toks.back().end);
            if (cont)
                s.quotes.back().continued = true;
        }
    }
    // Quote spans that end at a paragraph end may be "continued" paragraphs themselves: mark a span as
    // continued when its open mark starts a paragraph and the previous span was closed by that paragraph end.
    for (std::size_t q = 1; q < s.quotes.size(); ++q) {
        const auto& prev = s.quotes[q - 1];
        const auto& open_tok = toks[static_cast<std::size_t>(s.quotes[q].open)];
        if (prev.close < 0 && !prev.single && open_tok.para_start)
            s.quotes[q].continued = true;
    }
    // Depth: tokens strictly inside a quote span.
    for (const auto& q : s.quotes) {
        for (std::size_t j = static_cast<std::size_t>(q.open) + 1; j < toks.size(); ++j) {
            if (q.close >= 0 && j == static_cast<std::size_t>(q.close))
                break;
            if (toks[j].begin >= q.content_end)
                break;
            ++toks[j].depth; // at most 1: spans never overlap
        }
    }
}

void split_sentences(segmented& s) {
    // Spans rather than the vectors: their sizes stay in registers across the push_backs into s.sentences.
    const std::span<const token> toks(s.tokens);
    const auto t = s.text;
    std::uint32_t para = 0;
    std::uint32_t first = 0;
    std::string low;
    s.paragraph_of.resize(toks.size());
    const std::span<std::uint32_t> paragraph_of(s.paragraph_of);
    auto next_outer = [&](std::size_t i) {
        std::size_t j = i + 1;
        while (j < toks.size() && toks[j].depth > 0)
            ++j;
        return j;
    };
    // “Who knows?” Peskov said on Tuesday. : a short speaker + cue (+ adverbials) closing the sentence
    // attaches to the quote before it; "... start.” Trump said he had ..." starts a new sentence.
    auto attribution_follows = [&](std::size_t j) {
        std::size_t words = 0;
        for (; j < toks.size() && toks[j].kind == tok::word && !toks[j].para_start && words < 6;
             ++j, ++words) {
            lower_into(t.substr(toks[j].begin, toks[j].end - toks[j].begin), low);
            const auto* c = lexicon::find_cue(low);
            if (!c || c->form == lexicon::verb_form::gerund || words == 0)
                continue;
            std::size_t k = j + 1, extra = 0;
            while (k < toks.size() && toks[k].kind == tok::word && extra < 4) {
                ++k;
                ++extra;
            }
            return k >= toks.size() || toks[k].kind == tok::stop || toks[k].kind == tok::comma ||
                   toks[k].para_start;
        }
        return false;
    };
    auto emit = [&](std::size_t last) {
        if (last > first)
            s.sentences.push_back({first, static_cast<std::uint32_t>(last), para});
        first = static_cast<std::uint32_t>(last);
    };
    // Only the listed tokens (paragraph starts, quote marks, stops, words ending in a period) can end a sentence
    // or start a paragraph; the tokens between two of them just take the current paragraph index.
    std::size_t filled = 0; // paragraph_of[0, filled) is set
    for (const std::uint32_t m : s.marks) {
        const std::size_t i = m;
        if (i < filled)
            continue; // a closing parenthesis already taken with the stop before it
        std::fill(paragraph_of.begin() + static_cast<std::ptrdiff_t>(filled),
                  paragraph_of.begin() + static_cast<std::ptrdiff_t>(i), para);
        filled = i + 1;
        const auto& k = toks[i];
        if (k.para_start && k.depth == 0) {
            emit(i);
            if (i > 0)
                ++para;
        } else if (k.para_start && i > 0) {
            ++para;
        }
        paragraph_of[i] = para;
        if (k.depth > 0)
            continue;
        // Only a closing quote and a word ending in a period look at the next token outside quotes.
        const bool looks_ahead = (k.kind == tok::close_quote && k.quote >= 0) ||
                                 (k.kind == tok::word && t[k.end - 1] == '.');
        const std::size_t n = looks_ahead ? next_outer(i) : i + 1;
        const bool next_starts =
            looks_ahead && n < toks.size() && !toks[n].para_start &&
            ((toks[n].kind == tok::word && toks[n].cap) || toks[n].kind == tok::open_quote);
        if (k.kind == tok::stop) {
            // A stop ends the sentence; closing parentheses right after it stay with it.
            std::size_t e = i + 1;
            while (e < toks.size() && toks[e].kind == tok::rparen && toks[e].depth == 0 &&
                   !toks[e].para_start)
                ++e;
            // "(D-Wis.) said": a stop followed by a lower-case word does not end the sentence.
            const bool lower_next = e < toks.size() && toks[e].kind == tok::word && !toks[e].cap &&
                                    static_cast<unsigned char>(t[toks[e].begin]) < 0x80 &&
                                    !(t[toks[e].begin] >= '0' && t[toks[e].begin] <= '9');
            if (e < toks.size() && !toks[e].para_start && !lower_next) {
                for (std::size_t j = i + 1; j < e; ++j)
                    paragraph_of[j] = para;
                filled = e;
                emit(e);
            }
        } else if (k.kind == tok::close_quote && k.quote >= 0 && next_starts) {
            // “… start.” Trump said: a quote that ends with sentence punctuation ends the sentence.
            const auto& q = s.quotes[static_cast<std::size_t>(k.quote)];
            if (q.open >= 0 && static_cast<std::size_t>(q.open) + 1 < i) {
                const auto& last_inside = toks[i - 1];
                if (last_inside.kind == tok::stop && !attribution_follows(i + 1))
                    emit(i + 1);
            }
        } else if (k.kind == tok::word && next_starts && t[k.end - 1] == '.' && toks[n].kind == tok::word) {
            lower_into(t.substr(k.begin, k.end - k.begin - 1), low);
            const bool title = in(title_abbrevs, low) || (k.end - k.begin == 2);
            std::string nxt;
            lower_into(t.substr(toks[n].begin, toks[n].end - toks[n].begin), nxt);
            if (!title && in(starters, nxt))
                emit(i + 1);
        }
    }
    std::fill(paragraph_of.begin() + static_cast<std::ptrdiff_t>(filled), paragraph_of.end(), para);
    emit(toks.size());
}

} // namespace

void segment(std::string_view text, std::size_t start, segmented& out, std::vector<diagnostic>& diags) {
    // `out` may be reused across documents (its vectors keep their capacity).
    out.text = text;
    out.tokens.clear();
    out.quotes.clear();
    out.sentences.clear();
    out.paragraph_of.clear();
    out.marks.clear();
    tokenize(text, start, out);
    pair_quotes(out, diags);
    split_sentences(out);
}

} // namespace claimgraph::detail
