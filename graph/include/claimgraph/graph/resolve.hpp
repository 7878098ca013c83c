#pragma once
/// \file
/// Speaker resolution within one document: name variants, titles and appositives into roles, pronouns and
/// nominals ("he", "the official") to the most recent compatible speaker. Fills `canonical` (and `roles`,
/// `type` where learned) of each attribution; the mentions themselves stay as written.
///
///     auto found = claimgraph::extract("seed", text);
///     claimgraph::resolve_speakers(found);
///     // "Krutskikh said" -> canonical "Andrey Krutskikh"; "he said" after Bossert -> "Thomas Bossert"

#include <claimgraph/core/attribution.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// Resolves the speakers of one document in place.
void resolve_speakers(document_attributions& doc);

/// A person mention split into name and leading titles: "U.S. President Donald Trump" -> {"Donald Trump",
/// {"U.S. President"}}; "Mr. Joyce" -> {"Joyce", {}} (honorifics are dropped).
struct split_name {
    std::string name;
    std::vector<std::string> roles;
};
split_name split_person_mention(std::string_view mention);

/// The canonical name of an outlet through the alias table ("AP" and "The Associated Press" -> "AP",
/// "RIA Novosti" and "Russia's RIA news agency" -> "RIA", "NYT" -> "The New York Times"); names not in the
/// table come back trimmed, without a leading "the" or a trailing "news agency".
std::string canonical_outlet(std::string_view name);

/// The kind of outlet for a canonical outlet name ("news_agency", "newspaper", "broadcaster",
/// "social_media", "magazine", "website"), or empty when unknown.
std::string_view outlet_type(std::string_view canonical);

} // namespace claimgraph
