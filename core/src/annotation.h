// What the recognizers produce, in UTF-8 byte offsets into Text::s.
// annotate.cc runs them in order, links entities, and converts the result
// into the public Document (UTF-16 offsets).
//
// Pipeline (annotate.cc):
//   Text text(s);                                  text.h: tokens, sentences, paragraphs
//   figures  = find_figures(text, date)            figures.h
//   mentions = find_actors(text)                   actors.h: named actors and groups
//   claims   = find_claims(text, mentions)         claims.h: may add pronoun mentions
//   entities = link_entities(text, mentions)       entities.h: one entity per referent
#ifndef NEWSANN_ANNOTATION_H_
#define NEWSANN_ANNOTATION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsann/newsann.h"

namespace newsann {

struct ByteSpan {
  uint32_t b = 0, e = 0;
  bool empty() const { return e <= b; }
  bool operator==(const ByteSpan& o) const { return b == o.b && e == o.e; }
};

struct Mention {
  ByteSpan span;
  ActorType type = ActorType::kPerson;
  bool pronoun = false;
  int entity = -1;  // set by link_entities: index into entities
  // Set by claims for a pronoun source: the mention it refers to (-1: none).
  int antecedent = -1;
  // Set by find_actors for a name whose type a rule is sure of: a team the
  // results rules typed ("BALTIMORE 70 63 .526"), an organisation whatever
  // the same name is elsewhere in the document (the city in the dateline);
  // a person after an honorific ("Mr. Manafort"). It keeps its type.
  bool settled = false;
};

struct FigureMention {
  ByteSpan span;
  FigureKind kind = FigureKind::kCount;
  FigureValue value;
};

struct ClaimMention {
  ClaimKind kind = ClaimKind::kIndirect;
  std::optional<ByteSpan> source;
  int source_mention = -1;  // index into mentions: the actor the source names
  std::optional<ByteSpan> cue;
  ByteSpan content;
};

struct EntityInfo {
  std::string name;
  ActorType type = ActorType::kPerson;
  std::vector<int> mentions;  // indices into mentions, reading order
};

}  // namespace newsann

#endif  // NEWSANN_ANNOTATION_H_
