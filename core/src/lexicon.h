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
// Blank lines and lines starting with '#' are skipped. A file with the
// comment line "# embed: prefix-coded" is embedded front-coded (lists whose
// neighbouring lines share prefixes: a smaller download) and decoded at the
// first lexicon_text() call; readers see its plain lines. Lookups are exact
// on the text given; callers lowercase (text.h lower()) where the lexicon
// is lowercase.
#ifndef NEWSANN_LEXICON_H_
#define NEWSANN_LEXICON_H_

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "word_table.h"

namespace newsann {

// The text of an embedded lexicon (comment lines removed); empty if there
// is none by that name. Thread-safe; the view stays valid.
std::string_view lexicon_text(std::string_view name);

// Calls f(line) for each line of `text` that holds an entry: without its
// newline or a trailing '\r', skipping blank lines and comments ('#'). How
// every reader of an embedded text walks it.
template <class F>
void for_each_entry_line(std::string_view text, F&& f) {
  size_t i = 0;
  while (i < text.size()) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(i, nl - i);
    i = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    f(line);
  }
}

// The names of all embedded lexicons.
std::vector<std::string_view> lexicon_names();

// The fields after an entry's first: a view of the rest of its line, split
// at tabs as it is read (no allocation per entry: start-up reads some six
// thousand entries). Lines hold a handful of fields, so indexing from the
// start is cheap.
//
//   for (const LexiconEntry& e : lexicon_entries("demonyms")) {
//     std::string_view place = e.fields.empty() ? "" : e.fields[0];
//     for (std::string_view f : e.fields) ...
//   }
class LexiconFields {
 public:
  LexiconFields() = default;
  // `rest`: the line after the key's tab; `present`: whether there was one
  // (a line "key<TAB>" has one empty field).
  LexiconFields(std::string_view rest, bool present) : rest_(rest), present_(present) {}

  bool empty() const { return !present_; }
  size_t size() const;
  // Field i (< size()).
  std::string_view operator[](size_t i) const;

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;
    std::string_view operator*() const { return rest_.substr(0, rest_.find('\t')); }
    iterator& operator++();
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& o) const { return done_ == o.done_ && (done_ || rest_.data() == o.rest_.data()); }

   private:
    friend class LexiconFields;
    std::string_view rest_;
    bool done_ = true;
  };
  iterator begin() const;
  iterator end() const { return iterator(); }

 private:
  std::string_view rest_;
  bool present_ = false;
};

// One entry: the first field and the rest.
struct LexiconEntry {
  std::string_view key;
  LexiconFields fields;
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
