// claimgraph-eval: runs claimgraph::extract over a gold corpus (PolNeAR) and prints detection, speaker and
// end-to-end figures, optionally on the normalized twin of the corpus, with an error report.
#include <claimgraph/eval/carry.hpp>
#include <claimgraph/eval/gold.hpp>
#include <claimgraph/eval/report.hpp>
#include <claimgraph/eval/scoring.hpp>
#include <claimgraph/parser/extract.hpp>
#include <claimgraph/parser/normalize.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace claimgraph::eval;
using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point t0) {
    return std::chrono::duration<double>(clock_type::now() - t0).count();
}

struct options {
    std::string gold = CLAIMGRAPH_DEFAULT_GOLD;
    std::string split = "dev";
    bool normalized = false;
    std::size_t errors = 0;
    std::string errors_file;
    std::string figures_file;
    std::size_t top_cues = 15;
    std::string doc;  ///< only documents whose id contains this
    bool pieces = false;  ///< score every record on its own instead of merging linked pieces into units
};

std::string fixed(double v, int places = 3) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", places, v);
    return buf;
}

std::string pad(std::string s, std::size_t w, bool left = false) {
    if (s.size() < w) s = left ? s + std::string(w - s.size(), ' ') : std::string(w - s.size(), ' ') + s;
    return s;
}

void print_header(std::ostream& out, std::string_view first) {
    out << pad(std::string(first), 22, true) << pad("gold", 6) << pad("pred", 6) << pad("match", 6) << pad("P", 7)
        << pad("R", 7) << pad("F1", 7) << "  | " << pad("spk n", 5) << pad("spk acc", 8) << pad("lenient", 8)
        << "  | " << pad("e2e P", 6) << pad("e2e R", 7) << pad("e2e F1", 7) << "\n";
}

void print_row(std::ostream& out, std::string_view name, const tally& t) {
    out << pad(std::string(name), 22, true) << pad(std::to_string(t.gold), 6) << pad(std::to_string(t.predicted), 6)
        << pad(std::to_string(t.gold_matched), 6) << pad(fixed(t.precision()), 7) << pad(fixed(t.recall()), 7)
        << pad(fixed(t.f1()), 7) << "  | " << pad(std::to_string(t.speaker_needed), 5);
    if (t.speaker_needed == 0)
        out << pad("-", 8) << pad("-", 8);
    else
        out << pad(fixed(t.speaker_accuracy()), 8) << pad(fixed(t.speaker_accuracy_lenient()), 8);
    out << "  | " << pad(fixed(t.end_to_end_precision()), 6) << pad(fixed(t.end_to_end_recall()), 7)
        << pad(fixed(t.end_to_end_f1()), 7) << "\n";
}

int run(const options& opt) {
    const auto t_start = clock_type::now();
    auto corpus = load_gold(opt.gold, gold_filter{opt.split, true});
    if (!opt.doc.empty())
        std::erase_if(corpus.documents, [&](const gold_document& d) { return d.id.find(opt.doc) == std::string::npos; });
    const double t_load = seconds_since(t_start);
    if (corpus.documents.empty()) {
        std::cerr << "claimgraph-eval: no primary documents of split '" << opt.split << "'"
                  << (opt.doc.empty() ? "" : " matching --doc " + opt.doc) << " in " << opt.gold << "\n";
        return 2;
    }

    std::vector<scored_document> scored;
    scored.reserve(corpus.documents.size());
    scoreboard board;
    std::size_t gold_dropped = 0;  // gold attributions whose content vanishes in the normalized text
    std::size_t extract_failures = 0;
    double t_extract = 0.0;
    claimgraph::extract_options xopt;
    xopt.form = opt.normalized ? claimgraph::form_choice::normalized : claimgraph::form_choice::raw;

    for (const auto& doc : corpus.documents) {
        scored_document sd;
        sd.id = doc.id;
        claimgraph::normalized_text norm;
        if (opt.normalized) {
            norm = claimgraph::normalize(doc.text);
            if (norm.to_original.size() != norm.text.size() + 1 || (norm.text.empty() && !doc.text.empty())) {
                std::cerr << "claimgraph-eval: claimgraph::normalize() returned no usable offset map (to_original has "
                          << norm.to_original.size() << " entries for " << norm.text.size()
                          << " bytes): --normalized needs the normalizer\n";
                return 2;
            }
            sd.text = norm.text;
            for (const auto& g : doc.attributions) {
                if (auto carried = carry_to_normalized(norm, g))
                    sd.gold.push_back(std::move(*carried));
                else
                    ++gold_dropped;
            }
        } else {
            sd.text = doc.text;
            sd.gold = doc.attributions;
        }

        const auto t0 = clock_type::now();
        claimgraph::document_attributions found;
        try {
            found = claimgraph::extract(doc.id, sd.text, xopt);
        } catch (const std::exception& e) {
            ++extract_failures;
            std::cerr << "claimgraph-eval: extract threw on " << doc.id << ": " << e.what() << "\n";
        }
        t_extract += seconds_since(t0);

        // One prediction per attribution unit: records the extractor linked with `continues` are merged.
        sd.predicted = make_predictions(found.items, sd.text, !opt.pieces);
        if (opt.normalized) {
            for (auto& p : sd.predicted) {
                // Classify in the original text, where the quotation marks still are.
                const auto original = carry_to_original(norm, p.content);
                p.kind = classify_predicted(doc.text, original, p.cue_text, p.speaker.has_value(), false,
                                            p.according_to);
            }
        }
        sd.result = score_document(sd.gold, sd.predicted, sd.text);
        board.add(sd.gold, sd.predicted, sd.result, doc.publisher);
        scored.push_back(std::move(sd));
    }
    const double t_total = seconds_since(t_start);

    auto& out = std::cout;
    out << "claimgraph-eval: " << opt.gold << "\n"
        << "split " << opt.split << " (primary annotator), " << (opt.normalized ? "normalized twin" : "raw text")
        << ": " << corpus.documents.size() << " documents, " << board.overall.gold << " gold attributions";
    if (corpus.stats.skipped_without_content != 0 && opt.doc.empty())  // counted over the whole split
        out << " (" << corpus.stats.skipped_without_content << " without content skipped)";
    if (gold_dropped != 0) out << " (" << gold_dropped << " whose content vanishes when normalized skipped)";
    out << ", " << board.overall.predicted << " predicted\n";
    if (corpus.stats.span_text_mismatches != 0)
        out << "note: " << corpus.stats.span_text_mismatches << " of " << corpus.stats.spans
            << " gold spans differ from the corpus's own span text after code point -> byte conversion\n";
    out << "time: " << fixed(t_total, 2) << " s total, " << fixed(t_extract, 2) << " s in extract, "
        << fixed(t_load, 2) << " s loading gold\n";
    if (extract_failures != 0) out << "extract threw on " << extract_failures << " documents (counted as finding nothing)\n";
    out << "\nMatch: content spans share >= 1/2 of the shorter span, one-to-one, greedy by overlap. Speaker right: "
           "predicted speaker span overlaps the gold source (gold without source: always right); lenient also "
           "accepts another span sharing a name word. e2e: matched and speaker right.\n"
           "Columns: gold/pred = attributions in the slice; match = gold ones matched; R and e2e R count gold by its "
           "own class or cue, P and e2e P count predictions by theirs.\n\n";
    print_header(out, "");
    print_row(out, "overall", board.overall);
    out << "\n";
    print_header(out, "by class");
    for (auto c : all_categories) print_row(out, to_string(c), board.by_category[c]);
    for (const auto& [group, t] : board.by_cue_group) print_row(out, group, t);

    out << "\n";
    print_header(out, "by publisher");
    for (const auto& [house, t] : board.by_publisher) print_row(out, house, t);

    std::vector<const std::pair<const std::string, tally>*> cues;
    for (const auto& kv : board.by_cue) cues.push_back(&kv);
    std::stable_sort(cues.begin(), cues.end(), [](const auto* a, const auto* b) {
        return std::max(a->second.gold, a->second.predicted) > std::max(b->second.gold, b->second.predicted);
    });
    if (cues.size() > opt.top_cues) cues.resize(opt.top_cues);
    out << "\n";
    print_header(out, "by cue (top " + std::to_string(opt.top_cues) + ")");
    for (const auto* kv : cues) print_row(out, kv->first.size() > 21 ? kv->first.substr(0, 21) : kv->first, kv->second);

    const auto& t = board.overall;
    out << "\nsummary: detection P " << fixed(t.precision()) << " R " << fixed(t.recall()) << " F1 " << fixed(t.f1())
        << "; speaker accuracy " << fixed(t.speaker_accuracy()) << " (lenient " << fixed(t.speaker_accuracy_lenient())
        << "); end-to-end P " << fixed(t.end_to_end_precision()) << " R " << fixed(t.end_to_end_recall()) << " F1 "
        << fixed(t.end_to_end_f1()) << "\n";

    if (!opt.figures_file.empty()) {
        std::ofstream f(opt.figures_file);
        f << "split\t" << opt.split << "\nform\t" << (opt.normalized ? "normalized" : "raw") << "\n"
          << "documents\t" << corpus.documents.size() << "\ngold\t" << t.gold << "\npredicted\t" << t.predicted
          << "\nmatched\t" << t.gold_matched << "\ndetection_precision\t" << fixed(t.precision(), 4)
          << "\ndetection_recall\t" << fixed(t.recall(), 4) << "\ndetection_f1\t" << fixed(t.f1(), 4)
          << "\nspeaker_accuracy\t" << fixed(t.speaker_accuracy(), 4) << "\nspeaker_accuracy_lenient\t"
          << fixed(t.speaker_accuracy_lenient(), 4) << "\ne2e_precision\t" << fixed(t.end_to_end_precision(), 4)
          << "\ne2e_recall\t" << fixed(t.end_to_end_recall(), 4) << "\ne2e_f1\t" << fixed(t.end_to_end_f1(), 4)
          << "\nseconds\t" << fixed(t_total, 2) << "\n";
        // The reported-speech subset (cue group "speech cue"): gold by its cue, predictions by theirs.
        const auto& sp = board.by_cue_group["speech cue"];
        f << "speech_detection_f1\t" << fixed(sp.f1(), 4) << "\nspeech_e2e_f1\t" << fixed(sp.end_to_end_f1(), 4)
          << "\n";
        if (!f) {
            std::cerr << "claimgraph-eval: cannot write " << opt.figures_file << "\n";
            return 2;
        }
    }
    if (opt.errors != 0) {
        const auto path = opt.errors_file.empty()
                              ? "claimgraph-eval-errors-" + opt.split + (opt.normalized ? "-normalized" : "") + ".txt"
                              : opt.errors_file;
        std::ofstream f(path);
        write_error_report(f, scored, classify_errors(scored), opt.errors);
        if (!f) {
            std::cerr << "claimgraph-eval: cannot write " << path << "\n";
            return 2;
        }
        out << "error report: " << path << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    options opt;
    CLI::App app{"claimgraph-eval: attribution accuracy of claimgraph::extract on a gold corpus (PolNeAR JSON Lines)"};
    app.add_option("--gold", opt.gold, "gold corpus (polnear.jsonl)")->capture_default_str();
    app.add_option("--split", opt.split, "split to score: train (development), dev (reporting), annotator-training, all")
        ->capture_default_str();
    app.add_flag("--normalized", opt.normalized,
                 "score the normalized twin: normalize each text, carry the gold spans over, extract as normalized");
    app.add_option("--errors", opt.errors, "write an error report with up to N examples per error class");
    app.add_option("--errors-file", opt.errors_file,
                   "where to write the error report (default claimgraph-eval-errors-<split>[-normalized].txt)");
    app.add_option("--figures", opt.figures_file, "also write the overall figures as key<TAB>value lines to FILE");
    app.add_flag("--pieces", opt.pieces,
                 "score every record on its own (do not merge the pieces the extractor linked with 'continues')");
    app.add_option("--doc", opt.doc, "only the documents whose id contains this text (for debugging a rule)");
    app.add_option("--top-cues", opt.top_cues, "cue lemmas to list in the breakdown")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    try {
        return run(opt);
    } catch (const std::exception& e) {
        std::cerr << "claimgraph-eval: " << e.what() << "\n";
        return 2;
    }
}
