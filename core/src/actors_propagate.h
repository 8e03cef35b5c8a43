// One sense per document: a name the tagger found confidently at one place
// is the same name with the same type wherever else it is written in the
// document ("Whole Foods" at the start of a sentence or inside a quote, where
// the tagger alone has less to go on).
//
// Pass 1 records each tagged name (its lowercased units) with the tagger's
// confidence per type; a person's full name also vouches for its surname.
// Pass 2 tags unmarked occurrences of recorded names (longest first, names
// written with capitals only, never a word the document also writes in
// lowercase), and gives every occurrence the name's winning type.
#ifndef NEWSANN_ACTORS_PROPAGATE_H_
#define NEWSANN_ACTORS_PROPAGATE_H_

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "ner_features.h"

namespace newsann {

// A name found in one sentence: units [a, b), its type (kTagPer...) and the
// tagger's confidence (the smallest margin over its units).
struct NameRun {
  size_t a, b;
  int tag;
  float confidence;
};

// The names in a tagged sentence. Adjacent units with any name tag form one
// name ("Whole/LOC Foods/ORG" is one name, "Washington/LOC Post/ORG" too):
// its type is the one with the largest summed margin. A nationality before a
// person stays apart ("Dutch/MISC Van/PER Gaal/PER").
std::vector<NameRun> name_runs(const SentenceView& v, const std::vector<uint8_t>& tags,
                               const std::vector<float>& margin);

class NameMemory {
 public:
  // Records the names in one tagged sentence.
  void record(const SentenceView& v, const std::vector<uint8_t>& tags,
              const std::vector<float>& margin);
  // Retags the sentence: unmarked occurrences of known names, and one type
  // per name.
  void apply(const SentenceView& v, std::vector<uint8_t>* tags) const;

 private:
  struct Entry {
    std::array<float, kNerTags> votes{};
    bool complete = false;  // false: only a prefix of longer names
  };
  void add(const std::string& key, int tag, float weight);
  int best(const Entry& e) const;
  std::unordered_map<std::string, Entry> names_;
};

}  // namespace newsann

#endif  // NEWSANN_ACTORS_PROPAGATE_H_
