// The seed article through the real extractor, speaker resolution and the graph builder: the "done means" of
// the graph issue on the actual pipeline rather than on the hand-built fixture.
#include <claimgraph/graph/graph_builder.hpp>
#include <claimgraph/graph/resolve.hpp>
#include <claimgraph/parser/extract.hpp>

#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace claimgraph;

TEST_CASE("seed article end to end: extract, resolve, build", "[graph][seed][e2e]") {
    const std::string text = test::seed_original();
    document_attributions found = extract("reuters-cyber.txt", text);
    resolve_speakers(found);
    graph_builder builder;
    builder.add(found);
    const claim_graph g = builder.take();

    std::vector<std::string> speakers;
    for (auto v : g.speakers()) speakers.push_back(g[v].label);
    INFO("speakers: " << [&] {
        std::string s;
        for (const auto& x : speakers) s += "[" + x + "] ";
        return s;
    }());
    for (std::string_view name : {"Andrey Krutskikh", "Svetlana Lukash", "Thomas Bossert", "Donald Trump", "Rob Joyce",
                                  "Senior U.S. Republicans"}) {
        INFO(name);
        CHECK(std::count(speakers.begin(), speakers.end(), name) == 1);
    }
    // the two official groups: named by their mention, each once
    CHECK(std::count_if(speakers.begin(), speakers.end(), [](const std::string& s) {
              return s.find("intelligence and security officials") != std::string::npos;
          }) == 1);
    CHECK(std::count_if(speakers.begin(), speakers.end(), [](const std::string& s) {
              return s.find("of the officials") != std::string::npos;
          }) == 1);
    for (std::string_view name : {"Reuters", "RIA", "Twitter"}) CHECK(g.find(node_kind::outlet, name));

    const auto bossert = g.find(node_kind::speaker, "Thomas Bossert");
    REQUIRE(bossert);
    CHECK(g.claims_of(*bossert).size() >= 3);
    const auto krutskikh = g.find(node_kind::speaker, "Andrey Krutskikh");
    const auto ria = g.find(node_kind::outlet, "RIA");
    REQUIRE(krutskikh);
    REQUIRE(ria);
    const auto ria_claims = g.sources(*ria, edge_kind::reported_by);
    CHECK(std::any_of(ria_claims.begin(), ria_claims.end(), [&](auto c) { return g.speaker_of(c) == krutskikh; }));
    const auto trump = g.find(node_kind::speaker, "Donald Trump");
    const auto twitter = g.find(node_kind::outlet, "Twitter");
    REQUIRE(trump);
    REQUIRE(twitter);
    const auto trump_claims = g.claims_of(*trump);
    CHECK(std::any_of(trump_claims.begin(), trump_claims.end(), [&](auto c) {
        const auto outs = g.outlets_of(c);
        return std::find(outs.begin(), outs.end(), *twitter) != outs.end();
    }));
}

TEST_CASE("normalized seed article end to end: the same speakers and outlets", "[graph][seed][e2e][normalized]") {
    const std::string text = test::seed_normalized();
    document_attributions found = extract("reuters-cyber-normalized.txt", text);
    resolve_speakers(found);
    graph_builder builder;
    builder.add(found);
    const claim_graph g = builder.take();
    std::string all;
    for (auto v : g.speakers()) all += "[" + g[v].label + "] ";
    INFO("speakers: " << all);
    // lower-case: the proper spelling is nowhere in normalized text
    for (std::string_view name : {"andrey krutskikh", "svetlana lukash", "thomas bossert", "donald trump", "rob joyce"}) {
        INFO(name);
        CHECK(g.find(node_kind::speaker, name));
    }
    CHECK_FALSE(g.find(node_kind::speaker, "krutskikh"));
    CHECK_FALSE(g.find(node_kind::speaker, "trump"));
    for (std::string_view name : {"Reuters", "RIA", "Twitter"}) CHECK(g.find(node_kind::outlet, name));
    const auto bossert = g.find(node_kind::speaker, "Thomas Bossert");
    REQUIRE(bossert);
    CHECK(g.claims_of(*bossert).size() >= 3);
}
