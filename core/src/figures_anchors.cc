#include "figures_anchors.h"

#include <algorithm>

namespace newsann::fig {

namespace {

bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
// \w of RE2's ASCII \b.
bool word_byte(unsigned char c) { return ascii_letter(c) || ascii_digit(c) || c == '_'; }
// \s of RE2.
bool space_byte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool all_letters(std::string_view w) {
  for (unsigned char c : w) {
    if (!ascii_letter(c)) return false;
  }
  return !w.empty();
}

uint8_t byte_at(std::string_view s, size_t i) {
  return i < s.size() ? static_cast<uint8_t>(s[i]) : 0;
}

// The bytes at i start U+212A KELVIN SIGN or U+017F LATIN SMALL LETTER LONG S,
// which (?i) folds to k and s.
bool folds_to_ascii(std::string_view s, size_t i) {
  uint8_t a = byte_at(s, i);
  if (a == 0xE2) return byte_at(s, i + 1) == 0x84 && byte_at(s, i + 2) == 0xAA;
  if (a == 0xC5) return byte_at(s, i + 1) == 0xBF;
  return false;
}

bool is_right_quote(std::string_view s, size_t i) {  // ’
  return byte_at(s, i) == 0xE2 && byte_at(s, i + 1) == 0x80 && byte_at(s, i + 2) == 0x99;
}

char32_t first_code_point(std::string_view w) {
  int len = 0;
  return w.empty() ? 0 : decode_utf8(w, 0, &len);
}

// A run of ASCII letters at q (not past endb), lowercased into buf (at most
// cap letters are kept; *len is the full length).
size_t letter_run(std::string_view s, size_t q, size_t endb, char* buf, size_t cap, size_t* len) {
  size_t r = q;
  while (r < endb && ascii_letter(static_cast<unsigned char>(s[r]))) {
    if (r - q < cap) buf[r - q] = static_cast<char>(s[r] | 0x20);
    ++r;
  }
  *len = r - q;
  return r;
}

size_t skip_spaces(std::string_view s, size_t q, size_t endb) {
  while (q < endb && space_byte(static_cast<unsigned char>(s[q]))) ++q;
  return q;
}

}  // namespace

AnchorRules::AnchorRules(const std::set<std::string>& openers,
                         const std::vector<std::vector<std::string>>& phrases,
                         const std::vector<std::string>& extra_symbols,
                         const std::set<std::string>& follow_a, const std::set<std::string>& follow_the) {
  // A letter prefix of a literal, and the literal's byte after it.
  auto add_prefix = [&](std::string_view prefix, unsigned char next) {
    WordInfo& info = words_[prefix];
    info.flags |= kLiteralPrefix;
    uint8_t& how = info.runs_on;
    if (ascii_digit(next)) how |= kRunsOnDigit;
    if (next == '_') how |= kRunsOnUnderscore;
    if (next == '\'') how |= kRunsOnApostrophe;
    if (next == 'k' || next == 's') how |= kRunsOnFolding;
  };
  auto add_word = [&](std::string_view w, uint8_t flag) {
    words_[w].flags |= flag;
    for (size_t k = 1; k < w.size(); ++k) {
      if (all_letters(w.substr(0, k))) add_prefix(w.substr(0, k), static_cast<unsigned char>(w[k]));
    }
  };
  bool ascii_symbol[128] = {};  // one-byte symbols
  auto add_other_first = [&](std::string_view w) {
    int len = 0;
    const char32_t c = w.empty() ? 0 : decode_utf8(w, 0, &len);
    if (!w.empty() && static_cast<size_t>(len) == w.size()) {  // one code point
      if (c < 0x80) {
        ascii_symbol[c] = true;
      } else {
        single_symbols_.push_back(c);
      }
    }
    other_first_.push_back(c);
    if (c == '\'') other_first_.push_back(0x2019);  // ['’] in a phrase
    // A letter with case matches its other case too; at() does not know
    // Unicode case pairs, so such a symbol sends all words to RE2.
    if (c >= 0x80 && (is_upper(c) || is_lower(c))) ask_all_words_ = true;
  };
  trie_.emplace_back();
  trie_[0].fill(0);
  trie_end_.push_back(0);
  for (const std::string& w : openers) {
    bool ascii_word = !w.empty();
    for (unsigned char c : w) {
      if (!((c >= 'a' && c <= 'z') || ascii_digit(c) || c == '\'')) ascii_word = false;
    }
    if (ascii_word && !ascii_digit(static_cast<unsigned char>(w[0]))) {
      // The \b-word alternative. at() assumes an opener is letters and
      // digits (an apostrophe in one would let it end inside a token).
      if (w.find('\'') != std::string::npos || !ascii_letter(static_cast<unsigned char>(w[0]))) {
        ask_all_words_ = true;
      }
      add_word(w, kOpener);
    } else if (!w.empty()) {
      // A symbol: at() assumes none starts with an ASCII letter.
      if (ascii_letter(static_cast<unsigned char>(w[0]))) ask_all_words_ = true;
      add_other_first(w);
    }
  }
  for (const std::string& w : extra_symbols) add_other_first(w);
  for (const std::vector<std::string>& lits : phrases) {
    if (lits.empty() || lits[0].empty()) continue;
    const uint16_t index = static_cast<uint16_t>(phrases_.size());
    Phrase p;
    p.literals = lits;
    for (const std::string& l : lits) {
      for (unsigned char c : l) {
        if (c >= 0x80) p.ascii = false;
      }
    }
    // at() assumes phrases are ASCII (a letter outside ASCII could continue
    // one inside a token).
    if (!p.ascii) ask_all_words_ = true;
    unsigned char c0 = static_cast<unsigned char>(lits[0][0]);
    if (!ascii_letter(c0)) add_other_first(lits[0]);
    {
      std::string joined;
      for (const std::string& l : lits) joined += l;
      const size_t apostrophe = joined.find('\'');
      if (apostrophe != std::string::npos && all_letters(joined.substr(0, apostrophe))) {
        apostrophe_heads_[joined.substr(0, apostrophe)] = 1;
      }
    }
    // Walk the tokens run together: each run of whole letter tokens is a
    // key; a letter prefix ending inside a token is a literal prefix.
    std::string run;
    bool letters_only = true;
    for (size_t j = 0; j < lits.size() && letters_only; ++j) {
      const std::string& l = lits[j];
      for (size_t k = 1; k < l.size() && ascii_letter(static_cast<unsigned char>(l[k - 1])); ++k) {
        add_prefix(run + l.substr(0, k), static_cast<unsigned char>(l[k]));
      }
      if (!all_letters(l)) {
        letters_only = false;
        break;
      }
      run += l;
      WordInfo& info = words_[run];
      info.flags |= kPhraseKey;
      std::vector<KeyedPhrase>& list = info.keyed;
      if (list.empty() || list.back().phrase != index) {
        KeyedPhrase k{index, static_cast<uint16_t>(j + 1)};
        if (j + 1 < lits.size() && !lits[j + 1].empty()) {
          const unsigned char c = static_cast<unsigned char>(lits[j + 1][0]);
          if (c < 0x80 && c != '\'') {
            k.first = static_cast<char>(c);
            k.fold = (c >= 'a' && c <= 'z') ? 0x20 : 0;  // literals are lowercased
          }
        }
        list.push_back(k);
      }
    }
    if (letters_only) {  // the whole phrase is letters: into the trie
      size_t node = 0;
      for (unsigned char c : run) {
        if (trie_[node][c - 'a'] == 0) {
          uint16_t added = static_cast<uint16_t>(trie_.size());
          trie_.emplace_back();
          trie_.back().fill(0);
          trie_end_.push_back(0);
          trie_[node][c - 'a'] = added;  // after emplace_back: trie_ may have moved
        }
        node = trie_[node][c - 'a'];
      }
      trie_end_[node] = 1;
      shortest_run_ = std::min(shortest_run_, run.size());
    }
    phrases_.push_back(std::move(p));
  }
  add_word("a", kArticle);
  add_word("an", kArticle);
  add_word("the", kThe);
  add_word("in", kIn);
  for (const std::string& w : follow_a) {
    if (!all_letters(w)) ask_all_words_ = true;
    follow_a_set_[w] = 1;
  }
  for (const std::string& w : follow_the) {
    if (!all_letters(w)) ask_all_words_ = true;
    follow_the_set_[w] = 1;
  }
  for (char32_t c : other_first_) {
    if (c < 0x80) ascii_first_[c] = ascii_symbol[c] ? Answer::kYes : Answer::kAsk;
  }
  std::sort(single_symbols_.begin(), single_symbols_.end());
  std::sort(other_first_.begin(), other_first_.end());
  other_first_.erase(std::unique(other_first_.begin(), other_first_.end()), other_first_.end());
  for (const auto& [w, info] : words_.entries()) {
    (info.flags == kLiteralPrefix ? prefixes_ : listed_).add(word_key(w));
  }
  for (int a = 0; a < 26; ++a) {
    const uint16_t n1 = trie_[0][a];
    if (n1 == 0) continue;
    for (int b = 0; b < 26; ++b) {
      const uint16_t n2 = trie_[n1][b];
      for (int c = 0; c < 26; ++c) {
        if (trie_end_[n1] || (n2 != 0 && (trie_end_[n2] || trie_[n2][c] != 0))) {
          run_triples_[a * 26 + b] |= uint32_t{1} << c;
        }
      }
    }
  }
}

int64_t AnchorRules::match_phrase(const Phrase& p, size_t from, std::string_view s, uint32_t x,
                                  uint32_t endb) const {
  if (!p.ascii) return -2;
  size_t pos = x;
  for (size_t li = from; li < p.literals.size(); ++li) {
    if (li > 0) pos = skip_spaces(s, pos, endb);  // \s*
    for (unsigned char c : p.literals[li]) {
      if (pos >= endb) return -1;
      unsigned char b = static_cast<unsigned char>(s[pos]);
      if (c == '\'') {  // ['’]
        if (b == '\'') {
          ++pos;
        } else if (pos + 3 <= endb && is_right_quote(s, pos)) {
          pos += 3;
        } else {
          return -1;
        }
      } else if (c >= 'a' && c <= 'z') {
        if (b < 0x80) {
          if (!ascii_letter(b) || (b | 0x20) != c) return -1;
          ++pos;
        } else {
          if ((c == 'k' || c == 's') && folds_to_ascii(s, pos)) return -2;
          return -1;
        }
      } else {
        if (b != c) return -1;
        ++pos;
      }
    }
  }
  return static_cast<int64_t>(pos);
}

AnchorRules::Answer AnchorRules::rules_at(const Text& text, size_t ti, uint32_t endb) const {
  const Token& t = text.tokens[ti];
  const std::string_view s = text.s;
  if (t.kind == TokenKind::kNumber) return Answer::kYes;  // [0-9]+, the first alternative
  const unsigned char b0 = static_cast<unsigned char>(s[t.b]);
  if (b0 < 0x80 && !ascii_letter(b0)) return ascii_first_[b0];
  if (b0 >= 0x80) {
    // Only a symbol, a phrase opening with this character, or a letter
    // (?i) folds to an ASCII one can match here.
    if (t.kind == TokenKind::kWord && ask_all_words_) return Answer::kAsk;
    char32_t c0 = first_code_point(s.substr(t.b, t.e - t.b));
    // A symbol of its own ("£", "½") matches whatever follows it (a word
    // would have to be covered whole).
    if (t.kind != TokenKind::kWord &&
        std::binary_search(single_symbols_.begin(), single_symbols_.end(), c0)) {
      return Answer::kYes;
    }
    if (c0 == 0x212A || c0 == 0x17F ||
        std::binary_search(other_first_.begin(), other_first_.end(), c0)) {
      return Answer::kAsk;
    }
    return Answer::kNo;
  }
  if (ask_all_words_ || t.kind != TokenKind::kWord) return Answer::kAsk;
  // Every remaining alternative opens with \b and an ASCII letter.
  if (t.b > 0 && word_byte(static_cast<unsigned char>(s[t.b - 1]))) return Answer::kNo;
  if (t.has(kApostrophe)) {
    // "don't", "o’clock": an alternative covers the token only if it runs
    // through the apostrophe. No opener has one (ask_all_words_ otherwise),
    // "a"/"an"/"the"/"in" need a space after them: only a phrase can, one
    // whose letters before its apostrophe are the token's. (A letter (?i)
    // folds to ASCII is left to RE2.)
    for (uint32_t k = t.b; t.has(kNonAscii) && k < t.e; ++k) {
      if (folds_to_ascii(s, k)) return Answer::kAsk;
    }
    const std::string_view low = text.low(ti);
    return apostrophe_heads_.contains(low.substr(0, low.find('\''))) ? Answer::kAsk : Answer::kNo;
  }
  if (t.has(kNonAscii)) {
    // A match would have to run through a character outside ASCII: only a
    // ’ (['’] in a phrase) or a folding letter can (phrases are ASCII, or
    // ask_all_words_ is set).
    for (uint32_t k = t.b; k < t.e; ++k) {
      if (is_right_quote(s, k) || folds_to_ascii(s, k)) return Answer::kAsk;
    }
    return Answer::kNo;
  }
  // The token is ASCII letters only.
  const std::string_view low = text.low(ti);
  const WordInfo* info = words_.find(low, text.key(ti));
  const uint8_t flags = info ? info->flags : 0;
  const unsigned char next = byte_at(s, t.e);
  if (flags & kOpener) {
    // \b(?:opener)(?:\b|[0-9]): the token itself is the first opener that
    // matches (a shorter one is followed by a letter), unless an underscore
    // (a word character that is no digit) follows.
    return next == '_' ? Answer::kAsk : Answer::kYes;
  }
  // A longer literal could run on through a digit, an underscore, an
  // apostrophe or a folding letter after the token, if one of those is
  // what a literal has after these letters ("president" runs on into
  // "presidents' day" through an "s", never through the ’ of "president’s").
  // (Asked only of literal prefixes: most words are none.)
  if (flags & kLiteralPrefix) {
    const uint8_t h = info->runs_on;
    if (((h & kRunsOnDigit) && ascii_digit(next)) || ((h & kRunsOnUnderscore) && next == '_') ||
        ((h & kRunsOnApostrophe) && (next == '\'' || is_right_quote(s, t.e))) ||
        ((h & kRunsOnFolding) && folds_to_ascii(s, t.e))) {
      return Answer::kAsk;
    }
  }
  // A phrase of letters that ends inside the token matches, short of it.
  for (size_t node = 0, j = 0; low.size() > shortest_run_ && j + 1 < low.size(); ++j) {
    node = trie_[node][static_cast<unsigned char>(low[j]) - 'a'];
    if (node == 0) break;
    if (trie_end_[node]) return Answer::kAsk;
  }
  if (!(flags & (kPhraseKey | kArticle | kThe | kIn))) return Answer::kNo;
  return match_after_openers(s, t.e, endb, *info);
}

// Alternatives 4 to 7 at the token `low` ending at byte tok_end (ASCII
// letters, \b holds before it, and no opener matched).
AnchorRules::Answer AnchorRules::match_after_openers(std::string_view s, uint32_t tok_end, uint32_t endb,
                                                     const WordInfo& info) const {
  const uint8_t flags = info.flags;
  // Past the spaces after the token: where alternatives 4 to 7 go on.
  const size_t q = skip_spaces(s, tok_end, endb);
  // 4. \b(?:phrase|...): the first phrase in pattern order that matches.
  // Only those keyed by the token can (see KeyedPhrase and the trie).
  if (flags & kPhraseKey) {
    // The byte the next literal must match, after \s* (0 past the paragraph).
    const unsigned char b = q < endb ? static_cast<unsigned char>(s[q]) : 0;
    for (const KeyedPhrase& k : info.keyed) {
      // An ASCII byte that is not the literal's first (either case for a
      // letter): match_phrase would say -1. A byte outside ASCII goes on
      // to match_phrase (a folding k or s, a ’).
      if (k.first && b < 0x80 && (b | k.fold) != static_cast<unsigned char>(k.first)) continue;
      // The token is the key: the literals before k.next_literal match it
      // exactly (ASCII letters, no space inside), so start after it.
      int64_t r = match_phrase(phrases_[k.phrase], k.next_literal, s, tok_end, endb);
      if (r == -2) return Answer::kAsk;
      if (r >= 0) return r >= tok_end ? Answer::kYes : Answer::kNo;
    }
  }
  if (!(flags & (kArticle | kThe | kIn))) return Answer::kNo;
  // 5-7: the token, then \s+.
  if (q == tok_end || q >= endb) return Answer::kNo;
  // A word of `set` at q with \b after it.
  char buf[32];
  auto follower = [&](const WordTable<char>& set) {
    size_t len;
    size_t r = letter_run(s, q, endb, buf, sizeof buf, &len);
    if (folds_to_ascii(s, r)) return Answer::kAsk;
    if (len == 0 || len > sizeof buf) return Answer::kNo;
    unsigned char z = byte_at(s, r);
    if (ascii_digit(z) || z == '_') return Answer::kNo;  // no \b
    return set.contains(std::string_view(buf, len)) ? Answer::kYes : Answer::kNo;
  };
  if (flags & kArticle) return follower(follow_a_set_);  // an?\s+(?:...)\b
  if (flags & kThe) {  // the\s+(?:(?:...)\b|[0-9]|['’][0-9])
    Answer a = follower(follow_the_set_);
    if (a != Answer::kNo) return a;
    if (ascii_digit(byte_at(s, q))) return Answer::kYes;
    size_t q1 = byte_at(s, q) == '\'' ? q + 1 : is_right_quote(s, q) ? q + 3 : 0;
    if (q1 && q1 < endb && ascii_digit(byte_at(s, q1))) return Answer::kYes;
    return Answer::kNo;
  }
  // in\s+(?:his|her|their|my|your|our)\s+(?:early|mid|late|[0-9]|[a-z]+ies|teens)
  size_t len;
  size_t r = letter_run(s, q, endb, buf, sizeof buf, &len);
  if (folds_to_ascii(s, r)) return Answer::kAsk;
  std::string_view pron(buf, len > sizeof buf ? 0 : len);
  if (!(pron == "his" || pron == "her" || pron == "their" || pron == "my" || pron == "your" ||
        pron == "our")) {
    return Answer::kNo;
  }
  size_t q3 = skip_spaces(s, r, endb);
  if (q3 == r || q3 >= endb) return Answer::kNo;
  if (ascii_digit(byte_at(s, q3))) return Answer::kYes;
  size_t r3 = letter_run(s, q3, endb, buf, sizeof buf, &len);
  std::string_view w(buf, std::min(len, sizeof buf));
  for (std::string_view pre : {"early", "mid", "late", "teens"}) {
    if (w.substr(0, pre.size()) == pre) return Answer::kYes;
  }
  if (len > sizeof buf) return Answer::kAsk;  // "ies" may lie past the buffer
  if (len >= 4 && w.find("ies", 1) != std::string_view::npos) return Answer::kYes;
  if (folds_to_ascii(s, r3)) return Answer::kAsk;
  return Answer::kNo;
}

}  // namespace newsann::fig
