#pragma once
// Attributions whose source the text does not name (PolNeAR's `Attribution-no-source`): expectations
// ("Trump is expected to speak tonight"), hearsay ("The group reportedly spent $1 million") and questions
// put to someone ("Asked about the emails, she ...", "Sanders was asked whether ..."). They become records
// with no speaker.

#include "rules_words.hpp"
#include "text.hpp"

#include <claimgraph/core/attribution.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

/// The anchor words of the source-less rules: every rule below starts at one of them, so a sentence without
/// them is left at once (apply_rules tests the class bits of its units). "said" anchors only "is said to": it
/// is a class of its own, and counts only when "to" follows.
constexpr auto no_source_anchors =
    wc::no_source_anchor |
    words("asked", "expected", "reportedly", "seem", "seems", "seemed", "appear", "appears", "appeared");
constexpr auto no_source_said = wc::no_source_said | words("said");

/// Finds source-less attributions sentence by sentence. Holds scratch space reused across the sentences of
/// a document (no allocation per word).
class no_source_finder {
public:
    no_source_finder(const segmented& seg, std::string_view lower) : seg_(seg), lower_(lower) {}

    /// Appends the source-less attributions of `s` to `out.items`. The records from `others_first` on are
    /// the other rules' records of the same sentence: a cue word one of them uses is not used again. The
    /// caller runs it only on a sentence with an anchor (a no_source_anchors word, a passive_anchors() word, or
    /// "said" before "to").
    void run(const sentence& s, std::size_t others_first, document_attributions& out);

    /// The participles that anchor passive_rule ("accused", "seen", "revealed"): registered in the rules' word
    /// lookup as wc::no_source_passive, an anchor like no_source_anchors.
    static std::vector<std::string_view> passive_anchors();

private:
    struct piece {
        std::uint32_t begin = 0, end = 0; ///< bytes; a quotation is one piece, marks included
        tok kind = tok::word;
        std::int32_t quote = -1;
        std::string_view low; ///< lower-case text of a word
    };

    const segmented& seg_;
    std::string_view lower_;
    std::vector<piece> p_; ///< the sentence outside quotes

    bool word(std::size_t i) const { return i < p_.size() && p_[i].kind == tok::word; }
    std::string_view low(std::size_t i) const { return word(i) ? p_[i].low : std::string_view{}; }
    std::size_t subject_start(std::size_t before) const;
    static bool hedge(std::string_view lowercase_word) noexcept;
    static bool passive(std::string_view lowercase_word) noexcept;
    void passive_rule(std::size_t i, std::size_t others_first, document_attributions& out);
    void hedge_rule(std::size_t i, std::size_t others_first, document_attributions& out);
    std::size_t clause_end(std::size_t from) const;
    bool emit(std::size_t cue_first, std::size_t cue_last, std::size_t first, std::size_t last, cue_class cls,
              std::size_t others_first, document_attributions& out) const;
};

} // namespace claimgraph::detail
