#include <claimgraph/core/attribution.hpp>

#include <array>
#include <utility>

namespace claimgraph {
namespace {

template <typename Enum, std::size_t N>
using name_table = std::array<std::pair<Enum, std::string_view>, N>;

constexpr name_table<speaker_type, 7> speaker_type_names{{
    {speaker_type::person, "person"},
    {speaker_type::organization, "organization"},
    {speaker_type::group, "group"},
    {speaker_type::anonymous, "anonymous"},
    {speaker_type::outlet, "outlet"},
    {speaker_type::pronoun, "pronoun"},
    {speaker_type::unknown, "unknown"},
}};

constexpr name_table<attribution_kind, 3> kind_names{{
    {attribution_kind::direct, "direct"},
    {attribution_kind::indirect, "indirect"},
    {attribution_kind::mixed, "mixed"},
}};

constexpr name_table<cue_class, 9> cue_class_names{{
    {cue_class::speech, "speech"},
    {cue_class::opinion, "opinion"},
    {cue_class::according_to, "according_to"},
    {cue_class::citing, "citing"},
    {cue_class::report, "report"},
    {cue_class::written, "written"},
    {cue_class::none, "none"},
    {cue_class::stance, "stance"},
    {cue_class::intention, "intention"},
}};

constexpr name_table<text_form, 2> form_names{{
    {text_form::raw, "raw"},
    {text_form::normalized, "normalized"},
}};

template <typename Enum, std::size_t N>
std::string_view name_of(const name_table<Enum, N>& table, Enum value) noexcept {
    for (const auto& [e, name] : table)
        if (e == value) return name;
    return "unknown";
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(const name_table<Enum, N>& table, std::string_view name) noexcept {
    for (const auto& [e, n] : table)
        if (n == name) return e;
    return std::nullopt;
}

} // namespace

std::string_view to_string(speaker_type v) noexcept { return name_of(speaker_type_names, v); }
std::string_view to_string(attribution_kind v) noexcept { return name_of(kind_names, v); }
std::string_view to_string(cue_class v) noexcept { return name_of(cue_class_names, v); }
std::string_view to_string(text_form v) noexcept { return name_of(form_names, v); }

std::optional<speaker_type> parse_speaker_type(std::string_view s) noexcept { return value_of(speaker_type_names, s); }
std::optional<attribution_kind> parse_attribution_kind(std::string_view s) noexcept { return value_of(kind_names, s); }
std::optional<cue_class> parse_cue_class(std::string_view s) noexcept { return value_of(cue_class_names, s); }
std::optional<text_form> parse_text_form(std::string_view s) noexcept { return value_of(form_names, s); }

} // namespace claimgraph
