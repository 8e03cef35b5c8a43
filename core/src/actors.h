// Actors: mentions of people, organisations, places and groups.
//
// What counts, and the span of each: ../shared/eval/GUIDELINES.md. Titles are
// outside a person's span ("President Barack Obama" -> "Barack Obama"); a
// group keeps its adjectives but not determiners or quantities
// ("some migrants" -> "migrants"). Pronouns are not found here: claims.cc
// adds the pronouns that are sources of claims.
#ifndef NEWSANN_ACTORS_H_
#define NEWSANN_ACTORS_H_

#include <vector>

#include "annotation.h"
#include "text.h"

namespace newsann {

// All actor mentions in reading order, none overlapping, none across a
// paragraph. entity is left -1 (link_entities sets it).
std::vector<Mention> find_actors(const Text& text);

}  // namespace newsann

#endif  // NEWSANN_ACTORS_H_
