// Groups: unnamed collectives of people ("migrants", "Polish border guards",
// "local residents"), found by their head noun (lexicon group_nouns) and
// widened over the adjectives and noun modifiers before it. Determiners,
// quantities and numbers stay outside ("some migrants" -> "migrants"), and
// so does a name before the noun ("NASA astronauts" -> "astronauts", the
// name being an actor of its own; GUIDELINES.md ruling 3).
#ifndef NEWSANN_ACTORS_GROUPS_H_
#define NEWSANN_ACTORS_GROUPS_H_

#include <vector>

#include "annotation.h"
#include "ner_features.h"

namespace newsann {

// Whether unit k can modify a following group or institution noun: a
// nationality adjective, a lowercase adjective ("armed", "local",
// "indigenous", "bikini-clad") or a common noun modifier ("border", "aid").
bool is_group_modifier(const SentenceView& v, size_t k);

// Appends the group mentions of the sentence. `taken` marks units already in
// a name; tags are the tagger's (a unit tagged MISC may still head a group:
// "Muslims", "Islamists").
void find_groups(const SentenceView& v, const std::vector<uint8_t>& tags,
                 const std::vector<char>& taken, std::vector<Mention>* out);

}  // namespace newsann

#endif  // NEWSANN_ACTORS_GROUPS_H_
