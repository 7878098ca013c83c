#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>

#include "seed_fixture.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace claimgraph;

namespace {

using test::seed_graph;

std::vector<std::string> labels(const claim_graph& g, const std::vector<claim_graph::vertex>& vs) {
    std::vector<std::string> out;
    for (auto v : vs) out.push_back(g[v].label);
    return out;
}

attribution said(std::string speaker, speaker_type type, std::string claim, std::string outlet = {}) {
    attribution a;
    a.speaker = mention{speaker, 0, speaker.size()};
    a.type = type;
    a.cue = mention{"said", 0, 0};
    a.content = mention{std::move(claim), 10, 20};
    a.outlet = std::move(outlet);
    return a;
}

document_attributions doc(std::string id, std::string publisher, std::vector<attribution> items) {
    document_attributions d;
    d.doc = std::move(id);
    d.publisher = std::move(publisher);
    d.items = std::move(items);
    return d;
}

} // namespace

TEST_CASE("seed graph: every speaker once, the three outlets", "[graph][seed]") {
    const claim_graph g = seed_graph();
    const std::vector<std::string> speakers = labels(g, g.speakers());
    for (std::string_view name : {"Andrey Krutskikh", "Svetlana Lukash", "Thomas Bossert", "Donald Trump",
                                  "Rob Joyce", "U.S. and European intelligence and security officials",
                                  "One of the officials", "Senior U.S. Republicans"}) {
        INFO(name);
        CHECK(std::count(speakers.begin(), speakers.end(), name) == 1);
    }
    CHECK(speakers.size() == 8);
    const std::vector<std::string> outlets = labels(g, g.outlets());
    CHECK(outlets.size() == 3);
    for (std::string_view name : {"Reuters", "RIA", "Twitter"}) CHECK(std::count(outlets.begin(), outlets.end(), name) == 1);
    CHECK(g.documents().empty());
}

TEST_CASE("seed graph: who asserts what through whom", "[graph][seed]") {
    const claim_graph g = seed_graph();
    const auto bossert = g.find(node_kind::speaker, "Thomas Bossert");
    REQUIRE(bossert);
    CHECK(g.claims_of(*bossert).size() >= 3);
    CHECK(g[*bossert].mentions == 4);
    CHECK(g[*bossert].documents == 1);
    CHECK(g[*bossert].roles == std::vector<std::string>{"Trump\xE2\x80\x99s top counterterrorism adviser"});
    CHECK(g[*bossert].aliases == std::vector<std::string>{"Bossert"});
    CHECK(g[*bossert].type == speaker_type::person);

    const auto krutskikh = g.find(node_kind::speaker, "andrey  KRUTSKIKH");  // keys ignore case and spacing
    const auto ria = g.find(node_kind::outlet, "RIA");
    const auto reuters = g.find(node_kind::outlet, "Reuters");
    const auto twitter = g.find(node_kind::outlet, "Twitter");
    REQUIRE(krutskikh);
    REQUIRE(ria);
    REQUIRE(reuters);
    REQUIRE(twitter);
    CHECK(g[*ria].outlet_type == "news_agency");
    CHECK(g.find(node_kind::outlet, "RIA Novosti") == ria);  // names go through the alias table

    // a claim reported by RIA is Krutskikh's
    const auto ria_claims = g.sources(*ria, edge_kind::reported_by);
    CHECK(std::any_of(ria_claims.begin(), ria_claims.end(), [&](auto c) {
        return g[c].kind == node_kind::claim && g.speaker_of(c) == krutskikh;
    }));
    // RIA cites Krutskikh; Reuters relays RIA
    CHECK(g.find_edge(*ria, *krutskikh, edge_kind::cites));
    CHECK(g.find_edge(*ria, *reuters, edge_kind::reported_by));

    // Trump's Twitter claim is reported_by Twitter (and not by Reuters)
    const auto trump = g.find(node_kind::speaker, "Donald Trump");
    REQUIRE(trump);
    CHECK(std::find(g[*trump].roles.begin(), g[*trump].roles.end(), "U.S. President") != g[*trump].roles.end());
    bool twitter_claim = false;
    for (auto c : g.claims_of(*trump))
        if (g[c].text.find("Cyber Security unit") != std::string::npos) {
            twitter_claim = true;
            CHECK(g.outlets_of(c) == std::vector<claim_graph::vertex>{*twitter});
            CHECK(g[c].claim_kind == attribution_kind::direct);
            const auto e = g.find_edge(*trump, c, edge_kind::asserts);
            REQUIRE(e);
            CHECK(g[*e].cue == "saying in a post on Twitter");
        }
    CHECK(twitter_claim);

    // every claim has exactly one speaker and at least one outlet, and offsets into the document
    const std::string text = test::seed_original();
    for (auto c : g.claims()) {
        INFO(g[c].text);
        CHECK(g.sources(c, edge_kind::asserts).size() == 1);
        CHECK_FALSE(g.outlets_of(c).empty());
        CHECK(g[c].count == 1);
        CHECK(text.substr(g[c].begin, g[c].end - g[c].begin) == g[c].text);
    }
    CHECK(g.claims().size() == 16);
}

TEST_CASE("documents on request: document nodes and claim-in-document edges", "[graph]") {
    const claim_graph g = seed_graph(build_options{true});
    REQUIRE(g.documents().size() == 1);
    const auto d = g.documents().front();
    CHECK(g[d].label == "reuters-cyber.txt");
    CHECK(g.sources(d, edge_kind::in).size() == g.claims().size());
}

TEST_CASE("unresolved documents are resolved by the builder", "[graph]") {
    const std::string text = test::seed_original();
    graph_builder b;
    b.add(test::seed_attributions(text));  // not resolved by the caller
    const claim_graph& g = b.graph();
    CHECK_FALSE(g.find(node_kind::speaker, "Krutskikh"));
    CHECK(g.find(node_kind::speaker, "Andrey Krutskikh"));
    CHECK(g.speakers().size() == 8);
}

TEST_CASE("across documents: speakers merge by name, outlets by alias, claims by text", "[graph][merge]") {
    graph_builder b;
    b.add(doc("d1", "AP",
              {said("Senator Jane Roe", speaker_type::person, "Taxes will rise."),
               said("a senior official", speaker_type::anonymous, "Talks stalled."),
               said("Roe", speaker_type::person, "We have the votes", "The New York Times")}));
    b.add(doc("d2", "The Associated Press",
              {said("Jane Roe", speaker_type::person, "taxes  will RISE"),
               said("a senior official", speaker_type::anonymous, "Talks stalled."),
               said("Roe", speaker_type::person, "Something else entirely.", "NYT")}));
    const claim_graph g = b.take();

    const auto roe = g.find(node_kind::speaker, "Jane Roe");
    REQUIRE(roe);
    CHECK(g[*roe].mentions == 4);
    CHECK(g[*roe].documents == 2);
    CHECK(g[*roe].roles == std::vector<std::string>{"Senator"});
    CHECK(g.speakers().size() == 3);  // Jane Roe once, the anonymous official once per document

    // the same claim said twice merges, with a count and a weighted assertion
    const auto claims = g.claims_of(*roe);
    CHECK(claims.size() == 3);
    const auto taxes = std::find_if(claims.begin(), claims.end(), [&](auto c) { return g[c].text == "Taxes will rise."; });
    REQUIRE(taxes != claims.end());
    CHECK(g[*taxes].count == 2);
    CHECK(g[*g.find_edge(*roe, *taxes, edge_kind::asserts)].weight == 2);

    // identical text by two anonymous officials in two documents stays two claims
    std::size_t stalled = 0;
    for (auto c : g.claims()) stalled += g[c].text == "Talks stalled." ? 1 : 0;
    CHECK(stalled == 2);

    const auto outlets = labels(g, g.outlets());
    CHECK(outlets == std::vector<std::string>{"AP", "The New York Times"});
    const auto nyt = g.find(node_kind::outlet, "The New York Times");
    const auto ap = g.find(node_kind::outlet, "AP");
    REQUIRE(nyt);
    REQUIRE(ap);
    CHECK(g[*g.find_edge(*nyt, *ap, edge_kind::reported_by)].weight == 2);  // AP relays the Times twice
}

TEST_CASE("sources view: speakers and outlets with weighted edges", "[graph][view]") {
    const claim_graph full = seed_graph(build_options{true});
    const claim_graph g = sources_view(full);
    CHECK(g.claims().empty());
    CHECK(g.documents().empty());
    CHECK(g.speakers().size() == full.speakers().size());
    CHECK(g.outlets().size() == 3);
    const auto bossert = *g.find(node_kind::speaker, "Thomas Bossert");
    const auto krutskikh = *g.find(node_kind::speaker, "Andrey Krutskikh");
    const auto reuters = *g.find(node_kind::outlet, "Reuters");
    const auto ria = *g.find(node_kind::outlet, "RIA");
    const auto quoted = g.find_edge(bossert, reuters, edge_kind::quoted_by);
    REQUIRE(quoted);
    CHECK(g[*quoted].weight == 4);
    CHECK(g[*g.find_edge(krutskikh, ria, edge_kind::quoted_by)].weight == 2);
    CHECK(g.find_edge(ria, krutskikh, edge_kind::cites));
    CHECK(g.find_edge(ria, reuters, edge_kind::reported_by));
    CHECK(g[bossert].mentions == 4);  // node attributes survive
}

TEST_CASE("claims without a resolvable speaker keep their outlet", "[graph]") {
    graph_builder b;
    attribution a = said("he", speaker_type::pronoun, "Nobody to point back to.");
    b.add(doc("d", "Reuters", {a}));
    const claim_graph g = b.take();
    CHECK(g.speakers().empty());
    REQUIRE(g.claims().size() == 1);
    CHECK_FALSE(g.speaker_of(g.claims().front()));
    CHECK(g.outlets_of(g.claims().front()).size() == 1);
}

TEST_CASE("normalized text first, capitals later: the proper spelling wins", "[graph][normalized]") {
    graph_builder b;
    document_attributions lower = doc("n", "", {said("andrey krutskikh", speaker_type::person, "x y z", "ria")});
    lower.form = text_form::normalized;
    b.add(lower);
    b.add(doc("r", "Reuters", {said("Andrey Krutskikh", speaker_type::person, "Other.", "RIA")}));
    const claim_graph g = b.take();
    REQUIRE(g.speakers().size() == 1);
    CHECK(g[g.speakers().front()].label == "Andrey Krutskikh");
    CHECK(g[g.speakers().front()].documents == 2);
    CHECK(labels(g, g.outlets()) == std::vector<std::string>{"RIA", "Reuters"});
}

TEST_CASE("across documents: a surname merges into the one full name ending in it", "[graph][merge]") {
    graph_builder b;
    b.add(doc("1", "Reuters", {said("Reagan", speaker_type::person, "Taxes will not rise.")}));
    b.add(doc("2", "Reuters", {said("President Ronald Reagan", speaker_type::person, "We will veto it.")}));
    b.add(doc("3", "Reuters", {said("Reagan", speaker_type::person, "We will veto it."),
                               said("Baker", speaker_type::person, "The dollar is stable.")}));
    b.add(doc("4", "Reuters", {said("James Baker", speaker_type::person, "One."),
                               said("Howard Baker", speaker_type::person, "Two.")}));
    {
        const claim_graph& g = b.graph();  // merged when looked at
        const auto reagan = g.find(node_kind::speaker, "Ronald Reagan");
        REQUIRE(reagan);
        CHECK(g.find(node_kind::speaker, "Reagan") == reagan);
        CHECK(g[*reagan].mentions == 3);
        CHECK(g[*reagan].aliases == std::vector<std::string>{"Reagan"});
        CHECK(g[*reagan].roles == std::vector<std::string>{"President"});
        CHECK(g.claims_of(*reagan).size() == 2);  // "We will veto it." twice is one claim
        for (auto c : g.claims_of(*reagan))
            if (g[c].text == "We will veto it.") CHECK(g[c].count == 2);
    }
    // later surname mentions go straight to the full name; ambiguous surnames stay apart
    b.add(doc("5", "Reuters", {said("Reagan", speaker_type::person, "Third.")}));
    const claim_graph g = b.take();
    const auto reagan = g.find(node_kind::speaker, "Ronald Reagan");
    REQUIRE(reagan);
    CHECK(g[*reagan].documents == 4);
    CHECK(g.claims_of(*reagan).size() == 3);
    CHECK(labels(g, g.speakers()) == std::vector<std::string>{"Ronald Reagan", "Baker", "James Baker", "Howard Baker"});
}

TEST_CASE("a moved graph keeps its vertices and edges usable", "[graph]") {
    graph_builder b;
    b.add(doc("1", "Reuters", {said("Jane Roe", speaker_type::person, "Rates will rise."),
                               said("John Doe", speaker_type::person, "Rates will fall.")}));
    claim_graph g = b.take();
    const auto count_edges = [](const claim_graph& x) { return x.edge_count(); };
    const std::size_t nodes = g.node_count();
    const std::size_t edges = count_edges(g);
    REQUIRE(edges >= 4);

    claim_graph moved(std::move(g));
    CHECK(g.node_count() == 0);  // NOLINT(bugprone-use-after-move): a moved-from graph is empty
    CHECK(g.edge_count() == 0);
    CHECK(moved.node_count() == nodes);
    CHECK(moved.edge_count() == edges);
    const auto jane = moved.find(node_kind::speaker, "Jane Roe");
    REQUIRE(jane);
    const auto claims = moved.claims_of(*jane);
    REQUIRE(claims.size() == 1);
    CHECK(moved[claims.front()].text == "Rates will rise.");
    const auto e = moved.find_edge(*jane, claims.front(), edge_kind::asserts);
    REQUIRE(e);
    CHECK(moved[*e].weight == 1);
    CHECK(moved.speaker_of(claims.front()) == jane);

    // move assignment over a non-empty graph replaces it whole, edge index included
    claim_graph other = test::seed_graph();
    other = std::move(moved);
    CHECK(other.node_count() == nodes);
    CHECK(other.edge_count() == edges);
    CHECK(other.find_edge(*jane, claims.front(), edge_kind::asserts));
    CHECK_FALSE(other.find(node_kind::speaker, "Andrey Krutskikh"));

    // and a copy is independent of its source
    const claim_graph copy = other;
    other = claim_graph{};
    CHECK(copy.edge_count() == edges);
    CHECK(copy.find_edge(*jane, claims.front(), edge_kind::asserts));
}

TEST_CASE("across documents: a surname's claim said first folds with the full name's same claim", "[graph][merge]") {
    graph_builder b;
    b.add(doc("1", "Reuters", {said("Reagan", speaker_type::person, "We will veto it."),
                               said("Reagan", speaker_type::person, "Taxes will not rise.")}));
    b.add(doc("2", "Reuters", {said("Ronald Reagan", speaker_type::person, "We will veto it."),
                               said("Ronald Reagan", speaker_type::person, "Taxes will not rise."),
                               said("Ronald Reagan", speaker_type::person, "Third.")}));
    const claim_graph g = b.take();
    const auto reagan = g.find(node_kind::speaker, "Ronald Reagan");
    REQUIRE(reagan);
    CHECK(g.find(node_kind::speaker, "Reagan") == reagan);
    std::vector<std::string> texts;
    for (auto c : g.claims()) {
        texts.push_back(g[c].text);
        CHECK(g.speaker_of(c) == reagan);
        CHECK(g[c].count == (g[c].text == "Third." ? 1 : 2));
    }
    // the surname's claims came first and keep their place; the full name's same claims fold into them
    CHECK(texts == std::vector<std::string>{"We will veto it.", "Taxes will not rise.", "Third."});
    for (auto c : g.claims()) {
        const auto e = g.find_edge(*reagan, c, edge_kind::asserts);
        REQUIRE(e);
        CHECK(g[*e].weight == (g[c].text == "Third." ? 1 : 2));
        CHECK(g.find_key(g[c].key) == c);
    }
}
