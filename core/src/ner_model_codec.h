// The name tagger's model file (core/lexicons/ner_model.txt), written by
// tools/train_ner.cc and read by NerTagger:
//
//   # source: ...                 comment lines (not shipped: embed_lexicons.cmake)
//   scale<TAB>0.14716             weight = quantised value * scale
//   tags<TAB>O PER ORG LOC MISC
//   names<TAB>prefix-coded        the names below are prefix-coded
//   $w=obama                      one feature name per line (no tab), sorted,
//   +ma                           each as a count of leading bytes it shares
//   ...                           with the name before it (one character: the
//                                 alphabet below from its second, "$" 0, "+"
//                                 7; never "#", which starts a comment) and
//                                 the rest: "w=obama", then "w=oba" + "ma"
//   weights<TAB>UYc#Vh...         the quantised weights, kNerTags per feature,
//                                 in the order of the names, encoded below
//
// Every reader downloads the model, so the weights are one character each
// rather than "-55 33 39 5 -21": 99% of them lie in [-44, 45] and take one
// printable character; the rest take three ('!' and two base-90 digits).
// Names first and weights apart compress better too (gzip: 46 KB instead of
// 59 KB), and sorted names prefix-coded better still (names 23.5 KB -> 16.8 KB
// gzip). The alphabet is printable ASCII without ')' and '\', so the text
// can sit in a C++ raw string literal.
#ifndef NEWSANN_NER_MODEL_CODEC_H_
#define NEWSANN_NER_MODEL_CODEC_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "prefix_code.h"

namespace newsann::ner_model {

inline constexpr char kEscape = '!';
inline constexpr int kSingleMin = -44, kSingleMax = 45;  // 90 values, one character each

// The 90 digit characters: '#' .. '~' without ')' and '\', the alphabet of
// the names' prefix code too.
constexpr std::array<char, 90> alphabet() { return prefix_code::alphabet(); }

// Appends the encoding of one quantised weight in [-127, 127].
inline void encode_weight(int w, std::string* out) {
  constexpr std::array<char, 90> a = alphabet();
  if (w >= kSingleMin && w <= kSingleMax) {
    out->push_back(a[w - kSingleMin]);
  } else {
    int v = w + 128;  // 1 .. 255
    out->push_back(kEscape);
    out->push_back(a[v / 90]);
    out->push_back(a[v % 90]);
  }
}

// Decodes a weights field; false on a malformed one (a character outside the
// alphabet, a cut escape). Linear.
inline bool decode_weights(std::string_view s, std::vector<int>* out) {
  constexpr std::array<char, 90> a = alphabet();
  std::array<int, 256> digit{};
  digit.fill(-1);
  for (int i = 0; i < 90; ++i) digit[static_cast<unsigned char>(a[i])] = i;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == kEscape) {
      if (i + 2 >= s.size()) return false;
      int hi = digit[static_cast<unsigned char>(s[i + 1])], lo = digit[static_cast<unsigned char>(s[i + 2])];
      if (hi < 0 || lo < 0) return false;
      out->push_back(hi * 90 + lo - 128);
      i += 2;
    } else {
      int d = digit[static_cast<unsigned char>(s[i])];
      if (d < 0) return false;
      out->push_back(d + kSingleMin);
    }
  }
  return true;
}

// The names are front-coded one after the other (prefix_code.h).
inline void encode_name(std::string_view prev, std::string_view name, std::string* out) {
  prefix_code::encode_line(prev, name, out);
}
inline bool decode_name(std::string_view line, std::string* name) { return prefix_code::decode_line(line, name); }

}  // namespace newsann::ner_model

#endif  // NEWSANN_NER_MODEL_CODEC_H_
