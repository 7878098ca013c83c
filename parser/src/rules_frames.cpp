// Verb frames of session 6 (see rules_frames.hpp). Every word list here was measured on PolNeAR train
// (docs/GRAMMAR.md, "session 6: verb frames"): a verb is listed only when its frame's records are right end
// to end in at least 0.6 of the cases.
#include "rules_frames.hpp"

#include "rules_words.hpp"

#include <array>

namespace claimgraph::detail {
namespace {

using lexicon::cue_entry;
using lexicon::verb_form;

// One entry per class and form: the lemma is left empty (the verb rule's lemma tests never match it); the
// word field marks the frame (the rule stage may copy an entry, e.g. to make a progressive gerund finite).
constexpr std::string_view to_mark = "<frame:to>";
constexpr std::string_view object_mark = "<frame:object>";
constexpr std::array<cue_entry, 4> to_entries{{
    {to_mark, "", cue_class::intention, verb_form::base, false, true},
    {to_mark, "", cue_class::intention, verb_form::third, false, true},
    {to_mark, "", cue_class::intention, verb_form::past, false, true},
    {to_mark, "", cue_class::intention, verb_form::gerund, false, true},
}};
constexpr std::array<cue_entry, 4> object_entries{{
    {object_mark, "", cue_class::stance, verb_form::base, false, true},
    {object_mark, "", cue_class::stance, verb_form::third, false, true},
    {object_mark, "", cue_class::stance, verb_form::past, false, true},
    {object_mark, "", cue_class::stance, verb_form::gerund, false, true},
}};
// Documents made public: "The campaign released a statement", "The Times published the letter".
constexpr std::array<cue_entry, 4> report_entries{{
    {object_mark, "", cue_class::report, verb_form::base, false, true},
    {object_mark, "", cue_class::report, verb_form::third, false, true},
    {object_mark, "", cue_class::report, verb_form::past, false, true},
    {object_mark, "", cue_class::report, verb_form::gerund, false, true},
}};
constexpr auto report_verbs = words("released", "published");

// Before the verb: a "be" form, "to", a determiner or a preposition makes it a participle, an infinitive
// inside another claim or a noun.
constexpr auto no_before = words("is", "are", "was", "were", "be", "been", "being", "the", "a", "an", "his",
                                 "her", "their", "its", "our", "my", "your", "this", "these", "those", "of",
                                 "to", "for", "in", "on", "at", "by", "with", "from", "that", "which", "who");
constexpr auto not_infinitive = words("the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                                      "this", "these", "those", "be", "date", "that");
// Not "this" or "last" (a time: "a poll released this week") nor a capitalised day or month ("The report
// published Tuesday showed ...": a participle after its noun).
constexpr auto object_openers = words("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "some",
                                      "several", "two", "three");
constexpr auto time_names = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                  "january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december", "today", "tonight");

// A word after "to" that reads as a noun, not an infinitive: "looking to acquisitions", "aimed to expansion"
// (a plural in -s, not -ss/-us: "to address", "to focus"; a noun suffix).
bool noun_like(std::string_view w) noexcept {
    if (w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us"))
        return true;
    return w.size() > 5 && (w.ends_with("tion") || w.ends_with("sion") || w.ends_with("ment") ||
                            w.ends_with("ness") || w.ends_with("ity"));
}

verb_form form_of(std::string_view w) noexcept {
    if (w.ends_with("ing"))
        return verb_form::gerund;
    if (w.ends_with("ed"))
        return verb_form::past;
    if (w.ends_with("s"))
        return verb_form::third;
    return verb_form::base;
}

template <std::size_t N> const cue_entry* entry(const std::array<cue_entry, N>& a, verb_form f) noexcept {
    for (const auto& e : a)
        if (e.form == f)
            return &e;
    return nullptr;
}

} // namespace

const cue_entry* frame_to_cue(std::string_view verb, std::string_view before, std::string_view next,
                              bool next_cap) noexcept {
    if (!in(frame_to_verbs, verb) || next_cap || next.empty() || in(not_infinitive, next) || noun_like(next))
        return nullptr;
    const verb_form f = form_of(verb);
    // A gerund counts only after a "be" form (the progressive: "is looking to"); the verb rule makes it
    // finite.
    if (f == verb_form::gerund ? !(before == "is" || before == "are" || before == "was" || before == "were" ||
                                   before == "am" || before == "been")
                               : in(no_before, before))
        return nullptr;
    return entry(to_entries, f);
}

const cue_entry* frame_object_cue(std::string_view verb, std::string_view before, std::string_view next,
                                  bool next_cap) noexcept {
    if (in(frame_to_verbs, verb) || next.empty() || !(next_cap || in(object_openers, next)) ||
        in(time_names, next) || in(no_before, before))
        return nullptr;
    const verb_form f = form_of(verb);
    if (f == verb_form::gerund)
        return nullptr;
    return entry(in(report_verbs, verb) ? report_entries : object_entries, f);
}

bool frame_intention(const cue_entry& c) noexcept {
    return c.word == to_mark;
}

bool frame_object(const cue_entry& c) noexcept {
    return c.word == object_mark;
}

} // namespace claimgraph::detail
