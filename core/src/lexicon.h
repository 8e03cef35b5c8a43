// Lexicons compiled into the library.
//
// Each file core/lexicons/NAME.txt is embedded at build time
// (core/embed_lexicons.cmake) and read here by NAME. File format:
//
//   # source: where the entries come from (required, first lines)
//   # any further comment lines
//   entry                      one entry per line, case kept
//   entry<TAB>field<TAB>...    optional tab-separated fields
//
// Blank lines and lines starting with '#' are skipped. Lookups are exact
// on the text given; callers lowercase (text.h lower()) where the lexicon
// is lowercase.
#ifndef NEWSANN_LEXICON_H_
#define NEWSANN_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "word_table.h"

namespace newsann {

// The raw text of an embedded lexicon; empty if there is none by that name.
std::string_view lexicon_text(std::string_view name);

// The names of all embedded lexicons.
std::vector<std::string_view> lexicon_names();

// One entry: the first field and the rest.
struct LexiconEntry {
  std::string_view key;
  std::vector<std::string_view> fields;
};

// Parses an embedded lexicon's lines (views into the embedded data).
std::vector<LexiconEntry> lexicon_entries(std::string_view name);

// A set of the first fields, optionally lowercased; built once, kept.
class WordSet {
 public:
  WordSet(std::string_view lexicon, bool lowercase);
  bool contains(std::string_view w) const { return set_.contains(w); }
  // The same with w's word_key (Text::key of a token).
  bool contains(std::string_view w, uint64_t key) const { return set_.contains(w, key); }
  size_t size() const { return set_.size(); }

 private:
  WordTable<char> set_;
};

// A map from the first field to the second (or "" when absent).
class WordMap {
 public:
  WordMap(std::string_view lexicon, bool lowercase);
  // nullptr when absent.
  const std::string* find(std::string_view w) const { return map_.find(w); }
  size_t size() const { return map_.size(); }

 private:
  WordTable<std::string> map_;
};

}  // namespace newsann

#endif  // NEWSANN_LEXICON_H_
