// One table per grammar pattern of docs/GRAMMAR.md: {sentence, speaker, cue, claim, kind}. Sentences are
// real news sentences (the seed article, wire copy) or follow them closely.
#include "helpers.hpp"

using claimgraph::attribution_kind;
using claimgraph::test::check_case;
using claimgraph::test::pattern_case;

namespace {
constexpr auto direct = attribution_kind::direct;
constexpr auto indirect = attribution_kind::indirect;
constexpr auto mixed = attribution_kind::mixed;
} // namespace

TEST_CASE("direct quote, cue after: “…,” X said / said X / X, a …, said / he told Reuters",
          "[grammar][quote-first]") {
    const pattern_case cases[] = {
        {"“I don’t believe that the United States and Russia have come to that point yet in cyberspace,” "
         "Bossert said.",
         "Bossert", "said",
         "I don’t believe that the United States and Russia have come to that point yet in cyberspace",
         direct},
        {"“We are not going to impair cyber security,” said François Hollande.", "François Hollande", "said",
         "We are not going to impair cyber security", direct},
        {"“The talks are underway,” Krutskikh said, according to RIA.", "Krutskikh", "said",
         "The talks are underway", direct},
        {"\"It is a pipe dream,\" Svetlana Lukash, a Russian official, said.", "Svetlana Lukash", "said",
         "It is a pipe dream", direct},
        {"“We will not give up,” he told Reuters.", "he", "told", "We will not give up", direct},
        {"«Nous sommes prêts», said José Ángel Gurría, the OECD secretary-general.", "José Ángel Gurría",
         "said", "Nous sommes prêts", direct},
        {"“Who knows?” Peskov said on Tuesday.", "Peskov", "said", "Who knows?", direct},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("direct quote, cue before: X said: “…” / X said, “…” / X said in a statement: “…”",
          "[grammar][cue-first]") {
    const pattern_case cases[] = {
        {"Joyce said: “I am confident that Secretary Tillerson is not going to impair cyber security.”",
         "Joyce", "said", "I am confident that Secretary Tillerson is not going to impair cyber security.",
         direct},
        {"Bossert said, \"A partnership suggests that you have reached a place of trust.\"", "Bossert",
         "said", "A partnership suggests that you have reached a place of trust.", direct},
        {"The Pentagon said in a statement: “We are reviewing the court’s decision.”", "Pentagon",
         "said in a statement", "We are reviewing the court’s decision.", direct},
        {"Zoë Baird told reporters: “It’s premature.”", "Zoë Baird", "told reporters", "It’s premature.",
         direct},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("split quotes: “…,” X said. “…” and “…,” X said, “…”", "[grammar][split]") {
    SECTION("second part in its own sentence: same speaker, no cue") {
        const char* text =
            "“I don’t believe we have come to that point,” Bossert said. “And until we do, we wouldn’t "
            "have the conversation.”";
        check_case({text, "Bossert", "said", "I don’t believe we have come to that point", direct});
        check_case({text, "Bossert", "", "And until we do, we wouldn’t have the conversation.", direct});
        const auto d = claimgraph::extract("t", text);
        REQUIRE(d.items.size() == 2);
        CHECK(d.items[1].cue_type == claimgraph::cue_class::none);
    }
    SECTION("second part after a comma: same speaker and cue") {
        const char* text = "“This is a bad deal,” Gómez said, “and we will fight it.”";
        check_case({text, "Gómez", "said", "This is a bad deal", direct});
        check_case({text, "Gómez", "said", "and we will fight it.", direct});
    }
}

TEST_CASE("reported speech: X said (on Thursday) (that) …, X told reporters …, …, X said.",
          "[grammar][reported]") {
    const pattern_case cases[] = {
        {"Trump said earlier this month he had discussed the idea of creating such a group with Putin at the "
         "Hamburg summit.",
         "Trump", "said",
         "he had discussed the idea of creating such a group with Putin at the Hamburg summit", indirect},
        {"White House cyber coordinator Rob Joyce told reporters on Wednesday that no final decision had "
         "been made.",
         "Rob Joyce", "told reporters", "no final decision had been made", indirect},
        {"However, U.S. and European intelligence and security officials told Reuters on Thursday they were "
         "not "
         "participating in the talks.",
         "U.S. and European intelligence and security officials", "told",
         "they were not participating in the talks", indirect},
        {"The economy grew 3.5 percent in the third quarter, the Commerce Department said on Friday.",
         "Commerce Department", "said", "The economy grew 3.5 percent in the third quarter", indirect},
        {"Svetlana Lukash, a Russian official who was at the recent G20 summit, said earlier this month that "
         "Putin and Trump had agreed to discuss cyber security.",
         "Svetlana Lukash", "said", "Putin and Trump had agreed to discuss cyber security", indirect},
        {"Thomas Bossert, Trump’s top counterterrorism adviser, told reporters it would be premature to "
         "suggest a "
         "partnership.",
         "Thomas Bossert", "told reporters", "it would be premature to suggest a partnership", indirect},
        {"Sen. Chuck Grassley said on Tuesday the committee would vote next week.", "Chuck Grassley", "said",
         "the committee would vote next week", indirect},
        {"J.D. Vance said the Senate would act in Jan. before the recess.", "J.D. Vance", "said",
         "the Senate would act in Jan. before the recess", indirect},
        {"Mr. Müller argued that the plan was unworkable.", "Müller", "argued", "the plan was unworkable",
         indirect},
        {"Analysts believe that the central bank will raise rates.", "Analysts", "believe",
         "the central bank will raise rates", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("speaker roles and types", "[grammar][speakers]") {
    auto first = [](std::string_view s) {
        const auto d = claimgraph::extract("t", s, {claimgraph::form_choice::raw});
        REQUIRE(!d.items.empty());
        return d.items.front();
    };
    const auto a = first("U.S. President Donald Trump said on Thursday he would sign the bill.");
    CHECK(a.speaker->text == "Donald Trump");
    CHECK(a.type == claimgraph::speaker_type::person);
    REQUIRE(a.roles.size() == 1);
    CHECK(a.roles[0] == "U.S. President");
    const auto b =
        first("Moscow and Washington are in talks, Russia’s RIA news agency reported on Thursday, citing "
              "Andrey Krutskikh, a special presidential envoy on cyber security.");
    CHECK(b.speaker->text == "Andrey Krutskikh");
    REQUIRE(!b.roles.empty());
    CHECK(b.roles.back() == "special presidential envoy on cyber security");
    CHECK(b.cited_by == "RIA");
    CHECK(b.cue_type == claimgraph::cue_class::citing);
    const auto c =
        first("One of the officials, who like the others spoke on condition of anonymity, said the talks "
              "were a “pipe dream.”");
    CHECK(c.speaker->text == "One of the officials");
    CHECK(c.type == claimgraph::speaker_type::anonymous);
    CHECK(c.kind == attribution_kind::mixed);
    const auto d = first(
        "Senior U.S. Republicans greeted the idea with incredulity, saying Moscow could not be trusted.");
    CHECK(d.speaker->text == "Senior U.S. Republicans");
    CHECK(d.type == claimgraph::speaker_type::group);
    const auto e = first("“We will win,” she said.");
    CHECK(e.type == claimgraph::speaker_type::pronoun);
    const auto f = first("The New York Times reported that the deal had collapsed.");
    CHECK(f.type == claimgraph::speaker_type::outlet);
    CHECK(f.outlet == "The New York Times");
    const auto g =
        first("A senior official who spoke on condition of anonymity said the plan had been shelved.");
    CHECK(g.type == claimgraph::speaker_type::anonymous);
    const auto h = first(
        "Hannah Ward of the Refugee Council said the figures were “deeply worrying” for José’s family.");
    CHECK(h.speaker->text == "Hannah Ward");
    CHECK(h.type == claimgraph::speaker_type::person);
    REQUIRE(h.roles.size() == 1);
    CHECK(h.roles[0] == "of the Refugee Council");
    const auto i = first("Yesterday Argentina's economy minister said the debt swap would close on Friday.");
    CHECK(i.speaker->text == "Argentina's economy minister");
    CHECK(claimgraph::extract("t", "a poll posing the question the government said would matter most.")
              .items.empty());
}

TEST_CASE("participial cues: …, saying … / in a post on Twitter / in a statement", "[grammar][participle]") {
    const pattern_case cases[] = {
        {"Senior U.S. Republicans greeted the idea with incredulity, saying Moscow could not be trusted.",
         "Senior U.S. Republicans", "saying", "Moscow could not be trusted", indirect},
        {"Trump later appeared to back away, saying in a post on Twitter: “The fact that President Putin and "
         "I "
         "discussed a Cyber Security unit doesn’t mean I think it can happen.”",
         "Trump", "saying in a post on Twitter",
         "The fact that President Putin and I discussed a Cyber Security unit doesn’t mean I think it can "
         "happen.",
         direct},
        {"Nuñez rejected the offer, adding that the union would strike on Monday.", "Nuñez", "adding",
         "the union would strike on Monday", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    const auto d = claimgraph::extract("t", cases[1].sentence);
    REQUIRE(!d.items.empty());
    CHECK(d.items[0].outlet == "Twitter");
}

TEST_CASE("according to X (before or after) and citing X", "[grammar][according]") {
    const pattern_case cases[] = {
        {"According to the newspaper, the minister resigned on Monday.", "the newspaper", "According to",
         "the minister resigned on Monday", indirect},
        {"The minister resigned on Monday, according to Le Monde’s report.", "Le Monde’s report",
         "according to", "The minister resigned on Monday", indirect},
        {"Oil output fell 3.5 percent in March, Interfax reported, citing an Energy Ministry source.",
         "an Energy Ministry source", "citing", "Oil output fell 3.5 percent in March", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // "X said, according to RIA": RIA is the outlet of X's record, not a speaker of its own.
    const auto d = claimgraph::extract("t", "“The talks are underway,” Krutskikh said, according to RIA.");
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].outlet == "RIA");
}

TEST_CASE("outlets as reporters and media reports", "[grammar][outlets]") {
    const pattern_case cases[] = {
        {"RIA news agency reported that Moscow and Washington were in talks.", "RIA news agency", "reported",
         "Moscow and Washington were in talks", indirect},
        {"The New York Times reported on Sunday that the FBI had opened an inquiry.", "The New York Times",
         "reported", "the FBI had opened an inquiry", indirect},
        {"Painter is leaving amid media reports that Tillerson plans to shutter Painter’s entire office.",
         "media", "reports", "Tillerson plans to shutter Painter’s entire office", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("nested attribution and mixed quotes", "[grammar][nested]") {
    const char* text =
        "Officials told Reuters they were not participating in the talks, which they said were "
        "confined to mid-level political officials.";
    check_case({text, "Officials", "told",
                "they were not participating in the talks, which they said were confined "
                "to mid-level political officials",
                indirect});
    check_case({text, "they", "said", "were confined to mid-level political officials", indirect});
    check_case({"Bossert told reporters it would be premature to talk about a cyber security “partnership.”",
                "Bossert", "told reporters",
                "it would be premature to talk about a cyber security “partnership.”", mixed});
    // A cue inside a quotation is part of the quote, never a new attribution.
    const auto d =
        claimgraph::extract("t", "Trump wrote: “The fact that President Putin and I discussed it, as "
                                 "Macron said, doesn’t mean it can happen.”");
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].speaker->text == "Trump");
}

TEST_CASE("house styles: '' quotes, party labels, press-release dashes, parenthetical cues",
          "[grammar][styles]") {
    const pattern_case cases[] = {
        {"''If you're 80 years old, you went through so much of this,'' she added.", "she", "added",
         "If you're 80 years old, you went through so much of this", direct},
        {"“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.", "Gwen Moore", "said",
         "It’s a dog whistle to all Americans", direct},
        {"“Tonight’s debate showed Trump for who he really is.” ― Martha Aguilar", "Martha Aguilar", "―",
         "Tonight’s debate showed Trump for who he really is.", direct},
        {"African-Americans, he said, can ''rock like Jimi'' and ''stir the pot like Richard Pryor.''", "he",
         "said",
         "African-Americans, he said, can ''rock like Jimi'' and ''stir the pot like Richard Pryor.''",
         mixed},
        {"While debating the nominees, a friend commented: \"For you, immigration is the most important "
         "reason.\"",
         "a friend", "commented", "For you, immigration is the most important reason.", direct},
        {"Hillary Clinton was headed to an emergency room after her collapse, The Post has learned.",
         "The Post", "learned", "Hillary Clinton was headed to an emergency room after her collapse",
         indirect},
        {"The New York Post reports that Clinton’s team avoided the emergency room.", "The New York Post",
         "reports", "Clinton’s team avoided the emergency room", indirect},
        {"It says the campaign violated federal and state law by using copyrighted material.", "It", "says",
         "the campaign violated federal and state law by using copyrighted material", indirect},
    };
    for (const auto& c : cases)
        check_case(c);
    // After a quotation the rest of the sentence is circumstance, not a claim.
    check_case({"“I don’t think it’s do or die,” he said outside the building.", "he", "said",
                "I don’t think it’s do or die", direct});
    check_case({"“We reviewed the contracts,” Klein told POLITICO New York in an email.", "Klein", "told",
                "We reviewed the contracts", direct});
    // An inverted cue after a plain clause only when the speaker ends the sentence.
    const auto b =
        claimgraph::extract("t", "BuzzFeed, which does not disclose its finances, denied the report, "
                                 "saying it was wrong about Zoë’s figures.");
    for (const auto& a : b.items)
        CHECK(a.speaker->text != "the report");
    // "citing" a reason is not citing a source: McConnell stays the speaker.
    const auto d =
        claimgraph::extract("t", "The country “has made dramatic changes for the better,” McConnell said in "
                                 "June 2012, citing the release of political prisoners.");
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].speaker->text == "McConnell");
}

TEST_CASE("non-attributions stay out", "[grammar][negative]") {
    const char* texts[] = {
        "Chris Painter, a widely respected bureaucrat, is leaving his post at the end of the month.",
        "Painter is scheduled to testify before the U.S. House of Representatives Foreign Affairs Committee.",
        "Trump later appeared to back away.",
        "The president’s tweet drew fresh attention to the Postal Service.",
        "He warned of a crisis.",
        "The company announced plans to cut 500 jobs.",
        "It was reported in the press last year.",
        "Ms. Ibáñez’s warning went unheeded, and “nothing” changed.",
    };
    for (const auto* t : texts) {
        INFO(t);
        CHECK(claimgraph::extract("t", t, {claimgraph::form_choice::raw}).items.empty());
    }
}

TEST_CASE("PolNeAR-driven patterns: plain noun-phrase subjects, time phrases, beliefs, evidence, naming",
          "[grammar][polnear]") {
    const pattern_case cases[] = {
        {"The businessman said China is expecting growth next year.", "The businessman", "said",
         "China is expecting growth next year", indirect},
        {"Sean Spicer on Thursday evening said the president would sign the order.", "Sean Spicer", "said",
         "the president would sign the order", indirect},
        {"Forty-six percent of voters said she did nothing wrong.", "Forty-six percent of voters", "said",
         "she did nothing wrong", indirect},
        {"Most analysts think the race is close.", "Most analysts", "think", "the race is close", indirect},
        {"Polls show Clinton with a narrow lead in Ohio.", "Polls", "show",
         "Clinton with a narrow lead in Ohio", indirect},
        {"The PAC was formed after leaked emails showed DNC staff favoring Hillary Clinton.", "leaked emails",
         "showed", "DNC staff favoring Hillary Clinton", indirect},
        {"More than 40 percent of that money arrived in February, new fundraising reports show.",
         "new fundraising reports", "show", "More than 40 percent of that money arrived in February",
         indirect},
        {"Former Florida Gov. Jeb Bush called Trump “unhinged.”", "Jeb Bush", "called", "Trump “unhinged.”",
         mixed},
        {"Marco Rubio attacked the plan on Monday, calling it a disaster for the middle class.",
         "Marco Rubio", "calling", "it a disaster for the middle class", indirect},
        {"The senator called for new sanctions against the regime.", "The senator", "called for",
         "new sanctions against the regime", indirect},
        {"The group seeks to prevent gun-related deaths through new laws.", "The group", "seeks",
         "to prevent gun-related deaths through new laws", indirect},
        {"Mr. Cruz pledged to oppose legal status for undocumented immigrants.", "Cruz", "pledged",
         "to oppose legal status for undocumented immigrants", indirect},
        {"“Apparently not,“ he said.", "he", "said", "Apparently not", direct},
        {"“She will run,” said a person close to the Clintons.", "a person close to the Clintons", "said",
         "She will run", direct},
        {"I don’t think the plan will pass the Senate.", "I", "think", "the plan will pass the Senate",
         indirect},
        {"“Over time, there's been a lot of speculation about that,” said former Utah governor Michael "
         "Leavitt, a Romney confidant.",
         "Michael Leavitt", "said", "Over time, there's been a lot of speculation about that", direct},
        {"A person familiar with the planning says the discussion will focus on taxes.",
         "A person familiar with the planning", "says", "the discussion will focus on taxes", indirect},
        {"Lance Beebe, 49, a Navy veteran, said Hillary Clinton should be ready for questions.",
         "Lance Beebe", "said", "Hillary Clinton should be ready for questions", indirect},
        {"The Wisconsin Republican criticized the president’s foreign policy and said allies wanted answers.",
         "Wisconsin Republican", "said", "allies wanted answers", indirect},
        {"Retired neurosurgeon Ben Carson told a crowded banquet hall in Baltimore that he is not giving up.",
         "Ben Carson", "told", "he is not giving up", indirect},
        {"Hillary Clinton tells voters she is with them.", "Hillary Clinton", "tells voters",
         "she is with them", indirect},
        {"A reporter asked Sanders how he was feeling on caucus day.", "A reporter", "asked Sanders",
         "how he was feeling on caucus day", indirect},
        {"The nation’s largest gun group accused Obama of political exploitation of the shootings.",
         "The nation’s largest gun group", "accused", "political exploitation of the shootings", indirect},
        {"Mark Johnson, a salesman from Sumter, South Carolina, said she could not support Trump.",
         "Mark Johnson", "said", "she could not support Trump", indirect},
        {"Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort requires an "
         "alternative.",
         "Humphrey", "said", "he doesn’t believe the effort requires an alternative", indirect},
        {"Several said they would rather see the money go to schools.", "Several", "said",
         "they would rather see the money go to schools", indirect},
        {"The governor acknowledged the state would miss its deadline.", "The governor", "acknowledged",
         "the state would miss its deadline", indirect},
        {"Obama announced a series of steps to tighten firearms sales.", "Obama", "announced",
         "a series of steps to tighten firearms sales", indirect},
        {"He said of Congress: “They just need to get their act together.”", "He", "said",
         "They just need to get their act together.", direct},
        {"\"I don't remember anything as shameful as this,\" said Senate Minority Leader Harry M. Reid "
         "(D-Nev.).",
         "Harry M. Reid", "said", "I don't remember anything as shameful as this", direct},
    };
    for (const auto& c : cases)
        check_case(c);
}

TEST_CASE("headline layout 'Name: claim' at a paragraph start", "[grammar][headline]") {
    const auto r =
        claimgraph::extract("t", "Graham: Trump’s Rhetoric Destroying GOP’s Chance to Win.\n\nMore text.",
                            {claimgraph::form_choice::raw});
    REQUIRE(r.items.size() == 1);
    REQUIRE(r.items[0].speaker);
    CHECK(r.items[0].speaker->text == "Graham");
    CHECK(r.items[0].content.text == "Trump’s Rhetoric Destroying GOP’s Chance to Win");
    const auto q =
        claimgraph::extract("t", "Kasich: “We Are Going To Go All The Way To Cleveland”\n\nMore text.",
                            {claimgraph::form_choice::raw});
    REQUIRE(q.items.size() == 1);
    CHECK(q.items[0].speaker->text == "Kasich");
    CHECK(q.items[0].kind == claimgraph::attribution_kind::direct);
    // A section label is not a speaker.
    CHECK(claimgraph::extract("t", "The Latest: Sanders wins Minnesota caucuses tonight.\n",
                              {claimgraph::form_choice::raw})
              .items.empty());
}

TEST_CASE("PolNeAR-driven patterns stay out of non-attributions", "[grammar][polnear][negative]") {
    const char* texts[] = {
        "The company called a meeting for Monday morning.",
        "He called the police after the crash.",
        "The campaign wants the debate moved to Friday.",
        "Twelve million people see the show every week.",
    };
    for (const auto* t : texts) {
        INFO(t);
        CHECK(claimgraph::extract("t", t, {claimgraph::form_choice::raw}).items.empty());
    }
    // A dateline inside the text is not the subject of a participial cue.
    const auto r = claimgraph::extract(
        "t",
        "Title line.\n\nWashington (AFP) – The senator criticized the plan, saying it would cost jobs.\n",
        {claimgraph::form_choice::raw});
    // Two records: the stance ("criticized the plan") and the participial claim; both are the senator's.
    REQUIRE(r.items.size() == 2);
    for (const auto& a : r.items) {
        REQUIRE(a.speaker);
        CHECK(a.speaker->text == "The senator");
    }
}

TEST_CASE("cue and colon at a paragraph end, the quotation in the next paragraph", "[grammar][polnear]") {
    const auto r = claimgraph::extract(
        "t", "Dr. Hannah Ward stated:\n\n“We need more beds in the hospitals of this city.”\n\nThe end.\n",
        {claimgraph::form_choice::raw});
    REQUIRE(r.items.size() == 1);
    REQUIRE(r.items[0].speaker);
    CHECK(r.items[0].speaker->text == "Hannah Ward");
    REQUIRE(r.items[0].cue);
    CHECK(r.items[0].cue->text == "stated");
    CHECK(r.items[0].content.text == "We need more beds in the hospitals of this city.");
    CHECK(r.items[0].kind == claimgraph::attribution_kind::direct);
    // Without a quotation in the next paragraph nothing is recorded.
    CHECK(claimgraph::extract("t", "Dr. Hannah Ward stated:\n\nThe hospital needs beds.\n",
                              {claimgraph::form_choice::raw})
              .items.empty());
}
