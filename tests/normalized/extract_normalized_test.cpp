// The normalized-text grammar: the seed article's rows (EXPECTED.md), the non-attributions, table-driven
// patterns, offsets and robustness.
#include <claimgraph/parser/extract.hpp>
#include <claimgraph/parser/normalize.hpp>
#include <test_paths.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using claimgraph::attribution;
using claimgraph::attribution_kind;
using claimgraph::cue_class;
using claimgraph::document_attributions;
using claimgraph::speaker_type;

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

document_attributions extract_normalized(std::string_view text) {
    return claimgraph::extract("t", text, {claimgraph::form_choice::normalized});
}

/// Every span is a byte range of the text holding exactly the mention's text.
void check_spans(std::string_view text, const document_attributions& d) {
    auto check = [&](const claimgraph::mention& m) {
        REQUIRE(m.begin <= m.end);
        REQUIRE(m.end <= text.size());
        CHECK(text.substr(m.begin, m.end - m.begin) == m.text);
    };
    for (const attribution& a : d.items) {
        check(a.content);
        CHECK_FALSE(a.content.text.empty());
        if (a.speaker) check(*a.speaker);
        if (a.cue) check(*a.cue);
    }
}

struct seed_row {
    int row;
    std::string_view speaker;
    std::string_view cue;
    std::string_view claim_begins;
    std::string_view claim_ends;
    speaker_type type;
    std::string_view outlet;
};

// EXPECTED.md rows as the normalized article shows them (speakers lower-case, the text's double spaces kept).
const seed_row rows[] = {
    {1, "andrey krutskikh", "citing", "moscow and washington are in talks", "joint cyber security working group",
     speaker_type::person, "RIA"},
    {2, "krutskikh", "said", "the talks are underway", "having such contacts", speaker_type::person, "RIA"},
    {3, "svetlana lukash", "said", "russian president vladimir putin and u s  president donald trump",
     "or as part of a working group", speaker_type::person, "Reuters"},
    {4, "u s  and european intelligence and security officials", "told", "they were not participating",
     "confined to mid level political officials", speaker_type::anonymous, "Reuters"},
    {5, "one of the officials", "said", "cooperation on cyber security was a  pipe dream",
     "hacked last year s u s  presidential election", speaker_type::anonymous, "Reuters"},
    {7, "thomas bossert", "told reporters", "it would be premature to suggest", "russia about a possible cyber security",
     speaker_type::person, "Reuters"},
    {8, "he", "said", "a partnership suggests that you ve reached a place", "ideals and goals and behaviors",
     speaker_type::pronoun, "Reuters"},
    {9, "bossert", "said", "i don t believe that the united states", "that point yet in cyberspace",
     speaker_type::person, "Reuters"},
    {11, "trump", "said", "he had discussed the idea", "with putin at the hamburg summit", speaker_type::person,
     "Reuters"},
    {12, "senior u s  republicans", "saying", "moscow could not be trusted", "moscow could not be trusted",
     speaker_type::group, "Reuters"},
    {13, "trump", "saying in a post on twitter", "the fact that president putin and i discussed", "it can happen",
     speaker_type::person, "Twitter"},
    {15, "rob joyce", "told reporters", "no final decision had been made", "office of the coordinator for cyber issues",
     speaker_type::person, "Reuters"},
    {16, "rob joyce", "said", "the state department would continue", "brokering international agreements",
     speaker_type::person, "Reuters"},
    {17, "joyce", "said", "i am confident that secretary tillerson", "is not going to impair cyber security",
     speaker_type::person, "Reuters"},
};

/// The records without a speaker that the normalized form of `raw` yields (spans checked).
std::vector<attribution> sourceless(const std::string& raw) {
    const std::string text = claimgraph::normalize(raw).text;
    const auto d = extract_normalized(text);
    check_spans(text, d);
    std::vector<attribution> out;
    for (const auto& a : d.items)
        if (!a.speaker) out.push_back(a);
    return out;
}

const attribution* find_row(const document_attributions& d, const seed_row& r) {
    for (const attribution& a : d.items)
        if (starts_with(a.content.text, r.claim_begins) &&
            a.content.text.find(r.claim_ends) != std::string::npos)
            return &a;
    return nullptr;
}

void check_seed(const std::string& text) {
    const auto d = claimgraph::extract("reuters-cyber-normalized", text);  // detected, not forced
    CHECK(d.form == claimgraph::text_form::normalized);
    CHECK(d.publisher == "Reuters");
    check_spans(text, d);
    for (const seed_row& r : rows) {
        INFO("EXPECTED.md row " << r.row);
        const attribution* a = find_row(d, r);
        REQUIRE(a != nullptr);
        REQUIRE(a->speaker);
        CHECK(a->speaker->text == r.speaker);
        REQUIRE(a->cue);
        CHECK(a->cue->text == r.cue);
        CHECK(a->type == r.type);
        CHECK(a->outlet == r.outlet);
    }
}

} // namespace

TEST_CASE("normalized seed: the speakers, cues and outlets of EXPECTED.md", "[normalized][seed]") {
    check_seed(claimgraph::test::seed_normalized());
}

TEST_CASE("normalized seed: the normalized twin made by normalize() gives the same rows", "[normalized][seed]") {
    check_seed(claimgraph::normalize(claimgraph::test::seed_original()).text);
}

TEST_CASE("normalized seed: details of the rows", "[normalized][seed]") {
    const auto d = claimgraph::extract("seed", claimgraph::test::seed_normalized());
    auto by_claim = [&](std::string_view begins) -> const attribution& {
        for (const auto& a : d.items)
            if (starts_with(a.content.text, begins)) return a;
        FAIL("no record for " << begins);
        return d.items.front();
    };
    const auto& r1 = by_claim("moscow and washington");
    CHECK(r1.cue_type == cue_class::citing);
    CHECK(r1.cited_by == "RIA");
    REQUIRE(r1.roles.size() == 1);
    CHECK(r1.roles[0] == "special presidential envoy on cyber security");
    const auto& r7 = by_claim("it would be premature");
    REQUIRE(r7.roles.size() == 1);
    CHECK(r7.roles[0] == "trump s top counterterrorism adviser");
    CHECK(r7.kind == attribution_kind::indirect);
    const auto& r15 = by_claim("no final decision");
    REQUIRE_FALSE(r15.roles.empty());
    CHECK(r15.roles[0] == "white house cyber coordinator");
    // The quotation marks are gone, but ",” he said" leaves three spaces where ", he said" leaves two.
    CHECK(by_claim("a partnership suggests").kind == attribution_kind::direct);
    CHECK(by_claim("i am confident").kind == attribution_kind::direct);
    CHECK(by_claim("he had discussed").kind == attribution_kind::indirect);
    CHECK(by_claim("the fact that").cue_type == cue_class::written);
    // Every outlet the article names.
    std::vector<std::string> outlets;
    for (const auto& a : d.items) outlets.push_back(a.outlet);
    for (std::string_view o : {"RIA", "Reuters", "Twitter"})
        CHECK(std::find(outlets.begin(), outlets.end(), o) != outlets.end());
}

TEST_CASE("normalized seed: the non-attributions stay out", "[normalized][seed]") {
    const auto d = claimgraph::extract("seed", claimgraph::test::seed_normalized());
    for (const auto& a : d.items) {
        INFO("record: " << (a.speaker ? a.speaker->text : "-") << " | " << a.content.text);
        const std::string_view sp = a.speaker ? std::string_view(a.speaker->text) : std::string_view{};
        CHECK(sp.find("painter") == std::string_view::npos);
        CHECK(a.content.text.find("is leaving his post") == std::string::npos);
        CHECK(a.content.text.find("scheduled to testify") == std::string::npos);
        CHECK(a.content.text.find("appeared to back away") == std::string::npos);
        CHECK(sp != "i");
        CHECK(sp != "you");
        CHECK(sp != "partnership");
        CHECK(sp.find("putin") == std::string_view::npos);
        if (a.content.text.find("president putin and i discussed") != std::string::npos) CHECK(sp == "trump");
    }
}

namespace {

struct pattern_case {
    std::string_view raw;          ///< a raw sentence; the test normalizes it
    std::string_view speaker;      ///< "" when no attribution may be found
    std::string_view cue;
    std::string_view claim;        ///< the claim as normalized text, trimmed
    speaker_type type;
};

const pattern_case patterns[] = {
    // x said / x told reporters / inverted with the quotation before
    {"The economy is strong, the minister said on Monday.", "the minister", "said", "the economy is strong",
     speaker_type::person},
    {"“We are ready,” said José Müller, the mayor.", "josé müller", "said", "we are ready", speaker_type::person},
    {"The talks were productive, Lavrov told reporters in Moscow.", "lavrov", "told reporters",
     "the talks were productive", speaker_type::person},
    {"He told the BBC that he would resign.", "he", "told", "he would resign", speaker_type::pronoun},
    {"Smith, 46, said the tax was unfair.", "smith", "said", "the tax was unfair", speaker_type::person},
    {"Officials say the deal is close.", "officials", "say", "the deal is close", speaker_type::anonymous},
    {"The company said in a statement that profits rose.", "the company", "said", "profits rose",
     speaker_type::organization},
    {"Maria Zakharova, the foreign ministry spokeswoman, said Russia would respond.", "maria zakharova", "said",
     "russia would respond", speaker_type::person},
    {"The Washington Post reported that the FBI opened an inquiry.", "the washington post", "reported",
     "the fbi opened an inquiry", speaker_type::outlet},
    {"Analysts believe that rates will rise.", "analysts", "believe", "rates will rise", speaker_type::group},
    // honorific periods, comma-enclosed adverbs, time phrases, determiner subjects of say
    {"“We will win,” Mr. Cruz said.", "mr  cruz", "said", "we will win", speaker_type::person},
    {"Officials, however, said the deal was close.", "officials", "said", "the deal was close",
     speaker_type::anonymous},
    {"Spicer on Thursday evening said the ban would stay.", "spicer", "said", "the ban would stay",
     speaker_type::person},
    {"The businessman said the deal was fair.", "the businessman", "said", "the deal was fair",
     speaker_type::person},
    // a quotation before the speaker, the cue's trailing modifiers after it
    {"“It is not appropriate,” Cruz said in response to a question.", "cruz", "said", "it is not appropriate",
     speaker_type::person},
    {"“We are ready,” she told the packed hall.", "she", "told", "we are ready", speaker_type::pronoun},
    {"Ted Cruz greeted the bill, saying it was needed.", "ted cruz", "saying", "it was needed",
     speaker_type::person},
    // stance, intention and characterising verbs with their object or to-infinitive (as the raw rules)
    {"The union endorsed Hillary Clinton on Monday.", "the union", "endorsed", "hillary clinton on monday",
     speaker_type::organization},
    {"Trump plans to visit Mexico next week.", "trump", "plans", "to visit mexico next week", speaker_type::person},
    {"Obama pointed to the jobs report.", "obama", "pointed to", "the jobs report", speaker_type::person},
    {"“He should have won,” Trump said of Romney. “He had every chance.”", "trump", "said", "he should have won",
     speaker_type::person},
    {"Sanders told the Senate committee that the bill would fail.", "sanders", "told", "the bill would fail",
     speaker_type::person},
    {"The company announced a new chief executive on Monday.", "the company", "announced",
     "a new chief executive on monday", speaker_type::organization},
    {"The race tightened. “We will win,” he told the show. The campaign did not respond.", "he", "told",
     "we will win", speaker_type::pronoun},
    // a described speaker after the quotation
    {"“We are ready,” said a senior official who asked not to be named.", "a senior official", "said",
     "we are ready", speaker_type::anonymous},
    {"Sanders criticized the deal.", "sanders", "criticized", "the deal", speaker_type::person},
    // intention and opinion cues without "that", evidence subjects
    {"He vowed to fight the ruling.", "he", "vowed", "to fight the ruling", speaker_type::pronoun},
    {"She thinks the race is close.", "she", "thinks", "the race is close", speaker_type::pronoun},
    {"Polls show the race is close.", "polls", "show", "the race is close", speaker_type::person},
    // call (not in the shared lexicon) and ask with a question
    {"The senator called for a cultural war.", "the senator", "called for", "a cultural war", speaker_type::person},
    {"The minister asked whether the plan would work.", "the minister", "asked", "whether the plan would work",
     speaker_type::person},
    // according to, citing
    {"According to the ministry, the plan was dropped.", "the ministry", "according to", "the plan was dropped",
     speaker_type::organization},
    {"The plan was dropped, according to two sources familiar with the matter.", "two sources", "according to",
     "the plan was dropped", speaker_type::anonymous},
    {"Turnout rose in 2016, according to a new poll by the Harvard Institute of Politics.",
     "a new poll by the harvard institute of politics", "according to", "turnout rose in", speaker_type::unknown},
    {"Sanctions will stay, the Kremlin said, citing Dmitry Peskov.", "dmitry peskov", "citing",
     "sanctions will stay", speaker_type::person},
    // not attributions
    {"A spokeswoman for the ministry declined to comment.", "", "", "", speaker_type::unknown},
    {"The reported deal fell through.", "", "", "", speaker_type::unknown},
    // session 6: a long trailing modifier after a quotation, a long titled name and "the" after the cue
    {"“We have to act now,” he said in Las Vegas at a forum hosted by the advocacy group for immigration "
     "reform and the magazine The Nation. The senator left.",
     "he", "said", "we have to act now", speaker_type::pronoun},
    {"“It is a big deal,” said United Steelworkers political director Tim Waters.",
     "united steelworkers political director tim waters", "said", "it is a big deal", speaker_type::person},
    {"“We can't have a guy like that,” said the longtime Iowa senator, who campaigned Monday.",
     "the longtime iowa senator", "said", "we can t have a guy like that", speaker_type::person},
    // a mark before "percent" was a dropped number: the claim runs on over it
    {"Trump received 40 percent, according to the results.", "the results", "according to",
     "trump received  percent", speaker_type::unknown},
    {"He was tired. Voters backed him, according to the poll.", "the poll", "according to", "voters backed him",
     speaker_type::unknown},
    // a document with a determiner is the source of an evidence verb, not of other cues
    {"For the first time, a poll shows Sanders leading Clinton nationally.", "a poll", "shows",
     "sanders leading clinton nationally", speaker_type::organization},
    {"A partnership suggests that the deal will close.", "", "", "", speaker_type::unknown},
    // six words without a title are no name
    {"“It is over,” said John Paul Jones Smith Baker Wilson.", "", "", "", speaker_type::unknown},
    {"The bill was endorsed by the governor.", "", "", "", speaker_type::unknown},
    {"He answered questions about the plans.", "", "", "", speaker_type::unknown},
    {"Trump backed down.", "", "", "", speaker_type::unknown},
    {"She told the story of her family.", "", "", "", speaker_type::unknown},
    {"The governor announced it.", "", "", "", speaker_type::unknown},
    {"He was called a hero.", "", "", "", speaker_type::unknown},
    // a participle after a lone time word has no subject there ("wednesday" is no speaker)
    {"She visited Ted Cruz (R-Texas) Wednesday, saying it was time.", "", "", "", speaker_type::unknown},
    {"A partnership suggests that you have reached a place.", "", "", "", speaker_type::unknown},
    {"Three U.S. intelligence agencies concluded publicly in January.", "", "", "", speaker_type::unknown},
    {"“I think it can happen,” the minister’s aide wrote.", "the minister s aide", "wrote", "i think it can happen",
     speaker_type::person},
};

} // namespace

TEST_CASE("normalized patterns, table-driven (raw sentences put through normalize())", "[normalized][patterns]") {
    for (const pattern_case& p : patterns) {
        const std::string text = claimgraph::normalize(p.raw).text;
        INFO("sentence: " << p.raw << "\nnormalized: " << text);
        const auto d = extract_normalized(text);
        check_spans(text, d);
        if (p.speaker.empty()) {
            CHECK(d.items.empty());
            continue;
        }
        REQUIRE(d.items.size() == 1);
        const attribution& a = d.items.front();
        REQUIRE(a.speaker);
        CHECK(a.speaker->text == p.speaker);
        REQUIRE(a.cue);
        CHECK(a.cue->text == p.cue);
        CHECK(a.content.text == p.claim);
        CHECK(a.type == p.type);
    }
}

TEST_CASE("normalized grammar: odd input never breaks it", "[normalized][robustness]") {
    const std::vector<std::string> odd{
        "", " ", "     ", "said", "said said said", "according", "according to", "citing", "  citing  ",
        "he said", "said he", "reuters    ", "moscow  reuters    ", "x said  according to", "told", "saying",
        std::string(1000, ' '), "a b c d e f g h i j k said", "the the the said that", "\xC3", "\xFF\xFE said",
        "zürich s mayor said the plan was dead", "“curly” ‘quotes’ — forced on raw text, said Ana."};
    for (const std::string& t : odd) {
        INFO("text: '" << t << "'");
        const auto d = extract_normalized(t);
        check_spans(t, d);
        CHECK(d.form == claimgraph::text_form::normalized);
    }
    // A long soup of cue words, function words and space runs.
    std::string soup;
    const char* words[] = {"said", "told", "reporters", "according", "to", "citing", "the", "a", "he", "officials",
                           "that", "reuters", "saying", "in", "post", "on", "twitter", "u", "s", "one", "of"};
    unsigned x = 12345;
    for (int i = 0; i < 20000; ++i) {
        x = x * 1103515245u + 12345u;
        soup += words[(x >> 16) % (sizeof words / sizeof *words)];
        soup.append(1 + ((x >> 8) % 5), ' ');
    }
    const auto d = extract_normalized(soup);
    check_spans(soup, d);
}

TEST_CASE("normalized grammar: shared corpora normalized give sane records", "[normalized][shared]") {
    CLAIMGRAPH_REQUIRE_SHARED();
    // The seed's source is Reuters; the ISOT sample is the data set the clean-up comes from.
    const std::string csv = claimgraph::test::read_file(claimgraph::test::shared_dir() / "corpora" /
                                                        "isot_true_sample" / "True_first989.csv");
    // Take the first 200 KB as one text: records must stay inside it and most must have a speaker.
    const std::string text = claimgraph::normalize(csv.substr(0, 200000)).text;
    const auto d = extract_normalized(text);
    check_spans(text, d);
    CHECK(d.items.size() > 50);
    std::size_t with_speaker = 0;
    for (const auto& a : d.items) {
        with_speaker += a.speaker ? 1 : 0;
        if (a.speaker) continue;
        // only the source-less cues come without a speaker
        REQUIRE(a.cue);
        INFO(a.cue->text);
        // passive cues open with a form of be: "is accused of", "been seen as"
        const bool passive = starts_with(a.cue->text, "is ") || starts_with(a.cue->text, "are ") ||
                             starts_with(a.cue->text, "was ") || starts_with(a.cue->text, "were ") ||
                             starts_with(a.cue->text, "been ") || starts_with(a.cue->text, "be ");
        const bool hedge = a.cue->text.rfind("seem", 0) == 0 || a.cue->text.rfind("appear", 0) == 0;
        CHECK((a.cue->text.find("expected") != std::string::npos || a.cue->text == "reportedly" ||
               a.cue->text.find("asked") != std::string::npos || passive || hedge));
    }
    CHECK(with_speaker * 10 >= d.items.size() * 9);
}

TEST_CASE("normalized grammar: attributions with no named source", "[normalized][no-source]") {
    {
        const auto v = sourceless("Trump is expected to speak at the convention tonight.");
        REQUIRE(v.size() == 1);
        REQUIRE(v[0].cue);
        CHECK(v[0].cue->text == "is expected");
        CHECK(v[0].content.text.rfind("trump", 0) == 0);
        CHECK(v[0].cue_type == claimgraph::cue_class::opinion);
    }
    {
        const auto v = sourceless("The group reportedly spent millions on the ads.");
        REQUIRE(v.size() == 1);
        CHECK(v[0].cue->text == "reportedly");
        CHECK(v[0].cue_type == claimgraph::cue_class::report);
    }
    {
        const auto v = sourceless("Asked about the emails, she declined to answer.");
        REQUIRE(v.size() == 1);
        CHECK(v[0].cue->text == "asked about");
        CHECK(v[0].content.text == "the emails");
    }
    // a named asker is a speaker, not a source-less question; "expected" without "to" is no cue
    CHECK(sourceless("He asked whether the vote was fair.").empty());
    CHECK(sourceless("The results were expected.").empty());
    CHECK(sourceless("Reportedly.").empty());
}

TEST_CASE("normalized grammar: progressive forms of cue verbs", "[normalized][progressive]") {
    auto run = [](const std::string& raw) {
        const std::string text = claimgraph::normalize(raw).text;
        const auto d = extract_normalized(text);
        check_spans(text, d);
        return d;
    };
    {
        const auto d = run("Trump is backing Cruz in the primary.");
        REQUIRE(d.items.size() == 1);
        REQUIRE(d.items[0].speaker);
        CHECK(d.items[0].speaker->text == "trump");
        CHECK(d.items[0].cue->text == "backing");
        CHECK(d.items[0].content.text == "cruz in the primary");
    }
    {
        const auto d = run("Clinton was now hoping to win Iowa.");
        REQUIRE(d.items.size() == 1);
        REQUIRE(d.items[0].speaker);
        CHECK(d.items[0].speaker->text == "clinton");
        CHECK(d.items[0].content.text == "to win iowa");
    }
    {
        const auto d = run("Smith said the talks failed, and Jones is insisting that the deal is off.");
        REQUIRE(d.items.size() == 2);
        REQUIRE(d.items[1].speaker);
        CHECK(d.items[1].speaker->text == "jones");
        CHECK(d.items[1].content.text == "the deal is off");
    }
    // a state of mind, a race, and a speech verb without its complement are no attributions
    CHECK(run("She was thinking about the vote.").items.empty());
    CHECK(run("He is challenging the senator in the primary.").items.empty());
    CHECK(run("Hillary Clinton is adding to her delegate lead.").items.empty());
}

TEST_CASE("normalized grammar: a p m time stamp is no name before an apposition", "[normalized][timestamp]") {
    const std::string text = claimgraph::normalize("___\n\n3:45 p.m.\n\nSenate Majority Leader Mitch McConnell "
                                                   "said the plan was dead.")
                                 .text;
    const auto d = extract_normalized(text);
    check_spans(text, d);
    REQUIRE(d.items.size() == 1);
    REQUIRE(d.items[0].speaker);
    CHECK(d.items[0].speaker->text == "mitch mcconnell");
    CHECK(d.items[0].content.text == "the plan was dead");
}

TEST_CASE("normalized grammar: agree with a to-infinitive is an intention", "[normalized][agree]") {
    auto run = [](const std::string& raw) {
        const std::string text = claimgraph::normalize(raw).text;
        const auto d = extract_normalized(text);
        check_spans(text, d);
        return d;
    };
    const auto d = run("The senator agreed to pay the fine.");
    REQUIRE(d.items.size() == 1);
    REQUIRE(d.items[0].speaker);
    CHECK(d.items[0].speaker->text == "the senator");
    CHECK(d.items[0].cue->text == "agreed");
    CHECK(d.items[0].content.text == "to pay the fine");
    // a noun phrase after "to" is no infinitive
    CHECK(run("The company agreed to a moratorium on drilling.").items.empty());
}

TEST_CASE("normalized grammar: passive verbs of saying and judging without an agent", "[normalized][passive]") {
    {
        const auto v = sourceless("Roof is accused of killing nine people.");
        REQUIRE(v.size() == 1);
        REQUIRE(v[0].cue);
        CHECK(v[0].cue->text == "is accused of");
        CHECK(v[0].content.text == "roof is accused of killing nine people");
        CHECK(v[0].cue_type == cue_class::speech);
    }
    {
        const auto v = sourceless("He was widely seen as a moderate in the race.");
        REQUIRE(v.size() == 1);
        CHECK(v[0].cue->text == "was widely seen as");
        CHECK(v[0].cue_type == cue_class::opinion);
    }
    {
        const auto v = sourceless("Sanders was declared the winner in New Hampshire.");
        REQUIRE(v.size() == 1);
        CHECK(v[0].cue->text == "was declared");
    }
    // a wish to be seen, and an agent after the participle, are no source-less judgement
    CHECK(sourceless("She wants to be seen as the leader.").empty());
    CHECK(sourceless("He was accused by a reporter of lying.").empty());
}

TEST_CASE("normalized grammar: the writer's hedges seem and appear", "[normalized][hedge]") {
    {
        const auto v = sourceless("The senator appeared to soften his stance on trade.");
        REQUIRE(v.size() == 1);
        REQUIRE(v[0].cue);
        CHECK(v[0].cue->text == "appeared");
        CHECK(v[0].content.text == "the senator appeared to soften his stance on trade");
        CHECK(v[0].cue_type == cue_class::opinion);
    }
    {
        const auto v = sourceless("It seems the deal is off.");
        REQUIRE(v.size() == 1);
        CHECK(v[0].cue->text == "seems");
        CHECK(v[0].content.text == "the deal is off");
    }
    {
        const auto v = sourceless("Republican leaders appear determined to block him.");
        REQUIRE(v.size() == 1);
        CHECK(v[0].content.text == "republican leaders appear determined to block him");
    }
    // a place or a person after the verb, a cue verb after "to", a modal or negation before: no hedge
    CHECK(sourceless("The governor appeared on Fox News last night.").empty());
    CHECK(sourceless("She seemed to me a decent candidate.").empty());
    CHECK(sourceless("He appeared to imply that the race was over.").empty());
    CHECK(sourceless("That would seem to settle the matter.").empty());
    CHECK(sourceless("He didn't appear to notice the crowd.").empty());
    // inside a quotation that has a speaker: part of that claim, no record of its own
    CHECK(sourceless("\"His world seems to be always full,\" said Kiki McLean, a spokeswoman.").empty());
}
