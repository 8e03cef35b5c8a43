// Entity linking: groups the actor mentions of one document into entities
// ("Alexander Lukashenko", "Lukashenko", "Mr Lukashenko"; "EU" and
// "European Union"; a pronoun source and its antecedent).
#ifndef NEWSANN_ENTITIES_H_
#define NEWSANN_ENTITIES_H_

#include <vector>

#include "annotation.h"
#include "text.h"

namespace newsann {

// Sets Mention::entity on every mention and returns the entities, in order
// of first mention. Each entity's name is its longest proper name.
std::vector<EntityInfo> link_entities(const Text& text, std::vector<Mention>& mentions);

}  // namespace newsann

#endif  // NEWSANN_ENTITIES_H_
