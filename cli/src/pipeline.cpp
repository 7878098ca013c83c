#include "pipeline.hpp"

#include <claimgraph/input/document_reader.hpp>

#include <algorithm>
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

// A recycled batch keeps its strings' storage, but not that of an exceptionally large document: memory stays
// bounded by the window, not by the largest documents seen.
constexpr std::size_t keep_bytes = 1 << 20;

void trim_storage(batch& b) {
    for (document& d : b.docs)
        if (d.text.capacity() > keep_bytes) d = document{};
    for (processed& p : b.results)
        if (p.records.capacity() > 4 * keep_bytes) p.records = std::string();
}

class ordered_pool {
public:
    ordered_pool(std::size_t window, const std::function<void(document&, processed&)>& work,
                 const std::function<void(processed&)>& consume)
        : work_(work), consume_(consume), ring_(window), window_(window) {}

    /// An empty batch to fill: a recycled one when there is one. Blocks while the window is full; null when
    /// the pipeline has failed.
    batch* acquire() {
        std::unique_lock lock(mutex_);
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

    void worker() {
        for (;;) {
            batch* b = nullptr;
            {
                std::unique_lock lock(mutex_);
                work_ready_.wait(lock, [&] { return !queue_.empty() || closed_ || failed_; });
                if (failed_ || queue_.empty()) return;
                b = queue_.front();
                queue_.pop_front();
            }
            try {
                if (b->results.size() < b->count) b->results.resize(b->count);
                for (std::size_t k = 0; k < b->count; ++k) work_(b->docs[k], b->results[k]);
                std::unique_lock lock(mutex_);
                ring_[b->sequence % window_] = b;
                if (consuming_) continue;  // whoever is consuming will reach this result
                consuming_ = true;
                while (!failed_ && ring_[consumed_ % window_] != nullptr) {
                    batch* next = ring_[consumed_ % window_];
                    ring_[consumed_ % window_] = nullptr;
                    lock.unlock();
                    for (std::size_t k = 0; k < next->count; ++k) consume_(next->results[k]);
                    trim_storage(*next);
                    lock.lock();
                    next->count = 0;
                    free_.push_back(next);
                    ++consumed_;
                    space_.notify_one();
                }
                consuming_ = false;
            } catch (...) {
                abort(std::current_exception());
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
};

} // namespace

void run_pipeline(document_reader& reader, const pipeline_options& options,
                  const std::function<void(document&, processed&)>& work,
                  const std::function<void(processed&)>& consume, const std::function<void()>& tick) {
    if (options.jobs <= 1) {
        // one document and one result, reused for the whole run
        document doc;
        processed result;
        while (reader.next(doc)) {
            tick();
            work(doc, result);
            consume(result);
        }
        return;
    }
    const std::size_t window = options.window ? options.window : std::max<std::size_t>(4, 2 * options.jobs);
    ordered_pool pool(window, work, consume);
    std::vector<std::thread> threads;
    threads.reserve(options.jobs);
    try {
        for (unsigned i = 0; i < options.jobs; ++i) threads.emplace_back([&pool] { pool.worker(); });
        bool more = true;
        while (more) {
            batch* b = pool.acquire();
            if (b == nullptr) break;  // failed: the error is rethrown below
            std::size_t bytes = 0;
            while (b->count < batch_documents && bytes < batch_bytes) {
                if (b->count == b->docs.size()) b->docs.emplace_back();
                document& d = b->docs[b->count];
                if (!reader.next(d)) {
                    more = false;
                    break;
                }
                tick();
                bytes += d.text.size();
                ++b->count;
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
    pool.rethrow();
}

} // namespace claimgraph::cli
