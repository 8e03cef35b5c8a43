// Units: the words the name tagger sees. A unit is one token of text.h, or a
// few tokens written without spaces that read as one word:
//
//   "U.S."  "D.C."  "J."         letters with their periods (initials, dotted acronyms)
//   "al-Qaeda"  "Zanu-PF"  "19-year-old"   hyphenated compounds
//   "G7"  "COVID-19"  "1010data"  "AT&T"   letters and digits (or &) run together
//
// A possessive "’s" stays its own unit, so "Clinton’s" is "Clinton" + "’s".
// Units never cross a sentence. The trainer (tools/train_ner.cc) builds its
// units with the same code, so training and tagging see the same words.
#ifndef NEWSANN_NER_UNITS_H_
#define NEWSANN_NER_UNITS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text.h"

namespace newsann {

enum UnitFlag : uint16_t {
  kUnitCap = 1 << 0,        // first character is an uppercase letter
  kUnitAllCaps = 1 << 1,    // two or more letters, all uppercase
  kUnitHasUpper = 1 << 2,   // some uppercase letter anywhere ("eBay", "al-Qaeda")
  kUnitLower = 1 << 3,      // first character is a lowercase letter
  kUnitWord = 1 << 4,       // starts with a letter
  kUnitNumber = 1 << 5,     // starts with a digit
  kUnitPunct = 1 << 6,      // punctuation or a quote mark
  kUnitQuote = 1 << 7,      // a quotation mark
  kUnitFirst = 1 << 8,      // first unit of its sentence
  kUnitPossessive = 1 << 9, // "’s" / "'s" / a lone apostrophe after a name
  kUnitSpaceBefore = 1 << 10,
};

struct Unit {
  uint32_t b = 0, e = 0;          // bytes in Text::s
  uint32_t first = 0, last = 0;   // token range [first, last)
  uint16_t flags = 0;
  bool has(UnitFlag f) const { return (flags & f) != 0; }
};

// The units of one sentence, in order.
void sentence_units(const Text& text, const Sentence& sentence, std::vector<Unit>* out);

// ASCII-lowercased unit text with ’ folded to ' (as text.h lower()).
std::string unit_lower(const Text& text, const Unit& u);

}  // namespace newsann

#endif  // NEWSANN_NER_UNITS_H_
