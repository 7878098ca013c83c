#pragma once
/// \file
/// The clean-up many public news data sets apply (lower-case, every non-word character -> one space, words
/// containing a digit removed), with offsets mapped both ways, detection of text already in that form, and
/// the proper spelling of names that the clean-up lower-cased.
///
/// The clean-up is the one of the ISOT fake-news notebooks, reproduced code point for code point:
///
///     text = re.sub(r'\W', ' ', text.lower())   # Python 3: Unicode-aware \W and str.lower()
///     text = re.sub(r'\w*\d\w*', '', text)      # words holding a digit go; the spaces around them stay
///
/// so "MOSCOW/LONDON (Reuters) - U.S. G20" becomes "moscow london  reuters    u s  ".

#include <claimgraph/core/attribution.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimgraph {

/// A byte range `[begin, end)`.
struct byte_span {
    std::size_t begin = 0;
    std::size_t end = 0;

    friend bool operator==(const byte_span&, const byte_span&) = default;
};

/// Normalized text with its offset map back to the original.
///
///     auto n = claimgraph::normalize("Krutskikh said.");
///     // n.text == "krutskikh said "; n.to_original[10] == 10; n.to_normalized(15) == 15
struct normalized_text {
    std::string text;                      ///< the normalized text (UTF-8)
    /// For each byte of `text`, the offset of the original code point it came from; one more entry at the end
    /// holds the original length. Non-decreasing.
    std::vector<std::size_t> to_original;

    /// The normalized offset of an original byte offset (the first normalized byte at or after it; text.size()
    /// past the end).
    [[nodiscard]] std::size_t to_normalized(std::size_t original_offset) const;

    /// The normalized span covering the original span `[begin, end)`, trimmed of spaces at both ends (an empty
    /// span at the mapped begin when nothing of it survives, e.g. a lone number). For carrying gold spans over.
    [[nodiscard]] byte_span normalized_span(std::size_t begin, std::size_t end) const;

    /// The original span a normalized span `[begin, end)` came from: from the first byte's code point through
    /// the end of the last byte's code point. `original` is the text normalize() was given.
    [[nodiscard]] byte_span original_span(std::string_view original, std::size_t begin, std::size_t end) const;
};

/// Applies the clean-up to `text` (UTF-8; an invalid byte counts as one non-word character). Never throws
/// except std::bad_alloc.
normalized_text normalize(std::string_view text);

/// The normalized text only (no offset map): the cheap form for writing a corpus' normalized twin.
std::string normalize_text(std::string_view text);

/// What looks_normalized() counted, for callers that want their own thresholds or to report them.
struct normalized_evidence {
    std::size_t words = 0;         ///< runs of word characters
    std::size_t upper = 0;         ///< upper- or title-case letters (str.lower() changes them)
    std::size_t punctuation = 0;   ///< non-word characters other than white space
    std::size_t space_runs = 0;    ///< runs of two or more spaces (where punctuation stood)
};

/// Counts the evidence looks_normalized() decides on.
normalized_evidence measure_normalized(std::string_view text);

/// True when `text` looks normalized already: no upper-case letter, no punctuation (one stray mark per 500
/// words is tolerated, so short texts get no tolerance), at least one word. Runs of spaces are typical but
/// not required: lower-case text without punctuation is parsed best by the normalized grammar either way.
bool looks_normalized(std::string_view text);

/// The key a name is looked up by: its normalized form with single spaces, trimmed ("Andrey Krutskikh" ->
/// "andrey krutskikh", "U.S." -> "u s").
std::string name_key(std::string_view name);

/// Tidies a speaker or outlet as it comes out of normalized text: collapses space runs, trims, and writes the
/// unambiguous abbreviation "u s" as "u.s." (also "u k", "u n" -> "u.k.", "u.n.").
std::string tidy_normalized_name(std::string_view name);

/// Proper spellings of names, looked up by their normalized form, so graphs built from normalized text show
/// "Andrey Krutskikh" where the text says "krutskikh".
///
///     claimgraph::proper_names names;
///     names.add("Andrey Krutskikh");
///     names.lookup("krutskikh");  // "Andrey Krutskikh" (a surname that only one listed name has)
class proper_names {
public:
    /// Adds one proper spelling ("Andrey Krutskikh"). Blank names are ignored. A later spelling of the same key
    /// replaces an earlier one.
    void add(std::string_view proper);
    /// Adds one name per line; blank lines and lines starting with '#' are skipped. Returns how many were added.
    std::size_t add_lines(std::string_view list);
    /// Learns the speakers of a raw-text extraction (canonical names, else the speaker as written) of type
    /// person, organization or group that contain an upper-case letter.
    void learn(const document_attributions& raw);

    /// The proper spelling for a name in normalized form ("krutskikh", "andrey krutskikh", "president donald
    /// trump" -> "Donald Trump"): the full key; else the longest listed name the name ends with; else a
    /// surname (last word) only one listed name has. std::nullopt when nothing fits.
    [[nodiscard]] std::optional<std::string> lookup(std::string_view name) const;

    [[nodiscard]] std::size_t size() const noexcept { return by_key_.size(); }
    [[nodiscard]] bool empty() const noexcept { return by_key_.empty(); }

private:
    std::unordered_map<std::string, std::string> by_key_;      // "andrey krutskikh" -> "Andrey Krutskikh"
    std::unordered_map<std::string, std::string> by_surname_;  // "krutskikh" -> key; "" when ambiguous
};

/// Sets `canonical` of every person, organization or group speaker in `found` that `names` knows (pronouns,
/// anonymous sources and outlets are left alone). Returns how many records it changed.
std::size_t apply_proper_names(document_attributions& found, const proper_names& names);

} // namespace claimgraph
