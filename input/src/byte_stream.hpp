#pragma once
// Private to claimgraph::input: a buffered byte source over a file, standard input or a gzip stream, and a
// line splitter on top of it. Both keep a fixed-size buffer (growing only for a single line longer than it).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimgraph::detail {

/// Reads bytes from a path ("-": standard input). ".gz" paths are inflated; standard input is inflated when it
/// starts with the gzip magic. Throws claimgraph::error (bad_input) when the path cannot be opened or the
/// compressed data is corrupt.
class byte_stream {
public:
    explicit byte_stream(const std::string& path);
    ~byte_stream();
    byte_stream(const byte_stream&) = delete;
    byte_stream& operator=(const byte_stream&) = delete;

    /// Reads up to `size` bytes into `buffer`; 0 at the end.
    std::size_t read(char* buffer, std::size_t size);
    /// Bytes consumed from the underlying file (compressed bytes for gzip).
    [[nodiscard]] std::uint64_t consumed() const noexcept;
    /// The path as given, for messages.
    [[nodiscard]] const std::string& name() const noexcept { return name_; }

private:
    std::string name_;
    int fd_ = -1;
    bool owns_fd_ = false;
    void* gz_ = nullptr;  // gzFile
    std::uint64_t consumed_ = 0;
};

/// Splits a byte_stream into lines ('\n', with a trailing '\r' removed). The returned view stays valid until
/// the next call. At least `padding` readable bytes follow every returned line (for parsers that read ahead,
/// such as simdjson without a copy of the line).
class line_reader {
public:
    static constexpr std::size_t padding = 64;

    explicit line_reader(byte_stream& in, std::size_t buffer_size = 1 << 20);
    /// The next line; false at the end. A last line without '\n' is still returned.
    bool next(std::string_view& line);
    /// The 1-based number of the line last returned.
    [[nodiscard]] std::size_t line_number() const noexcept { return line_; }

private:
    bool fill();
    byte_stream& in_;
    std::string buffer_;  ///< the data area, then `padding` bytes that are never filled
    std::size_t size_ = 0;  ///< the size of the data area
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    std::size_t line_ = 0;
    bool eof_ = false;
};

} // namespace claimgraph::detail
