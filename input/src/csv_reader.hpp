#pragma once
// Private to claimgraph::input: an RFC 4180 record reader (quoted fields with embedded commas, doubled quotes
// and line breaks; CRLF or LF line ends) over a byte_stream, in a fixed-size buffer.

#include "byte_stream.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace claimgraph::detail {

class csv_reader {
public:
    explicit csv_reader(byte_stream& in, std::size_t buffer_size = 1 << 18);

    /// Reads the next record into `fields` (reusing their storage); false at the end of input.
    /// `problem` is set (non-empty) when the record is malformed but could be delimited: a character after a
    /// closing quote, or a quoted field still open at the end of the input.
    bool next(std::vector<std::string>& fields, std::string& problem);
    /// The 1-based line on which the record last returned starts.
    [[nodiscard]] std::size_t record_line() const noexcept { return record_line_; }

private:
    int get();  // next byte or -1
    byte_stream& in_;
    std::string buffer_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    bool eof_ = false;
    std::size_t line_ = 1;
    std::size_t record_line_ = 0;
};

} // namespace claimgraph::detail
