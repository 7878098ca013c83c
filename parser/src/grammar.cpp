// The only translation unit that includes grammar_def.hpp: instantiates the X3 rules and wraps them in
// plain functions.
#include "grammar.hpp"

#include "config.hpp"
#include "grammar_def.hpp"

#include <array>
#include <cstdint>

namespace claimgraph::detail {

namespace grammar {
BOOST_SPIRIT_INSTANTIATE(dateline_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(adverbial_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(complementizer_type, iterator_type, context_type)
} // namespace grammar

std::optional<dateline_match> parse_dateline(std::string_view text) {
    // Datelines are short; never look further than the first line's first 160 bytes.
    const std::size_t n = std::min<std::size_t>(text.size(), 160);
    const char* first = text.data();
    const char* const last = text.data() + n;
    ast::dateline d;
    if (!boost::spirit::x3::parse(first, last, grammar::dateline, d))
        return std::nullopt;
    if (d.place.empty() && d.publisher.empty())
        return std::nullopt;
    // "(Reuters)" needs a place or stands at the very start; "WASHINGTON -" alone needs the date.
    if (d.publisher.empty() && d.date.empty())
        return std::nullopt;
    // Skip whitespace after the dash.
    while (first < text.data() + text.size() && (*first == ' ' || *first == '\t'))
        ++first;
    return dateline_match{std::move(d), static_cast<std::size_t>(first - text.data())};
}

namespace {
std::size_t skip_blank(std::string_view s, std::size_t p) {
    for (;;) {
        if (p < s.size() && (s[p] == ' ' || s[p] == '\t')) {
            ++p;
            continue;
        }
        if (p + 1 < s.size() && s[p] == '\xC2' && s[p + 1] == '\xA0') {
            p += 2;
            continue;
        }
        return p;
    }
}
} // namespace

std::size_t adverbial_at(std::string_view lower, std::size_t pos) {
    const char* first = lower.data() + pos;
    const char* const last = lower.data() + lower.size();
    if (!boost::spirit::x3::parse(first, last, grammar::adverbial))
        return std::string_view::npos;
    return static_cast<std::size_t>(first - lower.data());
}

namespace {
// Per first letter a-z: bit n set when a first word of that letter has n bytes.
constexpr std::array<std::uint32_t, 26> first_word_lengths = [] {
    std::array<std::uint32_t, 26> a{};
    for (const std::string_view f : grammar::adverbial_first_words)
        a[static_cast<std::size_t>(f[0] - 'a')] |= std::uint32_t{1} << f.size();
    return a;
}();
} // namespace

bool adverbial_may_start(std::string_view lower, std::size_t pos) {
    // Every alternative starts with kw(w), which needs `w` followed by a byte that is not in [a-z0-9-] (the
    // rule's word_end): so the whole run of those bytes at `pos` must be one of the listed first words.
    std::size_t e = pos;
    while (e < lower.size() && ((lower[e] >= 'a' && lower[e] <= 'z') || (lower[e] >= '0' && lower[e] <= '9') ||
                                lower[e] == '-'))
        ++e;
    const std::string_view w = lower.substr(pos, e - pos);
    // Most words fail the (first letter, length) filter before any comparison.
    if (w.empty() || w[0] < 'a' || w[0] > 'z' || w.size() >= 32 ||
        (first_word_lengths[static_cast<std::size_t>(w[0] - 'a')] & (std::uint32_t{1} << w.size())) == 0)
        return false;
    for (const std::string_view f : grammar::adverbial_first_words)
        if (f.size() == w.size() && f[0] == w[0] && f == w)
            return true;
    return false;
}

std::size_t skip_adverbials(std::string_view lower, std::size_t pos) {
    std::size_t best = pos;
    for (;;) {
        std::size_t p = skip_blank(lower, best);
        if (p < lower.size() && lower[p] == ',') {
            // ", on Thursday," : an adverbial set off by commas.
            p = skip_blank(lower, p + 1);
        }
        if (!adverbial_may_start(lower, p))
            return best;
        const std::size_t end = adverbial_at(lower, p);
        if (end == std::string_view::npos)
            return best;
        best = end;
    }
}

std::size_t skip_complementizer(std::string_view lower, std::size_t pos) {
    const std::size_t p = skip_blank(lower, pos);
    const char* first = lower.data() + p;
    const char* const last = lower.data() + lower.size();
    if (!boost::spirit::x3::parse(first, last, grammar::complementizer))
        return pos;
    return static_cast<std::size_t>(first - lower.data());
}

} // namespace claimgraph::detail
