#pragma once
/// \file
/// Parallel extraction with ordered, bounded output. The calling thread reads documents; `jobs` workers run
/// `work` on them; `consume` sees the results strictly in document order (so the output is byte-identical
/// for every number of jobs). Documents are handed to workers in batches (up to 256 documents or 256 KB of
/// text); at most `window` batches are in flight between reading and consuming, so memory is bounded by the
/// window, not by the corpus. Batches are recycled: the documents and results in them keep their storage
/// from one use to the next, so that reading and working do not allocate per document, and no thread frees
/// what another allocated (which costs the allocator locks between threads).

#include <claimgraph/core/attribution.hpp>
#include <claimgraph/core/document.hpp>

#include <cstddef>
#include <functional>
#include <string>

namespace claimgraph {
class document_reader;
}

namespace claimgraph::cli {

/// What a worker produces for one document.
struct processed {
    document_attributions attributions;
    std::string records;  ///< serialized records (records mode)
};

struct pipeline_options {
    unsigned jobs = 1;
    std::size_t window = 0;  ///< batches in flight; 0: 2 per job (at least 4)
};

/// Runs the pipeline to the end of `reader`. `work` fills the result for a document; the result object is
/// reused (it holds whatever an earlier document left in it, for its storage), so `work` must set every
/// part it uses. `tick` is called on the reading thread after each document read. The first exception
/// thrown by reading, `work` or `consume` stops everything and is rethrown here.
void run_pipeline(document_reader& reader, const pipeline_options& options,
                  const std::function<void(document&, processed&)>& work,
                  const std::function<void(processed&)>& consume, const std::function<void()>& tick);

} // namespace claimgraph::cli
