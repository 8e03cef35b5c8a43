#include "text.h"

#include <bit>
#include <cstring>

#include "lexicon.h"

namespace newsann {

// ---- Characters -----------------------------------------------------------

char32_t decode_utf8(std::string_view s, size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (i + n > s.size()) {  // cannot happen on valid UTF-8; stay in bounds anyway
    *len = 1;
    return 0xFFFD;
  }
  char32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == ((c >= 0x139 && c <= 0x148) || c >= 0x179 ? 1u : 0u);
  if (c >= 0x391 && c <= 0x3AB) return true;  // Greek
  if (c >= 0x400 && c <= 0x42F) return true;  // Cyrillic
  if (c >= 0x1E00 && c <= 0x1EFF) return (c & 1) == 0;  // Latin Extended Additional
  return false;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return !is_upper(c);
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  if (c >= 0x1E00 && c <= 0x1EFF) return (c & 1) == 1;
  return false;
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c < 0x2B0) return true;                  // Latin-1 letters, Latin Extended-A/B, IPA
  if (c >= 0x370 && c < 0x2000) {              // Greek ... Latin Extended Additional
    return !(c >= 0x300 && c < 0x370);
  }
  if (c >= 0x2C00 && c < 0x2E00) return true;  // Glagolitic, Latin Extended-C, Coptic, ...
  if (c >= 0x3040 && c < 0xA000) return true;  // kana, CJK
  if (c >= 0xAC00 && c < 0xD7A4) return true;  // Hangul
  if (c >= 0xF900 && c < 0xFB00) return true;
  if (c >= 0x20000 && c < 0x32000) return true;
  return false;
}

bool is_space(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
    case 0x200B: case 0x200C: case 0x200D: case 0x2060:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool is_quote_mark(char32_t c) {
  switch (c) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0xAB: case 0xBB: case 0x2039: case 0x203A: case '\'':
    case 0x300C: case 0x300D: case 0x2033:
      return true;
    default:
      return false;
  }
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool is_dash(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

static bool is_mark(char32_t c) {  // combining marks stay inside a word
  return (c >= 0x300 && c < 0x370) || (c >= 0x1AB0 && c < 0x1B00) ||
         (c >= 0x1DC0 && c < 0x1E00) || (c >= 0x20D0 && c < 0x2100) || (c >= 0xFE20 && c < 0xFE30);
}

void lower_into(std::string_view s, std::string* out, bool drop_periods) {
  out->resize(s.size());  // lowercasing and dropping periods never lengthen
  char* o = out->data();
  size_t n = 0, i = 0;
  // Eight bytes a step while they are ASCII with no period to drop (a name:
  // the common case), as Text::lower_tokens lowers; byte by byte from the
  // first eight that are not.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (; i + 8 <= s.size(); i += 8, n += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    uint64_t stop = w;  // high bit: a byte outside ASCII (’ folds)
    if (drop_periods) {
      const uint64_t period = w ^ (kOnes * '.');
      stop |= (period - kOnes) & ~period;  // high bit set from a '.' on
    }
    if (stop & kHigh) break;
    const uint64_t upper = (w + kOnes * 0x3F) & ~(w + kOnes * 0x25) & kHigh;  // 'A'..'Z'
    w |= upper >> 2;
    std::memcpy(o + n, &w, 8);
  }
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 32);
    } else if (c == '.' && drop_periods) {
      continue;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) == 0x99) {
      c = '\'';  // ’ -> '
      i += 2;
    }
    o[n++] = static_cast<char>(c);
  }
  out->resize(n);
}

bool plain_words(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter && !(c == ' ' && s[i - 1] != ' ')) return false;
  }
  return true;
}

std::string lower(std::string_view s) {
  std::string out;
  lower_into(s, &out);
  return out;
}

// ---- Tokens -----------------------------------------------------------------

namespace {

// ASCII character classes: the common case of every loop below is ASCII,
// and a table lookup beats decoding.
enum : uint8_t { kClsSpace = 1, kClsUpper = 2, kClsLower = 4, kClsDigit = 8, kClsControl = 16 };
struct AsciiTable {
  uint8_t cls[256] = {};  // bytes >= 0x80: no class
  constexpr AsciiTable() {
    for (int c = 0; c < 32; ++c) cls[c] = kClsControl | kClsSpace;
    cls[127] = kClsControl | kClsSpace;
    cls[static_cast<unsigned char>(' ')] = kClsSpace;
    for (int c = 'A'; c <= 'Z'; ++c) cls[c] = kClsUpper;
    for (int c = 'a'; c <= 'z'; ++c) cls[c] = kClsLower;
    for (int c = '0'; c <= '9'; ++c) cls[c] = kClsDigit;
  }
};
constexpr AsciiTable kAscii;

// Decodes at j; len 0 at the end.
char32_t peek(std::string_view s, size_t j, int* len) {
  if (j >= s.size()) {
    *len = 0;
    return 0;
  }
  unsigned char b = static_cast<unsigned char>(s[j]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return decode_utf8(s, j, len);
}

// Separates tokens like whitespace: Unicode spaces, C0/C1 controls, NUL.
bool separator(char32_t c) { return is_space(c) || c < 0x20 || (c >= 0x7F && c < 0xA0); }

// The end of the run of lowercase ASCII letters from j: eight bytes at a
// time (most of a text's bytes are such runs), then byte by byte.
size_t lower_run_end(std::string_view s, size_t j) {
  const size_t n = s.size();
  if constexpr (std::endian::native == std::endian::little) {
    const auto* in = reinterpret_cast<const unsigned char*>(s.data());
    const uint64_t kHigh = 0x8080808080808080ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
    while (j + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, in + j, 8);
      // High bit of each byte: a byte in 'a' (0x61) .. 'z' (0x7A).
      const uint64_t seven = w & kLow7;
      const uint64_t ge_a = seven + 0x1F1F1F1F1F1F1F1Full;  // seven >= 0x61
      const uint64_t gt_z = seven + 0x0505050505050505ull;  // seven >= 0x7B
      const uint64_t lower = ge_a & ~gt_z & ~w & kHigh;
      if (lower != kHigh) {
        // The first byte (lowest in memory: little endian) that is not one.
        return j + static_cast<size_t>(std::countr_zero(~lower & kHigh)) / 8;
      }
      j += 8;
    }
  }
  while (j < n && (kAscii.cls[static_cast<unsigned char>(s[j])] & kClsLower)) ++j;
  return j;
}

// Scans a word that starts at `start` (its first character already known
// to be a letter or mark) on from j (start, or a point the caller scanned to,
// with *letters counting the letters before j); counts letters, uppercase
// letters and ASCII capitals after the first byte, and sets kNonAscii /
// kApostrophe in *flags for what it takes in after the first character.
// Returns the end.
size_t scan_word(std::string_view s, size_t start, size_t j, int* letters, int* uppers,
                 int* inner_caps, uint16_t* flags) {
  const size_t n = s.size();
  while (j < n) {
    unsigned char d = static_cast<unsigned char>(s[j]);
    if (kAscii.cls[d] & kClsLower) {
      // The common case: a run of lowercase ASCII letters, in a loop of its
      // own (each is one letter; nothing else to note).
      const size_t run = j;
      j = lower_run_end(s, j + 1);
      *letters += static_cast<int>(j - run);
      continue;
    }
    if (d < 0x80) {
      uint8_t k = kAscii.cls[d];
      if (k & (kClsUpper | kClsLower)) {
        ++*letters;
        if (k & kClsUpper) {
          ++*uppers;
          *inner_caps += j > start;
        }
        ++j;
        continue;
      }
      if (d != '\'') break;
    }
    int l2;
    char32_t c = decode_utf8(s, j, &l2);
    if (is_letter(c) || is_mark(c)) {
      if (is_letter(c)) {
        ++*letters;
        *uppers += is_upper(c);
      }
      *flags |= kNonAscii;  // (an ASCII letter took the branches above)
      j += l2;
      continue;
    }
    if (!is_apostrophe(c)) break;
    // Inner apostrophe: "don't", "O'Brien". A possessive "'s" is its own token.
    int l3, l4;
    char32_t e = peek(s, j + l2, &l3);
    if (!is_letter(e)) break;
    char32_t f = peek(s, j + l2 + l3, &l4);
    if ((e == 's' || e == 'S') && !is_letter(f)) break;
    *flags |= kApostrophe;
    if (d >= 0x80) *flags |= kNonAscii;  // ’
    j += l2;
  }
  return j;
}

// Scans a number from j: digits with , . : between digits ("1,234.5", "9:30").
size_t scan_number(std::string_view s, size_t j) {
  const size_t n = s.size();
  while (j < n) {
    unsigned char d = static_cast<unsigned char>(s[j]);
    if (d >= '0' && d <= '9') {
      ++j;
    } else if ((d == ',' || d == '.' || d == ':') && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9') {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

void tokenize(Text& t) {
  const std::string_view s = t.s;
  const size_t n = s.size();
  size_t i = 0;
  // The next token's flags from the whitespace before it (kSpaceBefore,
  // kNewlineBefore, kParagraphStart), gathered as the whitespace is read.
  uint16_t before = kSpaceBefore | kParagraphStart;  // the start of the text
  int newlines = 2;  // line breaks in the current whitespace run; 2 = paragraph start
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b == ' ') {  // the separator between most tokens: nothing else to ask
      before |= kSpaceBefore;
      ++i;
      continue;
    }
    int len = 1;
    char32_t c = b;
    if (b >= 0x80) c = decode_utf8(s, i, &len);
    if (b < 0x80 ? (kAscii.cls[b] & kClsSpace) != 0 : separator(c)) {
      before |= kSpaceBefore;
      if (c == '\n' || c == 0x2029) {
        before |= kNewlineBefore;
        if (++newlines >= 2) before |= kParagraphStart;
      }
      i += len;
      continue;
    }
    const bool space_before = (before & kSpaceBefore) != 0;
    Token tok;
    tok.b = static_cast<uint32_t>(i);
    tok.flags = before;
    if (b >= 0x80) tok.flags |= kNonAscii;
    if (is_digit(c)) {
      tok.kind = TokenKind::kNumber;
      i = scan_number(s, i + 1);
    } else if (b < 0x80 ? (kAscii.cls[b] & (kClsUpper | kClsLower)) != 0 : (is_letter(c) || is_mark(c))) {
      tok.kind = TokenKind::kWord;
      if (b < 0x80) {
        // Most words: an ASCII letter, then lowercase ASCII letters to a
        // space or punctuation. Their run is the word unless a capital, an
        // apostrophe or a byte outside ASCII follows it; then the general
        // scan goes on from there.
        const bool upper = (kAscii.cls[b] & kClsUpper) != 0;
        tok.flags |= upper ? kUpper : kLower;
        const size_t run_end = lower_run_end(s, i + 1);
        const unsigned char d = run_end < n ? static_cast<unsigned char>(s[run_end]) : 0;
        if (d < 0x80 && !(kAscii.cls[d] & kClsUpper) && d != '\'') {
          i = run_end;  // one capital at most: not all caps (that takes two)
        } else {
          int letters = static_cast<int>(run_end - i), uppers = upper, inner_caps = 0;
          i = scan_word(s, i, run_end, &letters, &uppers, &inner_caps, &tok.flags);
          if (letters >= 2 && uppers == letters) tok.flags |= kAllCaps;
          if (inner_caps > 0) tok.flags |= kInnerCap;
        }
      } else {
        if (is_upper(c)) tok.flags |= kUpper;
        if (is_lower(c)) tok.flags |= kLower;
        int letters = 0, uppers = 0, inner_caps = 0;
        i = scan_word(s, i, i, &letters, &uppers, &inner_caps, &tok.flags);
        if (letters >= 2 && uppers == letters) tok.flags |= kAllCaps;
        if (inner_caps > 0) tok.flags |= kInnerCap;
      }
    } else if (is_apostrophe(c) && !space_before && !t.tokens.empty() &&
               t.tokens.back().kind == TokenKind::kWord && t.tokens.back().e == tok.b) {
      // "’s" right after a word is a possessive token; otherwise a quote mark.
      int l2, l3;
      char32_t e = peek(s, i + len, &l2);
      char32_t f = peek(s, i + len + l2, &l3);
      if ((e == 's' || e == 'S') && !is_letter(f)) {
        tok.kind = TokenKind::kWord;
        i += len + l2;
      } else {
        tok.kind = TokenKind::kQuote;
        i += len;
      }
      tok.flags |= kApostrophe;
    } else {
      tok.kind = is_quote_mark(c) ? TokenKind::kQuote : TokenKind::kPunct;
      if (is_apostrophe(c)) tok.flags |= kApostrophe;
      i += len;
    }
    tok.e = static_cast<uint32_t>(i);
    t.tokens.push_back(tok);
    before = 0;
    newlines = 0;
  }
}

// ---- Sentences --------------------------------------------------------------

const WordSet& abbreviations() {
  static const WordSet set("abbreviations", true);
  return set;
}

// A capitalised pronoun, demonstrative or "The" (sentence_openers.txt):
// after an initial's period ("in the U.S. They ...") it opens a sentence,
// where a name would have continued ("J. R. Jones", "U.S. Senate").
bool opens_sentence(const Text& t, size_t i) {
  static const WordSet set("sentence_openers", true);
  return i < t.tokens.size() && t.tokens[i].kind == TokenKind::kWord && t.tokens[i].has(kUpper) &&
         !t.tokens[i].has(kAllCaps) && set.contains(t.low(i), t.key(i));
}

bool closes_sentence(const Text& t, size_t i) {
  if (t.tokens[i].kind != TokenKind::kPunct) return false;  // . ! ? … are punctuation
  std::string_view w = t.str(i);
  if (w == "!" || w == "?") return true;
  if (w == "…") return true;
  if (w != ".") return false;
  if (i == 0) return false;
  const Token& prev = t.tokens[i - 1];
  if (prev.e != t.tokens[i].b) return true;  // " ." as in tokenised text
  if (prev.kind == TokenKind::kWord) {
    std::string_view pw = t.str(prev);
    // A single capital letter: an initial ("J. Smith"), or part of "U.S.".
    int l;
    char32_t c0 = decode_utf8(pw, 0, &l);
    if (static_cast<size_t>(l) == pw.size() && is_upper(c0)) return opens_sentence(t, i + 1);
    if (abbreviations().contains(t.low(i - 1), t.key(i - 1))) return false;
    // "the No. 2 Republican", "No. 10 Downing Street": "No." numbers what
    // follows ("He said no. 2 more..." stays a sentence end: lowercase).
    const bool number_next = i + 1 < t.tokens.size() && t.tokens[i + 1].kind == TokenKind::kNumber;
    if ((pw == "No" || pw == "NO") && number_next) {
      return false;
    }
  }
  return true;
}

// Does a line break before token i end the sentence? Article text has one
// paragraph per block, but headlines, datelines and one-sentence-per-line
// corpora put a break between sentences; wrapped prose does not.
bool line_break_ends_sentence(const Text& t, size_t i, size_t line_start) {
  const Token& prev = t.tokens[i - 1];
  uint32_t line_len = prev.e - t.tokens[line_start].b;
  if (line_len < 70) return true;
  std::string_view pw = t.str(prev);
  if (pw == "." || pw == "!" || pw == "?" || pw == ":" || prev.kind == TokenKind::kQuote) return true;
  return !t.tokens[i].has(kLower);
}

void split(Text& t) {
  size_t n = t.tokens.size();
  if (n == 0) return;
  // Sentences of some twenty-five tokens, paragraphs of two or three
  // sentences: room for more, so that neither vector grows by copies.
  t.sentences.reserve(n / 12 + 4);
  t.paragraphs.reserve(n / 24 + 4);
  size_t sent_start = 0, line_start = 0;
  auto close = [&](size_t end) {  // sentence [sent_start, end)
    if (end <= sent_start) return;
    Sentence s;
    s.first = static_cast<uint32_t>(sent_start);
    s.last = static_cast<uint32_t>(end);
    s.b = t.tokens[sent_start].b;
    s.e = t.tokens[end - 1].e;
    t.tokens[sent_start].flags |= kSentenceStart;
    t.sentences.push_back(s);
    sent_start = end;
  };
  for (size_t i = 0; i < n; ++i) {
    const Token& tok = t.tokens[i];
    if (i > 0 && tok.has(kParagraphStart)) {
      close(i);
    } else if (i > 0 && tok.has(kNewlineBefore)) {
      if (line_break_ends_sentence(t, i, line_start)) close(i);
    }
    if (tok.has(kNewlineBefore)) line_start = i;
    if (closes_sentence(t, i)) {
      // Take closing quotes and brackets along: He said "no." Then ...
      size_t j = i + 1;
      while (j < n && !t.tokens[j].has(kSpaceBefore) &&
             (t.tokens[j].kind == TokenKind::kQuote || t.str(j) == ")" || t.str(j) == "." ||
              t.str(j) == "!" || t.str(j) == "?")) {
        ++j;
      }
      // The trailing marks belong to this terminator: skip them (scanning
      // them again from each one would be quadratic on "......").
      i = j - 1;
      // The next sentence starts with a capital, digit, quote or bracket.
      if (j >= n) continue;
      const Token& next = t.tokens[j];
      if (!next.has(kSpaceBefore)) continue;
      bool starts = next.has(kUpper) || next.kind == TokenKind::kNumber ||
                    next.kind == TokenKind::kQuote || next.kind == TokenKind::kPunct ||
                    !next.has(kLower);
      if (starts) close(j);
    }
  }
  close(n);
  // Paragraphs: runs of sentences between paragraph starts.
  for (uint32_t s = 0; s < t.sentences.size(); ++s) {
    if (s == 0 || t.tokens[t.sentences[s].first].has(kParagraphStart)) {
      Paragraph p;
      p.first = s;
      p.b = t.sentences[s].b;
      t.paragraphs.push_back(p);
    }
    Paragraph& p = t.paragraphs.back();
    p.last = s + 1;
    p.e = t.sentences[s].e;
    t.sentences[s].paragraph = static_cast<uint32_t>(t.paragraphs.size() - 1);
    for (uint32_t k = t.sentences[s].first; k < t.sentences[s].last; ++k) t.tokens[k].sentence = s;
  }
}

}  // namespace

Text::Text(std::string_view str) : s(str) {
  // News text has about three tokens in eight bytes (words of four or five
  // letters, a space, punctuation): room for one in two, so that a vector
  // that grew (a copy of every token, and a peak of 1.5 times its size)
  // is rare; the room not used is never touched.
  tokens.reserve(s.size() / 2 + 16);
  tokenize(*this);
  lower_tokens();
  split(*this);
}

void Text::lower_tokens() {
  const size_t n = tokens.size();
  low_len_.reset(new uint32_t[n]);
  keys_.reset(new uint64_t[n]);
  // ASCII-lowercase the whole text in one branch-free pass (vectorised);
  // bytes between tokens are never read through low().
  low_.reset(new char[s.size() + 1]);  // + 1: a valid pointer for an empty text
  char* out = low_.get();
  const auto* in = reinterpret_cast<const unsigned char*>(s.data());
  size_t k = 0;
  for (; k + 8 <= s.size(); k += 8) {
    // Eight bytes at a time: set bit 5 of each byte in 'A'..'Z' (a byte
    // with its high bit set is no ASCII letter and stays as it is).
    uint64_t w;
    std::memcpy(&w, in + k, 8);
    const uint64_t kHigh = 0x8080808080808080ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
    const uint64_t seven = w & kLow7;
    const uint64_t ge_a = seven + 0x3F3F3F3F3F3F3F3Full;  // high bit: byte >= 'A' (0x41)
    const uint64_t gt_z = seven + 0x2525252525252525ull;  // high bit: byte > 'Z' (0x5A)
    const uint64_t upper = (ge_a & ~gt_z & ~w) & kHigh;
    w |= upper >> 2;
    std::memcpy(out + k, &w, 8);
  }
  for (; k < s.size(); ++k) {
    const unsigned char c = in[k];
    out[k] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26u ? 32 : 0));
  }
  // Locals: a store through a char pointer may alias anything, and the
  // members would be reloaded after each.
  const Token* tk = tokens.data();
  uint32_t* low_len = low_len_.get();
  uint64_t* keys = keys_.get();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t b = tk[i].b, e = tk[i].e;
    uint64_t h = kWordKeySeed;
    uint32_t len = e - b;
    if (!tk[i].has(kNonAscii)) {
      // ASCII (the tokenizer set kNonAscii and kApostrophe): already lowered.
      // Two bytes a step: half the loop's own instructions.
      const auto* u = reinterpret_cast<const unsigned char*>(out);
      uint32_t k = b;
      for (; k + 2 <= e; k += 2) {
        h = (h ^ u[k]) * 1099511628211ull;
        h = (h ^ u[k + 1]) * 1099511628211ull;
      }
      if (k < e) h = (h ^ u[k]) * 1099511628211ull;
    } else {
      // Outside ASCII: fold ’ to ', which shortens the token's lowered text.
      uint32_t at = b;
      for (uint32_t k = b; k < e; ++k) {
        unsigned char c = static_cast<unsigned char>(out[k]);
        if (c == 0xE2 && k + 2 < e && in[k + 1] == 0x80 && in[k + 2] == 0x99) {
          c = '\'';  // ’ -> '
          k += 2;
        }
        out[at++] = static_cast<char>(c);
        h = (h ^ c) * 1099511628211ull;
      }
      len = at - b;
    }
    low_len[i] = len;
    keys[i] = h;
  }
}

size_t Text::token_at(uint32_t b) const {
  // A binary search whose step is a select, not a branch: which half holds
  // the answer is a coin toss per step, and a mispredicted branch per step
  // cost more than the whole search.
  const Token* base = tokens.data();
  size_t n = tokens.size();
  if (n == 0) return 0;
  while (n > 1) {
    const size_t half = n / 2;
    base = base[half].b < b ? base + half : base;
    n -= half;
  }
  return static_cast<size_t>(base - tokens.data()) + (base->b < b ? 1 : 0);
}

}  // namespace newsann
