#pragma once
// Small byte-level text helpers shared by resolution and keys. Text is UTF-8; only ASCII is case-folded.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

inline char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool ascii_alnum(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

inline bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

/// A set of ASCII bytes below 64 (spacing and punctuation) as a bit mask, for trim_mask().
constexpr std::uint64_t byte_mask(std::string_view bytes) noexcept {
    std::uint64_t m = 0;
    for (char c : bytes) m |= std::uint64_t{1} << (static_cast<unsigned char>(c) & 63);
    return m;
}
inline bool in_mask(char c, std::uint64_t mask) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return u < 64 && ((mask >> u) & 1) != 0;
}

/// trim() for a fixed set of edge bytes, all below 64 (`mask` from byte_mask() with the spacing included).
inline std::string_view trim_mask(std::string_view s, std::uint64_t mask) noexcept {
    while (!s.empty() && in_mask(s.front(), mask)) s.remove_prefix(1);
    while (!s.empty() && in_mask(s.back(), mask)) s.remove_suffix(1);
    // a no-break space (C2 A0) at either edge
    while (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') s.remove_prefix(2);
    while (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s[s.size() - 1] == '\xA0') s.remove_suffix(2);
    return s;
}

/// Trims ASCII spaces, tabs, newlines and the punctuation that sticks to mentions at their edges.
inline std::string_view trim(std::string_view s, std::string_view extra = {}) noexcept {
    bool small = true;  // every extra byte below 64 (all callers' sets are): the mask form
    for (char e : extra) small = small && static_cast<unsigned char>(e) < 64;
    if (small) return trim_mask(s, byte_mask(" \t\n\r") | byte_mask(extra));
    auto strip = [&](char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
        for (char e : extra)
            if (c == e) return true;
        return false;
    };
    while (!s.empty() && strip(s.front())) s.remove_prefix(1);
    while (!s.empty() && strip(s.back())) s.remove_suffix(1);
    while (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') s.remove_prefix(2);
    while (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s[s.size() - 1] == '\xA0') s.remove_suffix(2);
    return s;
}

/// Splits on runs of ASCII whitespace and no-break spaces.
inline void words_into(std::string_view s, std::vector<std::string_view>& out);

inline std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    words_into(s, out);
    return out;
}

/// The length of the word separator (ASCII whitespace: 1, a no-break space C2 A0: 2) at `s[k]`, else 0.
inline std::size_t space_at(std::string_view s, std::size_t k) noexcept {
    const char c = s[k];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (c == '\xC2' && k + 1 < s.size() && s[k + 1] == '\xA0') return 2;
    return 0;
}

/// Walks the words of `s` (as words() splits them) without storing them: `next` returns false at the end.
class word_cursor {
public:
    explicit word_cursor(std::string_view s) noexcept : s_(s) {}
    bool next(std::string_view& w) noexcept {
        while (i_ < s_.size()) {
            if (const std::size_t n = space_at(s_, i_)) {
                i_ += n;
                continue;
            }
            std::size_t j = i_ + 1;
            while (j < s_.size() && space_at(s_, j) == 0) ++j;
            w = s_.substr(i_, j - i_);
            i_ = j;
            return true;
        }
        return false;
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;
};

/// words() into a caller's vector (cleared first), so that a hot loop can reuse its capacity.
inline void words_into(std::string_view s, std::vector<std::string_view>& out) {
    out.clear();
    word_cursor c(s);
    for (std::string_view w; c.next(w);) out.push_back(w);
}

/// The number of words() of `s`, without storing them.
inline std::size_t word_count(std::string_view s) noexcept {
    word_cursor c(s);
    std::size_t n = 0;
    for (std::string_view w; c.next(w);) ++n;
    return n;
}

/// The first and the last of the words() of `s` (empty views when there are none), and whether there are
/// at least two.
struct word_ends {
    std::string_view first, last;
    bool several = false;
};
inline word_ends ends_of_words(std::string_view s) noexcept {
    word_ends e;
    word_cursor c(s);
    if (!c.next(e.first)) return e;
    e.last = e.first;
    for (std::string_view w; c.next(w);) {
        e.last = w;
        e.several = true;
    }
    return e;
}

/// The words() of `s` joined by single spaces (what join(words(s)) gives), appended to `out`.
inline void append_joined_words(std::string_view s, std::string& out) {
    word_cursor c(s);
    bool first = true;
    for (std::string_view w; c.next(w); first = false) {
        if (!first) out.push_back(' ');
        out.append(w);
    }
}

/// Lower-cases ASCII and turns every run of punctuation and spacing (ASCII, no-break space, and the UTF-8
/// general punctuation block: curly quotes, dashes, ellipsis) into one space; trims. Used for keys.
/// Appends the normalised key of `s` (see normalise_key) to `out`.
inline void append_normalised_key(std::string& out, std::string_view s) {
    // Written through a pointer into room made up front: a key is never longer than its text (every byte
    // written is a byte of `s` or one space standing for a skipped run of at least one byte).
    const std::size_t start = out.size();
    out.resize(start + s.size());
    char* const first = out.data() + start;
    char* w = first;
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t skip = 0;
        if (c < 0x80 && !ascii_alnum(static_cast<char>(c))) skip = 1;
        else if (c == 0xC2 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) == 0xA0 ||
                                                    static_cast<unsigned char>(s[i + 1]) == 0xAB ||
                                                    static_cast<unsigned char>(s[i + 1]) == 0xBB))
            skip = 2;  // nbsp, « »
        else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80)
            skip = 3;  // U+2000..U+203F: spaces, dashes, quotes, ellipsis
        if (skip != 0) {
            pending_space = w != first;
            i += skip;
            continue;
        }
        if (pending_space) *w++ = ' ';
        pending_space = false;
        *w++ = ascii_lower(static_cast<char>(c));
        ++i;
    }
    out.resize(static_cast<std::size_t>(w - out.data()));
}

inline std::string normalise_key(std::string_view s) {
    std::string out;
    append_normalised_key(out, s);
    return out;
}

} // namespace claimgraph::detail
