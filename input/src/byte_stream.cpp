#include "byte_stream.hpp"

#include <claimgraph/core/error.hpp>

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace claimgraph::detail {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

[[noreturn]] void fail(const std::string& name, const std::string& what) {
    throw error(exit_code::bad_input, name + ": " + what);
}

gzFile as_gz(void* p) { return static_cast<gzFile>(p); }

/// zlib's message without the "<fd:N>: " it prefixes for gzdopen streams.
std::string gz_message(const char* msg) {
    std::string_view m = msg ? msg : "unknown error";
    if (m.substr(0, 4) == "<fd:") {
        const std::size_t colon = m.find(": ");
        if (colon != std::string_view::npos) m.remove_prefix(colon + 2);
    }
    return std::string(m);
}

} // namespace

byte_stream::byte_stream(const std::string& path) : name_(path == "-" ? "<stdin>" : path) {
    if (path == "-") {
        fd_ = STDIN_FILENO;
    } else {
        fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) fail(name_, std::string("cannot open: ") + std::strerror(errno));
        owns_fd_ = true;
    }
    // gzip: by extension for files; for standard input zlib's transparent mode passes plain text through.
    if (path == "-" || ends_with(path, ".gz")) {
        const int fd = path == "-" ? ::dup(fd_) : fd_;
        if (fd < 0) fail(name_, std::string("cannot read: ") + std::strerror(errno));
        gz_ = gzdopen(fd, "rb");
        if (!gz_) {
            if (path == "-") ::close(fd);
            fail(name_, "cannot open gzip stream");
        }
        if (path != "-") owns_fd_ = false;  // gzclose closes it
        gzbuffer(as_gz(gz_), 1 << 17);
    }
}

byte_stream::~byte_stream() {
    if (gz_) gzclose(as_gz(gz_));
    if (owns_fd_ && fd_ >= 0) ::close(fd_);
}

std::size_t byte_stream::read(char* buffer, std::size_t size) {
    if (gz_) {
        const unsigned chunk = size > (1u << 30) ? (1u << 30) : static_cast<unsigned>(size);
        const int n = gzread(as_gz(gz_), buffer, chunk);
        if (n < 0) {
            int code = 0;
            const char* msg = gzerror(as_gz(gz_), &code);
            fail(name_, "corrupt gzip data: " + gz_message(msg));
        }
        const z_off_t offset = gzoffset(as_gz(gz_));
        if (offset >= 0) consumed_ = static_cast<std::uint64_t>(offset);
        if (n == 0) {
            // A gzip stream cut short reads as end of file; zlib reports it only through gzerror.
            int code = 0;
            const char* msg = gzerror(as_gz(gz_), &code);
            if (code != Z_OK && code != Z_STREAM_END)
                fail(name_, "corrupt gzip data: " + gz_message(msg));
        }
        return static_cast<std::size_t>(n);
    }
    for (;;) {
        const ssize_t n = ::read(fd_, buffer, size);
        if (n >= 0) {
            consumed_ += static_cast<std::uint64_t>(n);
            return static_cast<std::size_t>(n);
        }
        if (errno == EINTR) continue;
        fail(name_, std::string("read error: ") + std::strerror(errno));
    }
}

std::uint64_t byte_stream::consumed() const noexcept { return consumed_; }

line_reader::line_reader(byte_stream& in, std::size_t buffer_size) : in_(in), size_(buffer_size) {
    buffer_.resize(size_ + padding);
}

bool line_reader::fill() {
    if (eof_) return false;
    // Keep the unfinished line at the front; grow only when the line fills the whole buffer.
    if (begin_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    if (end_ == size_) {
        size_ *= 2;
        buffer_.resize(size_ + padding);
    }
    const std::size_t n = in_.read(buffer_.data() + end_, size_ - end_);
    if (n == 0) {
        eof_ = true;
        return false;
    }
    end_ += n;
    return true;
}

bool line_reader::next(std::string_view& line) {
    std::size_t scanned = begin_;
    for (;;) {
        const void* nl = std::memchr(buffer_.data() + scanned, '\n', end_ - scanned);
        if (nl) {
            const std::size_t pos = static_cast<std::size_t>(static_cast<const char*>(nl) - buffer_.data());
            std::size_t stop = pos;
            if (stop > begin_ && buffer_[stop - 1] == '\r') --stop;
            line = std::string_view(buffer_.data() + begin_, stop - begin_);
            begin_ = pos + 1;
            ++line_;
            return true;
        }
        const std::size_t kept = end_ - begin_;
        if (!fill()) {
            if (begin_ == end_) return false;
            std::size_t stop = end_;
            if (stop > begin_ && buffer_[stop - 1] == '\r') --stop;
            line = std::string_view(buffer_.data() + begin_, stop - begin_);
            begin_ = end_;
            ++line_;
            return true;
        }
        scanned = begin_ + kept;
    }
}

} // namespace claimgraph::detail
