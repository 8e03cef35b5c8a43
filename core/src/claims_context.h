// What the claims recognizer knows about every token, computed once in one
// pass: its lowercase form, its closed-class roles, and the quotation it sits
// in. Shared by the phrase helpers (claims_phrases.h) and the attribution
// frames (claims_frames.h).
#ifndef NEWSANN_CLAIMS_CONTEXT_H_
#define NEWSANN_CLAIMS_CONTEXT_H_

#include <cstdint>
#include <memory>
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

  // Every accessor is safe past the end (a word of no kind, no quotation):
  // the frames look a token or two beyond a sentence without checking.
  uint32_t size() const { return n_; }
  const Token& tok(uint32_t i) const { return i < size() ? tokens_[i] : kNoToken; }
  std::string_view low(uint32_t i) const { return i < size() ? low_of(i) : std::string_view(); }
  uint32_t roles(uint32_t i) const { return i < size() ? per_[i].roles : 0; }
  bool has(uint32_t i, uint32_t role) const { return (roles(i) & role) != 0; }
  // Cue verb forms / adjuncts whose first word is token i (looked up once).
  const std::vector<CueVerb>* cue_forms(uint32_t i) const {
    const WordInfo* w = word_info(i);
    return w ? w->cues : nullptr;
  }
  const std::vector<AdjunctCue>* adjunct_forms(uint32_t i) const {
    const WordInfo* w = word_info(i);
    return w ? w->adjuncts : nullptr;
  }
  // The first token at or after i that opens a cue verb form or an adjunct
  // (size() if none): the frames and the clause tests jump from one to the
  // next instead of asking every token.
  uint32_t next_cue_word(uint32_t i) const { return i < size() ? per_[i].next_cue_word : size(); }
  bool is(uint32_t i, std::string_view s) const { return i < size() && low_of(i) == s; }
  // What the word lists say about token i's word (also for punctuation).
  NounKind noun(uint32_t i) const { return i < size() && per_[i].info ? per_[i].info->noun : NounKind::kNone; }
  Referent pronoun(uint32_t i) const {
    return i < size() && per_[i].info ? per_[i].info->pronoun : Referent::kNone;
  }
  Gender gender(uint32_t i) const { return i < size() && per_[i].info ? per_[i].info->gender : Gender::kUnknown; }
  bool is_word(uint32_t i) const { return i < size() && tokens_[i].kind == TokenKind::kWord; }
  bool is_punct(uint32_t i) const { return i < size() && tokens_[i].kind == TokenKind::kPunct; }
  bool is_capitalized(uint32_t i) const { return i < size() && tokens_[i].has(kUpper); }
  // A dash: - or U+2010..U+2015 or U+2212 (text.h is_dash), read from the
  // token's bytes (inline: asked of many tokens by the phrase walks).
  bool is_dash(uint32_t i) const {
    if (!is_punct(i)) return false;
    const Token& t = tokens_[i];
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text.s.data()) + t.b;
    if (p[0] == '-') return true;
    if (p[0] != 0xE2 || t.e - t.b < 3) return false;
    return (p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0x95) || (p[1] == 0x88 && p[2] == 0x92);
  }
  // Ends a sentence: . ! ? …
  bool is_final_punct(uint32_t i) const;

  // The quotation whose marks or inside hold token i (-1: none).
  int quote_at(uint32_t i) const { return i < size() ? per_[i].quote_at : -1; }
  // Token i is the opening / closing mark of a quotation: its index, else -1.
  // (Inline: asked of every token by the quotation scans.)
  int opens(uint32_t i) const {
    int q = quote_at(i);
    return q >= 0 && quotes[q].open == i ? q : -1;
  }
  int closes(uint32_t i) const {
    int q = quote_at(i);
    return q >= 0 && quotes[q].closed && quotes[q].close == i ? q : -1;
  }
  // The first quotation that opens in r (-1: none). O(log quotations):
  // quotations are numbered in reading order and do not overlap.
  int first_quote_in(TokRange r) const;
  // Inside the marks of a quotation (not a mark itself).
  bool inside_quote(uint32_t i) const {
    int q = quote_at(i);
    return q >= 0 && i >= quotes[q].first() && i < quotes[q].last();
  }

  const Sentence& sentence_of(uint32_t i) const { return text.sentences[tokens_[i].sentence]; }
  const Paragraph& paragraph_of(uint32_t i) const {
    return text.paragraphs[sentence_of(i).paragraph];
  }
  // Does r hold a quotation mark (a paired one)? O(log marks).
  bool has_mark(TokRange r) const;
  // The last dash with spaces on both sides (" — ") in [b, e), or -1.
  // O(log dashes).
  int64_t last_spaced_dash(uint32_t b, uint32_t e) const;
  // The first dash with spaces on both sides in [b, e), or -1.
  int64_t first_spaced_dash(uint32_t b, uint32_t e) const;

  // claims_phrases.h starts_new_attribution(), computed once per token: every
  // content that runs through token i asks the same question.
  bool is_content_stop(uint32_t i) const;
  // The first token at or after i that is a content stop or an opening mark
  // (size() if none): contents jump from one to the next.
  uint32_t next_event(uint32_t i) const { return i < size() ? per_[i].next_event : size(); }

  // Token range of a paragraph.
  TokRange paragraph_tokens(uint32_t p) const {
    const Paragraph& par = text.paragraphs[p];
    return TokRange{text.sentences[par.first].first, text.sentences[par.last - 1].last};
  }

 private:
  // What the constructor works out per token, in one array of structs: one
  // allocation, and what a token's questions read lies together (32 bytes,
  // two to a cache line: the constructor's loops write and read them all).
  // (An array rather than a vector: every field is written once, where a
  // vector would zero them all first.)
  struct PerToken {
    const WordInfo* info;      // the word lists on the token's text (punctuation too)
    uint32_t roles;            // a word token's info->roles, else 0 (asked most often)
    int32_t quote_at;
    uint32_t next_event;
    uint32_t next_cue_word;
    mutable int8_t content_stop;  // -1 unknown, 0 no, 1 yes
  };
  // text.tokens.size() and the arrays behind text.tokens and text.low(),
  // read by every accessor: members, where through `text` each is a load
  // more (and the vector's size a subtraction and a shift).
  uint32_t n_;
  const Token* tokens_;
  const char* lowered_;
  const uint32_t* low_sizes_;
  // The word lists on token i if it is a word token (else nullptr).
  const WordInfo* word_info(uint32_t i) const {
    return i < size() && tokens_[i].kind == TokenKind::kWord ? per_[i].info : nullptr;
  }
  std::string_view low_of(uint32_t i) const {
    return std::string_view(lowered_ + tokens_[i].b, low_sizes_[i]);
  }
  std::unique_ptr<PerToken[]> per_;
  // Sorted token positions: the paired quotation marks (opening and closing
  // tokens), and the dashes with spaces on both sides. Few per document: a
  // binary search answers the range questions.
  std::vector<uint32_t> marks_;
  std::vector<uint32_t> spaced_dashes_;
  static const Token kNoToken;
};

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_CONTEXT_H_
