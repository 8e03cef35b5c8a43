// What claims::Context answers about tokens and ranges: the quotation marks a
// range holds, the spaced dashes before and after a token, a paragraph's
// first quotation, and the next cue word (the jumps the frames make).
#include "claims_context.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "text.h"

namespace newsann {
namespace {

using claims::Context;
using claims::TokRange;

// The index of the n-th token (from 0) whose text is w.
uint32_t token(const Text& t, std::string_view w, int n = 0) {
  for (uint32_t i = 0; i < t.tokens.size(); ++i) {
    if (t.str(i) == w && n-- == 0) return i;
  }
  ADD_FAILURE() << "no token " << w;
  return 0;
}

TEST(ClaimsContext, RangesHoldingQuotationMarks) {
  Text t("He said “we will win” and left. She said nothing.");
  Context c(t);
  const uint32_t open = token(t, "“"), close = token(t, "”");
  EXPECT_TRUE(c.has_mark(TokRange{0, open + 1}));
  EXPECT_FALSE(c.has_mark(TokRange{0, open}));
  EXPECT_FALSE(c.has_mark(TokRange{open + 1, close}));  // the inside only
  EXPECT_TRUE(c.has_mark(TokRange{close, close + 1}));
  EXPECT_FALSE(c.has_mark(TokRange{close + 1, static_cast<uint32_t>(t.tokens.size())}));
  EXPECT_FALSE(c.has_mark(TokRange{3, 3}));
}

TEST(ClaimsContext, SpacedDashesOnEitherSide) {
  Text t("Then — quietly — she left-handedly signed it — all of it.");
  Context c(t);
  const uint32_t d1 = token(t, "—", 0), d2 = token(t, "—", 1), d3 = token(t, "—", 2);
  const uint32_t hyphen = token(t, "-");
  const uint32_t n = static_cast<uint32_t>(t.tokens.size());
  EXPECT_EQ(c.first_spaced_dash(0, n), d1);
  EXPECT_EQ(c.first_spaced_dash(d1 + 1, n), d2);
  EXPECT_EQ(c.first_spaced_dash(d2 + 1, n), d3);  // not the hyphen, glued to its words
  EXPECT_EQ(c.first_spaced_dash(d3 + 1, n), -1);
  EXPECT_EQ(c.first_spaced_dash(d2 + 1, d3), -1);
  EXPECT_EQ(c.last_spaced_dash(0, n), d3);
  EXPECT_EQ(c.last_spaced_dash(0, d3), d2);
  EXPECT_EQ(c.last_spaced_dash(d1 + 1, d2), -1);
  EXPECT_EQ(c.last_spaced_dash(0, hyphen + 1), d2);
  EXPECT_EQ(c.last_spaced_dash(0, d1), -1);
}

TEST(ClaimsContext, FirstQuotationOfAParagraph) {
  Text t("No quote here.\n\nShe said “one” and “two”.\n\n“Three,” he said.");
  Context c(t);
  ASSERT_EQ(c.quotes.size(), 3u);
  ASSERT_EQ(t.paragraphs.size(), 3u);
  EXPECT_EQ(c.first_quote_in(c.paragraph_tokens(0)), -1);
  EXPECT_EQ(c.first_quote_in(c.paragraph_tokens(1)), 0);
  EXPECT_EQ(c.first_quote_in(c.paragraph_tokens(2)), 2);
  EXPECT_EQ(c.quotes[2].open, c.paragraph_tokens(2).b);
}

TEST(ClaimsContext, NextCueWord) {
  Text t("The minister, who arrived late, said that taxes would rise.");
  Context c(t);
  const uint32_t said = token(t, "said");
  EXPECT_EQ(c.next_cue_word(0), said);
  EXPECT_EQ(c.next_cue_word(said), said);
  EXPECT_GT(c.next_cue_word(said + 1), said);
  EXPECT_EQ(c.next_cue_word(static_cast<uint32_t>(t.tokens.size())), c.size());
}

}  // namespace
}  // namespace newsann

namespace newsann {
namespace {

// Context::is_dash reads the bytes; text.h is_dash decodes the character:
// the two agree on every punctuation token, dashes and their neighbours in
// U+2000..U+22FF (quotes, ellipsis, bullet, minus and its neighbours).
TEST(ClaimsContext, DashesFromTheBytesAreTextsDashes) {
  Text t("a - b \u2010 c \u2011 d \u2012 e \u2013 f \u2014 g \u2015 h \u2016 i \u200F j \u2212 k "
         "\u2211 l \u2213 m \u2026 n \u2022 o \u201C p \u201D q . r ( s");
  Context c(t);
  int dashes = 0;
  for (uint32_t i = 0; i < t.tokens.size(); ++i) {
    int len = 0;
    const bool expected = t.tokens[i].kind == TokenKind::kPunct &&
                          newsann::is_dash(decode_utf8(t.s, t.tokens[i].b, &len));
    EXPECT_EQ(c.is_dash(i), expected) << t.str(i);
    dashes += expected;
  }
  EXPECT_EQ(dashes, 8);  // - and U+2010..U+2015 and U+2212
  EXPECT_FALSE(c.is_dash(static_cast<uint32_t>(t.tokens.size())));  // past the end
}

}  // namespace
}  // namespace newsann
