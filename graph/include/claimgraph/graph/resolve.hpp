#pragma once
/// \file
/// Speaker resolution within one document: name variants, titles and appositives into roles, pronouns and
/// nominals ("he", "the official") to the most recent compatible speaker. Fills `canonical` (and `roles`,
/// `type` where learned) of each attribution; the mentions themselves stay as written.

#include <claimgraph/core/attribution.hpp>

namespace claimgraph {

/// Resolves the speakers of one document in place.
void resolve_speakers(document_attributions& doc);

} // namespace claimgraph
