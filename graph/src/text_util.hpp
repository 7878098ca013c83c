#pragma once
// Small byte-level text helpers shared by resolution and keys. Text is UTF-8; only ASCII is case-folded.

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

/// Trims ASCII spaces, tabs, newlines and the punctuation that sticks to mentions at their edges.
inline std::string_view trim(std::string_view s, std::string_view extra = {}) noexcept {
    auto strip = [&](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || extra.find(c) != std::string_view::npos; };
    while (!s.empty() && strip(s.front())) s.remove_prefix(1);
    while (!s.empty() && strip(s.back())) s.remove_suffix(1);
    // a no-break space (C2 A0) at either edge
    while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    return s;
}

/// Splits on runs of ASCII whitespace and no-break spaces.
inline void words_into(std::string_view s, std::vector<std::string_view>& out);

inline std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    words_into(s, out);
    return out;
}

/// words() into a caller's vector (cleared first), so that a hot loop can reuse its capacity.
inline void words_into(std::string_view s, std::vector<std::string_view>& out) {
    out.clear();
    std::size_t i = 0;
    auto is_space = [&](std::size_t k) -> std::size_t {
        if (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r') return 1;
        if (k + 1 < s.size() && s[k] == '\xC2' && s[k + 1] == '\xA0') return 2;
        return 0;
    };
    while (i < s.size()) {
        if (std::size_t n = is_space(i)) {
            i += n;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && is_space(j) == 0) ++j;
        out.push_back(s.substr(i, j - i));
        i = j;
    }
}

/// Lower-cases ASCII and turns every run of punctuation and spacing (ASCII, no-break space, and the UTF-8
/// general punctuation block: curly quotes, dashes, ellipsis) into one space; trims. Used for keys.
inline std::string normalise_key(std::string_view s) {
    std::string out;
    out.reserve(s.size());
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
            pending_space = !out.empty();
            i += skip;
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(ascii_lower(static_cast<char>(c)));
        ++i;
    }
    return out;
}

} // namespace claimgraph::detail
