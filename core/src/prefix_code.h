// Front coding of sorted lines: each line written as the count of leading
// bytes it shares with the line before it, then the rest. Sorted lists of
// names share long prefixes ("Abdel", "Abdelaziz", "Abdelfattah"), and gzip,
// which every reader's download goes through, finds them less well on its
// own: the given names take 7.6 KB gzip coded, 9.2 KB as plain lines.
//
// The count is one character of a 90-character alphabet, printable ASCII
// from '#' without ')' and '\' (the text sits in a C++ raw string literal),
// from its second character on: a coded line never starts with '#', which
// would read as a comment. Counts stop at 88 bytes and at whole UTF-8
// characters, so every coded line is valid UTF-8.
//
//   std::string line, prev = "Abdel";
//   prefix_code::encode_line(prev, "Abdelaziz", &line);   // "+aziz" (5 shared)
//   std::string name = prev;
//   prefix_code::decode_line(line, &name);                // name == "Abdelaziz"
//
// Users: the name tagger's model (ner_model_codec.h) and the lexicons marked
// "# embed: prefix-coded" (core/embed_lexicons.cmake writes them, lexicon.cc
// reads them back).
#ifndef NEWSANN_PREFIX_CODE_H_
#define NEWSANN_PREFIX_CODE_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace newsann::prefix_code {

// The alphabet: '#' .. '~' without ')' and '\'.
constexpr std::array<char, 90> alphabet() {
  std::array<char, 90> a{};
  size_t n = 0;
  for (char c = '#'; c <= '~'; ++c) {
    if (c != ')' && c != '\\') a[n++] = c;
  }
  return a;
}

// Appends the coded form of `line` (without a newline) given the line before
// it (`prev`; "" for the first).
inline void encode_line(std::string_view prev, std::string_view line, std::string* out) {
  constexpr std::array<char, 90> a = alphabet();
  size_t k = 0;
  while (k < prev.size() && k < line.size() && k < 88 && prev[k] == line[k]) ++k;
  // Whole characters only, so that every line stays valid UTF-8.
  while (k > 0 && k < line.size() && (static_cast<unsigned char>(line[k]) & 0xC0) == 0x80) --k;
  out->push_back(a[k + 1]);
  out->append(line.substr(k));
}

// Decodes a coded line into *line, which holds the line before it on entry
// (and the decoded one on return). False on a malformed line (a first
// character outside the alphabet, a prefix longer than the line before).
inline bool decode_line(std::string_view coded, std::string* line) {
  constexpr std::array<char, 90> a = alphabet();
  if (coded.empty()) return false;
  size_t digit = 1;  // a[0], '#', would start a comment
  while (digit < a.size() && a[digit] != coded[0]) ++digit;
  const size_t k = digit - 1;
  if (digit == a.size() || k > line->size()) return false;
  line->resize(k);
  line->append(coded.substr(1));
  return true;
}

}  // namespace newsann::prefix_code

#endif  // NEWSANN_PREFIX_CODE_H_
