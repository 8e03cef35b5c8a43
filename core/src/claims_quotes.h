// Quotations in one paragraph: each opening mark paired with its closing
// mark in a single left-to-right pass.
//
//   “ „ « ‹ 「          always open a double quotation
//   ” » › 」            always close one (a stray closer is ignored)
//   "                   opens or closes by which side has a space; inside an
//                       open quotation it closes it
//   ''                  two apostrophes (typewriter style): a straight double mark
//   ‘ ’ '               single quotations, only outside a double one (inside,
//                       they are nested quotes and belong to the outer one); ’
//                       and ' close one only when one is open, so apostrophes
//                       ("workers’ union") are left alone
//
// A double quotation still open at the end of the paragraph runs to its end:
// news style leaves a quote that continues into the next paragraph without a
// closing mark. One that would run longer than kMaxUnclosedTokens is a stray
// mark, not a quotation, and is dropped. A second “ while one is open ends the first (unclosed) before
// it. A single quotation still open at the end is dropped (an apostrophe).
#ifndef NEWSANN_CLAIMS_QUOTES_H_
#define NEWSANN_CLAIMS_QUOTES_H_

#include <cstdint>
#include <vector>

#include "text.h"

namespace newsann::claims {

inline constexpr uint32_t kMaxUnclosedTokens = 300;

struct Quote {
  uint32_t open = 0;   // first token of the opening mark
  uint32_t close = 0;  // last token of the closing mark; when !closed, one past
                       // the last token the quotation covers
  uint32_t in_b = 0, in_e = 0;  // the tokens inside the marks
  bool closed = true;
  bool single = false;
  uint32_t first() const { return in_b; }
  uint32_t last() const { return in_e; }
  // One past the last token of the quotation, closing mark included.
  uint32_t end() const { return closed ? close + 1 : close; }
  bool empty() const { return in_e <= in_b; }
};

// Quotations among tokens [begin, end) (one paragraph), ordered by opening
// mark; none is empty. Linear in end - begin.
std::vector<Quote> pair_quotes(const Text& text, uint32_t begin, uint32_t end);
// The same, appended to *out, given the quotation mark tokens (kQuote) of
// the text in ascending order from marks[0] (those before `begin` skipped,
// those from `end` on ignored; none may be missing): linear in the marks
// read, not in the tokens, for a caller that has already found them.
void pair_quotes(const Text& text, uint32_t begin, uint32_t end, const uint32_t* marks, size_t n_marks,
                 std::vector<Quote>* out);

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_QUOTES_H_
