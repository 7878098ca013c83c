#pragma once
// Text clean-up shared by the exporters: valid UTF-8 without control characters, label wrapping.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::detail {

/// `s` as valid UTF-8: invalid sequences become U+FFFD; control characters (which XML 1.0 cannot carry and
/// viewers choke on) become a space, except tab and newline when `keep_lines`.
std::string clean_utf8(std::string_view s, bool keep_lines = false);

/// What append_clean_utf8() writes for each ASCII byte: control characters become a space (tab and newline
/// are kept when `keep_lines`); set() adds escapes ("&" -> "&amp;").
struct ascii_rewrite {
    explicit ascii_rewrite(bool keep_lines);
    ascii_rewrite& set(char c, std::string_view with);

    std::array<std::string_view, 128> replacement{};  ///< empty: the byte itself
    std::array<bool, 256> plain{};                    ///< ASCII bytes copied as they are
};

/// Appends `s` to `out` as valid UTF-8 (invalid sequences become U+FFFD, C1 controls a space), ASCII bytes
/// rewritten by `ascii`; one pass, runs of plain bytes copied at once.
void append_clean_utf8(std::string& out, std::string_view s, const ascii_rewrite& ascii);

/// Number of code points (for wrapping; assumes valid UTF-8).
std::size_t utf8_length(std::string_view s) noexcept;

/// Wraps `s` at spaces into lines of about `width` code points joined by `separator`; at most `max_lines`
/// lines, the last one ending in an ellipsis when text was cut.
std::string wrap(std::string_view s, std::size_t width, std::size_t max_lines, std::string_view separator);

} // namespace claimgraph::detail
