#include "pipeline.hpp"

#include <claimgraph/input/document_reader.hpp>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace claimgraph::cli {
namespace {

// Documents travel in batches so that the hand-off between threads costs little next to the work.
constexpr std::size_t batch_documents = 256;
constexpr std::size_t batch_bytes = 256 * 1024;

struct job {
    std::size_t sequence = 0;
    std::vector<document> docs;
};

class ordered_pool {
public:
    ordered_pool(std::size_t window, const std::function<processed(document&)>& work,
                 const std::function<void(processed&)>& consume)
        : work_(work), consume_(consume), ring_(window), window_(window) {}

    /// Blocks while the window is full; false when the pipeline has failed.
    bool push(std::vector<document>&& docs) {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return pushed_ - consumed_ < window_ || failed_; });
        if (failed_) return false;
        queue_.push_back({pushed_++, std::move(docs)});
        work_ready_.notify_one();
        return true;
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
            job j;
            {
                std::unique_lock lock(mutex_);
                work_ready_.wait(lock, [&] { return !queue_.empty() || closed_ || failed_; });
                if (failed_ || queue_.empty()) return;
                j = std::move(queue_.front());
                queue_.pop_front();
            }
            try {
                std::vector<processed> result;
                result.reserve(j.docs.size());
                for (document& d : j.docs) {
                    result.push_back(work_(d));
                    d = document{};  // release the text as soon as it is done
                }
                std::unique_lock lock(mutex_);
                ring_[j.sequence % window_] = std::move(result);
                if (consuming_) continue;  // whoever is consuming will reach this result
                consuming_ = true;
                while (!failed_ && ring_[consumed_ % window_]) {
                    std::vector<processed> next = std::move(*ring_[consumed_ % window_]);
                    ring_[consumed_ % window_].reset();
                    lock.unlock();
                    for (processed& p : next) consume_(p);
                    lock.lock();
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
    const std::function<processed(document&)>& work_;
    const std::function<void(processed&)>& consume_;
    std::mutex mutex_;
    std::condition_variable work_ready_;
    std::condition_variable space_;
    std::deque<job> queue_;
    std::vector<std::optional<std::vector<processed>>> ring_;
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
                  const std::function<processed(document&)>& work, const std::function<void(processed&)>& consume,
                  const std::function<void()>& tick) {
    document doc;
    if (options.jobs <= 1) {
        while (reader.next(doc)) {
            tick();
            processed result = work(doc);
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
        std::vector<document> batch;
        std::size_t bytes = 0;
        bool open = true;
        while (open && reader.next(doc)) {
            tick();
            bytes += doc.text.size();
            batch.push_back(std::move(doc));
            doc = document{};
            if (batch.size() >= batch_documents || bytes >= batch_bytes) {
                open = pool.push(std::move(batch));
                batch.clear();
                bytes = 0;
            }
        }
        if (open && !batch.empty()) pool.push(std::move(batch));
    } catch (...) {
        pool.abort(std::current_exception());
    }
    pool.close();
    for (std::thread& t : threads) t.join();
    pool.rethrow();
}

} // namespace claimgraph::cli
