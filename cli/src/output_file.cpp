#include "output_file.hpp"
#include "interrupt.hpp"

#include <claimgraph/core/error.hpp>

#include <zlib.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimgraph::cli {
namespace {

constexpr std::size_t flush_at = 1 << 16;

// A file that commit() syncs starts its write-back every this many bytes, so that the disk writes overlap
// the extraction and the final fsync waits only for the last few MB (it waited ~0.25-0.4 s for 236 MB of
// records otherwise: a serial tail that took ~15 % of a two-thread run).
constexpr std::uint64_t writeback_every = 8u << 20;

mode_t default_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
}

} // namespace

output_file::output_file(const std::string& path)
    : name_(path.empty() || path == "-" ? "<stdout>" : path), buf_(*this), stream_(&buf_) {
    if (path.empty() || path == "-") {
        fd_ = STDOUT_FILENO;
        return;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        // A device or FIFO: nothing to replace atomically.
        fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd_ < 0) fail("cannot open", errno);
        owns_fd_ = true;
        return;
    }
    const std::size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    temp_ = dir + "." + base + ".tmp-XXXXXX";
    {
        // SIGINT/SIGTERM/SIGHUP are held back from creating the temporary file until it is registered for
        // removal, so that an interruption in between cannot leave it behind (a held signal is delivered,
        // and the file removed, as soon as the mask is restored).
        sigset_t held;
        sigset_t previous;
        sigemptyset(&held);
        for (int sig : {SIGINT, SIGTERM, SIGHUP})
            sigaddset(&held, sig);
        ::pthread_sigmask(SIG_BLOCK, &held, &previous);
        fd_ = ::mkstemp(temp_.data());
        const int create_errno = errno;
        if (fd_ >= 0) signal_slot_ = remove_on_signal(temp_);
        ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
        if (fd_ < 0) {
            temp_.clear();
            fail("cannot create", create_errno);
        }
    }
    owns_fd_ = true;
    const mode_t mode = ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : default_mode();
    ::fchmod(fd_, mode);
    if (path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0) {
        auto* z = new z_stream{};
        // windowBits 15 + 16: a gzip wrapper rather than zlib's
        if (deflateInit2(z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            delete z;
            // the destructor does not run for a throwing constructor: clean up here
            ::close(fd_);
            ::unlink(temp_.c_str());
            forget_on_signal(signal_slot_);
            throw error(exit_code::bad_output, name_ + ": cannot start gzip compression");
        }
        zstream_ = z;
        zbuffer_.resize(1 << 16);
    }
}

output_file::~output_file() {
    if (zstream_) {
        auto* z = static_cast<z_stream*>(zstream_);
        deflateEnd(z);
        delete z;
    }
    if (owns_fd_ && fd_ >= 0) ::close(fd_);
    if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
    forget_on_signal(signal_slot_);
}

void output_file::fail(const std::string& what, int err) {
    failed_ = true;
    throw error(exit_code::bad_output, name_ + ": " + what + ": " + std::strerror(err));
}

void output_file::write(std::string_view bytes) {
    if (failed_) return;
    if (pending_.empty() && bytes.size() >= flush_at) {
        pending_.assign(bytes);  // large blocks are written as they are, after what is pending
        flush();
        return;
    }
    pending_.append(bytes);
    if (pending_.size() >= flush_at) flush();
}

void output_file::write_fd(const char* data, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd_, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("write failed", errno);
        }
        done += static_cast<std::size_t>(n);
    }
    written_ += size;
    if (!temp_.empty() && written_ - writeback_from_ >= writeback_every) start_writeback();
}

void output_file::start_writeback() noexcept {
#if defined(__linux__)
    // asynchronous (SYNC_FILE_RANGE_WRITE alone does not wait); a failure here is not an error: fsync in
    // commit() still writes and checks everything
    ::sync_file_range(fd_, static_cast<off64_t>(writeback_from_), static_cast<off64_t>(written_ - writeback_from_),
                      SYNC_FILE_RANGE_WRITE);
#endif
    writeback_from_ = written_;
}

void output_file::deflate_pending(bool finish) {
    auto* z = static_cast<z_stream*>(zstream_);
    z->next_in = reinterpret_cast<Bytef*>(pending_.data());
    z->avail_in = static_cast<uInt>(pending_.size());
    for (;;) {
        z->next_out = reinterpret_cast<Bytef*>(zbuffer_.data());
        z->avail_out = static_cast<uInt>(zbuffer_.size());
        const int rc = deflate(z, finish ? Z_FINISH : Z_NO_FLUSH);
        if (rc == Z_STREAM_ERROR) throw error(exit_code::bad_output, name_ + ": gzip compression failed");
        write_fd(zbuffer_.data(), zbuffer_.size() - z->avail_out);
        if (finish ? rc == Z_STREAM_END : (z->avail_in == 0 && z->avail_out != 0)) break;
    }
}

void output_file::flush() {
    // pending_ stays below 4 GB: write() flushes at 64 KB and passes larger blocks on their own
    if (zstream_) deflate_pending(false);
    else write_fd(pending_.data(), pending_.size());
    pending_.clear();
}

void output_file::commit() {
    if (!error_.empty()) {
        failed_ = true;
        throw error(exit_code::bad_output, error_);
    }
    if (zstream_) deflate_pending(true);
    else flush();
    pending_.clear();
    if (!temp_.empty()) {
        if (::fsync(fd_) != 0 && errno != EINVAL) fail("cannot sync", errno);
        const int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) fail("write failed", errno);
        if (::rename(temp_.c_str(), name_.c_str()) != 0) fail("cannot replace", errno);
        forget_on_signal(signal_slot_);
        signal_slot_ = -1;
        temp_.clear();
    } else if (owns_fd_) {
        const int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) fail("write failed", errno);
    }
    committed_ = true;
}

output_file::buffer::int_type output_file::buffer::overflow(int_type ch) {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    const char c = traits_type::to_char_type(ch);
    return xsputn(&c, 1) == 1 ? ch : traits_type::eof();
}

std::streamsize output_file::buffer::xsputn(const char* s, std::streamsize n) {
    try {
        owner_.write(std::string_view(s, static_cast<std::size_t>(n)));
    } catch (const error& e) {
        owner_.error_ = e.what();
        return 0;
    }
    return n;
}

} // namespace claimgraph::cli
