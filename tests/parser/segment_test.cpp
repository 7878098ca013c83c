// Stage 1-2: tokens, quote pairing and sentences; and the grammar's adverbial skipping after a cue.
#include "grammar.hpp"
#include "text.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace claimgraph::detail;

namespace {
std::vector<std::string> sentences(std::string_view text,
                                   std::vector<claimgraph::diagnostic>* diags = nullptr) {
    segmented s;
    std::vector<claimgraph::diagnostic> d;
    segment(text, 0, s, d);
    if (diags)
        *diags = d;
    std::vector<std::string> out;
    for (const auto& x : s.sentences) {
        const auto b = s.tokens[x.first].begin;
        const auto e = s.tokens[x.last - 1].end;
        out.emplace_back(text.substr(b, e - b));
    }
    return out;
}
} // namespace

TEST_CASE("sentences: abbreviations, initials, numbers", "[segment]") {
    const auto s = sentences(
        "U.S. President Donald Trump met Sen. John McCain and Gov. Jerry Brown at 3 p.m. on Jan. 5. "
        "J.D. Vance said growth was 3.5 percent. Mr. Müller’s firm agreed.");
    REQUIRE(s.size() == 3);
    CHECK(s[1] == "J.D. Vance said growth was 3.5 percent.");
    CHECK(s[2] == "Mr. Müller’s firm agreed.");
}

TEST_CASE("sentences: abbreviation at the end of a sentence", "[segment]") {
    const auto s = sentences("He moved to the U.S. The move was a success.");
    REQUIRE(s.size() == 2);
}

TEST_CASE("sentences: quotes are atomic and may span sentences", "[segment]") {
    const auto s = sentences("“We are ready. We are waiting,” Krutskikh said. “It is late.” Then he left.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "“We are ready. We are waiting,” Krutskikh said.");
    CHECK(s[1] == "“It is late.”");
}

TEST_CASE("quotes: curly, straight, guillemets, nested", "[segment]") {
    segmented s;
    std::vector<claimgraph::diagnostic> d;
    const std::string_view text = "“He said ‘no’ to José,” she said. \"Yes,\" he said. «Oui», dit-il.";
    segment(text, 0, s, d);
    CHECK(d.empty());
    REQUIRE(s.quotes.size() == 3);
    const auto& q = s.quotes[0];
    CHECK(text.substr(q.content_begin, q.content_end - q.content_begin) == "He said ‘no’ to José,");
    CHECK(text.substr(s.quotes[1].content_begin, s.quotes[1].content_end - s.quotes[1].content_begin) ==
          "Yes,");
    CHECK(text.substr(s.quotes[2].content_begin, s.quotes[2].content_end - s.quotes[2].content_begin) ==
          "Oui");
}

TEST_CASE("quotes: apostrophes are not quotes", "[segment]") {
    segmented s;
    std::vector<claimgraph::diagnostic> d;
    segment("Russia’s officials’ view, Trump's and O'Neill's: they don’t agree.", 0, s, d);
    CHECK(s.quotes.empty());
    CHECK(d.empty());
}

TEST_CASE("quotes: a quote left open continues into the next paragraph that opens with a quote",
          "[segment]") {
    segmented s;
    std::vector<claimgraph::diagnostic> d;
    const std::string_view text =
        "“We are ready,” he said. “We will go on.\n\n“And we will win.” Then he left.";
    segment(text, 0, s, d);
    CHECK(d.empty());
    REQUIRE(s.quotes.size() == 3);
    CHECK(s.quotes[1].close == -1);
    CHECK(s.quotes[2].continued);
}

TEST_CASE("quotes: a quote may run across a line break to its closing mark", "[segment]") {
    segmented s;
    std::vector<claimgraph::diagnostic> d;
    const std::string_view text =
        "“And until we do, we wouldn’t have it.\nBut that’s where we’ll start.” Trump said.";
    segment(text, 0, s, d);
    CHECK(d.empty());
    REQUIRE(s.quotes.size() == 1);
    CHECK(s.quotes[0].close >= 0);
}

TEST_CASE("quotes: odd numbers of marks become diagnostics, never crashes", "[segment]") {
    for (std::string_view text :
         {"“Unclosed quote here.", "Closing ” only.", "\"", "“", "”", "‘", "’", "« »»", "“a “b “c",
          "He said: “yes.\nNo.\n“Maybe", "\"\"\"\"\"", "\xE2\x80", "\xE2", "Zoë “Ä” \xC2\xA0“"}) {
        INFO(text);
        segmented s;
        std::vector<claimgraph::diagnostic> d;
        segment(text, 0, s, d);
        for (const auto& q : s.quotes) {
            CHECK(q.content_begin <= q.content_end);
            CHECK(q.content_end <= text.size());
        }
    }
    std::vector<claimgraph::diagnostic> d;
    sentences("“Unclosed quote here.", &d);
    CHECK(d.size() == 1);
}

TEST_CASE("tokens: dashes and no-break spaces separate words", "[segment]") {
    segmented s;
    std::vector<claimgraph::diagnostic> d;
    const std::string_view text = "Trump\xC2\xA0said — loudly–again";
    segment(text, 0, s, d);
    std::vector<std::string_view> words;
    for (const auto& t : s.tokens)
        if (t.kind == tok::word)
            words.push_back(text.substr(t.begin, t.end - t.begin));
    REQUIRE(words.size() == 4);
    CHECK(words[1] == "said");
    CHECK(words[3] == "again");
}

TEST_CASE("tokens: listed abbreviations and initials keep their period, in any case", "[segment]") {
    const auto first_word = [](const std::string& text) {
        segmented s;
        std::vector<claimgraph::diagnostic> d;
        segment(text, 0, s, d);
        REQUIRE(!s.tokens.empty());
        return text.substr(s.tokens[0].begin, s.tokens[0].end - s.tokens[0].begin);
    };
    for (const char* w : {"Mr", "MRS", "Gov", "Messrs", "Sept", "approx", "Bros", "Co", "no", "Jan", "J", "U.S",
                          "p.m"})
        CHECK(first_word(std::string(w) + ". went") == std::string(w) + ".");
    // (An initial is one byte: a non-ASCII capital such as É does not keep the period.)
    for (const char* w : {"said", "year", "m", "mrs2", "messrsx", "approxim", "co-op", "1987", "\xC3\x89"})
        CHECK(first_word(std::string(w) + ". went") == w);
    // Words keep internal apostrophes, hyphens, abbreviation periods and digit groups.
    CHECK(first_word("O'Neill's view") == "O'Neill's");
    CHECK(first_word("Russia\xE2\x80\x99s view") == "Russia\xE2\x80\x99s");
    CHECK(first_word("1,250.5 mln") == "1,250.5");
    CHECK(first_word("ex-president's") == "ex-president's");
    CHECK(first_word("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF, x") == "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF");
}

namespace {
// ASCII punctuation that is always a token of its own (tok::other), also right after a word.
constexpr std::string_view lone_marks = "@`{}~^|#$%&*+<=>\\_";

// The tokens of a text of ASCII letters, digits, blanks, '!' and lone_marks by a plain byte-by-byte reading:
// runs of letters and digits are words, every '!' is a stop, every lone mark a token of its own.
struct plain_token {
    std::uint32_t begin, end;
    tok kind;
    bool cap;
    bool operator==(const plain_token&) const = default;
};
std::vector<plain_token> plain_tokens(std::string_view text) {
    std::vector<plain_token> out;
    const auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '!') {
            out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), tok::stop, false});
            ++i;
        } else if (lone_marks.find(text[i]) != std::string_view::npos) {
            out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), tok::other, false});
            ++i;
        } else if (alnum(text[i])) {
            std::size_t e = i;
            while (e < text.size() && alnum(text[e]))
                ++e;
            out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e), tok::word,
                           text[i] >= 'A' && text[i] <= 'Z'});
            i = e;
        } else {
            ++i;
        }
    }
    return out;
}
std::vector<plain_token> tokens_of(std::string_view text, segmented& s) {
    std::vector<claimgraph::diagnostic> d;
    segment(text, 0, s, d);
    std::vector<plain_token> out;
    for (const auto& t : s.tokens)
        out.push_back({t.begin, t.end, t.kind, t.cap});
    return out;
}
} // namespace

TEST_CASE("tokens: words of any length at any offset across the 64-byte blocks of the letter map", "[segment]") {
    // Word runs are measured on a bitmap of 64-byte blocks, 57 or more bits at a time: words that cross a block,
    // end exactly at one, outrun one load, or end the text must come out as a byte-by-byte reading has them.
    segmented s; // reused throughout, as extract() does: nothing of a longer text may leak into a shorter one
    for (std::size_t lead = 0; lead < 70; ++lead) {
        for (const std::size_t len : {1, 2, 7, 8, 9, 56, 57, 58, 63, 64, 65, 120, 129, 200}) {
            std::string text(lead, ' ');
            for (std::size_t k = 0; k < len; ++k)
                text.push_back(k == 0 ? 'Q' : static_cast<char>('a' + k % 26));
            CHECK(tokens_of(text, s) == plain_tokens(text)); // the word ends the text
            text += "! x9 ";
            CHECK(tokens_of(text, s) == plain_tokens(text));
            text += std::string(lead % 5, '\t') + "7";
            CHECK(tokens_of(text, s) == plain_tokens(text));
        }
    }
    // Pseudo-random texts (a fixed linear congruential sequence): mostly letters and digits (all of them, and
    // the bytes next to their ranges), then blanks, stops and lone marks.
    std::uint32_t state = 12345;
    const std::string word_bytes = "azAZ09mQ5";
    const std::string other_bytes = std::string(" ! \t") + std::string(lone_marks);
    for (int trial = 0; trial < 400; ++trial) {
        std::string text;
        state = state * 1103515245u + 12345u;
        const std::size_t n = (state >> 16) % 300;
        for (std::size_t k = 0; k < n; ++k) {
            state = state * 1103515245u + 12345u;
            const auto r = (state >> 16) % 100;
            if (r < 70)
                text.push_back(r < 36 ? (r < 10 ? static_cast<char>('0' + r) : static_cast<char>('a' + r - 10))
                                      : word_bytes[r % word_bytes.size()]);
            else
                text.push_back(other_bytes[r % other_bytes.size()]);
        }
        CHECK(tokens_of(text, s) == plain_tokens(text));
    }
}

TEST_CASE("tokens: a segmented buffer reused for a shorter text gives what a fresh one gives", "[segment]") {
    const std::string long_text = std::string(300, 'x') + " “Quoted words,” he said. Then more!";
    const std::string short_text = "Mr. Smith said \"yes\".";
    segmented reused, fresh;
    std::vector<claimgraph::diagnostic> d;
    segment(long_text, 0, reused, d);
    segment(short_text, 0, reused, d);
    segment(short_text, 0, fresh, d);
    REQUIRE(reused.tokens.size() == fresh.tokens.size());
    for (std::size_t i = 0; i < fresh.tokens.size(); ++i) {
        const token& a = reused.tokens[i];
        const token& b = fresh.tokens[i];
        CHECK(a.begin == b.begin);
        CHECK(a.end == b.end);
        CHECK(a.kind == b.kind);
        CHECK(a.cap == b.cap);
        CHECK(a.para_start == b.para_start);
        CHECK(a.depth == b.depth);
        CHECK(a.quote == b.quote);
    }
    CHECK(reused.sentences.size() == fresh.sentences.size());
    CHECK(reused.quotes.size() == fresh.quotes.size());
    CHECK(reused.marks == fresh.marks);
}

TEST_CASE("adverbials: skipped after a cue, in lower-case text", "[grammar]") {
    const auto after = [](std::string_view s, std::string_view prefix) {
        return std::string(s.substr(skip_adverbials(s, prefix.size())));
    };
    CHECK(after("said on thursday that it", "said") == " that it");
    CHECK(after("said earlier this month, on monday, that", "said") == ", that");
    CHECK(after("told reporters in a statement that", "told reporters") == " that");
    CHECK(after("said\xC2\xA0publicly again", "said") == "");
    CHECK(after("said the company", "said") == " the company");
    CHECK(after("said ontario", "said") == " ontario");    // a longer word is not the keyword
    CHECK(after("said on-line", "said") == " on-line");    // nor is a hyphenated one
    CHECK(after("said in 1987", "said") == " in 1987");    // "in" needs a month or a phrase after it
    CHECK(skip_complementizer("said that it", 4) == 9);
    CHECK(skip_complementizer("said thatcher", 4) == 4);
}

TEST_CASE("adverbials: the first-word filter never rejects a position the X3 rule accepts", "[grammar]") {
    // Every keyword of the rule, near misses and other words, joined by every kind of separator (or none).
    const std::vector<std::string_view> vocab{
        "on", "earlier", "later", "late", "early", "this", "last", "next", "yesterday", "today", "tonight",
        "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
        "afternoon", "evening", "night", "in", "at", "publicly", "privately", "repeatedly", "again", "separately",
        "recently", "previously", "also", "then", "too", "further", "frankly", "bluntly", "flatly", "week",
        "weekend", "month", "year", "day", "january", "march", "may", "december", "26", "3rd", "condition", "of",
        "anonymity", "a", "an", "statement", "speech", "letter", "briefing", "television", "radio", "interview",
        "email", "op-ed", "remarks", "comments", "news", "press", "conference", "rally", "hearing", "the", "said",
        "that", "ons", "inn", "to", "-", "'", "\xC3\xA9", "x"};
    const std::vector<std::string_view> seps{" ", " ", " ", "  ", "\t", ", ", ",", "\xC2\xA0", "", "-", "."};
    std::uint64_t x = 0x9E3779B97F4A7C15ull;
    const auto next = [&x](std::size_t n) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return static_cast<std::size_t>(x % n);
    };
    std::size_t accepted = 0, rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string s;
        const std::size_t words = 1 + next(6);
        for (std::size_t k = 0; k < words; ++k) {
            s += vocab[next(vocab.size())];
            s += seps[next(seps.size())];
        }
        for (std::size_t p = 0; p <= s.size(); ++p) {
            const bool matches = adverbial_at(s, p) != std::string_view::npos;
            if (!adverbial_may_start(s, p)) {
                ++rejected;
                INFO(s << " at " << p);
                REQUIRE_FALSE(matches);
            } else if (matches) {
                ++accepted;
            }
        }
    }
    CHECK(accepted > 500); // the generated text does hold many adverbials
    CHECK(rejected > 10000);
}
