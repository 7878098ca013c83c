#pragma once
/// \file
/// Parallel extraction with ordered, bounded output. The calling thread reads documents; `jobs` workers run
/// `work` on them; `consume` sees the results strictly in document order (so the output is byte-identical
/// for every number of jobs). Documents are handed to workers in batches (up to 256 documents or 256 KB of
/// text); at most `window` batches are in flight between reading and consuming, so memory is bounded by the
/// window, not by the corpus. Batches are recycled: the documents and results in them keep the storage of
/// their (short) strings from one use to the next, so that reading and working rarely allocate per document.

#include <claimgraph/core/attribution.hpp>
#include <claimgraph/core/document.hpp>

#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace claimgraph {
class document_reader;
}

namespace claimgraph::cli {

/// What a worker produces for one document.
struct processed {
    document_attributions attributions;
    std::string records;  ///< serialized records (records mode)
};

/// Where the threads' time went (`--stats`): seconds of wall-clock time per thread, summed over the run.
struct pipeline_stats {
    struct worker {
        double work = 0;          ///< extracting documents (`work`)
        double consume = 0;       ///< consuming results in order (`consume`: writing)
        double wait_work = 0;     ///< idle: no batch to take
        std::size_t batches = 0;  ///< batches worked
        std::size_t consumed = 0; ///< batches consumed
        double cpu = 0;           ///< the thread's CPU time (user + system)
    };
    double read = 0;              ///< the reading thread: reading documents into batches
    double wait_window = 0;       ///< the reading thread: blocked on a full window
    std::size_t window_full = 0;  ///< times the reading thread found the window full
    std::size_t batches = 0;
    double reader_cpu = 0;        ///< the reading (calling) thread's CPU time, from its start
    double total = 0;             ///< the whole pipeline, wall clock
    std::vector<worker> workers;

    /// One line per thread on `out`.
    void print(std::FILE* out) const;
};

struct pipeline_options {
    unsigned jobs = 1;
    std::size_t window = 0;  ///< batches in flight; 0: 4 per job (at least 8)
    pipeline_stats* stats = nullptr;  ///< filled when set
};

/// Runs the pipeline to the end of `reader`. `work` fills the result for a document; the result object is
/// reused (it holds whatever an earlier document left in it, for its storage), so `work` must set every
/// part it uses. `tick` is called on the reading thread after each document read. The first exception
/// thrown by reading, `work` or `consume` stops everything and is rethrown here.
void run_pipeline(document_reader& reader, const pipeline_options& options,
                  const std::function<void(document&, processed&)>& work,
                  const std::function<void(processed&)>& consume, const std::function<void()>& tick);

} // namespace claimgraph::cli
