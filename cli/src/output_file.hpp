#pragma once
/// \file
/// An output written atomically: bytes go to a temporary file in the target's directory, renamed over the
/// target only by commit(); a run that fails (or is destroyed before commit) leaves the old target untouched.
/// Standard output and targets that are not regular files (/dev/null, a FIFO) are written directly. Every
/// write is checked: a full disk or /dev/full is a claimgraph::error (exit_code::bad_output). A target ending
/// in ".gz" is gzip-compressed on the way. An interrupted run (SIGINT, SIGTERM, SIGHUP) removes the temporary file.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace claimgraph::cli {

class output_file {
public:
    /// Opens `path` for writing ("" or "-": standard output).
    explicit output_file(const std::string& path);
    ~output_file();
    output_file(const output_file&) = delete;
    output_file& operator=(const output_file&) = delete;

    /// Appends bytes (buffered). Throws claimgraph::error (bad_output) when the system refuses them.
    void write(std::string_view bytes);
    /// A std::ostream onto the same file, for writers that take one; failures surface in commit().
    std::ostream& stream() { return stream_; }
    /// Flushes, closes and renames the temporary file over the target. Throws on any failure.
    void commit();
    /// The target, for messages.
    [[nodiscard]] const std::string& name() const noexcept { return name_; }

private:
    class buffer : public std::streambuf {
    public:
        explicit buffer(output_file& owner) : owner_(owner) {}
    protected:
        int_type overflow(int_type ch) override;
        std::streamsize xsputn(const char* s, std::streamsize n) override;
    private:
        output_file& owner_;
    };

    void flush();
    void write_fd(const char* data, std::size_t size);
    void start_writeback() noexcept;
    void deflate_pending(bool finish);
    [[noreturn]] void fail(const std::string& what, int err);

    std::string name_;
    std::string temp_;    // empty when writing directly
    int fd_ = -1;
    bool owns_fd_ = false;
    bool committed_ = false;
    bool failed_ = false;
    int signal_slot_ = -1;  // the temporary file's slot in the interrupt cleanup (interrupt.hpp)
    std::string pending_;
    std::uint64_t written_ = 0;         // bytes written to fd_
    std::uint64_t writeback_from_ = 0;  // bytes before this have had their write-back started
    std::string error_;  // a failure inside the streambuf, reported by commit()
    void* zstream_ = nullptr;  // z_stream when gzip-compressing
    std::string zbuffer_;
    buffer buf_;
    std::ostream stream_;
};

} // namespace claimgraph::cli
