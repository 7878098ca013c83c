// Messy input: never a crash, never a span outside the text; problems become diagnostics. Datelines and
// the normalized-form dispatch.
#include "helpers.hpp"

#include <claimgraph/parser/extract.hpp>

#include <random>
#include <string>

TEST_CASE("datelines give the publisher", "[dateline]") {
    struct row {
        std::string_view text, publisher;
    };
    const row rows[] = {
        {"MOSCOW/LONDON/WASHINGTON (Reuters) - Talks began, officials said.", "Reuters"},
        {"WASHINGTON, Feb 26 - The Treasury said it would sell bonds.", "Reuters"},
        {"(AP) — The governor said he would veto the bill.", "AP"},
        {"NEW YORK (CNN) -- The mayor said the subway was safe.", "CNN"},
        {"WEST PALM BEACH, Fla. (Reuters) - Trump said on Friday he was ready.", "Reuters"},
        {"SÃO PAULO (Reuters) - Petrobras said output rose.", ""}, // accented place: no ASCII dateline match
        {"The minister said “no” to Müller’s plan.", ""},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        const auto d = claimgraph::extract("t", r.text, {claimgraph::form_choice::raw});
        CHECK(d.publisher == r.publisher);
    }
    const auto d = claimgraph::extract("t", "MOSCOW (Reuters) - Talks began on Monday, officials said.");
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].content.text == "Talks began on Monday");
    CHECK(d.items[0].outlet == "Reuters");
}

TEST_CASE("odd quotes, empty and binary-ish input never crash", "[robust]") {
    const std::string_view texts[] = {
        "",
        " ",
        "\n\n\n",
        "“",
        "”",
        "\"",
        "said",
        "said.",
        ", said X.",
        "“Unclosed, he said.",
        "He said: “",
        "“A,” ”B,” he said, “C",
        "According to",
        "according to ,",
        "citing",
        ", citing",
        "Zoë said “Ä’s” «",
        "\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x9C",
        "\xE2",
        "\xE2\x80",
        "\xC3",
        "said \xFF\xFE",
        "“I don’t know,” said\n\n“What?”\n“",
        "X, , said.",
        ", , , said, , ,",
        "— said —",
    };
    for (const auto t : texts) {
        INFO(t);
        const auto d = claimgraph::extract("t", t, {claimgraph::form_choice::raw});
        for (const auto& a : d.items) {
            CHECK(a.content.end <= t.size());
            CHECK(a.content.begin <= a.content.end);
            if (a.speaker)
                CHECK(a.speaker->end <= t.size());
        }
    }
    const auto d = claimgraph::extract("t", "“We are ready, Krutskikh said.", {claimgraph::form_choice::raw});
    CHECK(!d.diagnostics.empty());
}

TEST_CASE("random byte soup never crashes and spans stay inside the text", "[robust]") {
    std::mt19937 rng(42);
    const std::string_view pieces[] = {"said", " ",      ",",        ".",    "“",    "”",       "\"",
                                       "’",    "‘",      "Trump",    "he",   "told", "Reuters", "according",
                                       "to",   "citing", "\n",       ":",    "—",    "José",    "saying",
                                       "that", "U.S.",   "\xC2\xA0", "(AP)", "-",    "\xE2"};
    for (int n = 0; n < 300; ++n) {
        std::string text;
        const int len = static_cast<int>(rng() % 60);
        for (int k = 0; k < len; ++k)
            text += pieces[rng() % std::size(pieces)];
        const auto d = claimgraph::extract("t", text, {claimgraph::form_choice::raw});
        for (const auto& a : d.items) {
            REQUIRE(a.content.end <= text.size());
            REQUIRE(a.content.begin <= a.content.end);
            REQUIRE(text.substr(a.content.begin, a.content.end - a.content.begin) == a.content.text);
            if (a.speaker)
                REQUIRE(text.substr(a.speaker->begin, a.speaker->end - a.speaker->begin) == a.speaker->text);
            if (a.cue)
                REQUIRE(text.substr(a.cue->begin, a.cue->end - a.cue->begin) == a.cue->text);
        }
    }
}

TEST_CASE("form dispatch: forced raw and forced normalized", "[dispatch]") {
    const std::string_view text = "“We don’t agree,” said José.";
    CHECK(claimgraph::extract("t", text, {claimgraph::form_choice::raw}).form == claimgraph::text_form::raw);
    CHECK(claimgraph::extract("t", text, {claimgraph::form_choice::normalized}).form ==
          claimgraph::text_form::normalized);
    CHECK(claimgraph::extract("t", text).form == claimgraph::text_form::raw);
}
