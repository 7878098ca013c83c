#pragma once
/// \file
/// Matching predicted attributions to gold ones and the figures: detection precision/recall/F1, speaker
/// accuracy over matched pairs, end-to-end F1, with breakdowns by class and cue lemma.
///
/// Matching rule: a prediction and a gold attribution are candidates when their content spans share at least
/// half of the shorter span; pairs are then taken one-to-one, greedily by descending overlap (ties: earlier
/// gold first, then earlier prediction). A matched pair has the speaker right when the gold attribution has
/// no source (nothing to find), or when the predicted speaker span overlaps the gold source span.

#include <claimgraph/core/attribution.hpp>
#include <claimgraph/eval/gold.hpp>
#include <claimgraph/eval/spans.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::eval {

/// A prediction reduced to what the scoring needs; spans are byte offsets into the text that was scored.
struct predicted_attribution {
    std::optional<span> speaker;
    span cue;
    span content;
    std::string speaker_text;  ///< the speaker as written
    std::string canonical;     ///< the extractor's canonical name, if any
    std::string cue_text;
    category kind = category::indirect;
    std::string lemma;  ///< cue_lemma(cue_text)
    bool according_to = false;  ///< the extractor's cue class is according_to
};

/// Classifies a prediction whose content is `content` in `text`. Like classify(), but also direct when the
/// extractor marked it direct or an opening quotation mark stands right before the content (extractors often
/// leave the marks out of a quote's content), and according-to when the extractor's cue class says so.
category classify_predicted(std::string_view text, const span& content, std::string_view cue_text, bool has_speaker,
                            bool marked_direct, bool marked_according_to);

/// Converts an extractor record, clamping its offsets to the size of `text` (the scored text) and classifying
/// it with classify_predicted().
predicted_attribution make_predicted(const attribution& a, std::string_view text);

/// Converts one document's records to predictions, one per attribution UNIT. PolNeAR's unit is the
/// attribution relation (`“A,” he said. “B.”` is one attribution with a discontinuous content); the
/// extractor's is the quote piece, and it declares the link itself: a record whose `continues` names an
/// earlier record adds its content range to that record's prediction (speaker, cue and class stay those of
/// the unit's first piece). A link that names no earlier record (malformed) is ignored: the record is its own
/// unit. With `merge_units` false every record is scored on its own (the pieces as written).
std::vector<predicted_attribution> make_predictions(const std::vector<attribution>& items, std::string_view text,
                                                    bool merge_units = true);

/// One matched pair.
struct match_pair {
    std::size_t gold = 0;       ///< index into the gold list
    std::size_t predicted = 0;  ///< index into the predicted list
    std::size_t shared = 0;     ///< content bytes in common
};

/// The one-to-one greedy matching of one document's predictions to its gold attributions.
std::vector<match_pair> match(const std::vector<gold_attribution>& gold,
                              const std::vector<predicted_attribution>& predicted);

/// How the speaker of a matched pair was judged.
enum class speaker_verdict {
    not_needed,       ///< the gold attribution has no source: any prediction is right
    right,            ///< the predicted speaker span overlaps the gold source span
    missing,          ///< gold has a source, the prediction names no speaker
    elsewhere_same,   ///< the predicted speaker is another span with a word in common with the gold source
    elsewhere,        ///< the predicted speaker is another span, with no word in common
};

/// "not needed", "right", ...
std::string_view to_string(speaker_verdict) noexcept;

/// Judges the speaker of a matched pair; `text` is the scored text (for the lenient word comparison).
speaker_verdict judge_speaker(const gold_attribution& gold, const predicted_attribution& predicted,
                              std::string_view text);

/// True when a verdict counts as right for the end-to-end figure (not_needed or right).
inline bool speaker_ok(speaker_verdict v) noexcept {
    return v == speaker_verdict::not_needed || v == speaker_verdict::right;
}

/// One document's scored result.
struct document_result {
    std::vector<match_pair> pairs;
    std::vector<speaker_verdict> verdicts;            ///< parallel to pairs
    std::vector<std::optional<std::size_t>> gold_to;  ///< for each gold: index into pairs when matched
    std::vector<std::optional<std::size_t>> pred_to;  ///< for each prediction: index into pairs when matched
};

/// Matches and judges one document.
document_result score_document(const std::vector<gold_attribution>& gold,
                               const std::vector<predicted_attribution>& predicted, std::string_view text);

/// Counts for one slice of the data. Gold-side counts are keyed by the gold attribution's class/cue,
/// prediction-side counts by the prediction's own class/cue (so per-slice precision is meaningful).
struct tally {
    std::size_t gold = 0;
    std::size_t gold_matched = 0;
    std::size_t gold_end_to_end = 0;
    std::size_t predicted = 0;
    std::size_t predicted_matched = 0;
    std::size_t predicted_end_to_end = 0;
    std::size_t speaker_needed = 0;        ///< matched pairs whose gold has a source
    std::size_t speaker_right = 0;         ///< ... and the predicted speaker span overlaps it
    std::size_t speaker_right_lenient = 0; ///< ... or shares a word with it (reported separately)

    [[nodiscard]] double precision() const noexcept;
    [[nodiscard]] double recall() const noexcept;
    [[nodiscard]] double f1() const noexcept;
    [[nodiscard]] double speaker_accuracy() const noexcept;
    [[nodiscard]] double speaker_accuracy_lenient() const noexcept;
    [[nodiscard]] double end_to_end_precision() const noexcept;
    [[nodiscard]] double end_to_end_recall() const noexcept;
    [[nodiscard]] double end_to_end_f1() const noexcept;
};

/// F1 of a precision and a recall (0 when both are 0).
double f1_of(double precision, double recall) noexcept;

/// All figures of a run.
struct scoreboard {
    tally overall;
    std::map<category, tally> by_category;
    std::map<std::string, tally> by_cue;
    std::map<std::string, tally> by_cue_group;  ///< "speech cue" / "other cue" / "no cue" (cue_group)
    std::map<std::string, tally> by_publisher;  ///< the document's publisher (house styles differ: NYT quotes with '')

    /// Adds one scored document of `publisher`.
    void add(const std::vector<gold_attribution>& gold, const std::vector<predicted_attribution>& predicted,
             const document_result& result, const std::string& publisher = {});
};

} // namespace claimgraph::eval
