#include <claimgraph/export/records.hpp>

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace claimgraph {

void append_json_string(std::string& out, std::string_view text) {
    out.push_back('"');
    std::size_t run = 0;  // start of the bytes not yet copied: copied in one go up to the next escape
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Fast path: skip 8 plain bytes at a time (no control byte, quote or backslash among them).
        while (i + 8 <= text.size()) {
            std::uint64_t v;
            std::memcpy(&v, text.data() + i, 8);
            constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
            const std::uint64_t ctrl = (v - ones * 0x20) & ~v;             // high bit set where byte < 0x20
            const std::uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
            const std::uint64_t special = (ctrl | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs;
            if (special) {
                // The lowest flagged byte is always a real one (borrows only run upwards): go straight to it.
                if constexpr (std::endian::native == std::endian::little)
                    i += static_cast<std::size_t>(std::countr_zero(special) >> 3);
                break;
            }
            i += 8;
        }
        if (i >= text.size()) break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        }
        }
    }
    out.append(text.data() + run, text.size() - run);
    out.push_back('"');
}

namespace {

void append_number(std::string& out, std::size_t n) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, r.ptr);
}

// A stable name (speaker type, kind, cue class, form): plain ASCII words that never need escaping.
void append_name(std::string& out, std::string_view name) {
    out += '"';
    out += name;
    out += '"';
}

void append_mention(std::string& out, const mention& m) {
    out += "{\"text\":";
    append_json_string(out, m.text);
    out += ",\"begin\":";
    append_number(out, m.begin);
    out += ",\"end\":";
    append_number(out, m.end);
    out += '}';
}

void append_optional_mention(std::string& out, const std::optional<mention>& m) {
    if (m)
        append_mention(out, *m);
    else
        out += "null";
}

void append_string_or_null(std::string& out, const std::string& s) {
    if (s.empty())
        out += "null";
    else
        append_json_string(out, s);
}

} // namespace

void append_records(std::string& line, const document_attributions& doc, const records_options& options) {
    // the document's own fields are the same on every record: escaped once
    std::string doc_json, publisher_json;
    append_json_string(doc_json, doc.doc);
    append_string_or_null(publisher_json, doc.publisher);
    for (const attribution& a : doc.items) {
        line += "{\"doc\":";
        line += doc_json;
        line += ",\"speaker\":";
        append_optional_mention(line, a.speaker);
        line += ",\"canonical\":";
        append_string_or_null(line, a.canonical);
        line += ",\"speaker_type\":";
        append_name(line, to_string(a.type));
        line += ",\"cue\":";
        append_optional_mention(line, a.cue);
        line += ",\"content\":";
        append_mention(line, a.content);
        line += ",\"kind\":";
        append_name(line, to_string(a.kind));
        line += ",\"outlet\":";
        append_string_or_null(line, a.outlet);
        line += ",\"cue_class\":";
        append_name(line, to_string(a.cue_type));
        line += ",\"roles\":[";
        for (std::size_t i = 0; i < a.roles.size(); ++i) {
            if (i) line += ',';
            append_json_string(line, a.roles[i]);
        }
        line += "],\"cited_by\":";
        append_string_or_null(line, a.cited_by);
        line += ",\"continues\":";
        if (a.continues)
            append_number(line, *a.continues);
        else
            line += "null";
        line += ",\"publisher\":";
        line += publisher_json;
        line += ",\"mode\":";
        append_name(line, to_string(doc.form));
        line += "}\n";
    }
    if (options.document_records) {
        line += "{\"record\":\"document\",\"doc\":";
        append_json_string(line, doc.doc);
        line += ",\"publisher\":";
        append_string_or_null(line, doc.publisher);
        line += ",\"mode\":";
        append_name(line, to_string(doc.form));
        line += ",\"attributions\":";
        append_number(line, doc.items.size());
        line += ",\"diagnostics\":[";
        for (std::size_t i = 0; i < doc.diagnostics.size(); ++i) {
            if (i) line += ',';
            line += "{\"offset\":";
            append_number(line, doc.diagnostics[i].offset);
            line += ",\"message\":";
            append_json_string(line, doc.diagnostics[i].message);
            line += '}';
        }
        line += "]}\n";
    }
}

void write_records(std::ostream& out, const document_attributions& doc, const records_options& options) {
    std::string lines;
    append_records(lines, doc, options);
    out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
}

} // namespace claimgraph
