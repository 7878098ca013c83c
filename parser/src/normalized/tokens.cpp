// Tokens of normalized text and the boundaries the space runs mark.
#include "normalized/tokens.hpp"

namespace claimgraph::detail::normalized {
namespace {

bool is_white(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool single_letter(const token& t) { return t.word.size() == 1 && t.word[0] >= 'a' && t.word[0] <= 'z'; }

// Honorifics and titles written with a period ("Mr. Cruz", "Sen. Warren"): the period left two spaces that
// are no sentence end.
bool honorific(std::string_view w) {
    for (std::string_view h : {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
                               "adm", "prof", "rev", "atty", "cmdr"})
        if (w == h) return true;
    return false;
}

} // namespace

std::vector<token> tokenize(std::string_view lower) {
    std::vector<token> out;
    out.reserve(lower.size() / 5 + 1);
    std::size_t gap = 0;
    for (std::size_t i = 0; i < lower.size();) {
        if (is_white(lower[i])) {
            gap += lower[i] == '\n' ? 2 : 1;
            ++i;
            continue;
        }
        const std::size_t b = i;
        while (i < lower.size() && !is_white(lower[i])) ++i;
        out.push_back({b, i, gap, lower.substr(b, i - b)});
        gap = 0;
    }
    return out;
}

boundary boundary_before(const std::vector<token>& toks, std::size_t i) {
    if (i == 0 || i >= toks.size()) return boundary::strong;
    const std::size_t gap = toks[i].gap;
    if (gap <= 1) return boundary::none;
    if (gap == 2) {
        // "u s  president", "d c  police": the period of an abbreviation split into single letters.
        if (i >= 2 && single_letter(toks[i - 1]) && single_letter(toks[i - 2]) && toks[i - 1].gap == 1)
            return boundary::none;
        if (honorific(toks[i - 1].word)) return boundary::none;
        return boundary::mark;
    }
    // " ... " inside a sentence or quotation reads as one mark, not as the end of a quotation.
    if (gap == 5) return boundary::mark;
    return boundary::strong;
}

} // namespace claimgraph::detail::normalized
