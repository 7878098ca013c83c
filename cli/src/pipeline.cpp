#include "pipeline.hpp"

#include <claimgraph/input/document_reader.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace claimgraph::cli {
namespace {

using steady = std::chrono::steady_clock;

double seconds_since(steady::time_point start) {
    return std::chrono::duration<double>(steady::now() - start).count();
}

// CPU time (user + system) of the calling thread so far.
double thread_cpu_seconds() {
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Documents travel in batches so that the hand-off between threads costs little next to the work.
constexpr std::size_t batch_documents = 256;
constexpr std::size_t batch_bytes = 256 * 1024;

// A batch of documents and their results. The vectors only grow: a recycled batch reuses the documents'
// and results' strings (reader.next() and `work` assign into them).
struct batch {
    std::size_t sequence = 0;
    std::size_t count = 0;  ///< documents in use (docs may hold more, left from an earlier use)
    std::vector<document> docs;
    std::vector<processed> results;
};

// A recycled batch keeps the storage of a document's text and records only when it is small (at most a few
// times the average document a batch is sized for). Each slot of a batch sees a different document every
// time, so a slot that kept its largest string would converge to the largest document it ever saw: on
// Reuters-21578 x8 that held 1.8 MB of text and 4 MB of records per batch of 256 documents, 5-6 MB a batch
// in the window. (An assignment `s = std::string()` would not release it: libstdc++ copies a short string
// into the buffer it has; swapping with an empty string does.) Texts are released by the reading thread, which
// allocated them, before it reads the next document into the slot; records by the consuming worker.
constexpr std::size_t keep_bytes = 4 * (batch_bytes / batch_documents);

void release_if_large(std::string& s) {
    if (s.capacity() > keep_bytes) std::string().swap(s);
}

void trim_storage(batch& b) {
    for (processed& p : b.results)
        release_if_large(p.records);
}

class ordered_pool {
public:
    ordered_pool(std::size_t window, const std::function<void(document&, processed&)>& work,
                 const std::function<void(processed&)>& consume, pipeline_stats* stats)
        : work_(work), consume_(consume), ring_(window), window_(window), stats_(stats) {}

    /// An empty batch to fill: a recycled one when there is one. Blocks while the window is full; null when
    /// the pipeline has failed.
    batch* acquire() {
        std::unique_lock lock(mutex_);
        if (stats_ && pushed_ - consumed_ >= window_ && !failed_) {
            const auto start = steady::now();
            space_.wait(lock, [&] { return pushed_ - consumed_ < window_ || failed_; });
            stats_->wait_window += seconds_since(start);
            ++stats_->window_full;
        }
        space_.wait(lock, [&] { return pushed_ - consumed_ < window_ || failed_; });
        if (failed_) return nullptr;
        if (free_.empty()) {
            all_.push_back(std::make_unique<batch>());
            return all_.back().get();
        }
        batch* b = free_.back();
        free_.pop_back();
        return b;
    }

    /// Hands a filled batch to the workers (acquire() made room for it in the window).
    void push(batch* b) {
        std::lock_guard lock(mutex_);
        b->sequence = pushed_++;
        queue_.push_back(b);
        work_ready_.notify_one();
    }

    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        work_ready_.notify_all();
    }

    void abort(std::exception_ptr e) {
        std::lock_guard lock(mutex_);
        if (!error_) error_ = std::move(e);
        failed_ = true;
        work_ready_.notify_all();
        space_.notify_all();
    }

    /// `stats` (null without --stats) is this worker's own: no other thread writes it.
    void worker(pipeline_stats::worker* stats) {
        for (;;) {
            batch* b = nullptr;
            {
                std::unique_lock lock(mutex_);
                if (stats && queue_.empty() && !closed_ && !failed_) {
                    const auto start = steady::now();
                    work_ready_.wait(lock, [&] { return !queue_.empty() || closed_ || failed_; });
                    stats->wait_work += seconds_since(start);
                }
                work_ready_.wait(lock, [&] { return !queue_.empty() || closed_ || failed_; });
                if (failed_ || queue_.empty()) {
                    if (stats) stats->cpu = thread_cpu_seconds();
                    return;
                }
                b = queue_.front();
                queue_.pop_front();
            }
            try {
                const auto start = stats ? steady::now() : steady::time_point();
                if (b->results.size() < b->count) b->results.resize(b->count);
                for (std::size_t k = 0; k < b->count; ++k) work_(b->docs[k], b->results[k]);
                if (stats) {
                    stats->work += seconds_since(start);
                    ++stats->batches;
                }
                std::unique_lock lock(mutex_);
                ring_[b->sequence % window_] = b;
                if (consuming_) continue;  // whoever is consuming will reach this result
                consuming_ = true;
                while (!failed_ && ring_[consumed_ % window_] != nullptr) {
                    batch* next = ring_[consumed_ % window_];
                    ring_[consumed_ % window_] = nullptr;
                    lock.unlock();
                    const auto consume_start = stats ? steady::now() : steady::time_point();
                    for (std::size_t k = 0; k < next->count; ++k) consume_(next->results[k]);
                    trim_storage(*next);
                    if (stats) {
                        stats->consume += seconds_since(consume_start);
                        ++stats->consumed;
                    }
                    lock.lock();
                    next->count = 0;
                    free_.push_back(next);
                    ++consumed_;
                    space_.notify_one();
                }
                consuming_ = false;
            } catch (...) {
                abort(std::current_exception());
                if (stats) stats->cpu = thread_cpu_seconds();
                return;
            }
        }
    }

    void rethrow() {
        if (error_) std::rethrow_exception(error_);
    }

private:
    const std::function<void(document&, processed&)>& work_;
    const std::function<void(processed&)>& consume_;
    std::mutex mutex_;
    std::condition_variable work_ready_;
    std::condition_variable space_;
    std::vector<std::unique_ptr<batch>> all_;  ///< every batch made (at most window + 1)
    std::vector<batch*> free_;                 ///< consumed batches, for reuse
    std::deque<batch*> queue_;                 ///< filled batches waiting for a worker
    std::vector<batch*> ring_;                 ///< worked batches waiting for their turn to be consumed
    std::size_t window_;
    std::size_t pushed_ = 0;
    std::size_t consumed_ = 0;
    bool closed_ = false;
    bool failed_ = false;
    bool consuming_ = false;
    std::exception_ptr error_;
    pipeline_stats* stats_;
};

} // namespace

void run_pipeline(document_reader& reader, const pipeline_options& options,
                  const std::function<void(document&, processed&)>& work,
                  const std::function<void(processed&)>& consume, const std::function<void()>& tick) {
    pipeline_stats* const stats = options.stats;
    const auto run_start = steady::now();
    if (options.jobs <= 1) {
        // one document and one result, reused for the whole run
        document doc;
        processed result;
        if (stats) {
            // the same loop, timed per document (clock reads cost ~50 ns against ~50 us of work)
            stats->workers.assign(1, {});
            pipeline_stats::worker& w = stats->workers[0];
            for (;;) {
                auto t0 = steady::now();
                if (!reader.next(doc)) break;
                tick();
                auto t1 = steady::now();
                work(doc, result);
                auto t2 = steady::now();
                consume(result);
                auto t3 = steady::now();
                stats->read += std::chrono::duration<double>(t1 - t0).count();
                w.work += std::chrono::duration<double>(t2 - t1).count();
                w.consume += std::chrono::duration<double>(t3 - t2).count();
            }
            stats->total = seconds_since(run_start);
            w.cpu = thread_cpu_seconds();
            return;
        }
        while (reader.next(doc)) {
            tick();
            work(doc, result);
            consume(result);
        }
        return;
    }
    // 4 batches per worker: with 2 per worker, a worker that finished its batches while another was still on
    // an earlier one (slower, or descheduled) found the window full and waited: 5-10 % of each worker's time
    // at -j2 on a loaded machine (--stats), against under 1 % with 4
    const std::size_t window = options.window ? options.window : std::max<std::size_t>(8, 4 * options.jobs);
    ordered_pool pool(window, work, consume, stats);
    if (stats) stats->workers.assign(options.jobs, {});
    std::vector<std::thread> threads;
    threads.reserve(options.jobs);
    try {
        for (unsigned i = 0; i < options.jobs; ++i)
            threads.emplace_back([&pool, stats, i] { pool.worker(stats ? &stats->workers[i] : nullptr); });
        bool more = true;
        while (more) {
            batch* b = pool.acquire();
            if (b == nullptr) break;  // failed: the error is rethrown below
            const auto fill_start = stats ? steady::now() : steady::time_point();
            std::size_t bytes = 0;
            while (b->count < batch_documents && bytes < batch_bytes) {
                if (b->count == b->docs.size()) b->docs.emplace_back();
                document& d = b->docs[b->count];
                release_if_large(d.text);
                if (!reader.next(d)) {
                    more = false;
                    break;
                }
                tick();
                bytes += d.text.size();
                ++b->count;
            }
            if (stats) {
                stats->read += seconds_since(fill_start);
                ++stats->batches;
            }
            // an empty batch (the input ended right after the last full one) still goes through: it keeps
            // the window's bookkeeping simple and costs one hand-off
            pool.push(b);
        }
    } catch (...) {
        pool.abort(std::current_exception());
    }
    pool.close();
    for (std::thread& t : threads) t.join();
    if (stats) {
        stats->total = seconds_since(run_start);
        stats->reader_cpu = thread_cpu_seconds();
    }
    pool.rethrow();
}

void pipeline_stats::print(std::FILE* out) const {
    std::fprintf(out, "claimgraph: pipeline %.3f s wall, %zu thread(s)\n", total, workers.size());
    if (workers.size() == 1 && batches == 0) {
        // -j1: one thread reads, works and writes in turn
        const worker& w = workers[0];
        std::fprintf(out, "  read %.3f s  work %.3f s  write %.3f s  cpu %.3f s\n", read, w.work, w.consume, w.cpu);
        return;
    }
    std::fprintf(out, "  reader:   read %.3f s  waited for the window %.3f s (%zu of %zu batches)  cpu %.3f s\n",
                 read, wait_window, window_full, batches, reader_cpu);
    for (std::size_t i = 0; i < workers.size(); ++i) {
        const worker& w = workers[i];
        std::fprintf(out, "  worker %zu: work %.3f s (%zu batches)  write %.3f s (%zu)  idle %.3f s  cpu %.3f s\n", i,
                     w.work, w.batches, w.consume, w.consumed, w.wait_work, w.cpu);
    }
}

} // namespace claimgraph::cli
