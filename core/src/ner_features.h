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

#include <array>
#include <bit>
#include <memory>
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
std::string_view ner_tag_name(int tag);  // "O", "PER", ...

// 64-bit FNV-1a, continued over more bytes.
constexpr uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// Feature names are "template=part part part": a template and one to three
// parts (words, shapes, tags...), which never contain spaces. A feature's
// hash combines the FNV-1a hashes of the template and of each part, so the
// tagger reuses each unit's word hash (SentenceView::key) instead of hashing
// bytes per feature. The model loader splits names and hashes the same way.
struct FeatTemplate {
  std::string_view s;
  uint64_t h;
  consteval FeatTemplate(const char* lit) : s(lit), h(fnv1a(lit)) {}
};
struct FeatPart {
  std::string_view s;
  uint64_t h = 0;
  bool present = false;
  constexpr FeatPart() = default;
  constexpr FeatPart(std::string_view str) : s(str), h(fnv1a(str)), present(true) {}
  constexpr FeatPart(const char* str) : FeatPart(std::string_view(str)) {}
  constexpr FeatPart(std::string_view str, uint64_t hash) : s(str), h(hash), present(true) {}
};
constexpr uint64_t feature_combine(uint64_t h, uint64_t part) {
  h = ((h << 23) | (h >> 41)) ^ part;
  return h * 0x9E3779B97F4A7C15ull;
}
inline uint64_t feature_hash(const FeatTemplate& t, const FeatPart& a, const FeatPart& b,
                             const FeatPart& c) {
  uint64_t h = feature_combine(t.h, a.h);
  if (b.present) h = feature_combine(h, b.h);
  if (c.present) h = feature_combine(h, c.h);
  return h ^ (h >> 31);
}
// The hash of a feature from its name, as the model file writes it.
uint64_t feature_hash_of_name(std::string_view name);
// The name: "template=a b c".
std::string feature_name(const FeatTemplate& t, const FeatPart& a, const FeatPart& b,
                         const FeatPart& c);

// FNV-1a of the ASCII-lowercased bytes (’ folded to ').
uint64_t hash_lower(std::string_view s);

// What the whole document says about a word: whether it also occurs written
// in lowercase ("police", "state"), and whether it occurs capitalised
// inside a sentence (a name, not just a sentence-initial capital).
class DocStats {
 public:
  explicit DocStats(const Text& text);
  bool seen_lower(uint64_t h) const { return lower_.test(h & kMask) && lower_.test((h >> 20) & kMask); }
  bool seen_cap_mid(uint64_t h) const { return cap_.test(h & kMask) && cap_.test((h >> 20) & kMask); }

 private:
  static constexpr uint64_t kBits = 1 << 18, kMask = kBits - 1;
  // A set of 2^18 bits (two per word: a Bloom filter) that costs nothing to
  // clear: a word of bits counts only once its summary bit is set, so a
  // short document touches a few cache lines, not 32 KB.
  class Bits {
   public:
    Bits() : words_(new uint64_t[kWords]) {}
    void set(uint64_t i) {
      uint64_t w = i >> 6, bit = uint64_t{1} << (i & 63);
      uint64_t& s = summary_[w >> 6];
      uint64_t sbit = uint64_t{1} << (w & 63);
      if (!(s & sbit)) {
        s |= sbit;
        words_[w] = bit;
      } else {
        words_[w] |= bit;
      }
    }
    bool test(uint64_t i) const {
      uint64_t w = i >> 6;
      return (summary_[w >> 6] >> (w & 63) & 1) && (words_[w] >> (i & 63) & 1);
    }

   private:
    static constexpr size_t kWords = kBits / 64;
    std::unique_ptr<uint64_t[]> words_;  // uninitialised until summarised
    uint64_t summary_[kWords / 64] = {};
  };
  Bits lower_, cap_;
};

// A sentence prepared for tagging: its units and what is known about each.
// Not copyable or movable: `low` views may point into `lowbuf`.
struct SentenceView {
  SentenceView() = default;
  SentenceView(const SentenceView&) = delete;
  SentenceView& operator=(const SentenceView&) = delete;
  const Text* text = nullptr;
  std::vector<Unit> units;
  // What is known about each unit. One vector of structs, not five parallel
  // vectors: one resize per sentence (the per-sentence vector resizes and
  // allocations showed in the wasm profile), and the features of a unit read
  // one cache line for it and its neighbours.
  struct UnitInfo {
    std::string_view low;  // lowercased unit text (views into the Text's
                           // lowered tokens, or lowbuf)
    uint64_t key;          // Gazetteer::word_key of low
    uint32_t gaz;          // GazClass bits of the unit's word
    uint8_t phrase;        // gazetteer phrase over the unit (PhraseCode)
    uint8_t docflags;      // 1: seen lowercase, 2: seen capitalised mid-sentence
  };
  std::vector<UnitInfo> info;       // one per unit
  std::string lowbuf;               // units of several tokens, one folding a ’
  bool all_caps = false;            // the sentence is written in capitals (a headline)
  // Its word units, and those that do not start lowercase (capitalised or
  // in capitals): all_caps is capwords == words.
  uint32_t words = 0, capwords = 0;
  uint32_t gaz_any = 0;             // the GazClass bits of all its units, OR-ed
  // Shapes, filled on first use (unit_shape): len 0xFF = not yet computed.
  // One vector of structs, not three parallel vectors: one resize per
  // sentence (the per-sentence resizes showed in the wasm profile).
  static constexpr size_t kShapeMax = 12;
  struct Shape {
    uint64_t hash;  // fnv1a of the shape
    char s[kShapeMax];
    uint8_t len;
  };
  mutable std::vector<Shape> shapes;
};

void prepare_sentence(const Text& text, const Sentence& sentence, const DocStats& stats,
                      SentenceView* view);

// Whether unit i is tagged at all, given the tag of unit i-1.
bool is_candidate(const SentenceView& v, size_t i, int prev_tag);
// A function word that may open a sentence ("The", "But", "While", "See"),
// capitalised there only because it does.
bool is_sentence_function_word(const SentenceView& v, size_t i);

// The features of unit i given the two previous tags. Calls
// add(FeatTemplate, FeatPart a, FeatPart b = {}, FeatPart c = {}) once per
// feature (see feature_hash and feature_name).
template <class Add>
void unit_features(const SentenceView& v, size_t i, int prev, int prev2, Add&& add);

// ---- implementation details the template needs -----------------------------

// The unit's word shape ("Xxx", "XX", "X.X.", "dd"), computed once per unit.
std::string_view unit_shape(const SentenceView& v, size_t i);
// unit_shape() when not yet computed (fills the unit's cache).
void compute_unit_shape(const SentenceView& v, size_t i);
// The same as a feature part (hashed once per unit).
inline FeatPart unit_shape_part(const SentenceView& v, size_t i) {
  // The cache is read inline: each shape is asked for up to three times.
  const SentenceView::Shape& sh = v.shapes[i];
  if (sh.len == 0xFF) compute_unit_shape(v, i);
  return FeatPart(std::string_view(sh.s, sh.len), sh.hash);
}
// The first / last n characters of w (whole UTF-8 sequences). Inline: two
// or three per tagged unit.
inline std::string_view utf8_prefix(std::string_view w, size_t n) {
  size_t i = 0;
  for (size_t chars = 0; i < w.size() && chars < n; ++chars) {
    ++i;
    while (i < w.size() && (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) ++i;
  }
  return w.substr(0, i);
}
inline std::string_view utf8_suffix(std::string_view w, size_t n) {
  size_t i = w.size();
  for (size_t chars = 0; i > 0 && chars < n; ++chars) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) --i;
  }
  return w.substr(i);
}
// Phrase codes: kind * 2 + (inside ? 1 : 0), 0 for none.
constexpr std::string_view phrase_code_name(uint8_t code) {
  constexpr std::string_view kNames[] = {"-", "-", "PLC-B", "PLC-I", "ORG-B", "ORG-I", "DEM-B", "DEM-I"};
  return code < 8 ? kNames[code] : "?";
}
// The same names as feature parts, hashed when compiled: tables rather than
// functions with a static inside, whose guard was checked at every feature.
inline constexpr std::array<FeatPart, 9> kPhraseCodeParts = [] {
  std::array<FeatPart, 9> a{};
  for (int k = 0; k <= 8; ++k) a[k] = FeatPart(phrase_code_name(static_cast<uint8_t>(k)));
  return a;
}();
inline constexpr std::array<FeatPart, kGazClassCount + 1> kGazClassParts = [] {
  std::array<FeatPart, kGazClassCount + 1> a{};
  for (int k = 0; k <= kGazClassCount; ++k) a[k] = FeatPart(gaz_class_name(k));
  return a;
}();
inline constexpr FeatPart kNerTagParts[kNerTags + 1] = {FeatPart("O"),   FeatPart("PER"),  FeatPart("ORG"),
                                                        FeatPart("LOC"), FeatPart("MISC"), FeatPart("<s>")};
inline const FeatPart& phrase_code_part(uint8_t code) { return kPhraseCodeParts[code < 8 ? code : 8]; }
inline const FeatPart& gaz_class_part(int bit) {
  return kGazClassParts[bit >= 0 && bit < kGazClassCount ? bit : kGazClassCount];
}
inline const FeatPart& ner_tag_part(int tag) { return kNerTagParts[tag >= 0 && tag < kNerTags ? tag : kNerTags]; }

template <class Add>
void unit_features(const SentenceView& v, size_t i, int prev, int prev2, Add&& add) {
  const size_t n = v.units.size();
  static constexpr FeatPart kStart("<s>"), kEnd("</s>");
  auto word_at = [&](long k) -> FeatPart {
    if (k < 0) return kStart;
    if (k >= static_cast<long>(n)) return kEnd;
    return FeatPart(v.info[k].low, v.info[k].key);
  };
  const long li = static_cast<long>(i);
  const FeatPart w = word_at(li);
  const FeatPart shape = unit_shape_part(v, i);
  const Unit& u = v.units[i];
  static constexpr FeatPart kCaps[2] = {FeatPart("0"), FeatPart("1")};
  const FeatPart& ac = kCaps[v.all_caps ? 1 : 0];
  static constexpr FeatPart kEmpty("");

  add("b", kEmpty);
  add("w", w);
  add("w-1", word_at(li - 1));
  add("w+1", word_at(li + 1));
  add("w-2", word_at(li - 2));
  add("w+2", word_at(li + 2));
  add("w-1w", word_at(li - 1), w);
  add("ww+1", w, word_at(li + 1));
  add("sh", shape);
  add("sh|ac", shape, ac);
  add("sh-1", li > 0 ? unit_shape_part(v, i - 1) : kStart);
  add("sh+1", i + 1 < n ? unit_shape_part(v, i + 1) : kEnd);
  if (w.s.size() > 3) {
    add("s3", FeatPart(utf8_suffix(w.s, 3)));
    add("p3", FeatPart(utf8_prefix(w.s, 3)));
  }
  if (w.s.size() > 2) add("s2", FeatPart(utf8_suffix(w.s, 2)));
  // Where in the sentence: first word, after a quote or colon, or inside.
  static constexpr FeatPart kFirst("first"), kOpen("open"), kMid("mid");
  const FeatPart* pos = &kMid;
  if (u.has(kUnitFirst)) {
    pos = &kFirst;
  } else if (v.units[i - 1].has(kUnitQuote) || v.info[i - 1].low == ":" || v.info[i - 1].low == "(") {
    pos = &kOpen;
  }
  add("pos", *pos, ac);
  static constexpr FeatPart kDoc[4] = {FeatPart("0"), FeatPart("1"), FeatPart("2"), FeatPart("3")};
  add("doc", *pos, kDoc[v.info[i].docflags & 3], ac);
  // Gazetteer classes of the unit and its neighbours, class by class (the
  // set bits of the three, in order).
  const uint32_t g0 = v.info[i].gaz, gp = li > 0 ? v.info[i - 1].gaz : 0, gn = i + 1 < n ? v.info[i + 1].gaz : 0;
  for (uint32_t bits = (g0 | gp | gn) & ((1u << kGazClassCount) - 1); bits; bits &= bits - 1) {
    const int k = std::countr_zero(bits);
    if (g0 & (1u << k)) add("g", gaz_class_part(k));
    if (gp & (1u << k)) add("g-1", gaz_class_part(k));
    if (gn & (1u << k)) add("g+1", gaz_class_part(k));
  }
  if (v.info[i].phrase) add("ph", phrase_code_part(v.info[i].phrase));
  if (i + 1 < n && v.info[i + 1].phrase) add("ph+1", phrase_code_part(v.info[i + 1].phrase));
  const FeatPart& p1 = ner_tag_part(prev);
  const FeatPart& p2 = ner_tag_part(prev2);
  add("t-1", p1);
  add("t-2t-1", p2, p1);
  add("t-1|sh", p1, shape);
  add("t-1|w", p1, w);
}

}  // namespace newsann

#endif  // NEWSANN_NER_FEATURES_H_
