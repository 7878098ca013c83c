#include "text.hpp"

#include <vector>

namespace claimgraph::detail {

ascii_rewrite::ascii_rewrite(bool keep_lines) {
    for (unsigned c = 0; c < 128; ++c) {
        const bool control = c < 0x20 || c == 0x7F;
        if (control && !(keep_lines && (c == '\n' || c == '\t'))) replacement[c] = " ";
    }
    for (unsigned c = 0; c < 256; ++c) plain[c] = c < 128 && replacement[c].empty();
}

ascii_rewrite& ascii_rewrite::set(char c, std::string_view with) {
    const auto b = static_cast<unsigned char>(c);
    replacement[b] = with;
    plain[b] = with.empty();
    return *this;
}

void append_clean_utf8(std::string& out, std::string_view s, const ascii_rewrite& ascii) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    for (std::size_t i = 0; i < s.size();) {
        std::size_t j = i;  // a run of bytes copied as they are
        while (j < s.size() && ascii.plain[byte(j)]) ++j;
        out.append(s.data() + i, j - i);
        i = j;
        if (i == s.size()) break;
        const unsigned char c = byte(i);
        if (c < 0x80) {
            out.append(ascii.replacement[c]);
            ++i;
            continue;
        }
        std::size_t n = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07, min = 0x10000;
        bool ok = n != 0 && i + n <= s.size();
        for (std::size_t k = 1; ok && k < n; ++k) {
            if ((byte(i + k) & 0xC0) != 0x80) ok = false;
            else cp = (cp << 6) | (byte(i + k) & 0x3F);
        }
        if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
        if (ok && cp >= 0x80 && cp <= 0x9F) {  // C1 controls
            out.push_back(' ');
            i += n;
            continue;
        }
        if (ok && (cp == 0xFFFE || cp == 0xFFFF)) ok = false;  // not characters in XML
        if (!ok) {
            out.append("\xEF\xBF\xBD");
            ++i;
            continue;
        }
        out.append(s.data() + i, n);
        i += n;
    }
}

std::string clean_utf8(std::string_view s, bool keep_lines) {
    static const ascii_rewrite spaces(false);
    static const ascii_rewrite lines(true);
    std::string out;
    out.reserve(s.size());
    append_clean_utf8(out, s, keep_lines ? lines : spaces);
    return out;
}

std::size_t utf8_length(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

std::string wrap(std::string_view s, std::size_t width, std::size_t max_lines, std::string_view separator) {
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < s.size();) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r') ++j;
        if (j > i) words.push_back(s.substr(i, j - i));
        i = j;
    }
    std::vector<std::string> lines;
    std::string line;
    bool cut = false;
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::size_t len = utf8_length(line) + (line.empty() ? 0 : 1) + utf8_length(words[w]);
        if (!line.empty() && len > width) {
            if (lines.size() + 1 == max_lines) {
                cut = true;
                break;
            }
            lines.push_back(std::move(line));
            line.clear();
        }
        if (!line.empty()) line.push_back(' ');
        line.append(words[w]);
    }
    if (!line.empty()) lines.push_back(std::move(line));
    if (cut && !lines.empty()) {
        // end the last line with an ellipsis, dropping whole words until it fits
        std::string& last = lines.back();
        while (utf8_length(last) + 2 > width) {
            const std::size_t space = last.rfind(' ');
            if (space == std::string::npos || space == 0) break;
            last.resize(space);
        }
        while (!last.empty() && (last.back() == ' ' || last.back() == ',' || last.back() == '.' || last.back() == ';'))
            last.pop_back();
        last.append(" \xE2\x80\xA6");
    }
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i != 0) out.append(separator);
        out.append(lines[i]);
    }
    return out;
}

} // namespace claimgraph::detail
