// What the claims recognizer knows about every token, computed once in one
// pass: its lowercase form, its closed-class roles, and the quotation it sits
// in. Shared by the phrase helpers (claims_phrases.h) and the attribution
// frames (claims_frames.h).
#ifndef NEWSANN_CLAIMS_CONTEXT_H_
#define NEWSANN_CLAIMS_CONTEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims_quotes.h"
#include "claims_words.h"
#include "text.h"

namespace newsann::claims {

// A range of tokens [b, e).
struct TokRange {
  uint32_t b = 0, e = 0;
  bool empty() const { return e <= b; }
  uint32_t size() const { return e > b ? e - b : 0; }
};

class Context {
 public:
  explicit Context(const Text& text);

  const Text& text;
  const Words& words;
  std::vector<Quote> quotes;  // every paragraph's quotations, in order

  uint32_t size() const { return static_cast<uint32_t>(text.tokens.size()); }
  const Token& tok(uint32_t i) const { return text.tokens[i]; }
  const std::string& low(uint32_t i) const { return low_[i]; }
  uint32_t roles(uint32_t i) const { return roles_[i]; }
  bool has(uint32_t i, uint32_t role) const { return (roles_[i] & role) != 0; }
  bool is(uint32_t i, std::string_view s) const { return low_[i] == s; }
  bool is_word(uint32_t i) const { return text.tokens[i].kind == TokenKind::kWord; }
  bool is_punct(uint32_t i) const { return text.tokens[i].kind == TokenKind::kPunct; }
  bool is_capitalized(uint32_t i) const { return text.tokens[i].has(kUpper); }
  bool is_dash(uint32_t i) const;
  // Ends a sentence: . ! ? …
  bool is_final_punct(uint32_t i) const;

  // The quotation whose marks or inside hold token i (-1: none).
  int quote_at(uint32_t i) const { return quote_at_[i]; }
  // Token i is the opening / closing mark of a quotation: its index, else -1.
  int opens(uint32_t i) const;
  int closes(uint32_t i) const;
  // Inside the marks of a quotation (not a mark itself).
  bool inside_quote(uint32_t i) const;

  const Sentence& sentence_of(uint32_t i) const { return text.sentences[text.tokens[i].sentence]; }
  const Paragraph& paragraph_of(uint32_t i) const {
    return text.paragraphs[sentence_of(i).paragraph];
  }
  // Token range of a paragraph.
  TokRange paragraph_tokens(uint32_t p) const;

 private:
  std::vector<std::string> low_;
  std::vector<uint32_t> roles_;
  std::vector<int32_t> quote_at_;
};

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_CONTEXT_H_
