#include "csv_reader.hpp"

namespace claimgraph::detail {

csv_reader::csv_reader(byte_stream& in, std::size_t buffer_size) : in_(in) { buffer_.resize(buffer_size); }

int csv_reader::get() {
    if (pos_ == end_) {
        if (eof_) return -1;
        end_ = in_.read(buffer_.data(), buffer_.size());
        pos_ = 0;
        if (end_ == 0) {
            eof_ = true;
            return -1;
        }
    }
    return static_cast<unsigned char>(buffer_[pos_++]);
}

bool csv_reader::next(std::vector<std::string>& fields, std::string& problem) {
    problem.clear();
    std::size_t count = 0;
    auto field = [&]() -> std::string& {
        if (count == fields.size()) fields.emplace_back();
        std::string& f = fields[count++];
        f.clear();
        return f;
    };

    int c = get();
    if (c < 0) return false;
    record_line_ = line_;
    std::string* current = &field();
    for (;;) {
        if (c == '"' && current->empty()) {
            // Quoted field: runs to the closing quote; "" is a literal quote.
            for (;;) {
                c = get();
                if (c < 0) {
                    problem = "quoted field not closed before the end of the file";
                    fields.resize(count);
                    return true;
                }
                if (c == '"') {
                    c = get();
                    if (c == '"') {
                        current->push_back('"');
                        continue;
                    }
                    break;  // closing quote; c is the byte after it
                }
                if (c == '\n') ++line_;
                current->push_back(static_cast<char>(c));
            }
            if (c >= 0 && c != ',' && c != '\n' && c != '\r' && problem.empty())
                problem = "unexpected character after a closing quote";
            if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                current->push_back(static_cast<char>(c));
                c = get();
                continue;
            }
        }
        if (c < 0) break;
        if (c == ',') {
            current = &field();
            c = get();
            continue;
        }
        if (c == '\r') {
            const int d = get();
            if (d == '\n' || d < 0) {
                c = d;
            } else {
                current->push_back('\r');
                c = d;
                continue;
            }
        }
        if (c == '\n') {
            ++line_;
            break;
        }
        if (c < 0) break;
        current->push_back(static_cast<char>(c));
        // Unquoted run: copy bytes up to the next delimiter directly from the buffer.
        std::size_t stop = pos_;
        while (stop < end_) {
            const char b = buffer_[stop];
            if (b == ',' || b == '\n' || b == '\r') break;
            ++stop;
        }
        current->append(buffer_, pos_, stop - pos_);
        pos_ = stop;
        c = get();
    }
    fields.resize(count);
    return true;
}

} // namespace claimgraph::detail
