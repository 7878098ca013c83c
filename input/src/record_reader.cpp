// Records back into document_attributions: each line is parsed with the simdjson DOM parser; an assembler
// groups consecutive lines of one document and closes it at a document record or a change of `doc`.
#include "byte_stream.hpp"

#include <claimgraph/core/error.hpp>
#include <claimgraph/input/record_reader.hpp>

#include <simdjson.h>

#include <deque>
#include <optional>

namespace claimgraph {
namespace {

namespace dom = simdjson::dom;

struct bad_record {
    std::string what;
};

std::string get_string(const dom::object& o, std::string_view key, bool required = false) {
    dom::element e;
    if (o[key].get(e)) {
        if (required) throw bad_record{"missing field '" + std::string(key) + "'"};
        return {};
    }
    if (e.is_null()) {
        if (required) throw bad_record{"field '" + std::string(key) + "' is null"};
        return {};
    }
    std::string_view s;
    if (e.get(s)) throw bad_record{"field '" + std::string(key) + "' is not a string"};
    return std::string(s);
}

std::size_t get_offset(const dom::object& o, std::string_view key) {
    std::uint64_t v = 0;
    if (o[key].get(v)) throw bad_record{"field '" + std::string(key) + "' is not a non-negative integer"};
    return static_cast<std::size_t>(v);
}

std::optional<mention> get_mention(const dom::object& o, std::string_view key, bool required = false) {
    dom::element e;
    if (o[key].get(e) || e.is_null()) {
        if (required) throw bad_record{"missing field '" + std::string(key) + "'"};
        return std::nullopt;
    }
    dom::object m;
    if (e.get(m)) throw bad_record{"field '" + std::string(key) + "' is not an object"};
    mention out;
    out.text = get_string(m, "text", true);
    out.begin = get_offset(m, "begin");
    out.end = get_offset(m, "end");
    if (out.end < out.begin) throw bad_record{"field '" + std::string(key) + "' ends before it begins"};
    return out;
}

template <class Enum, class Parse>
Enum get_enum(const dom::object& o, std::string_view key, Enum fallback, Parse parse) {
    const std::string s = get_string(o, key);
    if (s.empty()) return fallback;
    const std::optional<Enum> v = parse(s);
    if (!v) throw bad_record{"unknown " + std::string(key) + " '" + s + "'"};
    return *v;
}

/// Groups parsed lines into documents.
class assembler {
public:
    /// Parses one line; completed documents are queued.
    void line(std::string_view text) {
        dom::element root;
        if (const auto err = parser_.parse(text.data(), text.size()).get(root))
            throw bad_record{std::string("malformed JSON: ") + simdjson::error_message(err)};
        dom::object o;
        if (root.get(o)) throw bad_record{"not a JSON object"};
        std::string doc = get_string(o, "doc", true);
        const std::string kind = get_string(o, "record");
        const std::string publisher = get_string(o, "publisher");
        const text_form form = get_enum(o, "mode", text_form::raw, parse_text_form);
        if (kind == "document") {
            document_attributions d;
            if (open_ && open_->doc == doc) {
                d = std::move(*open_);
                open_.reset();
            } else {
                flush();
                d.doc = std::move(doc);
            }
            d.publisher = publisher;
            d.form = form;
            std::uint64_t count = 0;
            if (!o["attributions"].get(count) && count != d.items.size())
                throw bad_record{"document record counts " + std::to_string(count) + " attributions, " +
                                 std::to_string(d.items.size()) + " precede it"};
            dom::array diags;
            if (!o["diagnostics"].get(diags)) {
                for (dom::element e : diags) {
                    dom::object diag;
                    if (e.get(diag)) throw bad_record{"a diagnostic is not an object"};
                    d.diagnostics.push_back({get_offset(diag, "offset"), get_string(diag, "message")});
                }
            }
            done_.push_back(std::move(d));
            return;
        }
        if (!kind.empty() && kind != "attribution") throw bad_record{"unknown record kind '" + kind + "'"};

        attribution a;
        a.speaker = get_mention(o, "speaker");
        a.canonical = get_string(o, "canonical");
        a.type = get_enum(o, "speaker_type", speaker_type::unknown, parse_speaker_type);
        dom::array roles;
        if (!o["roles"].get(roles)) {
            for (dom::element e : roles) {
                std::string_view s;
                if (e.get(s)) throw bad_record{"a role is not a string"};
                a.roles.emplace_back(s);
            }
        }
        a.cue = get_mention(o, "cue");
        a.cue_type = get_enum(o, "cue_class", cue_class::speech, parse_cue_class);
        a.content = *get_mention(o, "content", true);
        a.kind = get_enum(o, "kind", attribution_kind::indirect, parse_attribution_kind);
        a.outlet = get_string(o, "outlet");
        a.cited_by = get_string(o, "cited_by");
        dom::element cont;
        if (!o["continues"].get(cont) && !cont.is_null()) {
            std::uint64_t v = 0;
            if (cont.get(v)) throw bad_record{"field 'continues' is not a non-negative integer"};
            a.continues = static_cast<std::size_t>(v);
        }

        if (open_ && open_->doc != doc) flush();
        // A later piece names an earlier line of its own document (records are written in item order).
        if (a.continues && *a.continues >= (open_ ? open_->items.size() : 0))
            throw bad_record{"field 'continues' (" + std::to_string(*a.continues) +
                             ") names no earlier attribution of document '" + doc + "'"};
        if (!open_) {
            open_.emplace();
            open_->doc = std::move(doc);
            open_->publisher = publisher;
            open_->form = form;
        }
        open_->items.push_back(std::move(a));
    }

    /// Closes the open document (at a change of `doc` or the end of input).
    void flush() {
        if (open_) done_.push_back(std::move(*open_));
        open_.reset();
    }

    bool pop(document_attributions& out) {
        if (done_.empty()) return false;
        out = std::move(done_.front());
        done_.pop_front();
        return true;
    }

private:
    dom::parser parser_;
    std::optional<document_attributions> open_;
    std::deque<document_attributions> done_;
};

bool blank(std::string_view line) {
    for (const char c : line)
        if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
}

} // namespace

struct record_reader::impl {
    std::vector<std::string> paths;
    bool skip_bad = false;
    warning_sink warn;
    std::size_t next_path = 0;
    std::size_t skipped = 0;
    std::unique_ptr<detail::byte_stream> stream;
    std::unique_ptr<detail::line_reader> lines;
    assembler assemble;

    void bad(const std::string& message) {
        if (!skip_bad) throw error(exit_code::bad_input, message);
        ++skipped;
        if (warn) warn("skipped " + message);
    }
};

record_reader::record_reader(std::vector<std::string> paths, bool skip_bad, warning_sink warn)
    : impl_(std::make_unique<impl>()) {
    if (paths.empty()) paths.emplace_back("-");
    impl_->paths = std::move(paths);
    impl_->skip_bad = skip_bad;
    impl_->warn = std::move(warn);
}

record_reader::~record_reader() = default;
record_reader::record_reader(record_reader&&) noexcept = default;
record_reader& record_reader::operator=(record_reader&&) noexcept = default;

bool record_reader::next(document_attributions& doc) {
    impl& d = *impl_;
    for (;;) {
        if (d.assemble.pop(doc)) return true;
        if (!d.lines) {
            if (d.next_path == d.paths.size()) {
                d.assemble.flush();
                return d.assemble.pop(doc);
            }
            const std::string& path = d.paths[d.next_path++];
            try {
                d.stream = std::make_unique<detail::byte_stream>(path);
            } catch (const error& e) {
                d.bad(e.what());
                continue;
            }
            d.lines = std::make_unique<detail::line_reader>(*d.stream);
        }
        std::string_view line;
        bool got = false;
        try {
            got = d.lines->next(line);
        } catch (const error& e) {
            d.lines.reset();
            d.stream.reset();
            d.bad(e.what());
            continue;
        }
        if (!got) {
            // Documents never span files: a shard's last document ends with its file.
            d.assemble.flush();
            d.lines.reset();
            d.stream.reset();
            continue;
        }
        if (blank(line)) continue;
        try {
            d.assemble.line(line);
        } catch (const bad_record& b) {
            d.bad(d.stream->name() + ":" + std::to_string(d.lines->line_number()) + ": " + b.what);
        }
    }
}

std::size_t record_reader::skipped() const noexcept { return impl_->skipped; }

std::vector<document_attributions> parse_records(std::string_view jsonl, std::string_view name) {
    std::vector<document_attributions> out;
    assembler assemble;
    document_attributions doc;
    std::size_t number = 0;
    while (!jsonl.empty()) {
        const std::size_t nl = jsonl.find('\n');
        std::string_view line = jsonl.substr(0, nl);
        jsonl.remove_prefix(nl == std::string_view::npos ? jsonl.size() : nl + 1);
        ++number;
        if (blank(line)) continue;
        try {
            assemble.line(line);
        } catch (const bad_record& b) {
            throw error(exit_code::bad_input, std::string(name) + ":" + std::to_string(number) + ": " + b.what);
        }
        while (assemble.pop(doc)) out.push_back(std::move(doc));
    }
    assemble.flush();
    while (assemble.pop(doc)) out.push_back(std::move(doc));
    return out;
}

} // namespace claimgraph
