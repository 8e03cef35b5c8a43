// Attributed claims: direct quotes, reported speech and "according to"
// adjuncts, each with source, cue and content.
//
// What counts, and the extent of each span: ../shared/eval/GUIDELINES.md.
// A quote split by "he said" is two claims with one source; a quote that
// continues into a new paragraph is a new claim with the same source and no
// cue; "according to X, ..." governs the rest of its sentence.
#ifndef NEWSANN_CLAIMS_H_
#define NEWSANN_CLAIMS_H_

#include <vector>

#include "annotation.h"
#include "text.h"

namespace newsann {

// Claims in reading order of their content. A claim's source is linked to
// the actor mention it names (source_mention); where the source is a
// pronoun ("he said"), a pronoun mention is appended to `mentions` with its
// antecedent set when one is found.
std::vector<ClaimMention> find_claims(const Text& text, std::vector<Mention>& mentions);

}  // namespace newsann

#endif  // NEWSANN_CLAIMS_H_
