// The rules' word lookup (parser/src/rules_words.hpp): one lookup gives a word's reporting-verb entry and the
// bits of every registered list that holds it, exactly as the list scans and cue lookups it replaces.
#include "lexicon.hpp"
#include "rules_no_source.hpp"
#include "rules_stance.hpp"
#include "rules_words.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace lx = claimgraph::lexicon;
namespace wc = claimgraph::detail::wc;
using claimgraph::detail::lookup_word;
using claimgraph::detail::word_class;

namespace {
bool has(std::string_view w, word_class c) {
    return (lookup_word(w).cls & c) == c;
}
} // namespace

TEST_CASE("rule words: a word in several lists gets every bit", "[rules][words]") {
    // "the": a determiner and a function word of names.
    CHECK(has("the", wc::determiner | wc::name_function));
    // "it": subject and object pronoun, and a lexicon pronoun.
    CHECK(has("it", wc::subject_pronoun | wc::object_pronoun | wc::pronoun));
    // "report": an organisation head, an evidence head, an evidence word, an outlet noun, and a cue.
    CHECK(has("report", wc::org_head | wc::evidence_head | wc::evidence_word | wc::outlet_noun));
    REQUIRE(lookup_word("report").cue != nullptr);
    CHECK(lookup_word("report").cue->lemma == "report");
    // "officials": a group noun only; "percent": a quantifier and a person head.
    CHECK(lookup_word("officials").cls == wc::group_noun);
    CHECK(has("percent", wc::quantifier | wc::person_head));
    // A list word is not in the lists it is missing from.
    CHECK((lookup_word("the").cls & wc::np_stop) == 0);
    CHECK((lookup_word("officials").cls & wc::person_head) == 0);
}

TEST_CASE("rule words: the lexicon's sets and the no-source anchors carry their bits", "[rules][words]") {
    for (const auto w : lx::titles()) {
        INFO(w);
        CHECK(has(w, wc::title));
    }
    for (const auto w : lx::pronouns()) {
        INFO(w);
        CHECK(has(w, wc::pronoun));
    }
    for (const auto w : lx::group_nouns()) {
        INFO(w);
        CHECK(has(w, wc::group_noun));
    }
    for (const auto w : lx::outlet_nouns()) {
        INFO(w);
        CHECK(has(w, wc::outlet_noun));
    }
    for (const auto w : claimgraph::detail::no_source_anchors) {
        INFO(w);
        CHECK(has(w, wc::no_source_anchor));
    }
    for (const auto w : claimgraph::detail::no_source_finder::passive_anchors()) {
        INFO(w);
        CHECK(has(w, wc::no_source_passive));
    }
    CHECK(has("accused", wc::no_source_passive));
    CHECK(has("said", wc::no_source_said));
    CHECK(!has("says", wc::no_source_said));
}

TEST_CASE("rule words: cue entries as lexicon::find_cue then find_rule_verb", "[rules][words]") {
    for (const auto& c : lx::cues()) {
        INFO(c.word);
        CHECK(lookup_word(c.word).cue == lx::find_cue(c.word));
    }
    for (const auto& c : claimgraph::detail::rule_verbs()) {
        INFO(c.word);
        const auto* shared = lx::find_cue(c.word);
        CHECK(lookup_word(c.word).cue == (shared ? shared : claimgraph::detail::find_rule_verb(c.word)));
    }
    CHECK(lookup_word("criticized").cue != nullptr);
    CHECK(lookup_word("criticized").cue->cls == claimgraph::cue_class::stance);
}

TEST_CASE("rule words: lower-case whole words only, as the list scans had it", "[rules][words]") {
    // Keys are the lower-cased text: a capitalised spelling is not the word (callers lower-case first).
    CHECK(lookup_word("The").cls == 0);
    CHECK(lookup_word("Said").cue == nullptr);
    CHECK(lookup_word("THE").cls == 0);
    // Non-ASCII bytes are part of the word: the curly apostrophe of "don’t".
    CHECK(has("don\xE2\x80\x99t", wc::pre_cue_adverb));
    CHECK(has("don't", wc::pre_cue_adverb));
    // Prefixes, extensions and unknown words.
    CHECK(lookup_word("th").cls == 0);
    CHECK(lookup_word("thee").cls == 0);
    CHECK(lookup_word("sai").cue == nullptr);
    CHECK(lookup_word("saidx").cue == nullptr);
    CHECK(lookup_word("").cue == nullptr);
    CHECK(lookup_word("").cls == 0);
    CHECK(lookup_word("counterintelligence").cls == 0);          // longer than the 16-byte key
    CHECK(lookup_word("representatives").cls == wc::group_noun); // 15 bytes
}

TEST_CASE("rule words: the fast path ignores the bytes after the word", "[rules][words]") {
    // The fast path reads 16 bytes at once when the buffer allows it; the bytes after the word must not
    // count.
    const std::string buf = "said that officials told reporters representatives xxxxxxxxxxxxxxxxxxxxxxxx";
    const char* limit = buf.data() + buf.size();
    auto at = [&](std::size_t b, std::size_t n) { return std::string_view(buf).substr(b, n); };
    for (const auto& [b, n] : {std::pair<std::size_t, std::size_t>{0, 4},
                               {5, 4},
                               {10, 9},
                               {20, 4},
                               {25, 9},
                               {35, 15},
                               {0, 16},
                               {0, 8},
                               {5, 13}}) {
        const auto w = at(b, n);
        INFO(w);
        const auto slow = lookup_word(w);
        const auto fast = lookup_word(w, limit);
        CHECK(fast.cue == slow.cue);
        CHECK(fast.cls == slow.cls);
    }
    CHECK(lookup_word(at(0, 4), limit).cue != nullptr);          // "said"
    CHECK(lookup_word(at(10, 9), limit).cls == wc::group_noun);  // "officials"
    CHECK(lookup_word(at(35, 15), limit).cls == wc::group_noun); // "representatives"
    CHECK(lookup_word(at(0, 8), limit).cls == 0);                // "said tha"
}
