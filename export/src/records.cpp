#include <claimgraph/export/records.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimgraph {
namespace {

// Bytes a JSON string must escape: control bytes (< 0x20), the quote and the backslash.
[[maybe_unused]] bool special(unsigned char c) noexcept { return c < 0x20 || c == '"' || c == '\\'; }

// The first byte of [s, end) that needs escaping, or `end`. `begin` <= s is the start of the whole text
// (the SSE2 tail may look back into it instead of reading past `end`).
const char* find_special([[maybe_unused]] const char* begin, const char* s, const char* end) noexcept {
#if defined(__SSE2__)
    // 16 bytes at a time: x <= 0x1F (unsigned) is max(x, 0x1F) == 0x1F
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), ctrl = _mm_set1_epi8(0x1F);
    auto flags = [&](__m128i v) {
        return static_cast<unsigned>(_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                         _mm_cmpeq_epi8(_mm_max_epu8(v, ctrl), ctrl))));
    };
    for (; end - s >= 16; s += 16)
        if (const unsigned mask = flags(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s))))
            return s + std::countr_zero(mask);
    const auto n = static_cast<unsigned>(end - s);  // 0..15 bytes left
    if (n == 0) return end;
    unsigned mask;
    if (end - begin >= 16) {
        // the last 16 bytes of the text, of which the last n are the ones left
        mask = flags(_mm_loadu_si128(reinterpret_cast<const __m128i*>(end - 16))) >> (16 - n);
    } else {
        // a short text: through a buffer of plain bytes, so that nothing past the text is read
        char buf[16];
        std::memset(buf, 'a', sizeof buf);
        std::memcpy(buf, s, n);
        mask = flags(_mm_loadu_si128(reinterpret_cast<const __m128i*>(buf))) & ((1u << n) - 1);
    }
    return mask != 0 ? s + std::countr_zero(mask) : end;
#else
    // 8 bytes at a time (SWAR): the lowest flagged byte is always a real one (borrows only run upwards)
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    for (; end - s >= 8; s += 8) {
        std::uint64_t v;
        std::memcpy(&v, s, 8);
        const std::uint64_t ctrl = (v - ones * 0x20) & ~v;  // high bit set where byte < 0x20
        const std::uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
        const std::uint64_t hit = (ctrl | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs;
        if (hit) {
            if constexpr (std::endian::native == std::endian::little) return s + (std::countr_zero(hit) >> 3);
            break;  // big-endian: finish byte by byte
        }
    }
    while (s < end && !special(static_cast<unsigned char>(*s))) ++s;
    return s;
#endif
}

// Worst case of a JSON string for `n` bytes of text: every byte as \u00XX, and the quotes.
constexpr std::size_t json_bound(std::size_t n) noexcept { return 6 * n + 2; }

// Writes `text` as a JSON string at `out` (room for json_bound(text.size()) bytes); returns the new end.
char* put_json_string(char* out, std::string_view text) noexcept {
    *out++ = '"';
    const char* s = text.data();
    const char* const end = s + text.size();
    for (;;) {
        const char* stop = find_special(text.data(), s, end);
        std::memcpy(out, s, static_cast<std::size_t>(stop - s));
        out += stop - s;
        if (stop == end) break;
        const auto c = static_cast<unsigned char>(*stop);
        s = stop + 1;
        *out++ = '\\';
        switch (c) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '\n': *out++ = 'n'; break;
        case '\r': *out++ = 'r'; break;
        case '\t': *out++ = 't'; break;
        case '\b': *out++ = 'b'; break;
        case '\f': *out++ = 'f'; break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            std::memcpy(out, "u00", 3);
            out[3] = hex[c >> 4];
            out[4] = hex[c & 15];
            out += 5;
        }
        }
    }
    *out++ = '"';
    return out;
}

// Appends to a string through a raw cursor. room(n) makes space for n more bytes at once (a bound of what
// follows), so the many small pieces of a record are plain stores; finish() cuts the string to what was
// written. Between room() and finish() the string holds unspecified bytes past the cursor.
class writer {
public:
    explicit writer(std::string& s) : s_(s), used_(s.size()) {}
    writer(const writer&) = delete;
    writer& operator=(const writer&) = delete;

    void room(std::size_t n) {
        used_ = static_cast<std::size_t>(p_ - s_.data());
        // resize() zero-fills what it exposes: grow by just what is missing (the capacity still grows
        // geometrically), so that about the written bytes get filled once, not twice the buffer
        if (s_.size() - used_ < n) s_.resize(used_ + n);
        p_ = s_.data() + used_;
    }
    void finish() { s_.resize(static_cast<std::size_t>(p_ - s_.data())); }

    template <std::size_t N>
    void lit(const char (&text)[N]) noexcept {  // a string literal, without its terminating NUL
        std::memcpy(p_, text, N - 1);
        p_ += N - 1;
    }
    void raw(std::string_view text) noexcept {
        std::memcpy(p_, text.data(), text.size());
        p_ += text.size();
    }
    void str(std::string_view text) noexcept { p_ = put_json_string(p_, text); }
    void str_or_null(std::string_view text) noexcept {
        if (text.empty()) lit("null");
        else str(text);
    }
    void number(std::size_t n) noexcept {
        // offsets have a few digits: count them, then write them backwards in place, two digits per
        // division (to_chars and a memcpy of a variable length are both out-of-line calls)
        static constexpr char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                        "8081828384858687888990919293949596979899";
        std::size_t digits = 1;
        std::size_t v = n;
        for (; v >= 10000; v /= 10000) digits += 4;
        digits += static_cast<std::size_t>(v >= 10) + static_cast<std::size_t>(v >= 100) +
                  static_cast<std::size_t>(v >= 1000);
        char* d = p_ + digits;
        p_ = d;
        while (n >= 100) {
            const std::size_t r = n % 100;
            n /= 100;
            d -= 2;
            d[0] = pairs[2 * r];
            d[1] = pairs[2 * r + 1];
        }
        if (n >= 10) {
            d -= 2;
            d[0] = pairs[2 * n];
            d[1] = pairs[2 * n + 1];
        } else {
            *--d = static_cast<char>('0' + n);
        }
    }
    void name(std::string_view stable) noexcept {  // a stable name: plain ASCII that never needs escaping
        *p_++ = '"';
        for (char c : stable) *p_++ = c;  // a dozen bytes at most: cheaper than a memcpy call
        *p_++ = '"';
    }
    void mention(const claimgraph::mention& m) noexcept {
        lit("{\"text\":");
        str(m.text);
        lit(",\"begin\":");
        number(m.begin);
        lit(",\"end\":");
        number(m.end);
        *p_++ = '}';
    }
    void optional_mention(const std::optional<claimgraph::mention>& m) noexcept {
        if (m) mention(*m);
        else lit("null");
    }

private:
    std::string& s_;
    std::size_t used_;
    char* p_ = s_.data() + used_;
};

// Bound of a mention written by writer::mention (or null). Two overloads: a plain mention must not go
// through an optional (that would copy its text).
std::size_t mention_bound(const mention& m) noexcept {
    return json_bound(m.text.size()) + 80;  // keys 25 bytes, two numbers of up to 20
}
std::size_t mention_bound(const std::optional<mention>& m) noexcept { return m ? mention_bound(*m) : 4; }

} // namespace

void append_json_string(std::string& out, std::string_view text) {
    writer w(out);
    w.room(json_bound(text.size()));
    w.str(text);
    w.finish();
}

void append_records(std::string& line, const document_attributions& doc, const records_options& options) {
    if (doc.items.empty() && !options.document_records) return;
    // the document's own fields are the same on every record: escaped once, with the keys around them
    thread_local std::string head, tail;  // reused: this runs for every document
    head.assign("{\"doc\":");
    append_json_string(head, doc.doc);
    const std::size_t doc_end = head.size();
    head.append(",\"speaker\":");
    tail.assign(",\"publisher\":");
    if (doc.publisher.empty()) tail.append("null");
    else append_json_string(tail, doc.publisher);
    const std::size_t publisher_end = tail.size();
    tail.append(",\"mode\":\"").append(to_string(doc.form)).append("\"}\n");
    const std::string_view doc_json = std::string_view(head).substr(7, doc_end - 7);
    const std::string_view publisher_json = std::string_view(tail).substr(13, publisher_end - 13);
    writer w(line);
    for (const attribution& a : doc.items) {
        // The fixed keys and names take under 300 bytes; every string at most json_bound of its text.
        std::size_t bound = 320 + head.size() + tail.size() + mention_bound(a.speaker) + mention_bound(a.cue) +
                            mention_bound(a.content) + json_bound(a.canonical.size()) + json_bound(a.outlet.size()) +
                            json_bound(a.cited_by.size()) + 24;
        for (const std::string& r : a.roles) bound += json_bound(r.size()) + 1;
        w.room(bound);
        w.raw(head);
        w.optional_mention(a.speaker);
        w.lit(",\"canonical\":");
        w.str_or_null(a.canonical);
        w.lit(",\"speaker_type\":");
        w.name(to_string(a.type));
        w.lit(",\"cue\":");
        w.optional_mention(a.cue);
        w.lit(",\"content\":");
        w.mention(a.content);
        w.lit(",\"kind\":");
        w.name(to_string(a.kind));
        w.lit(",\"outlet\":");
        w.str_or_null(a.outlet);
        w.lit(",\"cue_class\":");
        w.name(to_string(a.cue_type));
        w.lit(",\"roles\":[");
        for (std::size_t i = 0; i < a.roles.size(); ++i) {
            if (i) w.lit(",");
            w.str(a.roles[i]);
        }
        w.lit("],\"cited_by\":");
        w.str_or_null(a.cited_by);
        w.lit(",\"continues\":");
        if (a.continues) w.number(*a.continues);
        else w.lit("null");
        w.raw(tail);
    }
    if (options.document_records) {
        w.room(200 + doc_json.size() + publisher_json.size());
        w.lit("{\"record\":\"document\",\"doc\":");
        w.raw(doc_json);
        w.lit(",\"publisher\":");
        w.raw(publisher_json);
        w.lit(",\"mode\":");
        w.name(to_string(doc.form));
        w.lit(",\"attributions\":");
        w.number(doc.items.size());
        w.lit(",\"diagnostics\":[");
        for (std::size_t i = 0; i < doc.diagnostics.size(); ++i) {
            w.room(64 + json_bound(doc.diagnostics[i].message.size()));
            if (i) w.lit(",");
            w.lit("{\"offset\":");
            w.number(doc.diagnostics[i].offset);
            w.lit(",\"message\":");
            w.str(doc.diagnostics[i].message);
            w.lit("}");
        }
        w.room(4);
        w.lit("]}\n");
    }
    w.finish();
}

void write_records(std::ostream& out, const document_attributions& doc, const records_options& options) {
    std::string lines;
    append_records(lines, doc, options);
    out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
}

} // namespace claimgraph
