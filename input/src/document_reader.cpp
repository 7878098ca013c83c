// Reading documents: one state machine per input kind (whole text file, JSON Lines, CSV), driven by
// document_reader::next(). Memory is one read buffer plus the current document.
#include "byte_stream.hpp"
#include "csv_reader.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/input/document_reader.hpp>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace claimgraph {

namespace fs = std::filesystem;

std::size_t find_invalid_utf8(std::string_view text) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Fast path over ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;       // overlong
            else if (c == 0xED) hi = 0x9F;  // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;       // overlong
            else if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n) return i;
        if (s[i + 1] < lo || s[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
        i += len;
    }
    return std::string_view::npos;
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

std::size_t line_of(std::string_view text, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

/// Checks that `text` is UTF-8 text; returns a problem description or an empty string. `first_line` is the
/// line the text starts on, for the message.
std::string check_text(std::string_view text, std::size_t first_line, bool* has_line = nullptr) {
    if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
        const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
        if (has_line) *has_line = true;
        return "line " + std::to_string(first_line - 1 + line_of(text, at)) +
               ": not a text file (contains NUL bytes)";
    }
    if (!simdjson::validate_utf8(text.data(), text.size())) {
        const std::size_t at = find_invalid_utf8(text);
        const std::size_t line = first_line - 1 + line_of(text, at == std::string_view::npos ? 0 : at);
        if (has_line) *has_line = true;
        return "line " + std::to_string(line) + ": invalid UTF-8 (byte offset " + std::to_string(at) + ")";
    }
    return {};
}

struct entry {
    std::string path;
    input_format format = input_format::text;
};

} // namespace

input_format input_format_for(std::string_view path, const input_options& options) {
    if (options.format == "text") return input_format::text;
    if (options.format == "jsonl" || options.format == "ndjson") return input_format::jsonl;
    if (options.format == "csv") return input_format::csv;
    if (options.format != "auto" && !options.format.empty())
        throw error(exit_code::usage, "unknown input format '" + options.format + "' (auto, text, jsonl, csv)");
    std::string_view p = path;
    if (ends_with(p, ".gz")) p.remove_suffix(3);
    if (ends_with(p, ".jsonl") || ends_with(p, ".ndjson")) return input_format::jsonl;
    if (ends_with(p, ".csv")) return input_format::csv;
    return input_format::text;
}

struct document_reader::impl {
    input_options options;
    warning_sink warn;
    std::vector<entry> entries;
    std::size_t next_entry = 0;
    std::optional<std::uint64_t> total;
    std::uint64_t finished_bytes = 0;  // bytes of inputs already closed
    std::size_t skipped = 0;
    std::size_t emitted = 0;

    // The open input.
    std::unique_ptr<detail::byte_stream> stream;
    std::unique_ptr<detail::line_reader> lines;
    std::unique_ptr<detail::csv_reader> csv;
    entry current;
    bool saw_document = false;  // for "empty file"
    std::size_t csv_row = 0;
    std::size_t csv_columns = 0;
    std::size_t csv_text = 0;
    std::optional<std::size_t> csv_id;
    std::vector<std::string> fields;
    std::string row_origin;
    std::string problem;
    simdjson::dom::parser json;

    void expand(const std::string& path) {
        if (path == "-") {
            entries.push_back({path, input_format_for(path, options)});
            total.reset();
            return;
        }
        std::error_code ec;
        const fs::file_status st = fs::status(path, ec);
        if (ec || !fs::exists(st)) {
            bad_file(path, "no such file or directory");
            return;
        }
        if (fs::is_directory(st)) {
            std::vector<std::string> found;
            for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
                if (it->is_regular_file(ec) && it->path().extension() == ".txt") found.push_back(it->path().string());
            }
            if (ec) {
                bad_file(path, "cannot list directory: " + ec.message());
                return;
            }
            if (found.empty()) {
                bad_file(path, "directory holds no *.txt files");
                return;
            }
            std::sort(found.begin(), found.end());
            for (std::string& f : found) add_file(std::move(f));
            return;
        }
        add_file(path);
    }

    void add_file(std::string path) {
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        if (ec || !fs::is_regular_file(path)) total.reset();
        else if (total) *total += size;
        const input_format f = input_format_for(path, options);
        entries.push_back({std::move(path), f});
    }

    /// A problem with a whole input: fatal, or skipped with a warning.
    void bad_file(const std::string& name, const std::string& what) {
        const std::string message = name + ": " + what;
        if (!options.skip_bad) throw error(exit_code::bad_input, message);
        ++skipped;
        if (warn) warn("skipped " + message);
    }

    /// A problem with one document (a line or row): fatal, or skipped with a warning.
    void bad_document(const std::string& origin, const std::string& what) {
        const std::string message = origin + ": " + what;
        if (!options.skip_bad) throw error(exit_code::bad_input, message);
        ++skipped;
        if (warn) warn("skipped " + message);
    }

    void close() {
        if (stream) finished_bytes += stream->consumed();
        csv.reset();
        lines.reset();
        stream.reset();
    }

    [[nodiscard]] std::string name() const { return current.path == "-" ? "<stdin>" : current.path; }
    [[nodiscard]] std::string_view name_view() const {
        return current.path == "-" ? std::string_view("<stdin>") : std::string_view(current.path);
    }
    /// "name:number" into `out`, reusing its storage (this runs for every document).
    void set_origin(std::string& out, std::size_t number) const {
        out.assign(name_view());
        out.push_back(':');
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, number);
        out.append(buf, r.ptr);
    }
    [[nodiscard]] std::string origin_of(std::size_t number) const {
        std::string out;
        set_origin(out, number);
        return out;
    }

    bool open_next() {
        while (next_entry < entries.size()) {
            current = entries[next_entry++];
            try {
                stream = std::make_unique<detail::byte_stream>(current.path);
            } catch (const error& e) {
                if (!options.skip_bad) throw;
                ++skipped;
                if (warn) warn(std::string("skipped ") + e.what());
                continue;
            }
            saw_document = false;
            if (current.format == input_format::jsonl) lines = std::make_unique<detail::line_reader>(*stream);
            if (current.format == input_format::csv) {
                csv = std::make_unique<detail::csv_reader>(*stream);
                if (!read_csv_header()) {
                    close();
                    continue;
                }
            }
            return true;
        }
        return false;
    }

    // --- plain text: the whole input is one document ---------------------------------------------------
    bool read_text(document& doc) {
        doc.text.clear();
        char buf[1 << 16];
        for (;;) {
            const std::size_t n = stream->read(buf, sizeof buf);
            if (n == 0) break;
            doc.text.append(buf, n);
        }
        std::string_view text = doc.text;
        if (text.substr(0, 3) == utf8_bom) doc.text.erase(0, 3);
        const std::string n = name();
        if (doc.text.empty()) {
            bad_file(n, "empty file");
            return false;
        }
        if (std::string p = check_text(doc.text, 1); !p.empty()) {
            bad_file(n, p);
            return false;
        }
        doc.id = current.path == "-" ? "stdin" : current.path;
        doc.origin = n;
        return true;
    }

    // --- JSON Lines -----------------------------------------------------------------------------------
    static bool blank(std::string_view line) {
        return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
    }

    /// One JSON Lines document; false at the end of the input.
    bool read_jsonl(document& doc) {
        std::string_view line;
        while (lines->next(line)) {
            const std::size_t number = lines->line_number();
            if (number == 1 && line.substr(0, 3) == utf8_bom) line.remove_prefix(3);
            if (blank(line)) continue;
            saw_document = true;
            if (parse_json_line(line, number, doc)) return true;
        }
        if (!saw_document) bad_file(name(), "empty file (no JSON lines)");
        return false;
    }

    bool parse_json_line(std::string_view line, std::size_t number, document& doc) {
        // the "file:line" of messages, built only for one
        auto bad = [&](const std::string& what) { bad_document(origin_of(number), what); };
        simdjson::dom::element root;
        // parsed in place, without simdjson's copy of the line: line_reader keeps enough readable bytes after
        // every line
        static_assert(detail::line_reader::padding >= simdjson::SIMDJSON_PADDING);
        if (const auto err = json.parse(line.data(), line.size(), false).get(root)) {
            if (err == simdjson::UTF8_ERROR) {
                const std::size_t at = find_invalid_utf8(line);
                bad("invalid UTF-8 (byte " + std::to_string(at == std::string_view::npos ? 0 : at + 1) +
                                         " of the line)");
            } else {
                bad(std::string("malformed JSON: ") + simdjson::error_message(err));
            }
            return false;
        }
        simdjson::dom::object object;
        if (root.get(object)) {
            bad("malformed JSON line: not an object");
            return false;
        }
        simdjson::dom::element text;
        if (object[options.text_field].get(text)) {
            bad("missing text field '" + options.text_field + "'");
            return false;
        }
        if (text.is_null()) {
            doc.text.clear();  // e.g. Reuters-21578 BRIEF stories: title only, "body": null
        } else if (std::string_view s; !text.get(s)) {
            doc.text.assign(s);
        } else {
            bad("text field '" + options.text_field + "' is not a string");
            return false;
        }
        if (std::memchr(doc.text.data(), '\0', doc.text.size())) {
            bad("text field '" + options.text_field + "' contains a NUL character");
            return false;
        }
        simdjson::dom::element id;
        if (object[options.id_field].get(id)) {
            if (options.require_id) {
                bad("missing id field '" + options.id_field + "'");
                return false;
            }
            set_origin(doc.id, number);
        } else if (!json_id(id, doc.id)) {
            bad("id field '" + options.id_field + "' is not a string or a number");
            return false;
        }
        set_origin(doc.origin, number);
        return true;
    }

    /// A JSON id as a string: strings as they are, integers in decimal (Reuters-21578's numeric `newid`).
    static bool json_id(const simdjson::dom::element& id, std::string& out) {
        std::string_view s;
        if (!id.get(s)) {
            out.assign(s);
            return true;
        }
        std::int64_t i = 0;
        std::uint64_t u = 0;
        double d = 0;
        char buf[32];
        if (!id.get(i)) {
            const auto r = std::to_chars(buf, buf + sizeof buf, i);
            out.assign(buf, r.ptr);
            return true;
        }
        if (!id.get(u)) {
            const auto r = std::to_chars(buf, buf + sizeof buf, u);
            out.assign(buf, r.ptr);
            return true;
        }
        if (!id.get(d)) {
            const auto r = std::to_chars(buf, buf + sizeof buf, d);
            out.assign(buf, r.ptr);
            return true;
        }
        return false;
    }

    // --- CSV ------------------------------------------------------------------------------------------
    bool read_csv_header() {
        if (!csv->next(fields, problem)) {
            bad_file(name(), "empty file");
            return false;
        }
        if (!problem.empty()) {
            bad_file(name() + ":1", "malformed CSV header: " + problem);
            return false;
        }
        if (!fields.empty() && fields[0].substr(0, 3) == utf8_bom) fields[0].erase(0, 3);
        csv_columns = fields.size();
        csv_row = 0;
        csv_id.reset();
        bool have_text = false;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (!have_text && fields[i] == options.text_field) {
                csv_text = i;
                have_text = true;
            }
            if (!csv_id && fields[i] == options.id_field) csv_id = i;
        }
        if (!have_text) {
            bad_file(name() + ":1", "no column '" + options.text_field + "' in the CSV header");
            return false;
        }
        if (!csv_id && options.require_id) {
            bad_file(name() + ":1", "no column '" + options.id_field + "' in the CSV header");
            return false;
        }
        return true;
    }

    bool read_csv(document& doc) {
        while (csv->next(fields, problem)) {
            ++csv_row;
            set_origin(row_origin, csv->record_line());  // reused: no allocation per row
            const std::string& origin = row_origin;
            if (fields.size() == 1 && fields[0].empty() && problem.empty()) {
                --csv_row;  // a blank line
                continue;
            }
            saw_document = true;
            if (!problem.empty()) {
                bad_document(origin, "malformed CSV row: " + problem);
                continue;
            }
            if (fields.size() != csv_columns) {
                bad_document(origin, "row has " + std::to_string(fields.size()) + " fields, the header has " +
                                         std::to_string(csv_columns));
                continue;
            }
            std::string& text = fields[csv_text];
            if (std::string p = check_text(text, csv->record_line()); !p.empty()) {
                bad_document(name(), p);
                continue;
            }
            if (csv_id) {
                const std::string& id = fields[*csv_id];
                if (id.empty()) {
                    bad_document(origin, "empty id field '" + options.id_field + "'");
                    continue;
                }
                if (std::string p = check_text(id, csv->record_line()); !p.empty()) {
                    bad_document(name(), p);
                    continue;
                }
                doc.id = id;
            } else {
                doc.id = name() + ":" + std::to_string(csv_row);
            }
            doc.text.swap(text);
            doc.origin = origin;
            return true;
        }
        if (!saw_document) bad_file(name(), "no data rows after the CSV header");
        return false;
    }
};

document_reader::document_reader(std::vector<std::string> paths, input_options options, warning_sink warn)
    : impl_(std::make_unique<impl>()) {
    impl_->options = std::move(options);
    impl_->warn = std::move(warn);
    impl_->total = 0;
    (void)input_format_for("", impl_->options);  // reject an unknown format name before reading anything
    if (paths.empty()) paths.emplace_back("-");
    for (const std::string& p : paths) impl_->expand(p);
}

document_reader::~document_reader() = default;
document_reader::document_reader(document_reader&&) noexcept = default;
document_reader& document_reader::operator=(document_reader&&) noexcept = default;

bool document_reader::next(document& doc) {
    impl& d = *impl_;
    for (;;) {
        if (!d.stream && !d.open_next()) return false;
        bool got = false;
        try {
            switch (d.current.format) {
            case input_format::text:
                got = d.read_text(doc);
                d.close();  // one document per file, good or bad
                break;
            case input_format::jsonl: got = d.read_jsonl(doc); break;
            case input_format::csv: got = d.read_csv(doc); break;
            }
        } catch (const error& e) {
            // A failure of the input itself (read error, corrupt gzip): fatal, or skip the rest of the file.
            d.close();
            if (!d.options.skip_bad || e.code() != exit_code::bad_input) throw;
            ++d.skipped;
            if (d.warn) d.warn(std::string("skipped the rest of ") + e.what());
            continue;
        }
        if (got) {
            doc.index = d.emitted++;
            return true;
        }
        d.close();
    }
}

std::size_t document_reader::skipped() const noexcept { return impl_->skipped; }
std::size_t document_reader::documents() const noexcept { return impl_->emitted; }
std::uint64_t document_reader::bytes_read() const noexcept {
    return impl_->finished_bytes + (impl_->stream ? impl_->stream->consumed() : 0);
}
std::optional<std::uint64_t> document_reader::bytes_total() const noexcept { return impl_->total; }

void read_documents(const std::vector<std::string>& paths, const input_options& options, const document_sink& sink,
                    const warning_sink& warn) {
    document_reader reader(paths, options, warn);
    document doc;
    while (reader.next(doc)) sink(std::move(doc));
}

} // namespace claimgraph
