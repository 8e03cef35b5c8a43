// Features of the name tagger: what it looks at for each unit of a sentence.
//
// One extractor serves both the runtime tagger (ner_tagger.cc, which hashes
// the features) and the trainer (tools/train_ner.cc, which also keeps their
// names for the model file), so the two cannot drift apart.
//
// Tags: O, PER, ORG, LOC, MISC (IO encoding: a run of units with one tag is
// one name). Only candidate units are tagged: units with an uppercase letter,
// and connectors ("of", "the", "de", "al", "&") inside a name. Every other
// unit is O without any feature being computed, which keeps tagging cost
// proportional to the capitalised words of a text.
#ifndef NEWSANN_NER_FEATURES_H_
#define NEWSANN_NER_FEATURES_H_

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner_gazetteer.h"
#include "ner_units.h"
#include "text.h"

namespace newsann {

enum NerTag : uint8_t { kTagO = 0, kTagPer = 1, kTagOrg = 2, kTagLoc = 3, kTagMisc = 4 };
inline constexpr int kNerTags = 5;
const char* ner_tag_name(int tag);  // "O", "PER", ...

// 64-bit FNV-1a, continued over more bytes.
inline uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}
// FNV-1a of the ASCII-lowercased bytes (’ folded to ').
uint64_t hash_lower(std::string_view s);

// What the whole document says about a word: whether it also occurs written
// in lowercase ("police", "state"), and whether it occurs capitalised
// inside a sentence (a name, not just a sentence-initial capital).
class DocStats {
 public:
  explicit DocStats(const Text& text);
  bool seen_lower(uint64_t h) const { return lower_[h & kMask] && lower_[(h >> 20) & kMask]; }
  bool seen_cap_mid(uint64_t h) const { return cap_[h & kMask] && cap_[(h >> 20) & kMask]; }

 private:
  static constexpr uint64_t kBits = 1 << 18, kMask = kBits - 1;
  std::bitset<kBits> lower_, cap_;
};

// A sentence prepared for tagging: its units and what is known about each.
struct SentenceView {
  const Text* text = nullptr;
  std::vector<Unit> units;
  std::vector<std::string> low;     // lowercased unit text
  std::vector<uint32_t> gaz;        // GazClass bits of the unit's word
  std::vector<uint8_t> phrase;      // gazetteer phrase over the unit (PhraseCode)
  std::vector<uint8_t> docflags;    // 1: seen lowercase, 2: seen capitalised mid-sentence
  bool all_caps = false;            // the sentence is written in capitals (a headline)
};

void prepare_sentence(const Text& text, const Sentence& sentence, const DocStats& stats,
                      SentenceView* view);

// Whether unit i is tagged at all, given the tag of unit i-1.
bool is_candidate(const SentenceView& v, size_t i, int prev_tag);

// The features of unit i given the two previous tags. Calls
// add(template, value) once per feature; the feature's name is
// template + "=" + value.
template <class Add>
void unit_features(const SentenceView& v, size_t i, int prev, int prev2, Add&& add);

// ---- implementation details the template needs -----------------------------

std::string_view unit_shape(const SentenceView& v, size_t i, std::string* buf);
// The first / last n characters of w (whole UTF-8 sequences).
std::string_view utf8_prefix(std::string_view w, size_t n);
std::string_view utf8_suffix(std::string_view w, size_t n);
const char* phrase_code_name(uint8_t code);

template <class Add>
void unit_features(const SentenceView& v, size_t i, int prev, int prev2, Add&& add) {
  const size_t n = v.units.size();
  auto word_at = [&](long k) -> std::string_view {
    if (k < 0) return "<s>";
    if (k >= static_cast<long>(n)) return "</s>";
    return v.low[k];
  };
  const long li = static_cast<long>(i);
  std::string_view w = v.low[i];
  std::string shape_buf, tmp;
  std::string_view shape = unit_shape(v, i, &shape_buf);
  const Unit& u = v.units[i];
  const char* ac = v.all_caps ? "1" : "0";

  add("b", "");
  add("w", w);
  add("w-1", word_at(li - 1));
  add("w+1", word_at(li + 1));
  add("w-2", word_at(li - 2));
  add("w+2", word_at(li + 2));
  tmp.assign(word_at(li - 1)).append("|").append(w);
  add("w-1w", tmp);
  tmp.assign(w).append("|").append(word_at(li + 1));
  add("ww+1", tmp);
  add("sh", shape);
  tmp.assign(shape).append("|").append(ac);
  add("sh|ac", tmp);
  {
    std::string b1, b2;
    add("sh-1", li > 0 ? unit_shape(v, i - 1, &b1) : std::string_view("<s>"));
    add("sh+1", i + 1 < n ? unit_shape(v, i + 1, &b2) : std::string_view("</s>"));
  }
  if (w.size() > 3) {
    add("s3", utf8_suffix(w, 3));
    add("p3", utf8_prefix(w, 3));
  }
  if (w.size() > 2) add("s2", utf8_suffix(w, 2));
  // Where in the sentence: first word, after a quote or colon, or inside.
  const char* pos = "mid";
  if (u.has(kUnitFirst)) {
    pos = "first";
  } else if (v.units[i - 1].has(kUnitQuote) || v.low[i - 1] == ":" || v.low[i - 1] == "(") {
    pos = "open";
  }
  tmp.assign(pos).append("|").append(ac);
  add("pos", tmp);
  uint8_t df = v.docflags[i];
  tmp.assign(pos).append("|").append(std::to_string(df)).append("|").append(ac);
  add("doc", tmp);
  for (int k = 0; k < kGazClassCount; ++k) {
    if (v.gaz[i] & (1u << k)) add("g", gaz_class_name(k));
    if (li > 0 && (v.gaz[i - 1] & (1u << k))) add("g-1", gaz_class_name(k));
    if (i + 1 < n && (v.gaz[i + 1] & (1u << k))) add("g+1", gaz_class_name(k));
  }
  if (v.phrase[i]) add("ph", phrase_code_name(v.phrase[i]));
  if (i + 1 < n && v.phrase[i + 1]) add("ph+1", phrase_code_name(v.phrase[i + 1]));
  const char* p1 = ner_tag_name(prev);
  const char* p2 = ner_tag_name(prev2);
  add("t-1", p1);
  tmp.assign(p2).append("|").append(p1);
  add("t-2t-1", tmp);
  tmp.assign(p1).append("|").append(shape);
  add("t-1|sh", tmp);
  tmp.assign(p1).append("|").append(w);
  add("t-1|w", tmp);
}

}  // namespace newsann

#endif  // NEWSANN_NER_FEATURES_H_
