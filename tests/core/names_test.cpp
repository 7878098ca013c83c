#include <claimgraph/core/attribution.hpp>

#include <catch2/catch.hpp>

using namespace claimgraph;

TEST_CASE("enum names round-trip", "[core]") {
    for (auto t : {speaker_type::person, speaker_type::organization, speaker_type::group, speaker_type::anonymous,
                   speaker_type::outlet, speaker_type::pronoun, speaker_type::unknown})
        CHECK(parse_speaker_type(to_string(t)) == t);
    for (auto k : {attribution_kind::direct, attribution_kind::indirect, attribution_kind::mixed})
        CHECK(parse_attribution_kind(to_string(k)) == k);
    for (auto c : {cue_class::speech, cue_class::opinion, cue_class::according_to, cue_class::citing,
                   cue_class::report, cue_class::written, cue_class::none, cue_class::stance,
                   cue_class::intention})
        CHECK(parse_cue_class(to_string(c)) == c);
    CHECK(to_string(speaker_type::anonymous) == "anonymous");
    CHECK_FALSE(parse_speaker_type("martian").has_value());
}
