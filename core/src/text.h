// The analysed text every recognizer works on: tokens, sentences and
// paragraphs over a valid UTF-8 string, all positions in bytes.
//
// Positions here are UTF-8 byte offsets into Text::s; conversion to UTF-16
// happens once, at the end (offsets.h).
//
// Paragraphs are hard boundaries: a blank line (or a block boundary from
// annotate_blocks) ends a paragraph, and no sentence, figure, actor or claim
// may run across one. Sentences never cross paragraphs.
#ifndef NEWSANN_TEXT_H_
#define NEWSANN_TEXT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsann {

enum class TokenKind : uint8_t {
  kWord,    // letters, with inner apostrophes/marks: "Lukashenko", "don't", "’s"
  kNumber,  // digits with inner , . : between digits: "1,234.5", "9:30", "2021"
  kPunct,   // any other single character: "-", "(", "$", "%", "–"
  kQuote,   // a quotation mark: " “ ” ‘ ’ « » (an apostrophe inside a word is not one)
};

enum TokenFlag : uint16_t {
  kSpaceBefore = 1 << 0,   // whitespace (or start of text) right before it
  kUpper = 1 << 1,         // first character is an uppercase letter
  kAllCaps = 1 << 2,       // two or more letters, all uppercase ("NATO", "US")
  kLower = 1 << 3,         // first character is a lowercase letter
  kSentenceStart = 1 << 4, // first token of a sentence
  kParagraphStart = 1 << 5,
  kNewlineBefore = 1 << 6, // a line break in the whitespace before it
  kInnerCap = 1 << 7,      // a word with an ASCII capital after its first byte ("eBay")
  kNonAscii = 1 << 8,      // a byte outside ASCII in the token
  kApostrophe = 1 << 9,    // an ' or ’ in the token ("don't", "’s", a quote mark)
};

struct Token {
  uint32_t b = 0, e = 0;  // byte range in Text::s
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;
  uint32_t sentence = 0;  // index into Text::sentences
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t b = 0, e = 0;                  // byte range (first to last token)
  uint32_t first = 0, last = 0;           // token range [first, last)
  uint32_t paragraph = 0;
};

struct Paragraph {
  uint32_t b = 0, e = 0;                  // byte range (first to last token)
  uint32_t first = 0, last = 0;           // sentence range [first, last)
};

class Text {
 public:
  // `s` must be valid UTF-8 and outlive the Text.
  explicit Text(std::string_view s);

  std::string_view s;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;

  std::string_view str(const Token& t) const { return s.substr(t.b, t.e - t.b); }
  std::string_view str(size_t token) const { return str(tokens[token]); }
  std::string_view str(uint32_t b, uint32_t e) const { return s.substr(b, e - b); }
  // Index of the first token starting at or after byte b (tokens.size() if none).
  size_t token_at(uint32_t b) const;

  // Token i lowercased as lower() does it (ASCII letters, ’ folded to '),
  // and word_key() of that: computed once here, so that no layer lowercases
  // or hashes a token again for its lexicon lookups.
  std::string_view low(size_t i) const {
    return std::string_view(low_.get() + tokens[i].b, low_len_[i]);
  }
  uint64_t key(size_t i) const { return keys_[i]; }
  // The arrays behind low() and key() (low(i) is lowered() + tokens[i].b,
  // low_sizes()[i] bytes; key(i) is keys()[i]), for the loops over every
  // token: held in locals, they stay in registers where the accessors are
  // reloaded after each store through a char-sized field.
  const char* lowered() const { return low_.get(); }
  const uint32_t* low_sizes() const { return low_len_.get(); }
  const uint64_t* keys() const { return keys_.get(); }
  // The lowered bytes [b, e): lower(str(b, e)) for a range of whole tokens
  // (and the spaces between them) when none of them folded a ’ (whose low()
  // is then shorter than the token: the sum of the low().size() tells; or
  // no byte 0xE2 in the range).
  std::string_view low_bytes(uint32_t b, uint32_t e) const {
    return std::string_view(low_.get() + b, e - b);
  }
  // low_bytes(b, e) where it is the lowered text of the range (no byte 0xE2
  // in it, so no ’ was folded), else an empty view: the caller lowers the
  // range itself then (past a folded ’ the bytes were never written).
  std::string_view low_bytes_unfolded(uint32_t b, uint32_t e) const {
    return str(b, e).find('\xE2') == std::string_view::npos ? low_bytes(b, e) : std::string_view();
  }

 private:
  // Arrays rather than vectors: every element is written before it is read,
  // and a vector would first zero them all.
  std::unique_ptr<char[]> low_;          // lowered tokens, each at its own byte offset
  std::unique_ptr<uint32_t[]> low_len_;  // per token
  std::unique_ptr<uint64_t[]> keys_;     // per token
  void lower_tokens();
};

// The hash every lexicon lookup keys on: 64-bit FNV-1a of the lowercased
// word. Continued over more bytes with h = word_key(more, h).
constexpr uint64_t kWordKeySeed = 1469598103934665603ull;
constexpr uint64_t word_key(std::string_view lowered, uint64_t h = kWordKeySeed) {
  for (char c : lowered) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// ---- Characters -----------------------------------------------------------

// Decodes the code point at s[i] (s valid UTF-8) and its length in bytes.
char32_t decode_utf8(std::string_view s, size_t i, int* len);

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);  // ASCII 0-9 only
bool is_space(char32_t c);  // Unicode White_Space, plus zero-width and BOM
bool is_quote_mark(char32_t c);
bool is_apostrophe(char32_t c);  // ' and ’
bool is_dash(char32_t c);        // - – — ‐ ‑ ‒ −

// Whether s is ASCII letters in words between single spaces ("European
// Union"): the tokenizer makes each of its words one word token, so a
// lexicon name or key like this splits at its spaces without a Text.
bool plain_words(std::string_view s);

// ASCII-lowercases (and folds ’ to '); for lexicon lookups.
std::string lower(std::string_view s);

// Whether a lowercased word is shaped as an English plural: longer than three
// letters, ending in one s ("officials", "padres"; not "press", "bus").
inline bool plural_shape(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
}
// A lowercased Arabic surname without its article, which news drops when
// the surname stands alone ("al-assad" -> "assad", "el-sisi" -> "sisi");
// empty when it has none.
inline std::string_view without_arabic_article(std::string_view w) {
  return w.size() > 4 && (w.starts_with("al-") || w.starts_with("el-")) ? w.substr(3) : std::string_view();
}
// The same into *out (replacing its contents; no allocation once it is big
// enough); drop_periods also leaves out every '.' ("U.S." -> "us"), in the
// same pass.
void lower_into(std::string_view s, std::string* out, bool drop_periods = false);

}  // namespace newsann

#endif  // NEWSANN_TEXT_H_
