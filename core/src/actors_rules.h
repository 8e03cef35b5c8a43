// The rules that settle a name's type over the tagger's tags, one sentence at
// a time, where the context is sure of it: a person after an honorific ("Mr.
// Bashir"), before a bracketed nationality ("Asa Carlsson ( Sweden )") or a
// role in apposition ("Wade Bassi, the company's spokesman"); a team before
// a score ("Essex 372 and 226-7") or leading a standings table's row; an
// organisation after a noun for its kind ("the news agency Tanjug").
//
// actors.cc runs them between the tagger and the names (find_actors):
//
//   const std::vector<char> rows = table_rows(text);       // once per text
//   settle_names(v, rows[sentence] != 0, &tags, &margin, &settled);
//
// They mark the units they type in `settled` (Mention::settled: the name
// keeps its type through the document's vote), and a person's units get the
// margin of a confident tag. They run once per sentence, but each scans the
// sentence's units: compiled for size in wasm they cost 4-6% of annotate()
// (measured when this file was split from actors.cc), so they stay at -O3.
#ifndef NEWSANN_ACTORS_RULES_H_
#define NEWSANN_ACTORS_RULES_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ner_features.h"
#include "ner_gazetteer.h"
#include "text.h"

namespace newsann {

// Per sentence of `text`: whether it is a row of a standings table ("BALTIMORE
// 70 63 .526 4"), a line of a name and numbers only, three or more in a row.
std::vector<char> table_rows(const Text& text);

// Types the names of sentence `v` that the rules above are sure of, in *tags
// (the tagger's, per unit), *margin and *settled (resized to the units).
void settle_names(const SentenceView& v, bool table_row, std::vector<uint8_t>* tags, std::vector<float>* margin,
                  std::vector<char>* settled);

// Helpers actors.cc shares with the rules.

// A word written with a capital first ("Smith", "Labor").
inline bool capitalised_word(const SentenceView& v, size_t i) {
  return v.units[i].has(kUnitCap) && v.units[i].has(kUnitWord);
}

// The lexicons' kind for exactly units [a, b), if any.
PhraseKind phrase_kind(const SentenceView& v, size_t a, size_t b);

// The kind of the lexicon phrase that starts at unit i (its PhraseCode is
// the kind times two, odd on the units after the first); kNone when none
// starts there.
inline PhraseKind phrase_starting_at(const SentenceView& v, size_t i) {
  const uint8_t code = v.info[i].phrase;
  return (code & 1) ? PhraseKind::kNone : static_cast<PhraseKind>(code / 2);
}

// Month and weekday names (and their abbreviations), ordinals and "Men" /
// "Women": no names alone.
bool is_calendar_word(const SentenceView& v, size_t i);

}  // namespace newsann

#endif  // NEWSANN_ACTORS_RULES_H_
