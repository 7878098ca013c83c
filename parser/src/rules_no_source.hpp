#pragma once
// Attributions whose source the text does not name (PolNeAR's `Attribution-no-source`): expectations
// ("Trump is expected to speak tonight"), hearsay ("The group reportedly spent $1 million") and questions
// put to someone ("Asked about the emails, she ...", "Sanders was asked whether ..."). They become records
// with no speaker.

#include "text.hpp"

#include <claimgraph/core/attribution.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

/// Finds source-less attributions sentence by sentence. Holds scratch space reused across the sentences of
/// a document (no allocation per word).
class no_source_finder {
public:
    no_source_finder(const segmented& seg, std::string_view lower) : seg_(seg), lower_(lower) {}

    /// Appends the source-less attributions of `s` to `out.items`. The records from `others_first` on are
    /// the other rules' records of the same sentence: a cue word one of them uses is not used again.
    void run(const sentence& s, std::size_t others_first, document_attributions& out);

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
