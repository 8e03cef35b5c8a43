// Actors: mentions of people, organisations, places and groups.
//
// What counts, and the span of each: ../shared/eval/GUIDELINES.md. Titles are
// outside a person's span ("President Barack Obama" -> "Barack Obama"); a
// group keeps its adjectives but not determiners or quantities
// ("some migrants" -> "migrants"). Pronouns are not found here: claims.cc
// adds the pronouns that are sources of claims.
//
// How (files):
//   ner_units       the words the tagger sees ("U.S.", "al-Qaeda", "G7")
//   ner_gazetteer   what the lexicons say about a word or phrase
//   ner_features    the tagger's features, shared with tools/train_ner.cc
//   ner_tagger      averaged-perceptron name tagger (model: lexicons/ner_model.txt)
//   actors.cc       names from the tagger, shaped by rules (titles, "Polish
//                   authorities", teams in results lines, places and
//                   organisations the lexicons know)
//   actors_propagate  one sense per document: a name found once is found again
//   actors_groups   unnamed collectives ("Polish border guards")
// Time is linear in the text: per sentence, a bounded window around each
// unit; per document, hash maps keyed by names.
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
