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
// The same into *out (reused: no allocation once it is big enough).
void name_runs(const SentenceView& v, const std::vector<uint8_t>& tags,
               const std::vector<float>& margin, std::vector<NameRun>* out);

// Whether unit i is the head of "the Obama administration", "the Assad
// regime": a person's government (an organisation named after a person).
inline bool heads_a_government(const SentenceView& v, size_t i) {
  if (i >= v.units.size()) return false;
  const std::string_view w = v.info[i].low;
  return w == "administration" || w == "government" || w == "regime" || w == "cabinet" || w == "campaign";
}

// What pass 2 needs of a unit, kept from pass 1 so that only sentences whose
// tags change are analysed again.
struct UnitKey {
  uint64_t key = 0;  // Gazetteer::word_key of the lowercased unit
  uint8_t flags = 0; // kKeyUpper | kKeyWord | kKeySeenLower
};
enum : uint8_t { kKeyUpper = 1, kKeyWord = 2, kKeySeenLower = 4 };
inline UnitKey unit_key(const SentenceView& v, size_t i) {
  UnitKey k;
  k.key = v.info[i].key;
  const Unit& u = v.units[i];
  if (u.has(kUnitHasUpper)) k.flags |= kKeyUpper;
  if (u.has(kUnitWord)) k.flags |= kKeyWord;
  if (v.info[i].docflags & 1) k.flags |= kKeySeenLower;
  return k;
}

class NameMemory {
 public:
  // Records the names in one tagged sentence.
  void record(const SentenceView& v, const std::vector<uint8_t>& tags,
              const std::vector<float>& margin);
  // Retags one sentence (its n units and tags): unmarked occurrences of known
  // names, and one type per name. Returns whether any tag changed.
  bool apply(const UnitKey* units, size_t n, uint8_t* tags) const;

 private:
  struct Entry {
    std::array<float, kNerTags> votes{};
    bool complete = false;  // false: only a prefix of longer names
  };
  static uint64_t extend(uint64_t h, uint64_t unit) { return (h ^ unit) * 0x9E3779B97F4A7C15ull + 1; }
  void add(uint64_t key, int tag, float weight);
  int best(const Entry& e) const;

  // Names by key: open addressing in one flat array (lookups only, never
  // iterated, so the layout cannot change any result).
  struct Slot {
    uint64_t key = 0;
    bool used = false;
    Entry entry;
  };
  const Entry* find(uint64_t key) const;
  Entry& get(uint64_t key);  // inserted (default) when new
  std::vector<Slot> slots_;
  size_t size_ = 0;
  std::vector<NameRun> runs_;  // scratch for record()
};

}  // namespace newsann

#endif  // NEWSANN_ACTORS_PROPAGATE_H_
