// Headlines that name their speaker: "Pence: Gennifer Flowers Won't Be at
// Debate", "Sanders: Clinton needs to ...", "Poll: Clinton and Trump in dead
// heat". A short paragraph that opens with a speaker and a colon attributes
// the rest to the speaker; the colon is the cue.
//
// The speaker is a person or organisation: the actor mention found there,
// or, when the tagger left the label untagged (a headline's lone surname
// often is), a new mention of the type the article gives the same name, or
// the surname of a person it names, elsewhere; or a document noun ("Poll",
// "Report"). Not a place ("Oregon:"), a label ("The Latest:", "Q:",
// "Correction:"), a line of names ("Analysis: Jon Sopel, BBC News,
// Washington": what follows the colon needs a lowercase word), nor a point
// of a list of labelled paragraphs (a police log's "Victor N. Burton:
// Dealing in methamphetamine, ...").
#ifndef NEWSANN_CLAIMS_HEADLINES_H_
#define NEWSANN_CLAIMS_HEADLINES_H_

#include <vector>

#include "annotation.h"
#include "claims_context.h"
#include "claims_frames.h"
#include "claims_sources.h"

namespace newsann::claims {

// Label lookups among the article's names per document: each walks all its
// mentions, so that a page of labels costs at most this many walks.
constexpr int kMaxHeadlineLookups = 8;

// The claim of paragraph p if it is such a headline (true, *out set). May
// append the speaker's mention to `mentions` (and then sets out->mention);
// a lookup among the article's names spends one of *lookups_left.
bool labelled_headline(const Context& c, uint32_t p, const MentionIndex& index, std::vector<Mention>& mentions,
                       int* lookups_left, Candidate* out);

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_HEADLINES_H_
