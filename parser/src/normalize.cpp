// The ISOT clean-up, reproduced code point for code point (see normalize.hpp), and its detection.
//
// Stage 1 decodes UTF-8, lower-cases each code point as Python's str.lower() does (full mappings, Final_Sigma
// context for capital sigma) and turns every non-word code point of the lower-cased text into one space.
// Stage 2 drops every maximal run of word code points that holds a decimal digit (`\w*\d\w*`), keeping the
// spaces around it. Each output byte remembers the original offset of the code point it came from.
#include <claimgraph/parser/normalize.hpp>

#include "normalized/unicode_tables.hpp"

#include <algorithm>
#include <cstdint>

namespace claimgraph {
namespace {

namespace uc = detail::unicode;

constexpr std::uint32_t replacement = 0xFFFD;

/// One decoded code point of the original text.
struct decoded {
    std::uint32_t cp;
    std::size_t offset;
};

/// Decodes one code point at `i` (strict UTF-8: no overlongs, no surrogates, at most U+10FFFF). An invalid
/// byte decodes as U+FFFD of length 1.
std::uint32_t decode_at(std::string_view s, std::size_t i, std::size_t& length) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    length = 1;
    if (b0 < 0x80) return b0;
    std::size_t need = 0;
    std::uint32_t cp = 0;
    std::uint32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; cp = b0 & 0x1Fu; min = 0x80; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { need = 2; cp = b0 & 0x0Fu; min = 0x800; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { need = 3; cp = b0 & 0x07u; min = 0x10000; }
    else return replacement;
    if (s.size() - i <= need) return replacement;
    for (std::size_t k = 1; k <= need; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return replacement;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return replacement;
    length = need + 1;
    return cp;
}

std::vector<decoded> decode(std::string_view s) {
    std::vector<decoded> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = 1;
        const std::uint32_t cp = decode_at(s, i, length);
        out.push_back({cp, i});
        i += length;
    }
    return out;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// Python's handle_capital_sigma: U+03A3 lowers to final sigma when a cased letter precedes it and none
/// follows it (case-ignorable code points skipped on both sides).
std::uint32_t lower_sigma(const std::vector<decoded>& cps, std::size_t i) {
    std::size_t j = i;
    bool final_sigma = false;
    while (j > 0) {
        --j;
        if (!uc::is_case_ignorable(cps[j].cp)) {
            final_sigma = uc::is_cased(cps[j].cp);
            break;
        }
    }
    if (final_sigma) {
        for (std::size_t k = i + 1; k < cps.size(); ++k) {
            if (!uc::is_case_ignorable(cps[k].cp)) {
                final_sigma = !uc::is_cased(cps[k].cp);
                break;
            }
        }
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

/// Stage 1: lower-cased code points with `\W` replaced by a space, each with its original offset.
std::vector<decoded> lower_and_blank(std::string_view text) {
    const std::vector<decoded> cps = decode(text);
    std::vector<decoded> out;
    out.reserve(cps.size());
    auto push = [&](std::uint32_t cp, std::size_t offset) { out.push_back({uc::is_word(cp) ? cp : ' ', offset}); };
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const std::uint32_t cp = cps[i].cp;
        if (cp < 0x80) {
            push(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp, cps[i].offset);
        } else if (cp == 0x3A3) {
            push(lower_sigma(cps, i), cps[i].offset);
        } else if (const uc::lower_entry* e = uc::find_lower(cp)) {
            for (std::uint32_t l : e->lower)
                if (l != 0) push(l, cps[i].offset);
        } else {
            push(cp, cps[i].offset);
        }
    }
    return out;
}

template <class Emit>
void drop_digit_words(const std::vector<decoded>& cps, Emit&& emit) {
    for (std::size_t i = 0; i < cps.size();) {
        if (cps[i].cp == ' ') {
            emit(cps[i]);
            ++i;
            continue;
        }
        std::size_t end = i;
        bool digit = false;
        while (end < cps.size() && cps[end].cp != ' ') {
            digit = digit || uc::is_digit(cps[end].cp);
            ++end;
        }
        if (!digit)
            for (std::size_t k = i; k < end; ++k) emit(cps[k]);
        i = end;
    }
}

} // namespace

std::size_t normalized_text::to_normalized(std::size_t original_offset) const {
    if (to_original.empty()) return 0;
    const auto it = std::lower_bound(to_original.begin(), to_original.end() - 1, original_offset);
    return static_cast<std::size_t>(it - to_original.begin());
}

byte_span normalized_text::normalized_span(std::size_t begin, std::size_t end) const {
    std::size_t b = to_normalized(begin);
    std::size_t e = std::max(b, to_normalized(end));
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    return {b, e};
}

byte_span normalized_text::original_span(std::string_view original, std::size_t begin, std::size_t end) const {
    if (to_original.empty()) return {};
    const std::size_t last = text.size();
    begin = std::min(begin, last);
    end = std::clamp(end, begin, last);
    if (begin == end) {
        const std::size_t at = std::min(to_original[begin], original.size());
        return {at, at};
    }
    const std::size_t b = std::min(to_original[begin], original.size());
    std::size_t e = std::min(to_original[end - 1], original.size());
    if (e < original.size()) {
        std::size_t length = 1;
        decode_at(original, e, length);
        e += length;
    }
    return {b, std::max(b, e)};
}

normalized_text normalize(std::string_view text) {
    normalized_text out;
    out.text.reserve(text.size());
    out.to_original.reserve(text.size() + 1);
    drop_digit_words(lower_and_blank(text), [&](const decoded& d) {
        const std::size_t before = out.text.size();
        append_utf8(out.text, d.cp);
        out.to_original.insert(out.to_original.end(), out.text.size() - before, d.offset);
    });
    out.to_original.push_back(text.size());
    return out;
}

std::string normalize_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    drop_digit_words(lower_and_blank(text), [&](const decoded& d) { append_utf8(out, d.cp); });
    return out;
}

normalized_evidence measure_normalized(std::string_view text) {
    normalized_evidence ev;
    bool in_word = false;
    std::size_t spaces = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        const std::uint32_t cp = decode_at(text, i, length);
        i += length;
        if (cp == ' ') {
            ++spaces;
            in_word = false;
            continue;
        }
        if (spaces >= 2) ++ev.space_runs;
        spaces = 0;
        if (uc::is_word(cp)) {
            if (!in_word) ++ev.words;
            in_word = true;
            if (cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : uc::find_lower(cp) != nullptr) ++ev.upper;
            continue;
        }
        in_word = false;
        // White space other than the space: line ends of a file, tabs of a table cell.
        const bool white = cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0xA0;
        if (!white) ++ev.punctuation;
    }
    if (spaces >= 2) ++ev.space_runs;
    return ev;
}

bool looks_normalized(std::string_view text) {
    // Fast path: text as published has an ASCII capital within its first words, and one capital is enough to
    // say no. Without it, detection would decode every document twice (it was ~9% of extraction time).
    for (const char c : text)
        if (c >= 'A' && c <= 'Z') return false;
    const normalized_evidence ev = measure_normalized(text);
    return ev.words > 0 && ev.upper == 0 && ev.punctuation * 500 <= ev.words;
}

} // namespace claimgraph
