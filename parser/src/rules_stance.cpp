// The raw-text rules' own verbs (see rules_stance.hpp). Adding a verb: one row with its inflections; an
// empty form is no cue (the gerund of "know" is not one). All rows need a complement: what counts as one
// (a that-clause, an object noun phrase, a to-infinitive, a particle) is decided by verb_rule per class.
#include "rules_stance.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace claimgraph::detail {
namespace {

using lexicon::cue_entry;
using lexicon::verb_form;
using cc = cue_class;

struct row {
    std::string_view base, third, past, participle, gerund;
    cc cls;
};

constexpr row rows[] = {
    // Characterising: "called Trump “unhinged”", "described the field as ...", "accused Obama of ...".
    {"call", "calls", "called", "", "calling", cc::speech},
    {"describe", "describes", "described", "", "describing", cc::speech},
    {"accuse", "accuses", "accused", "", "accusing", cc::speech},
    {"cite", "cites", "cited", "", "citing", cc::speech},
    // Phrasal verbs of saying (only with their particle, see phrasal_only): "pointed to his record",
    // "referred to the deal". Not "spoke"/"talked": every word form here is a cue word to the other rules,
    // and "who spoke on condition of anonymity" must stay part of a speaker.
    {"point", "points", "pointed", "", "pointing", cc::speech},
    {"refer", "refers", "referred", "", "referring", cc::speech},
    // Session 5: "talked about the economy" (only with "about", see phrasal_only). Not "spoke": "who spoke on
    // condition of anonymity" must stay part of a speaker.
    {"talk", "talks", "talked", "", "", cc::speech},
    // Stance: a position taken on the object. "The union endorsed Clinton", "Cruz criticized the deal".
    {"support", "supports", "supported", "", "supporting", cc::stance},
    {"oppose", "opposes", "opposed", "", "opposing", cc::stance},
    {"endorse", "endorses", "endorsed", "", "endorsing", cc::stance},
    {"back", "backs", "backed", "", "backing", cc::stance},
    {"criticize", "criticizes", "criticized", "", "criticizing", cc::stance},
    {"criticise", "criticises", "criticised", "", "criticising", cc::stance},
    {"praise", "praises", "praised", "", "praising", cc::stance},
    {"attack", "attacks", "attacked", "", "attacking", cc::stance},
    {"defend", "defends", "defended", "", "defending", cc::stance},
    {"blame", "blames", "blamed", "", "blaming", cc::stance},
    {"reject", "rejects", "rejected", "", "rejecting", cc::stance},
    {"denounce", "denounces", "denounced", "", "denouncing", cc::stance},
    {"condemn", "condemns", "condemned", "", "condemning", cc::stance},
    {"dismiss", "dismisses", "dismissed", "", "dismissing", cc::stance},
    {"question", "questions", "questioned", "", "questioning", cc::stance},
    {"mock", "mocks", "mocked", "", "mocking", cc::stance},
    {"slam", "slams", "slammed", "", "slamming", cc::stance},
    {"blast", "blasts", "blasted", "", "blasting", cc::stance},
    {"favor", "favors", "favored", "", "favoring", cc::stance},
    {"favour", "favours", "favoured", "", "favouring", cc::stance},
    {"applaud", "applauds", "applauded", "", "applauding", cc::stance},
    {"decry", "decries", "decried", "", "decrying", cc::stance},
    {"deride", "derides", "derided", "", "deriding", cc::stance},
    {"ridicule", "ridicules", "ridiculed", "", "ridiculing", cc::stance},
    {"lambaste", "lambastes", "lambasted", "", "lambasting", cc::stance},
    {"rebuke", "rebukes", "rebuked", "", "rebuking", cc::stance},
    {"commend", "commends", "commended", "", "commending", cc::stance},
    {"champion", "champions", "championed", "", "championing", cc::stance},
    {"embrace", "embraces", "embraced", "", "embracing", cc::stance},
    {"welcome", "welcomes", "welcomed", "", "welcoming", cc::stance},
    {"challenge", "challenges", "challenged", "", "challenging", cc::stance},
    {"vote", "votes", "voted", "", "voting", cc::stance},
    {"advocate", "advocates", "advocated", "", "advocating", cc::stance},
    // Mined from PolNeAR train misses (kept only with train precision >= 0.7 and a gain in e2e F1).
    {"express", "expresses", "expressed", "", "", cc::stance},
    {"echo", "echoes", "echoed", "", "", cc::stance},
    {"voice", "voices", "voiced", "", "", cc::stance},
    {"assail", "assails", "assailed", "", "", cc::stance},
    {"hail", "hails", "hailed", "", "", cc::stance},
    {"thank", "thanks", "thanked", "", "", cc::stance},
    {"rail", "rails", "railed", "", "", cc::stance},
    {"discuss", "discusses", "discussed", "", "", cc::speech},
    {"offer", "offers", "offered", "", "", cc::speech},
    {"compare", "compares", "compared", "", "", cc::speech},
    {"highlight", "highlights", "highlighted", "", "", cc::speech},
    {"portray", "portrays", "portrayed", "", "", cc::speech},
    {"label", "labels", "labeled", "", "", cc::speech},
    {"dub", "dubs", "dubbed", "", "", cc::speech},
    {"brand", "brands", "branded", "", "", cc::speech},
    {"request", "requests", "requested", "", "", cc::intention},
    {"order", "orders", "ordered", "", "", cc::intention},
    {"issue", "issues", "issued", "", "", cc::speech},
    {"focus", "focuses", "focused", "", "", cc::speech},
    // Intention: "Trump wants to build a wall", "the senator declined to comment", "seeks the nomination".
    {"plan", "plans", "planned", "", "", cc::intention},
    {"intend", "intends", "intended", "", "", cc::intention},
    {"seek", "seeks", "sought", "", "", cc::intention},
    {"decline", "declines", "declined", "", "", cc::intention},
    {"refuse", "refuses", "refused", "", "", cc::intention},
    {"prefer", "prefers", "preferred", "", "", cc::intention},
    {"decide", "decides", "decided", "", "", cc::intention},
    // Knowledge and perception with a clause: "we know that ...", "I see the party is split".
    {"know", "knows", "knew", "", "", cc::opinion},
    {"see", "sees", "saw", "", "", cc::opinion},
    {"realize", "realizes", "realized", "", "", cc::opinion},
    {"understand", "understands", "understood", "", "", cc::opinion},
    {"recognize", "recognizes", "recognized", "", "", cc::opinion},
    {"assume", "assumes", "assumed", "", "", cc::opinion},
    {"guess", "", "", "", "", cc::opinion},
    // Views, only with "as" or a predicate noun ("viewed the deal as a betrayal", "considers Trump a
    // threat").
    {"view", "views", "viewed", "", "", cc::opinion},
    {"regard", "regards", "regarded", "", "", cc::opinion},
    {"consider", "considers", "considered", "", "", cc::opinion},
    {"imagine", "", "", "", "", cc::opinion},
    {"wonder", "wonders", "wondered", "", "", cc::opinion},
};

// Phrasal cues: the lemma and the particles that make it one. Verbs of the shared lexicon are here too when
// a particle introduces their content ("complained about the rules", "called on Congress to act"); "warned
// of a crisis" stays out (a warning about an event, not a claim).
struct phrasal {
    std::string_view lemma;
    std::array<std::string_view, 3> particles;
    bool only; ///< no cue without a particle
};
constexpr phrasal phrasal_rows[] = {
    {"point", {"to", "out", ""}, true},       {"refer", {"to", "", ""}, true},
    {"vote", {"for", "against", ""}, true},   {"advocate", {"for", "", ""}, false},
    {"complain", {"about", "", ""}, false},   {"boast", {"about", "of", ""}, false},
    {"joke", {"about", "", ""}, false},       {"call", {"on", "", ""}, false},
    {"argue", {"for", "against", ""}, false}, {"comment", {"on", "", ""}, false},
    {"rail", {"against", "at", ""}, true},
    {"focus", {"on", "", ""}, true},          {"worry", {"about", "", ""}, false},
    {"respond", {"to", "", ""}, false},
    {"talk", {"about", "", ""}, true},
};

constexpr std::size_t max_len = 12;
struct buckets {
    std::vector<cue_entry> entries;
    std::vector<const cue_entry*> bucket[26][max_len + 1];
};

const buckets& index() {
    static const buckets b = [] {
        buckets r;
        for (const auto& x : rows) {
            auto push = [&](std::string_view w, verb_form f) {
                if (!w.empty())
                    r.entries.push_back({w, x.base, x.cls, f, false, true});
            };
            push(x.base, verb_form::base);
            push(x.third, verb_form::third);
            push(x.past, verb_form::past);
            push(x.participle, verb_form::participle);
            push(x.gerund, verb_form::gerund);
        }
        for (const auto& e : r.entries)
            if (e.word[0] >= 'a' && e.word[0] <= 'z' && e.word.size() <= max_len)
                r.bucket[e.word[0] - 'a'][e.word.size()].push_back(&e);
        return r;
    }();
    return b;
}

} // namespace

const cue_entry* find_rule_verb(std::string_view w) noexcept {
    if (w.size() < 3 || w.size() > max_len || w[0] < 'a' || w[0] > 'z')
        return nullptr;
    for (const auto* e : index().bucket[w[0] - 'a'][w.size()])
        if (e->word == w)
            return e;
    return nullptr;
}

std::span<const cue_entry> rule_verbs() noexcept {
    return index().entries;
}

bool phrasal_particle(std::string_view lemma, std::string_view next) noexcept {
    // Most words after a cue are no particle of any row: they are left before the rows are scanned.
    static constexpr auto any_particle = [] {
        std::array<std::string_view, std::size(phrasal_rows) * 3> all{};
        std::size_t n = 0;
        for (const auto& p : phrasal_rows)
            for (const auto x : p.particles)
                if (!x.empty() && std::find(all.begin(), all.begin() + n, x) == all.begin() + n)
                    all[n++] = x;
        return std::pair{all, n};
    }();
    if (next.empty() ||
        std::find(any_particle.first.begin(), any_particle.first.begin() + any_particle.second, next) ==
            any_particle.first.begin() + any_particle.second)
        return false;
    for (const auto& p : phrasal_rows)
        if (p.lemma == lemma)
            for (const auto x : p.particles)
                if (!x.empty() && x == next)
                    return true;
    return false;
}

bool phrasal_only(std::string_view lemma) noexcept {
    for (const auto& p : phrasal_rows)
        if (p.lemma == lemma)
            return p.only;
    return false;
}

} // namespace claimgraph::detail
