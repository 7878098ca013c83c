// Speaker resolution on the edges of its word handling: surnames explained by names in claims (found only
// for the surnames that need them), case and punctuation around those names, no-break spaces, words too
// long for the key buffer, and the first of several candidates winning.
#include <claimgraph/graph/resolve.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace claimgraph;

namespace {

attribution said(std::string mention_text, std::size_t at, std::string claim, speaker_type t = speaker_type::person) {
    attribution a;
    a.speaker = mention{mention_text, at, at + mention_text.size()};
    a.type = t;
    a.content = mention{std::move(claim), at + 100, at + 110};
    return a;
}

} // namespace

TEST_CASE("surnames take the full name from the claims, first found wins", "[resolve][words]") {
    document_attributions d;
    d.items.push_back(said("Anna Weber", 0, "the talks with U.S. President Donald Trump, and Ivanka Trump, went well."));
    d.items.push_back(said("Trump", 200, "nothing was agreed"));
    d.items.push_back(said("Putin", 300, "Vladimir Putin's aide said: nothing"));  // possessive: no full name
    d.items.push_back(said("Smith", 400, "no full name anywhere for him"));
    resolve_speakers(d);
    CHECK(d.items[1].canonical == "Donald Trump");
    CHECK(std::find(d.items[1].roles.begin(), d.items[1].roles.end(), "U.S. President") != d.items[1].roles.end());
    CHECK(d.items[2].canonical == "Putin");
    CHECK(d.items[3].canonical == "Smith");
}

TEST_CASE("a surname found only in a role or only in other case still resolves", "[resolve][words]") {
    document_attributions d;
    attribution first = said("Mr. Jones", 0, "one");
    first.roles = {"aide to Senator Mark WARNER."};
    d.items.push_back(first);
    d.items.push_back(said("Warner", 100, "two"));  // the key is case-blind: WARNER. -> warner
    resolve_speakers(d);
    CHECK(d.items[1].canonical == "Mark WARNER");
}

TEST_CASE("no-break spaces separate words and long words pass through keys", "[resolve][words]") {
    document_attributions d;
    const std::string long_word(60, 'Q');  // longer than the key's stack buffer
    d.items.push_back(said("President\xC2\xA0" "Emmanuel\xC2\xA0Macron", 0, "one"));
    d.items.push_back(said("Macron", 100, "two"));
    d.items.push_back(said("Chairman " + long_word + " Lee", 200, "three"));
    d.items.push_back(said("Lee", 300, "four"));
    d.items.push_back(said(long_word, 400, "five"));
    d.items.push_back(said("the " + long_word + " ministry", 500, "six", speaker_type::organization));
    resolve_speakers(d);
    CHECK(d.items[0].canonical == "Emmanuel Macron");
    CHECK(d.items[1].canonical == "Emmanuel Macron");
    CHECK(d.items[2].canonical == long_word + " Lee");
    CHECK(d.items[3].canonical == long_word + " Lee");
    CHECK(d.items[4].canonical == long_word);
    CHECK(d.items[5].canonical == long_word + " ministry");
}

TEST_CASE("normalized text: titled names in claims explain surnames", "[resolve][words][normalized]") {
    document_attributions d;
    d.form = text_form::normalized;
    d.items.push_back(said("analysts", 0, "they said prime minister theresa may had agreed", speaker_type::group));
    d.items.push_back(said("may", 100, "we will leave"));
    resolve_speakers(d);
    CHECK(d.items[1].canonical == "theresa may");
}

TEST_CASE("resolution reuses its storage: documents one after another resolve as if alone", "[resolve][words]") {
    auto make = [](int variant) {
        document_attributions d;
        if (variant == 0) {
            d.items.push_back(said("Senator Mark Warner", 0, "one"));
            d.items.push_back(said("he", 100, "two", speaker_type::pronoun));
            d.items.push_back(said("Warner", 200, "three"));
        } else {
            d.items.push_back(said("Warner", 0, "nobody named Mark here"));
        }
        return d;
    };
    document_attributions alone = make(1);
    resolve_speakers(alone);
    for (int round = 0; round < 3; ++round) {
        document_attributions big = make(0);
        resolve_speakers(big);
        CHECK(big.items[1].canonical == "Mark Warner");
        CHECK(big.items[2].canonical == "Mark Warner");
        document_attributions small = make(1);
        resolve_speakers(small);
        CHECK(small.items[0].canonical == alone.items[0].canonical);
        CHECK(small.items[0].canonical == "Warner");
    }
}
