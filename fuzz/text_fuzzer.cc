// Fuzz target: the text layer every recognizer stands on (core/src/text.h).
//
// On the repaired input: tokens are non-empty, ordered, disjoint, on code
// point boundaries, and everything between them is separator characters
// (everything inside them is not); punctuation and quote tokens are one
// character; sentences partition the tokens, paragraphs partition the
// sentences, with the indices and byte ranges each side keeps agreeing;
// a paragraph starts exactly where two line breaks precede a token;
// token_at finds every token. Text() runs within the time budget.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "check.h"
#include "newsann/newsann.h"
#include "text.h"

using namespace newsann;
using namespace newsann::fuzz;

namespace {

bool separator(char32_t c) { return is_space(c) || c < 0x20 || (c >= 0x7F && c < 0xA0); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const TimeBudget budget;
  std::string s = replace_invalid_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  Decoded dec = reference_decode(s);
  std::vector<int32_t> cp_at(s.size() + 1, -1);  // byte -> code point index, -1 inside one
  for (size_t k = 0; k < dec.starts.size(); ++k) cp_at[dec.starts[k]] = static_cast<int32_t>(k);
  cp_at[s.size()] = static_cast<int32_t>(dec.starts.size());

  std::unique_ptr<Text> tp;
  budget.run("Text()", s.size(), [&] { tp = std::make_unique<Text>(s); });
  const Text& t = *tp;
  const size_t n = t.tokens.size();

  // Tokens and the gaps between them.
  size_t prev_end = 0;
  int breaks = 2;  // as at the start of a paragraph
  for (size_t i = 0; i <= n; ++i) {
    size_t gap_end = i < n ? t.tokens[i].b : s.size();
    FUZZ_CHECK(prev_end <= gap_end, "token " + std::to_string(i) + " overlaps the previous one");
    FUZZ_CHECK(cp_at[gap_end] >= 0, "token " + std::to_string(i) + " starts inside a code point");
    bool newline = false;
    for (int32_t k = cp_at[prev_end]; k < cp_at[gap_end]; ++k) {
      char32_t c = dec.code_points[k];
      FUZZ_CHECK(separator(c), "non-separator U+" + std::to_string(c) + " outside every token, at byte " +
                                   std::to_string(dec.starts[k]));
      if (c == '\n' || c == 0x2029) {
        ++breaks;
        newline = true;
      }
    }
    if (i == n) break;
    const Token& tok = t.tokens[i];
    std::string at = "token " + std::to_string(i) + " [" + std::to_string(tok.b) + "," + std::to_string(tok.e) + ")";
    FUZZ_CHECK(tok.b < tok.e && tok.e <= s.size() && cp_at[tok.e] >= 0, at + ": bounds");
    for (int32_t k = cp_at[tok.b]; k < cp_at[tok.e]; ++k) {
      FUZZ_CHECK(!separator(dec.code_points[k]), at + ": holds a separator");
    }
    if (tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kQuote) {
      FUZZ_CHECK(cp_at[tok.e] - cp_at[tok.b] == 1, at + ": punctuation of more than one character");
    }
    if (tok.kind == TokenKind::kNumber) FUZZ_CHECK(is_digit(dec.code_points[cp_at[tok.b]]), at + ": number");
    FUZZ_CHECK(tok.has(kSpaceBefore) == (i == 0 || tok.b > prev_end), at + ": kSpaceBefore");
    FUZZ_CHECK(tok.has(kNewlineBefore) == newline, at + ": kNewlineBefore");
    FUZZ_CHECK(tok.has(kParagraphStart) == (breaks >= 2), at + ": kParagraphStart");
    FUZZ_CHECK(t.token_at(tok.b) == i, at + ": token_at");
    prev_end = tok.e;
    breaks = 0;
  }
  FUZZ_CHECK(t.token_at(static_cast<uint32_t>(s.size()) + 1) == n, "token_at past the end");

  // Sentences partition the tokens; paragraphs partition the sentences.
  FUZZ_CHECK((n == 0) == t.sentences.empty() && t.sentences.empty() == t.paragraphs.empty(), "empty layers");
  uint32_t next_token = 0;
  for (size_t k = 0; k < t.sentences.size(); ++k) {
    const Sentence& se = t.sentences[k];
    std::string at = "sentence " + std::to_string(k);
    FUZZ_CHECK(se.first == next_token && se.first < se.last && se.last <= n, at + ": token range");
    FUZZ_CHECK(se.b == t.tokens[se.first].b && se.e == t.tokens[se.last - 1].e, at + ": byte range");
    FUZZ_CHECK(t.tokens[se.first].has(kSentenceStart), at + ": first token not kSentenceStart");
    for (uint32_t i = se.first; i < se.last; ++i) {
      FUZZ_CHECK(t.tokens[i].sentence == k, at + ": token's sentence index");
      if (i > se.first) {
        FUZZ_CHECK(!t.tokens[i].has(kSentenceStart), at + ": kSentenceStart inside");
        FUZZ_CHECK(!t.tokens[i].has(kParagraphStart), at + ": runs across a paragraph");
      }
    }
    FUZZ_CHECK(se.paragraph < t.paragraphs.size(), at + ": paragraph index");
    const Paragraph& p = t.paragraphs[se.paragraph];
    FUZZ_CHECK(p.first <= k && k < p.last, at + ": not inside its paragraph");
    next_token = se.last;
  }
  FUZZ_CHECK(next_token == n, "sentences do not cover every token");
  uint32_t next_sentence = 0;
  for (size_t k = 0; k < t.paragraphs.size(); ++k) {
    const Paragraph& p = t.paragraphs[k];
    std::string at = "paragraph " + std::to_string(k);
    FUZZ_CHECK(p.first == next_sentence && p.first < p.last && p.last <= t.sentences.size(), at + ": range");
    FUZZ_CHECK(p.b == t.sentences[p.first].b && p.e == t.sentences[p.last - 1].e, at + ": byte range");
    FUZZ_CHECK(t.tokens[t.sentences[p.first].first].has(kParagraphStart), at + ": first token not kParagraphStart");
    next_sentence = p.last;
  }
  FUZZ_CHECK(next_sentence == t.sentences.size(), "paragraphs do not cover every sentence");
  return 0;
}
