// Links claim sources to actor mentions.
//
// A named source ("Press secretary of the Polish border service Anna
// Mikhalska") is linked to the actor mention inside it that names who spoke:
// the one ending last (English puts the head last), a person before others.
//
// A pronoun source ("he said") gets a mention of its own, appended to the
// mentions, with `antecedent` set to what it most plausibly points back to:
// the source of a recent claim of a compatible kind (he/she: a person;
// they: a group or organisation; it: an organisation or place), else the
// nearest earlier compatible mention, looking back at most three paragraphs.
// link_entities() (entities.h) then gives it its antecedent's entity.
#ifndef NEWSANN_CLAIMS_SOURCES_H_
#define NEWSANN_CLAIMS_SOURCES_H_

#include <vector>

#include "annotation.h"
#include "claims_context.h"
#include "claims_frames.h"

namespace newsann::claims {

class MentionIndex {
 public:
  explicit MentionIndex(const std::vector<Mention>& mentions);
  // The named (non-pronoun) mention that best stands for the phrase at bytes
  // [b, e), or -1.
  int named_in(uint32_t b, uint32_t e) const;
  // The last named mention of one of `types` that starts in [b, e), or -1.
  int last_of(uint32_t b, uint32_t e, bool (*accept)(ActorType)) const;

 private:
  const std::vector<Mention>& mentions_;
  std::vector<int> by_start_;  // mention indices ordered by start byte
};

// Sets Candidate::mention for every candidate with a source, appending a
// pronoun mention for each pronoun source. `cands` are in any order; they
// are visited in reading order.
void link_sources(const Context& c, std::vector<Candidate>& cands, std::vector<Mention>& mentions);

// Byte span of a token range.
ByteSpan bytes_of(const Context& c, TokRange r);

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_SOURCES_H_
